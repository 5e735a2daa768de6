import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultQuestionSets, openMixedQuestionSets, openQuestionSet } from '../scripts/question-sets.js';
import { ask } from '../src/ask.js';
import { evaluateQa, type QaSet, QaSetSchema } from '../src/evaluate.js';
import { openStory } from '../src/story.js';
import { loadSeedStory, SHARED_DIR } from './support/story.js';

const readSet = (file: string): QaSet => QaSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

describe('the dev set (../shared/eval/qa-dev.json)', async () => {
	const story = await loadSeedStory();
	const set = readSet(join(SHARED_DIR, 'eval', 'qa-dev.json'));
	const report = evaluateQa(story.index, set, story.lexicon);

	it('puts the answering passage first for every question', () => {
		expect(report.outcomes.filter((o) => o.rank !== 1)).toEqual([]);
		expect(report.overall.hit1).toBe(1);
		expect(report.overall.hit3).toBe(1);
	});

	it('answers every out-of-scope question with nothing', () => {
		expect(report.outOfScope.filter((o) => o.answered > 0)).toEqual([]);
	});
});

/**
 * Question sets written by people who had not seen the ranker, over the seed articles and
 * invented ones (test/fixtures/*-qa). The ranker's weights were tuned on the first four
 * (scripts/tune.ts); the others were held out, measured, and only then added. All are floors
 * against regressions now; the README gives the figures.
 */
const HELD_OUT = [
	{ dir: 'heldout-qa', hit1: 0.5, hit3: 0.6 },
	{ dir: 'fresh-qa', hit1: 0.5, hit3: 0.65 },
	{ dir: 'airline-museum-qa', hit1: 0.5, hit3: 0.7 },
	{ dir: 'bridge-robotics-qa', hit1: 0.65, hit3: 0.7 },
	// Held out while the ranker was built and tuned; measured once, then kept as floors.
	{ dir: 'ship-zoo-qa', hit1: 0.55, hit3: 0.75 },
	{ dir: 'rescue-spelling-qa', hit1: 0.55, hit3: 0.7 },
	{ dir: 'wildfire-bakery-qa', hit1: 0.65, hit3: 0.85 },
	{ dir: 'violin-dam-qa', hit1: 0.55, hit3: 0.75 },
	// Written blind by a helper that had not seen the code, measured once (0.59 / 0.76), then added.
	{ dir: 'crab-recount-qa', hit1: 0.5, hit3: 0.65 },
	// The same, measured once (0.71 / 0.76) after the changes the first one led to, then added.
	{ dir: 'derail-meteorite-qa', hit1: 0.6, hit3: 0.7 },
	// The same, measured once (0.65 / 0.91) at the end of the day's changes, then added.
	{ dir: 'outage-bluetail-qa', hit1: 0.55, hit3: 0.8 },
	// The same, measured once (0.47 / 0.71) after the last of the day's changes, then added.
	{ dir: 'marathon-beagle-qa', hit1: 0.4, hit3: 0.6 },
	// The next day: measured once (0.62 / 0.82) a third into the day's changes, then added; the
	// code of the day before scored the same.
	{ dir: 'skatepark-guard-qa', hit1: 0.5, hit3: 0.75 },
	// The same, measured once (0.50 / 0.85) near the end of the day's changes, the same as the code
	// of the day before, then added.
	{ dir: 'sinkhole-fridge-qa', hit1: 0.45, hit3: 0.7 },
	// A third round the same day: both measured once (0.47 / 0.76 and 0.59 / 0.79) a third into it,
	// within a question of the code before the round, then added.
	{ dir: 'ferry-library-qa', hit1: 0.4, hit3: 0.65 },
	{ dir: 'tanker-busdriver-qa', hit1: 0.5, hit3: 0.7 },
	// The next day, both measured once (0.62 / 0.74 and 0.53 / 0.82) with the code of the day
	// before, then added.
	{ dir: 'water-chili-qa', hit1: 0.5, hit3: 0.65 },
	{ dir: 'runway-piano-qa', hit1: 0.45, hit3: 0.7 },
	// Two days later, both measured once (0.65 / 0.85 and 0.68 / 0.85) with the code of the day
	// before, then added.
	{ dir: 'generator-chess-qa', hit1: 0.55, hit3: 0.75 },
	{ dir: 'warehouse-bike-qa', hit1: 0.55, hit3: 0.75 },
	// A round later, both measured once (0.59 / 0.74 and 0.56 / 0.79) with the code of the round
	// before, then added.
	{ dir: 'pool-graduate-qa', hit1: 0.5, hit3: 0.65 },
	{ dir: 'beetruck-radio-qa', hit1: 0.45, hit3: 0.7 },
	// The round after, both measured once (0.74 / 0.85 and 0.68 / 0.91) with the code of the round
	// before, then added.
	{ dir: 'festival-luthier-qa', hit1: 0.6, hit3: 0.75 },
	{ dir: 'ammonia-farrier-qa', hit1: 0.55, hit3: 0.8 },
	// The round after, both measured once (0.76 / 0.88 and 0.59 / 0.88) with the code of the round
	// before, then added.
	{ dir: 'grain-clockmaker-qa', hit1: 0.65, hit3: 0.8 },
	{ dir: 'campground-umpire-qa', hit1: 0.5, hit3: 0.8 },
	// The round after, both measured once (0.82 / 0.97 and 0.74 / 0.85) with the code of the round
	// before, then added.
	{ dir: 'garage-beekeeper-qa', hit1: 0.7, hit3: 0.85 },
	{ dir: 'icefloe-typewriter-qa', hit1: 0.6, hit3: 0.75 },
	// The round after, both measured once (0.62 / 0.85 and 0.62 / 0.88) with the code of the round
	// before, then added.
	{ dir: 'ferris-mailcarrier-qa', hit1: 0.5, hit3: 0.75 },
	{ dir: 'balloon-ballroom-qa', hit1: 0.5, hit3: 0.75 },
	// At the end of that round, both measured once (0.56 / 0.85 and 0.79 / 0.85) with its code, then added.
	{ dir: 'quarry-glassblower-qa', hit1: 0.45, hit3: 0.75 },
	{ dir: 'scaffold-lighthouse-qa', hit1: 0.65, hit3: 0.75 },
	// The round after, both measured once (0.59 / 0.85 and 0.79 / 0.94) with the code of the round
	// before, then added.
	{ dir: 'escalator-carousel-qa', hit1: 0.5, hit3: 0.75 },
	{ dir: 'icerink-pantry-qa', hit1: 0.65, hit3: 0.85 },
	// At the end of that round, both measured once (0.74 / 0.94 and 0.68 / 0.85) with its code, then added.
	{ dir: 'laundromat-barber-qa', hit1: 0.6, hit3: 0.85 },
	{ dir: 'regatta-garden-qa', hit1: 0.55, hit3: 0.75 },
	// The round after, both measured once (0.68 / 0.79 and 0.65 / 0.85) with the code of the round
	// before, then added.
	{ dir: 'bleacher-cobbler-qa', hit1: 0.55, hit3: 0.7 },
	{ dir: 'mudslide-quilter-qa', hit1: 0.55, hit3: 0.75 },
	// The round after, both measured once (0.76 / 0.88 and 0.71 / 0.91) with the code of the round
	// before, then added.
	{ dir: 'hailstorm-organist-qa', hit1: 0.65, hit3: 0.8 },
	{ dir: 'gasleak-surveyor-qa', hit1: 0.6, hit3: 0.8 },
	// At the end of that round, both measured once (0.71 / 0.88 and 0.62 / 0.76) with its code, then added.
	{ dir: 'snowroof-midwife-qa', hit1: 0.6, hit3: 0.8 },
	{ dir: 'fireworks-projectionist-qa', hit1: 0.5, hit3: 0.65 },
	// The round after, both measured once (0.65 / 0.91 and 0.74 / 0.85) with the code of the round
	// before, then added.
	{ dir: 'chairlift-bookbinder-qa', hit1: 0.55, hit3: 0.8 },
	{ dir: 'cattle-crossword-qa', hit1: 0.6, hit3: 0.75 },
	// At the end of that round, both measured once (0.71 / 0.82 and 0.56 / 0.79) with its code, then added.
	{ dir: 'tornado-pinball-qa', hit1: 0.6, hit3: 0.7 },
	{ dir: 'lightning-harpmaker-qa', hit1: 0.45, hit3: 0.7 },
	// The round after, both measured once (0.65 / 0.85 and 0.82 / 0.91) with the code of the round
	// before, then added.
	{ dir: 'zipline-accordion-qa', hit1: 0.55, hit3: 0.75 },
	{ dir: 'duststorm-decoy-qa', hit1: 0.7, hit3: 0.8 },
	// The round after, both measured once (0.65 / 0.85 and 0.74 / 0.82) with the code of the round
	// before, then added.
	{ dir: 'ransomware-canoe-qa', hit1: 0.55, hit3: 0.75 },
	{ dir: 'cave-signpainter-qa', hit1: 0.6, hit3: 0.7 },
	// The round after, both measured once (0.76 / 0.94 and 0.59 / 0.74) with the code of the round
	// before, then added.
	{ dir: 'tram-falconer-qa', hit1: 0.65, hit3: 0.85 },
	{ dir: 'recycling-carillon-qa', hit1: 0.5, hit3: 0.65 },
	// The round after, both measured once (0.50 / 0.76 and 0.62 / 0.88) with the code of the round
	// before, then added.
	{ dir: 'elevator-kiln-qa', hit1: 0.4, hit3: 0.65 },
	{ dir: 'bus-sheepdog-qa', hit1: 0.5, hit3: 0.75 },
	// At the end of that round, both measured once (0.65 / 0.79 and 0.50 / 0.68) with its code, then added.
	{ dir: 'crane-bookmobile-qa', hit1: 0.55, hit3: 0.7 },
	{ dir: 'levee-watchmaker-qa', hit1: 0.4, hit3: 0.55 },
	// The round after, all four measured once (0.44 / 0.74, 0.47 / 0.79, 0.59 / 0.85 and 0.53 / 0.68)
	// with the code of the round before, then added; that round's changes were then found reading
	// their misses (what time: highway-alpacas; superlatives: supper-dogcarts), so they are no longer
	// held out.
	{ dir: 'trench-bottles-qa', hit1: 0.35, hit3: 0.6 },
	{ dir: 'parade-bats-qa', hit1: 0.4, hit3: 0.65 },
	{ dir: 'highway-alpacas-qa', hit1: 0.5, hit3: 0.75 },
	{ dir: 'supper-dogcarts-qa', hit1: 0.45, hit3: 0.55 },
	// At the end of that round, both measured once (0.56 / 0.74 and 0.74 / 0.82) with its code, then added.
	{ dir: 'barge-motorcycles-qa', hit1: 0.45, hit3: 0.6 },
	{ dir: 'solar-donkeys-qa', hit1: 0.6, hit3: 0.7 },
	// At the end of the round after, both measured once (0.65 / 0.79 and 0.56 / 0.82) with its code, then added.
	{ dir: 'crossing-bagpipes-qa', hit1: 0.55, hit3: 0.65 },
	{ dir: 'oak-jukebox-qa', hit1: 0.45, hit3: 0.7 },
	// The round after, both measured once (0.62 / 0.88 and 0.41 / 0.76) with the code of the round
	// before, then added; that round's changes were then found reading their misses (a described
	// person's namesakes and role, how cold: boiler-pigeons; how close: gym-sewing), so they are no
	// longer held out.
	{ dir: 'gym-sewing-qa', hit1: 0.5, hit3: 0.75 },
	{ dir: 'boiler-pigeons-qa', hit1: 0.35, hit3: 0.65 },
	// At the end of that round, both measured once (0.53 / 0.79 and 0.71 / 0.79) with its code, then added.
	{ dir: 'slide-dollhouses-qa', hit1: 0.45, hit3: 0.7 },
	{ dir: 'balcony-pumpkins-qa', hit1: 0.6, hit3: 0.7 },
	// After that round's review, both measured once (0.65 / 0.82 and 0.59 / 0.82) with its code, then added.
	{ dir: 'grandstand-kites-qa', hit1: 0.55, hit3: 0.7 },
	{ dir: 'flood-stamps-qa', hit1: 0.5, hit3: 0.7 },
	// The round after, both measured once (0.59 / 0.85 and 0.65 / 0.88) with the code of the round
	// before, then added; that round's changes were then found reading their misses (a nicknamed
	// name and "the tool library": market-tools; puppets as marionettes and the g-dropped "blowin":
	// gantry-marionettes), so they are no longer held out.
	{ dir: 'market-tools-qa', hit1: 0.5, hit3: 0.75 },
	{ dir: 'gantry-marionettes-qa', hit1: 0.55, hit3: 0.8 },
	// At the end of that round, both measured once (0.59 / 0.71 and 0.65 / 0.76) with its code, then added.
	{ dir: 'truck-knitting-qa', hit1: 0.5, hit3: 0.6 },
	{ dir: 'wedding-flies-qa', hit1: 0.55, hit3: 0.65 },
	// The round after, both measured once (0.68 / 0.79 and 0.68 / 0.79) with the code of the round
	// before, then added; a compound and a headline describing a person were then read from their
	// misses ("the rocking horse guy": ice-horses), so they are no longer held out.
	{ dir: 'roller-bread-qa', hit1: 0.6, hit3: 0.7 },
	{ dir: 'ice-horses-qa', hit1: 0.6, hit3: 0.7 },
	// At the end of that round, both measured once (0.56 / 0.76 and 0.56 / 0.79) with its code, then added.
	{ dir: 'pier-clocks-qa', hit1: 0.45, hit3: 0.65 },
	{ dir: 'tunnel-dogs-qa', hit1: 0.45, hit3: 0.7 },
];

/**
 * The sets together, as a floor a little below the figures in the README (0.72 / 0.86 over these
 * 2679 questions, with the gold audited in docs/gold-audit.md): a change that loses a handful of questions across the sets fails here even
 * when no single set falls below its own floor. (The first floor was 0.73 until the twenty-first
 * round's four sets, which score below the others, took the sets to 0.7298; with the twenty-second
 * round's four, 0.724; 0.72 until the twenty-third round's four took them to 0.7197.)
 */
describe('every question set together', async () => {
	let questions = 0;
	let first = 0;
	let top3 = 0;
	for (const { dir } of HELD_OUT) {
		const root = join(import.meta.dirname, 'fixtures', dir);
		const story = await openStory(join(root, 'corpus'));
		const { outcomes } = evaluateQa(story.index, readSet(join(root, 'questions.json')), story.lexicon);
		questions += outcomes.length;
		first += outcomes.filter((o) => o.rank === 1).length;
		top3 += outcomes.filter((o) => o.rank !== null && o.rank <= 3).length;
	}

	it('puts the answering passage first for at least 0.71 and in the top 3 for at least 0.85', () => {
		expect(questions).toBe(2679);
		expect(first / questions).toBeGreaterThanOrEqual(0.71);
		expect(top3 / questions).toBeGreaterThanOrEqual(0.85);
	});
});

describe("every question set with every other set's articles in the same index (npm run eval, mixed)", async () => {
	const sets = defaultQuestionSets();
	const mixed = await openMixedQuestionSets(sets);

	it('indexes the asked set’s own passages as they are, and every other article once under an id of its own', async () => {
		const { story: own } = await openQuestionSet(sets[1] as string);
		const { story } = mixed[1] as (typeof mixed)[number];
		for (const [id, { passage }] of own.index.passages)
			expect(story.index.passages.get(id)?.passage.text).toBe(passage.text);
		const texts = [...story.index.passages.values()].map((p) => `${p.article.title}\n${p.passage.text}`);
		expect(new Set(texts).size).toBe(texts.length);
		expect(story.index.stats.passages).toBeGreaterThan(4 * own.index.stats.passages);
	});

	// (Each set added brings stories that compete with every other set's: 0.62 / 0.76 over 994
	// questions, 0.60 / 0.74 over 1130 with four more sets, and over 1198, 1266, 1334, 1402, 1470, 1538, 1606, 1674, 1742, 1810, 1878 and 1946 with two
	// more each, 0.60 / 0.72 over 1946 once the gold was audited, 0.58 / 0.71 over 2082 with four more sets, 0.58 / 0.70 over 2150 with two more, 0.58 / 0.698 over 2218 with two more, 0.57 / 0.697 over 2286 with two more, 0.57 / 0.692 over 2354 with two more, 0.569 / 0.690 over 2422 with two more, 0.562 / 0.688 over 2558 with four more, and 0.554 / 0.676 over 2694 with four more;
	// the floors follow, a little below.)
	it('puts the answering passage first for at least 0.55 and in the top 3 for at least 0.67 (now 0.55 and 0.68; each set alone: 0.72 and 0.87)', () => {
		const outcomes = mixed.flatMap(
			({ set, story }) => evaluateQa(story.index, { ...set, outOfScope: [] }, story.lexicon).outcomes,
		);
		expect(outcomes.length).toBe(2694);
		expect(outcomes.filter((o) => o.rank === 1).length / outcomes.length).toBeGreaterThanOrEqual(0.55);
		expect(outcomes.filter((o) => o.rank !== null && o.rank <= 3).length / outcomes.length).toBeGreaterThanOrEqual(
			0.67,
		);
	});
});

describe.each(HELD_OUT)('the question set $dir', async ({ dir, hit1, hit3 }) => {
	const root = join(import.meta.dirname, 'fixtures', dir);
	const story = await openStory(join(root, 'corpus'));
	const set = readSet(join(root, 'questions.json'));
	const report = evaluateQa(story.index, set, story.lexicon);

	it(`puts the answering passage first for at least ${hit1} and in the top 3 for at least ${hit3} of the questions`, () => {
		expect(report.overall.hit1).toBeGreaterThanOrEqual(hit1);
		expect(report.overall.hit3).toBeGreaterThanOrEqual(hit3);
	});

	it('never returns a non-content paragraph (captions, "Advertisement", "Read more: ...")', () => {
		const passages = new Map(story.corpus.articles.flatMap((a) => a.passages.map((p) => [p.id, p])));
		const skipped = [...passages.values()].filter((p) => p.kind !== 'content');
		expect(skipped.length).toBeGreaterThan(0);
		for (const q of [...set.questions.map((x) => x.q), ...set.outOfScope]) {
			for (const result of ask(story.index, q, { limit: 10, lexicon: story.lexicon }).results) {
				expect(passages.get(result.passageId)?.kind, `${q} -> ${result.passageId}`).toBe('content');
			}
		}
	});
});
