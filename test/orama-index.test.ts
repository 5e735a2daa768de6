import { create, insert, remove, save, search } from '@orama/orama';
import { describe, expect, it } from 'vitest';
import { random } from '../scripts/generate-corpus.js';
import {
	addPostingsSteps,
	createPassageIndexComponent,
	deferPostings,
	insertLateProperty,
	type PassageIndexOptions,
	type PostingsBulk,
	type TopKRelevance,
} from '../src/orama-index.js';
import { runSteps } from '../src/steps.js';

const schema = { text: 'string', tags: 'string' } as const;

/** Orama's default index and ours, over the same documents, with the same whitespace tokenizer. */
function pair(options?: PassageIndexOptions) {
	// Keeps repeated words, so frequencies above 1 (stored sparsely by our index) are exercised.
	const tokenizer = {
		language: 'english',
		normalizationCache: new Map<string, string>(),
		tokenize: (raw: string) => raw.split(/\s+/).filter(Boolean),
	};
	const plain = create({ schema, components: { tokenizer } });
	const ours = create({ schema, components: { tokenizer, index: createPassageIndexComponent(options) } });
	return { plain, ours };
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'alphabet'];

function documents(count: number) {
	const rng = random(7);
	const pick = () => WORDS[Math.floor(rng() * rng() * WORDS.length)] as string;
	return Array.from({ length: count }, (_, i) => ({
		id: `d${i}`,
		text: Array.from({ length: 1 + Math.floor(rng() * 12) }, pick).join(' '),
		tags: Array.from({ length: Math.floor(rng() * 3) }, pick).join(' '),
	}));
}

type Db = ReturnType<typeof pair>['plain'];

function hits(db: Db, term: string, options: { limit: number; relevance?: TopKRelevance; exact?: boolean }) {
	const result = search(db, { term, properties: ['text', 'tags'], threshold: 1, ...options });
	if (result instanceof Promise) throw new Error('unexpected async search');
	return result.hits.map((h) => ({ id: h.id, score: h.score }));
}

/** Ids with scores, rounded, sorted the way our index breaks ties (score, then insertion order). */
function normalised(list: { id: string; score: number }[]) {
	return list
		.map((h) => ({ id: h.id, score: Math.round(h.score * 1e9) / 1e9 }))
		.sort((a, b) => b.score - a.score || Number(a.id.slice(1)) - Number(b.id.slice(1)));
}

const QUERIES = ['alpha', 'beta gamma', 'iota kappa theta', 'zeta zeta', 'nothing', 'alpha alphabet delta', 'eta'];

describe('the passage index component (src/orama-index.ts)', () => {
	it('scores every document exactly as Orama’s own index does, prefixes and repeated words included', () => {
		const { plain, ours } = pair();
		for (const doc of documents(600)) {
			insert(plain, doc);
			insert(ours, doc);
		}
		for (const term of QUERIES) {
			for (const exact of [false, true]) {
				const expected = normalised(hits(plain, term, { limit: 1000, exact }));
				expect(normalised(hits(ours, term, { limit: 1000, exact })), `${term} exact=${exact}`).toEqual(expected);
			}
		}
		// "alph" is a prefix of two words: both are found, as Orama finds them.
		expect(normalised(hits(ours, 'alph', { limit: 1000 }))).toEqual(normalised(hits(plain, 'alph', { limit: 1000 })));
		expect(hits(ours, 'alph', { limit: 1000 }).length).toBeGreaterThan(0);
	});

	it('keeps only the best topK, which are the first topK of the full ranking', () => {
		const { ours } = pair();
		for (const doc of documents(600)) insert(ours, doc);
		for (const term of QUERIES) {
			const all = hits(ours, term, { limit: 1000 });
			for (const topK of [1, 5, 50]) {
				const top = hits(ours, term, { limit: topK, relevance: { topK } });
				expect(top, `${term} top ${topK}`).toEqual(all.slice(0, topK));
			}
		}
	});

	it('stores no frequency for a word a document holds once, and the count for one it repeats', () => {
		const { ours } = pair();
		insert(ours, { id: 'a', text: 'alpha beta beta', tags: '' });
		const frequencies = ours.data.index.frequencies.text as Record<number, Record<string, number> | undefined>;
		expect(Object.values(frequencies).filter(Boolean)).toEqual([{ beta: 2 }]);
	});

	it('forgets a removed document and scores the rest as Orama does after the same removals', () => {
		const { plain, ours } = pair();
		const docs = documents(200);
		for (const doc of docs) {
			insert(plain, doc);
			insert(ours, doc);
		}
		for (const doc of docs.filter((_, i) => i % 3 === 0)) {
			remove(plain, doc.id);
			remove(ours, doc.id);
		}
		for (const term of QUERIES) {
			const found = hits(ours, term, { limit: 1000 });
			expect(found.some((h) => Number(h.id.slice(1)) % 3 === 0)).toBe(false);
			expect(normalised(found), term).toEqual(normalised(hits(plain, term, { limit: 1000 })));
		}
	});

	it('refuses searches it does not implement, rather than answering them wrongly', () => {
		const { ours } = pair();
		insert(ours, { id: 'a', text: 'alpha', tags: '' });
		expect(() => search(ours, { term: 'alpha', threshold: 0 })).toThrow(/threshold 1/);
		expect(() => search(ours, { term: 'alpha', where: { text: 'alpha' } })).toThrow();
		// Orama filters exact hits on the raw text afterwards: a top k taken before would lose some.
		expect(() => search(ours, { term: 'alpha', exact: true, relevance: { topK: 1 } as TopKRelevance })).toThrow(
			/exact/,
		);
		expect(() => search(ours, { term: 'alpha', boost: { text: 0 } })).toThrow(/boost/);
		expect(() => search(ours, { term: 'alpha', tolerance: 1 })).toThrow(/fuzzy/);
		expect(() => save(ours)).toThrow(/cannot be saved/);
		expect(() =>
			create({ schema: { tags: 'string[]' } as const, components: { index: createPassageIndexComponent() } }),
		).toThrow(/string\[\]/);
		// A failed search leaves nothing behind for the next one.
		expect(hits(ours, 'alpha', { limit: 10 })).toHaveLength(1);
	});

	it('scores words named like Object.prototype members and boosted properties as Orama does', () => {
		const { plain, ours } = pair();
		const docs = [
			{ id: 'd0', text: 'constructor toString alpha', tags: 'beta' },
			{ id: 'd1', text: 'alpha alpha beta', tags: 'constructor' },
			{ id: 'd2', text: 'gamma', tags: 'alpha' },
		];
		for (const doc of docs) {
			insert(plain, doc);
			insert(ours, doc);
		}
		for (const term of ['alpha', 'beta', 'alpha beta']) {
			const boosted = (db: Db) => {
				const result = search(db, { term, properties: ['text', 'tags'], boost: { tags: 2.5 }, limit: 10 });
				if (result instanceof Promise) throw new Error('unexpected async search');
				return normalised(result.hits.map((h) => ({ id: h.id, score: h.score })));
			};
			expect(boosted(ours), term).toEqual(boosted(plain));
		}
		for (const term of ['constructor', 'toString']) {
			const found = hits(ours, term, { limit: 10 });
			expect(found.length, term).toBeGreaterThan(0);
			for (const h of found) expect(Number.isFinite(h.score), term).toBe(true);
		}
	});
});

describe('the passage index component: whole terms and a changing index', () => {
	it('matches whole terms only with prefixes: false, as an exact search of Orama’s own index scores them', () => {
		const { plain, ours } = pair({ prefixes: false });
		for (const doc of documents(600)) {
			insert(plain, doc);
			insert(ours, doc);
		}
		// Orama's exact search also keeps only documents whose raw text holds the whole search
		// string, so it is compared word by word; a search's score is the sum of its words'.
		const single = (word: string) => hits(plain, word, { limit: 1000, exact: true });
		for (const word of [...WORDS, 'alph']) {
			expect(normalised(hits(ours, word, { limit: 1000 })), word).toEqual(normalised(single(word)));
		}
		for (const term of QUERIES) {
			const summed = new Map<string, number>();
			for (const word of term.split(' ')) {
				for (const h of single(word)) summed.set(h.id, (summed.get(h.id) ?? 0) + h.score);
			}
			const expected = normalised([...summed].map(([id, score]) => ({ id, score })));
			expect(normalised(hits(ours, term, { limit: 1000 })), term).toEqual(expected);
		}
		expect(hits(ours, 'alph', { limit: 1000 })).toEqual([]);
		expect(hits(ours, 'alphabet', { limit: 1000 }).length).toBeGreaterThan(0);
	});

	it('finds by prefix the words inserted after a prefix search, and forgets removed ones', () => {
		const { plain, ours } = pair();
		const add = (doc: { id: string; text: string; tags: string }) => {
			insert(plain, doc);
			insert(ours, doc);
		};
		add({ id: 'd0', text: 'carton', tags: '' });
		expect(hits(ours, 'car', { limit: 10 }).map((h) => h.id)).toEqual(['d0']);
		add({ id: 'd1', text: 'cart car', tags: 'cab' });
		add({ id: 'd2', text: 'dog', tags: 'car' });
		expect(normalised(hits(ours, 'car', { limit: 10 }))).toEqual(normalised(hits(plain, 'car', { limit: 10 })));
		expect(hits(ours, 'ca', { limit: 10 })).toHaveLength(3);
		remove(plain, 'd1');
		remove(ours, 'd1');
		expect(normalised(hits(ours, 'ca', { limit: 10 }))).toEqual(normalised(hits(plain, 'ca', { limit: 10 })));
		// A removed document inserted again is found again, once.
		add({ id: 'd1', text: 'cart cart', tags: '' });
		expect(normalised(hits(ours, 'cart', { limit: 10 }))).toEqual(normalised(hits(plain, 'cart', { limit: 10 })));
		expect(
			hits(ours, 'cart', { limit: 10 })
				.map((h) => h.id)
				.sort(),
		).toEqual(['d0', 'd1']);
	});

	it('indexes a property inserted late exactly as inserting it with each document would have', () => {
		const { ours: withTags } = pair({ prefixes: false });
		const { ours: late } = pair({ prefixes: false });
		// Each word once per document, as the passage index's tokenizer hands them over.
		const docs = documents(400).map((d) => ({ ...d, tags: [...new Set(d.tags.split(' '))].join(' ') }));
		deferPostings(late, 'tags');
		for (const doc of docs) {
			insert(withTags, doc);
			insert(late, { id: doc.id, text: doc.text });
		}
		const tags = bulkOf(
			late,
			docs.map((d) => ({ id: d.id, text: d.tags })),
			false,
		);
		// Not searchable before its postings are in.
		expect(() => hits(late, 'alpha', { limit: 1000 })).toThrow(/postings of tags are still to be added/);
		insertLateProperty(
			late,
			'tags',
			docs.map((d) => d.tags),
			tags,
		);
		for (const term of QUERIES) {
			// Scores compared unrounded: the same postings, lengths and running average, to the last bit.
			expect(hits(late, term, { limit: 1000 }), term).toEqual(hits(withTags, term, { limit: 1000 }));
		}
		expect(late.data.index.avgFieldLength.tags).toBe(withTags.data.index.avgFieldLength.tags);
		// Every stored document holds its value.
		expect(late.data.docs.docs).toEqual(withTags.data.docs.docs);
	});

	it('refuses a late property given for some documents only, or given twice', () => {
		const { ours } = pair({ prefixes: false });
		deferPostings(ours, 'tags');
		const docs = documents(3).map((d) => ({ id: d.id, text: 'alpha' }));
		for (const doc of docs) insert(ours, { ...doc });
		const bulk = bulkOf(ours, docs, false);
		const values = ['alpha', 'alpha', 'alpha'];
		const some = { ...bulk, internalIds: bulk.internalIds.subarray(0, 1), starts: bulk.starts.subarray(0, 2) };
		expect(() => insertLateProperty(ours, 'tags', values.slice(0, 1), some)).toThrow(/1 of 3 documents/);
		expect(() => insertLateProperty(ours, 'tags', values, some)).toThrow(/1 of 3 documents/);
		expect(ours.data.docs.docs[1]).not.toHaveProperty('tags');
		const unknown = { ...bulk, internalIds: Int32Array.of(1, 2, 70) };
		expect(() => insertLateProperty(ours, 'tags', values, unknown)).toThrow(/no document has the internal id 70/);
		const twice = { ...bulk, internalIds: Int32Array.of(1, 2, 1) };
		expect(() => insertLateProperty(ours, 'tags', values, twice)).toThrow(/d0 already has its tags/);
		expect(() => insertLateProperty(ours, 'nope', values, bulk)).toThrow(/not a string property/);
		const { ours: eager } = pair({ prefixes: false });
		for (const doc of docs) insert(eager, { ...doc });
		expect(() => insertLateProperty(eager, 'tags', values, bulkOf(eager, docs, false))).toThrow(/not deferred/);
		expect(eager.data.docs.docs[1]).not.toHaveProperty('tags');
	});

	it('puts the postings of a deferred property in at once as inserting each document would have', () => {
		const { ours: each } = pair();
		const { ours: bulk } = pair();
		// Each word once per document, as the passage index's tokenizer hands them over.
		const docs = documents(500).map((d) => ({ ...d, text: [...new Set(d.text.split(' '))].join(' ') }));
		deferPostings(bulk, 'text');
		const postings = bulkOf(bulk, docs);
		for (const doc of docs) insert(each, doc);
		// Not searchable before its postings are in.
		expect(() => hits(bulk, 'alpha', { limit: 10 })).toThrow(/postings of text are still to be added/);
		runSteps(addPostingsSteps(bulk, 'text', postings));
		for (const term of [...QUERIES, 'alph']) {
			for (const exact of [false, true]) {
				// Scores compared unrounded: the same postings, lengths and average.
				expect(hits(bulk, term, { limit: 1000, exact }), term).toEqual(hits(each, term, { limit: 1000, exact }));
			}
		}
		// Inserted after, a document goes in as any other; removed, it is forgotten.
		for (const ours of [each, bulk]) {
			insert(ours, { id: 'late', text: 'alpha omega', tags: '' });
			remove(ours, 'd3');
		}
		for (const term of ['omega', 'alpha', 'beta gamma']) {
			expect(hits(bulk, term, { limit: 1000 }), term).toEqual(hits(each, term, { limit: 1000 }));
		}
	});

	it('refuses postings that do not match what went in', () => {
		const docs = [
			{ id: 'd0', text: 'alpha beta', tags: '' },
			{ id: 'd1', text: 'beta', tags: '' },
		];
		const fresh = () => {
			const { ours } = pair();
			deferPostings(ours, 'text');
			const postings = bulkOf(ours, docs);
			return { ours, postings };
		};
		const { ours, postings } = fresh();
		const other = (change: Partial<PostingsBulk>) =>
			runSteps(addPostingsSteps(ours, 'text', { ...postings, ...change }));
		// d1 given two terms where it went in with one; d0 given "alpha" twice; a term not among the terms.
		expect(() => other({ termNumbers: Int32Array.of(0, 1, 1, 0), starts: Int32Array.of(0, 2, 4) })).toThrow(
			/inserted with other terms/,
		);
		expect(() => other({ termNumbers: Int32Array.of(0, 0, 1) })).toThrow(/gives a term of text twice/);
		expect(() => other({ termNumbers: Int32Array.of(0, 70, 1) })).toThrow(/not among its terms/);
		expect(() => other({ starts: Int32Array.of(0, 2) })).toThrow(/do not cover their documents/);
		const { ours: plain } = pair();
		insert(plain, docs[0] as (typeof docs)[number]);
		expect(() => deferPostings(plain, 'text')).toThrow(/already has postings/);
		expect(() => runSteps(addPostingsSteps(plain, 'text', postings))).toThrow(/not deferred/);
		const { ours: good, postings: right } = fresh();
		runSteps(addPostingsSteps(good, 'text', right));
		expect(hits(good, 'beta', { limit: 10 }).map((h) => h.id)).toEqual(['d1', 'd0']);
	});
});

/**
 * Inserts `docs` into `db` (unless `inserting` is false: they are in) and gives their text's
 * postings as a bulk: each word's number in WORDS.
 */
function bulkOf(db: Db, docs: { id: string; text: string; tags?: string }[], inserting = true): PostingsBulk {
	const termNumbers: number[] = [];
	const starts = [0];
	const internalIds: number[] = [];
	for (const doc of docs) {
		if (inserting) insert(db, { tags: '', ...doc });
		for (const word of doc.text.split(' ')) if (word) termNumbers.push(WORDS.indexOf(word));
		starts.push(termNumbers.length);
		internalIds.push(db.internalDocumentIDStore.idToInternalId.get(doc.id) as number);
	}
	return {
		terms: WORDS,
		termNumbers: Int32Array.from(termNumbers),
		starts: Int32Array.from(starts),
		internalIds: Int32Array.from(internalIds),
	};
}
