/**
 * `npm run tune [-- SET...] [--try JSON]`: coordinate search over the ranker's weights
 * (src/ranking.ts RANKING) on question sets ("dev", or a folder holding corpus/ and
 * questions.json; by default dev and every test/fixtures/*-qa), maximising Hit@1 plus half Hit@3
 * plus three quarters of each out-of-scope question answered with nothing, with every miss on the
 * dev set costing three more. Prints the best weights found. `--try '{"subject":0.2}'` only
 * compares those weights with the current ones, question by question. The weights are only as
 * general as the sets are varied: measure them on a set they were not tuned on.
 */
import { searchableText, validateQuestion } from '../src/ask.js';
import { normalizeForMatch } from '../src/evaluate.js';
import { analyzeQuestion } from '../src/question.js';
import { RANKING, type RankingWeights, rankPassages } from '../src/ranking.js';
import { defaultQuestionSets, openQuestionSet } from './question-sets.js';

const args = process.argv.slice(2);
// --try '{"subject":0.2}': only measure these weights against the current ones, per set.
const tryAt = args.indexOf('--try');
const trial: Partial<RankingWeights> | null = tryAt === -1 ? null : JSON.parse(args[tryAt + 1] ?? '{}');
const given = tryAt === -1 ? args : args.filter((_, i) => i !== tryAt && i !== tryAt + 1);
const names = given.length > 0 ? given : defaultQuestionSets();
type Case = { set: string } & (
	| { kind: 'question'; q: string; rank: (w: RankingWeights) => number | null }
	| { kind: 'oos'; rejected: (w: RankingWeights) => boolean }
);
const cases: Case[] = [];
for (const name of names) {
	const { set, story } = await openQuestionSet(name);
	const analyze = (q: string) => analyzeQuestion(searchableText(validateQuestion(q)), story.index, story.lexicon);
	for (const { q, gold } of set.questions) {
		const golds = gold.map(normalizeForMatch);
		const analyzed = analyze(q);
		cases.push({
			set: name,
			q,
			kind: 'question',
			rank: (w) => {
				const hit = rankPassages(story.index, analyzed, 10, w, story.lexicon).findIndex((r) =>
					golds.some((g) => normalizeForMatch(r.indexed.passage.text).includes(g)),
				);
				return hit === -1 ? null : hit + 1;
			},
		});
	}
	for (const q of set.outOfScope) {
		const analyzed = analyze(q);
		cases.push({
			set: name,
			kind: 'oos',
			rejected: (w) => rankPassages(story.index, analyzed, 3, w, story.lexicon).length === 0,
		});
	}
}
/** The development set must be answered perfectly: each miss there costs this much more. */
const DEV_WEIGHT = -3;
function devMisses(w: RankingWeights): number {
	let misses = 0;
	for (const c of cases) {
		if (c.set !== 'dev') continue;
		if (c.kind === 'oos' ? !c.rejected(w) : c.rank(w) !== 1) misses++;
	}
	return misses;
}
function measure(w: RankingWeights, only?: string) {
	let h1 = 0;
	let h3 = 0;
	let n = 0;
	let oos = 0;
	let oosN = 0;
	for (const c of cases) {
		if (only && c.set !== only) continue;
		if (c.kind === 'oos') {
			oosN++;
			if (c.rejected(w)) oos++;
			continue;
		}
		n++;
		const rank = c.rank(w);
		if (rank === 1) h1++;
		if (rank !== null && rank <= 3) h3++;
	}
	return {
		h1: (h1 / n).toFixed(3),
		h3: (h3 / n).toFixed(3),
		oos: `${oos}/${oosN}`,
		value: h1 + 0.5 * h3 + 0.75 * oos + DEV_WEIGHT * devMisses(w),
	};
}
if (trial) {
	const tried = { ...RANKING, ...trial };
	for (const c of cases) {
		if (c.kind !== 'question') continue;
		const [was, now] = [c.rank(RANKING), c.rank(tried)];
		if (was !== now) console.log(`  ${was ?? '-'} -> ${now ?? '-'}  ${c.q}`);
	}
	for (const name of [...names, undefined]) {
		console.log(name ?? 'ALL', 'now', measure(RANKING, name), 'try', measure({ ...RANKING, ...trial }, name));
	}
	process.exit(0);
}
let best = { ...RANKING };
let bestValue = measure(best).value;
console.log('start', measure(best), cases.length);
const grid: Partial<Record<keyof RankingWeights, number[]>> = {
	neighbor: [0.2, 0.35, 0.5, 0.65, 0.8],
	passage: [0, 0.15, 0.3, 0.45],
	title: [0, 0.15, 0.25, 0.4],
	previous: [0, 0.1, 0.2, 0.3, 0.4],
	stemOnly: [0.7, 0.85, 1],
	reference: [0.5, 0.65, 0.8, 0.95],
	pronoun: [0.4, 0.55, 0.7, 0.85],
	name: [0.4, 0.6, 0.8, 1, 1.2],
	typedAnswer: [0.2, 0.3, 0.45, 0.6, 0.8],
	answer: [0, 0.1, 0.2, 0.3, 0.4],
	origin: [0.2, 0.3, 0.4, 0.6, 0.8],
	subject: [0, 0.05, 0.1, 0.2, 0.3],
	subjectNoun: [0, 0.05, 0.1, 0.2, 0.3],
	future: [0, 0.05, 0.1, 0.2, 0.3],
	bm25: [0, 0.08, 0.15, 0.25, 0.4],
	subordinate: [0.3, 0.45, 0.6, 0.8, 1],
	unknown: [0, 0.25, 0.5, 0.75, 1],
	unknownNoun: [0.5, 0.75, 1, 1.5, 2, 3],
	typedConfidence: [0, 0.15, 0.3, 0.45, 0.6],
	minContent: [0.2, 0.27, 0.34, 0.42, 0.5, 0.6],
	minSupport: [0.05, 0.1, 0.15, 0.2, 0.25],
};
for (let round = 0; round < 4; round++) {
	let improved = false;
	for (const [key, values] of Object.entries(grid) as [keyof RankingWeights, number[]][]) {
		for (const v of values) {
			const w = { ...best, [key]: v };
			const m = measure(w);
			if (m.value > bestValue + 1e-9) {
				bestValue = m.value;
				best = w;
				improved = true;
				console.log(`round ${round} ${key}=${v}`, m);
			}
		}
	}
	if (!improved) break;
}
console.log(JSON.stringify(best, null, 1));
console.log('final', measure(best));
