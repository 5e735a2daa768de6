import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../src/ask.js';
import { type Corpus, loadCorpus } from '../src/corpus.js';
import { CorpusStore } from '../src/corpus-store.js';
import { createWordNetLexicon, defaultLexicon } from '../src/lexicon.js';
import {
	decodeAttribution,
	encodeAttribution,
	mergeAttributions,
	numbersOf,
	PARALLEL_FROM_PASSAGES,
	partsOf,
	placesOf,
	readerFor,
	readsInWorker,
} from '../src/parallel-build.js';
import type { Entity } from '../src/people.js';
import { buildQuoteBookSteps, personNamesSteps } from '../src/quote-book.js';
import type { Attribution } from '../src/quotes.js';
import { buildIndexSliced } from '../src/search-index.js';
import { runSteps, runStepsSliced, type Steps } from '../src/steps.js';
import { buildStory, createStory, type Story } from '../src/story.js';
import { corpusDirs } from './support/story.js';

/** Everything a build makes, as plain data: two builds are the same when these are equal. */
function fingerprint(story: Story) {
	const { index, quotes } = story;
	const name = (entity: Entity) => entity.name;
	const byEntity = (map: ReadonlyMap<Entity, ReadonlySet<number>>) => [...map].map(([e, s]) => [e.name, [...s]]);
	return {
		stats: index.stats,
		vocabulary: index.vocabulary.strings,
		tokens: [...index.tokens.terms.subarray(0, index.tokens.length)],
		records: [...index.table.records],
		entities: index.entities.entities.map((e) => [e.name, e.kind, e.gender, e.mentions, e.forms, e.words]),
		extra: index.attribution.extraEntities.map(name),
		entityKeys: [...index.entityKeys].map(([e, key]) => [e.name, key]),
		properNames: [...index.properNames],
		referencedIn: [...index.referencedIn].map(([e, ids]) => [e.name, [...ids]]),
		passages: [...index.passages.values()].map((p) => [p.passage.id, byEntity(p.references), byEntity(p.described)]),
		quotations: quotes.quotations.map((q) => [
			q.speaker.name,
			q.rule,
			q.via,
			q.article.id,
			q.spans.map((s) => [s.passage.id, s.start, s.end, s.text]),
		]),
		abstained: quotes.abstained.map((s) => [s.passage.id, s.start, s.end, s.text]),
		people: quotes.people.map((p) => [p.name, p.aliases, p.keys, p.keyWords, p.quotations.length]),
	};
}

/** The answers to a few questions, passages and scores, through the index's `people` field too. */
function answers(story: Story, questions: string[]) {
	return questions.map((q) => ask(story.index, q, { limit: 5 }).results.map((r) => [r.passageId, r.score, r.answer]));
}

const QUESTIONS = ['Who said it?', 'What did she say about the release?', 'When did it happen?', 'Why did he call?'];

/** Every fixture corpus, and all of them in one (the articles a community adds on other stories). */
async function corpora(): Promise<[string, Corpus][]> {
	const all: [string, Corpus][] = [];
	for (const dir of corpusDirs()) all.push([dir, await loadCorpus(dir)]);
	// Renamed after their set, so that ids stay unique (a passage's id is its article's, then #n).
	const mixed = all.flatMap(([, c], i) =>
		c.articles.map((a) => ({
			...a,
			id: `s${i}-${a.id}`,
			passages: a.passages.map((p) => ({ ...p, id: `s${i}-${p.id}`, articleId: `s${i}-${a.id}` })),
		})),
	);
	return [...all, ['all in one', { articles: mixed }]];
}

describe('reading who is who on a worker thread (src/parallel-build.ts)', () => {
	afterEach(() => {
		delete process.env.WORKER_FAILS;
	});

	it('builds the same index, quote book and answers as one thread, with parts of one article', async () => {
		for (const [name, corpus] of await corpora()) {
			const alone = createStory(corpus);
			const failures: Error[] = [];
			const beside = await buildStory(corpus, defaultLexicon(), {
				parallel: true,
				passagesPerPart: 1,
				onWorkerFailure: (error) => failures.push(error),
			});
			expect(failures, name).toEqual([]);
			expect(fingerprint(beside), name).toEqual(fingerprint(alone));
			expect(answers(beside, QUESTIONS), name).toEqual(answers(alone, QUESTIONS));
		}
		// Every fixture corpus and all of them in one, each built twice: 14 s with twenty-one sets on
		// a quiet machine, and it grows with each set; past the suite's 20 s on a busy one.
	}, 60_000);

	it('reads in this thread what a failing worker did not send, and says so once', async () => {
		const [, corpus] = (await corpora()).at(-1) as [string, Corpus];
		const alone = fingerprint(createStory(corpus));
		const worker = new URL('./support/failing-worker.ts', import.meta.url);
		for (const how of ['at-once', 'after-claiming', 'after-one-part']) {
			process.env.WORKER_FAILS = how;
			const failures: Error[] = [];
			const story = await buildStory(corpus, defaultLexicon(), {
				parallel: true,
				passagesPerPart: 1,
				worker,
				onWorkerFailure: (error) => failures.push(error),
			});
			expect(failures.map((e) => e.message)).toEqual([
				how === 'at-once'
					? 'the build worker failed: failing at once, as asked'
					: 'the build worker stopped (exit code 3)',
			]);
			expect(fingerprint(story), how).toEqual(alone);
		}
	});

	it('has the worker make the quote book’s names while this thread finishes the index', async () => {
		const [, corpus] = (await corpora()).at(-1) as [string, Corpus];
		const reader = readerFor(corpus, defaultLexicon(), {
			parallel: true,
			onWorkerFailure: (e) => expect.fail(e.message),
		});
		const index = await buildIndexSliced(corpus, defaultLexicon(), Number.POSITIVE_INFINITY, reader);
		if (!reader.personNames) throw new Error('a reader on a worker makes names');
		const names = await runStepsSliced(reader.personNames(), Number.POSITIVE_INFINITY);
		expect(names).toEqual(runSteps(personNamesSteps(index.entities)));
		expect(names?.names.length).toBe(index.entities.entities.length);
		if (!names) throw new Error('the worker made names');
		// Given the wrong number of names, the quote book refuses them.
		for (const wrong of [
			{ ...names, names: names.names.slice(1) },
			{ ...names, byName: names.byName.subarray(1) },
		]) {
			expect(() => runSteps(buildQuoteBookSteps(index.attribution, index.entities, wrong))).toThrow(
				/names were made for/,
			);
		}
	});

	it('reads in this thread when the worker cannot start at all', async () => {
		const [, corpus] = (await corpora())[0] as [string, Corpus];
		const failures: Error[] = [];
		const story = await buildStory(corpus, defaultLexicon(), {
			parallel: true,
			worker: new URL('./support/no-such-worker.ts', import.meta.url),
			onWorkerFailure: (error) => failures.push(error),
		});
		expect(failures).toHaveLength(1);
		expect(fingerprint(story)).toEqual(fingerprint(createStory(corpus)));
	});

	it('reloads through the corpus store on a worker when asked, to the same story', async () => {
		const dir = corpusDirs()[1] as string;
		const corpus = await loadCorpus(dir);
		const failures: unknown[] = [];
		const log = { info: () => {}, warn: (...args: unknown[]) => failures.push(args) };
		const store = new CorpusStore(createStory({ articles: [] }), {
			dir,
			lexicon: defaultLexicon(),
			parallel: true,
			log,
		});
		await store.reload({ id: '1', name: 'mod' });
		expect(failures).toEqual([]);
		expect(fingerprint(store.current())).toEqual(fingerprint(createStory(corpus)));
	});

	it('uses a worker for a large corpus with the default lexicon only', async () => {
		const [, corpus] = (await corpora())[0] as [string, Corpus];
		const lexicon = defaultLexicon();
		expect(readsInWorker(corpus, lexicon)).toBe(false);
		expect(readsInWorker(corpus, lexicon, true)).toBe(true);
		const passages = corpus.articles.flatMap((a) => a.passages).filter((p) => p.kind === 'content').length;
		const copies = Math.ceil(PARALLEL_FROM_PASSAGES / passages);
		const large = { articles: Array.from({ length: copies }, () => corpus.articles).flat() };
		expect(readsInWorker(large, lexicon)).toBe(true);
		expect(readsInWorker(large, lexicon, false)).toBe(false);
		// Another lexicon cannot be sent to a worker.
		expect(readsInWorker(large, createWordNetLexicon(), true)).toBe(false);
	});

	it('cuts the articles into consecutive parts of about the passages asked, whole articles each', async () => {
		const [, corpus] = (await corpora()).at(-1) as [string, Corpus];
		const parts = partsOf(corpus.articles, 100);
		expect(parts[0]?.[0]).toBe(0);
		expect(parts.at(-1)?.[1]).toBe(corpus.articles.length);
		for (let i = 1; i < parts.length; i++) expect(parts[i]?.[0]).toBe(parts[i - 1]?.[1]);
		expect(parts.length).toBeGreaterThan(3);
		expect(partsOf(corpus.articles, 1)).toHaveLength(corpus.articles.length);
		expect(partsOf([], 100)).toEqual([]);
	});
});

describe('putting attributions of parts together', () => {
	const person = (name: string): Entity => ({
		name,
		forms: [name],
		words: [name.toLowerCase()],
		mentions: 0,
		kind: 'person',
		gender: null,
	});

	it('makes one entity of a lone-word speaker met in several parts, named as first met, and keeps the order', async () => {
		const [, corpus] = (await corpora()).at(-1) as [string, Corpus];
		const [a, b] = corpus.articles as [Corpus['articles'][number], Corpus['articles'][number]];
		const [pa, pb] = [a.passages[0], b.passages[0]] as [(typeof a.passages)[number], (typeof b.passages)[number]];
		const first = person('Zephyrine');
		const second = person('ZEPHYRINE');
		const other = person('Quillon');
		const part = (speaker: Entity, extra: Entity[], article: typeof a, passage: typeof pa): Attribution => ({
			quotations: [
				{ speaker, spans: [{ text: 'x', passage, start: 0, end: 1 }], article, rule: 'after-quote', via: 'name' },
			],
			references: new Map([[passage.id, new Map([[speaker, new Set([0])]])]]),
			described: new Map(),
			abstained: [],
			extraEntities: extra,
		});
		const merged = runSteps(mergeAttributions([part(first, [first], a, pa), part(second, [second, other], b, pb)]));
		expect(merged.extraEntities).toEqual([first, other]);
		expect(merged.quotations.map((q) => q.speaker)).toEqual([first, first]);
		expect(merged.quotations.map((q) => q.article.id)).toEqual([a.id, b.id]);
		expect([...merged.references.keys()]).toEqual([pa.id, pb.id]);
		expect([...(merged.references.get(pb.id)?.keys() ?? [])]).toEqual([first]);
	});

	it('sends an attribution as numbers and gets the same one back over the same corpus', async () => {
		const [, corpus] = (await corpora()).at(-1) as [string, Corpus];
		const story = createStory(corpus);
		const { attribution, entities } = story.index;
		const at = placesOf(corpus.articles);
		const back = runSteps(decodeAttribution(encodeAttribution(attribution, numbersOf(entities), at), entities, at));
		expect(back.quotations.length).toBeGreaterThan(10);
		expect(back).toEqual(attribution);
		// The same objects, not copies: passages, articles and entities are this thread's.
		expect(back.quotations[0]?.article).toBe(attribution.quotations[0]?.article);
		expect(back.quotations[0]?.spans[0]?.passage).toBe(attribution.quotations[0]?.spans[0]?.passage);
		expect(back.quotations[0]?.speaker).toBe(attribution.quotations[0]?.speaker);
	});
});

describe('steps that wait for another thread', () => {
	function* waiting(): Steps<number> {
		let done = false;
		yield new Promise<void>((resolve) =>
			setTimeout(() => {
				done = true;
				resolve();
			}, 5),
		);
		return done ? 1 : 0;
	}

	it('run in slices, the runner waiting for what a step waits for', async () => {
		expect(await runStepsSliced(waiting())).toBe(1);
	});

	it('cannot run straight through', () => {
		expect(() => runSteps(waiting())).toThrow(/run them with runStepsSliced/);
	});
});
