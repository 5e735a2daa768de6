/**
 * Orama's full-text index component, ours, plugged in through Orama's own `components.index`
 * extension point. Orama keeps its documents, ids, schema validation and search API; scoring is
 * Orama's BM25, term by term, unchanged. What differs is how string properties are stored and
 * searched:
 *
 * - **A term dictionary instead of a radix tree.** Each string property maps a term to its
 *   posting: the internal ids of the documents holding it and how often it occurs (Orama's
 *   `tokenOccurrences`). Inserting a term is one Map lookup and an append; Orama's radix tree
 *   walks and splits nodes and adds the id to a Set per word, most of the cost of an insert.
 *   Orama matches a non-exact search term as a prefix. With `prefixes: true` (the default) so
 *   does this index, over a sorted list of its terms built when a prefix search first needs it
 *   after a change; with `prefixes: false` every search matches whole terms only, for a tokenizer
 *   whose terms are whole words (the passage index: a prefix match of "van" finding "vanish"
 *   is noise there). Fuzzy searches (`tolerance`) are not supported. A build that knows every
 *   document's terms by number can defer a property's postings and put them in at once
 *   (deferPostings, addPostingsSteps: a counting sort instead of a lookup and an append per term
 *   of each document, a ninth of a 100,000-passage build's first pass); a property known only
 *   once every document is in goes in the same way (insertLatePropertySteps).
 * - **Term frequencies are stored sparsely.** Orama keeps, for every document, an object with the
 *   frequency of each of its terms: at 100,000 passages that is 100,000 dictionary-mode objects and
 *   most of the index's heap. A term's frequency is its count over the field's length, and nearly
 *   every count is 1 (our tokenizer hands Orama each term once), so only counts above 1 are kept;
 *   any other frequency is 1 / length, which the field lengths already hold. Scores are the same.
 * - **Search accumulates scores in typed arrays and keeps only the best `topK`.** Orama's search
 *   builds two Maps entry by entry for every posting of every term (one of them a Map per
 *   document) and then sorts every matching document, though a caller wants a page of them. Here
 *   each posting costs one multiply-add into a Float64Array, and a bounded heap keeps the best
 *   `topK` (passed in Orama's `relevance` parameters, see `TopKRelevance`). Work is proportional to
 *   the matched postings plus `topK log topK`.
 *
 * Only what Orama's full-text search with `threshold: 1` (any term) does is supported, over
 * `string` properties: a search with `where` filters, for all terms, or fuzzy, and a schema with
 * `string[]` properties, fail loudly rather than answer wrongly. So do `save` and `load`.
 */
import {
	type AnyIndexStore,
	type AnyOrama,
	type BM25Params,
	components,
	type SearchableType,
	type Tokenizer,
	type TokenScore,
} from '@orama/orama';
import { runSteps, type Steps } from './steps.js';

type OramaIndexComponent = ReturnType<typeof components.index.createIndex>;
type IndexStore = components.index.Index;
type InternalId = number;

/** Orama's BM25 parameters, plus how many of the best results a search keeps (all when absent). */
export type TopKRelevance = BM25Params & { topK?: number };

/** A term's documents (internal ids, each once) and its occurrences counted as Orama counts them. */
interface Posting {
	ids: InternalId[];
	/** Once per occurrence in each document holding the term (Orama's `tokenOccurrences`). */
	occurrences: number;
}

/** One string property's terms. Its lengths and repeated counts are in Orama's own slots. */
interface TermField {
	postings: Map<string, Posting>;
	/** The terms in order, for prefix searches; null when a change made it stale. */
	sorted: string[] | null;
	/** Inserts leave the postings to addPostings (deferPostings): the field cannot be searched meanwhile. */
	deferred: boolean;
}

/**
 * The postings of documents inserted into a deferred property (deferPostings), given at once:
 * each document's distinct terms by number, documents in the order they were inserted.
 */
export interface PostingsBulk {
	/** Each term by its number (numbers no document uses may stand for anything). */
	terms: readonly string[];
	/** Every document's term numbers, one document after the other, each term once per document. */
	termNumbers: Int32Array;
	/** Where each document's term numbers start, then where the last one's end: one more than the documents. */
	starts: Int32Array;
	/** Each document's internal id, in the order they were inserted. */
	internalIds: Int32Array;
}

/** The methods of the passage index component beyond Orama's. */
interface BulkPostings {
	deferPostings(index: IndexStore, prop: string): void;
	/** Whether the postings of `prop` wait for addPostingsSteps. */
	deferred(index: IndexStore, prop: string): boolean;
	/**
	 * With `late`, the documents went in without `prop`: their lengths and the running average are
	 * set from the bulk, as inserting each document's value would have set them.
	 */
	addPostingsSteps(index: IndexStore, prop: string, bulk: PostingsBulk, late?: boolean): Steps<void>;
}

export interface PassageIndexOptions {
	/**
	 * Whether a non-exact search term matches the terms it is a prefix of, as Orama's own index
	 * does (default true). False: whole terms only.
	 */
	prefixes?: boolean;
}

/** Counts above 1, per property and internal document id; every other frequency is 1 / length. */
type RepeatedCounts = Record<string, Record<InternalId, Record<string, number> | undefined>>;

/** Internal ids with their scores, keeping the best `capacity`: a heap whose root is the worst kept. */
class TopK {
	private readonly ids: Int32Array;
	private readonly scores: Float64Array;
	private size = 0;
	constructor(private readonly capacity: number) {
		this.ids = new Int32Array(capacity);
		this.scores = new Float64Array(capacity);
	}
	/** Does (scoreA, idA) rank below (scoreB, idB)? Equal scores rank the lower id first. */
	private static below(scoreA: number, idA: number, scoreB: number, idB: number): boolean {
		return scoreA < scoreB || (scoreA === scoreB && idA > idB);
	}
	private belowSlot(score: number, id: number, slot: number): boolean {
		return TopK.below(score, id, this.scores[slot] as number, this.ids[slot] as number);
	}
	private place(slot: number, score: number, id: number): void {
		this.scores[slot] = score;
		this.ids[slot] = id;
	}
	private move(from: number, to: number): void {
		this.place(to, this.scores[from] as number, this.ids[from] as number);
	}
	offer(id: InternalId, score: number): void {
		if (this.capacity === 0) return;
		if (this.size < this.capacity) {
			// Sift up: a worse entry rises towards the root.
			let i = this.size++;
			while (i > 0) {
				const parent = (i - 1) >> 1;
				if (!this.belowSlot(score, id, parent)) break;
				this.move(parent, i);
				i = parent;
			}
			this.place(i, score, id);
			return;
		}
		// Full: replace the worst kept entry if this one ranks above it, then sift down.
		if (!TopK.below(this.scores[0] as number, this.ids[0] as number, score, id)) return;
		this.siftDown(score, id);
	}
	/** Places (score, id) at the root's place and sifts it down to where it belongs. */
	private siftDown(score: number, id: number): void {
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= this.size) break;
			const right = left + 1;
			const worse =
				right < this.size && this.belowSlot(this.scores[right] as number, this.ids[right] as number, left)
					? right
					: left;
			if (!this.belowSlot(score, id, worse)) {
				// The entry ranks above the worse child: the child moves up.
				this.move(worse, i);
				i = worse;
			} else break;
		}
		this.place(i, score, id);
	}
	/**
	 * Best first, emptying the heap: its root, the worst kept, is taken off again and again and
	 * placed from the end (heapsort; no comparison function over an array of pairs).
	 */
	sorted(): TokenScore[] {
		const out = new Array<TokenScore>(this.size);
		while (this.size > 0) {
			const last = --this.size;
			out[last] = [this.ids[0] as number, this.scores[0] as number];
			if (last > 0) this.siftDown(this.scores[last] as number, this.ids[last] as number);
		}
		return out;
	}
}

/** Orama's index component with a term dictionary, sparse frequencies and a top-k search (see the file comment). */
export function createPassageIndexComponent({
	prefixes = true,
}: PassageIndexOptions = {}): OramaIndexComponent & BulkPostings {
	const base = components.index.createIndex();
	// Each index's string properties, by name.
	const fields = new WeakMap<IndexStore, Map<string, TermField>>();
	// Score accumulators, reused from search to search and grown with the largest internal id.
	let scores = new Float64Array(0);
	let seen = new Uint8Array(0);

	const termField = (index: IndexStore, prop: string): TermField | undefined => fields.get(index)?.get(prop);
	/** A string property's lengths and repeated counts, in the slots Orama's `create` set up. */
	const scoreParameters = (index: IndexStore, prop: string) => {
		const lengths = index.fieldLengths[prop];
		const counts = (index.frequencies as unknown as RepeatedCounts)[prop];
		if (!lengths || !counts) throw new Error(`${prop} is not a searchable string property`);
		return { lengths, counts };
	};

	return {
		...base,
		create(orama, sharedInternalDocumentStore, schema) {
			const index = base.create(orama, sharedInternalDocumentStore, schema);
			const own = new Map<string, TermField>();
			for (const [prop, type] of Object.entries(index.searchablePropertiesWithTypes) as [string, SearchableType][]) {
				if (type === 'string[]') throw new Error(`the passage index does not index string[] properties (${prop})`);
				if (type === 'string') own.set(prop, { postings: new Map(), sorted: null, deferred: false });
			}
			fields.set(index, own);
			return index;
		},
		insert(...args) {
			const [, index, prop, , internalId, value, , language, tokenizer, docsCount] = args;
			const field = termField(index, prop);
			// Anything but a string property is Orama's own.
			if (!field) return base.insert(...args);
			const tokens = tokenizer.tokenize(value as string, language, prop, false);
			const { lengths, counts } = scoreParameters(index, prop);
			// Orama's running average over every document (as its insertDocumentScoreParameters keeps it).
			index.avgFieldLength[prop] = ((index.avgFieldLength[prop] ?? 0) * (docsCount - 1) + tokens.length) / docsCount;
			lengths[internalId] = tokens.length;
			// Its terms go in with every other document's, by addPostings.
			if (field.deferred) return;
			let repeated: Record<string, number> | undefined;
			for (const token of tokens) {
				let posting = field.postings.get(token);
				if (!posting) {
					posting = { ids: [], occurrences: 0 };
					field.postings.set(token, posting);
					field.sorted = null;
				}
				// Counted once per occurrence, as Orama counts (and its removal counts down).
				posting.occurrences++;
				// This document's id was appended last if the term came before in it.
				if (posting.ids[posting.ids.length - 1] === internalId) {
					// No prototype: a word such as "constructor" must not read Object.prototype's.
					repeated ??= Object.create(null) as Record<string, number>;
					repeated[token] = (repeated[token] ?? 1) + 1;
				} else posting.ids.push(internalId);
			}
			counts[internalId] = repeated;
		},
		deferPostings(index: IndexStore, prop: string): void {
			const field = termField(index, prop);
			if (!field) throw new Error(`${prop} is not a string property of the index`);
			if (field.postings.size > 0) throw new Error(`${prop} already has postings: defer them before any insert`);
			field.deferred = true;
		},
		deferred(index: IndexStore, prop: string): boolean {
			return termField(index, prop)?.deferred === true;
		},
		*addPostingsSteps(index: IndexStore, prop: string, bulk: PostingsBulk, late = false): Steps<void> {
			const field = termField(index, prop);
			if (!field?.deferred) throw new Error(`the postings of ${prop} are not deferred`);
			const { terms, termNumbers, starts, internalIds } = bulk;
			const { lengths } = scoreParameters(index, prop);
			const documents = internalIds.length;
			if (starts.length !== documents + 1 || starts[documents] !== termNumbers.length) {
				throw new Error(`the postings of ${prop} do not cover their documents`);
			}
			// How many documents hold each term, then where each term's documents go in one array.
			const counts = new Int32Array(terms.length);
			for (let i = 0; i < termNumbers.length; i++) {
				const term = termNumbers[i] as number;
				if (term < 0 || term >= terms.length) throw new Error(`term ${term} of ${prop} is not among its terms`);
				counts[term] = (counts[term] as number) + 1;
				if ((i + 1) % ENTRIES_PER_STEP === 0) yield;
			}
			const begins = new Int32Array(terms.length);
			for (let term = 1; term < terms.length; term++) {
				begins[term] = (begins[term - 1] as number) + (counts[term - 1] as number);
			}
			// Where each term's next document goes.
			const next = begins.slice();
			const ids = new Int32Array(termNumbers.length);
			for (let document = 0; document < documents; document++) {
				const id = internalIds[document] as number;
				const from = starts[document] as number;
				const to = starts[document + 1] as number;
				if (late) {
					// What inserting it would have set: its length, and the running average (insert's own sum).
					lengths[id] = to - from;
					index.avgFieldLength[prop] = ((index.avgFieldLength[prop] ?? 0) * document + (to - from)) / (document + 1);
				} else if (lengths[id] !== to - from) {
					// The length an insert gave it: its number of terms, as each term went in once.
					throw new Error(`document ${id} was inserted with other terms`);
				}
				for (let i = from; i < to; i++) {
					const term = termNumbers[i] as number;
					const at = next[term] as number;
					// (The slot before is the term's own unless this is its first document.)
					if (ids[at - 1] === id && at > (begins[term] as number)) {
						throw new Error(`document ${id} gives a term of ${prop} twice`);
					}
					ids[at] = id;
					next[term] = at + 1;
				}
				if ((document + 1) % DOCUMENTS_PER_STEP === 0) yield;
			}
			// A step every so many documents' ids copied or term numbers read, used or not (the first
			// terms are the commonest, and numbers no document uses may alternate with those it does).
			let work = 0;
			for (let term = 0; term < terms.length; term++) {
				const count = counts[term] as number;
				work += count + ENTRIES_PER_STEP / DOCUMENTS_PER_STEP;
				if (work >= ENTRIES_PER_STEP) {
					work = 0;
					yield;
				}
				if (count === 0) continue;
				const from = begins[term] as number;
				field.postings.set(terms[term] as string, {
					ids: Array.from(ids.subarray(from, from + count)),
					occurrences: count,
				});
			}
			field.sorted = null;
			field.deferred = false;
		},
		remove(...args) {
			const [, index, prop, , internalId, value, , language, tokenizer, docsCount] = args;
			const field = termField(index, prop);
			if (!field) return base.remove(...args);
			const tokens = tokenizer.tokenize(value as string, language, prop);
			const { lengths, counts } = scoreParameters(index, prop);
			const average = index.avgFieldLength[prop] ?? 0;
			index.avgFieldLength[prop] =
				docsCount > 1 ? (average * docsCount - (lengths[internalId] ?? 0)) / (docsCount - 1) : 0;
			delete lengths[internalId];
			counts[internalId] = undefined;
			for (const token of tokens) {
				const posting = field.postings.get(token);
				if (!posting) continue;
				posting.occurrences--;
				const at = posting.ids.indexOf(internalId);
				if (at !== -1) {
					posting.ids[at] = posting.ids[posting.ids.length - 1] as InternalId;
					posting.ids.pop();
				}
				if (posting.ids.length === 0) {
					field.postings.delete(token);
					field.sorted = null;
				}
			}
			return true;
		},
		calculateResultScores() {
			throw new Error('the passage index scores in its own search');
		},
		save() {
			throw new Error('the passage index cannot be saved: build it from the corpus');
		},
		load() {
			throw new Error('the passage index cannot be loaded: build it from the corpus');
		},
		search(
			index: AnyIndexStore,
			term: string,
			tokenizer: Tokenizer,
			language,
			propertiesToSearch,
			exact,
			tolerance,
			boost: Partial<Record<string, number>>,
			relevance: Required<BM25Params> & TopKRelevance,
			docsCount,
			whereFiltersIDs,
			threshold = 1,
		): TokenScore[] {
			if (whereFiltersIDs || threshold !== 1) {
				throw new Error('the passage index searches for any term (threshold 1) and without where filters');
			}
			if (tolerance) throw new Error('the passage index has no fuzzy search (tolerance)');
			// Orama filters `exact` hits on the raw text after this search: a cut to the best k first
			// would lose hits that filter keeps.
			if (exact && relevance.topK !== undefined) throw new Error('the passage index keeps no top k for exact searches');
			const store = index as IndexStore;
			const tokens = tokenizer.tokenize(term, language);
			const { k, b, d } = relevance;
			const touched: InternalId[] = [];
			try {
				accumulate();
				const top = new TopK(Math.min(relevance.topK ?? touched.length, touched.length));
				for (const id of touched) top.offer(id, scores[id] as number);
				return top.sorted();
			} finally {
				// Leave the shared accumulators clean for the next search, whether this one failed or not.
				for (const id of touched) {
					scores[id] = 0;
					seen[id] = 0;
				}
			}

			function accumulate(): void {
				for (const prop of propertiesToSearch) {
					const field = termField(store, prop);
					if (!field) continue;
					if (field.deferred) throw new Error(`the postings of ${prop} are still to be added`);
					const { lengths, counts } = scoreParameters(store, prop);
					const average = store.avgFieldLength[prop] || 1;
					const propBoost = boost[prop] ?? 1;
					if (propBoost <= 0) throw new Error(`the boost of ${prop} must be above 0`);
					for (const token of tokens) {
						for (const [word, posting] of matches(field, token, !exact && prefixes)) {
							const matching = posting.occurrences;
							const idf = Math.log(1 + (docsCount - matching + 0.5) / (matching + 0.5));
							const { ids } = posting;
							for (let i = 0; i < ids.length; i++) {
								const id = ids[i] as InternalId;
								if (id >= scores.length) grow(id);
								const length = lengths[id] ?? 1;
								const tf = (counts[id]?.[word] ?? 1) / length;
								// Orama's BM25, then the property's boost, in Orama's order of operations.
								const bm25 = (idf * (d + tf * (k + 1))) / (tf + k * (1 - b + (b * length) / average));
								scores[id] = (scores[id] as number) + bm25 * propBoost;
								if (!seen[id]) {
									seen[id] = 1;
									touched.push(id);
								}
							}
						}
					}
				}
			}
		},
	};

	function grow(id: InternalId): void {
		const grown = new Float64Array(Math.max(id + 1, scores.length * 2, 1024));
		grown.set(scores);
		scores = grown;
		const grownSeen = new Uint8Array(grown.length);
		grownSeen.set(seen);
		seen = grownSeen;
	}
}

/** The terms a search token matches, with their postings: itself, or every term it begins. */
function matches(field: TermField, token: string, prefix: boolean): [string, Posting][] {
	if (!prefix) {
		const posting = field.postings.get(token);
		return posting ? [[token, posting]] : [];
	}
	field.sorted ??= [...field.postings.keys()].sort();
	const sorted = field.sorted;
	// The first term not below the token; the terms it begins follow it.
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((sorted[mid] as string) < token) low = mid + 1;
		else high = mid;
	}
	const found: [string, Posting][] = [];
	for (let i = low; i < sorted.length && (sorted[i] as string).startsWith(token); i++) {
		const word = sorted[i] as string;
		found.push([word, field.postings.get(word) as Posting]);
	}
	return found;
}

/**
 * Indexes the string property `prop` of documents inserted without it, as inserting each with its
 * value would have: the same postings, lengths and running average length, and the value in the
 * stored document. For a property known only once every document is in: who a passage refers to
 * without naming them is found by reading the whole corpus, and inserting the passages' text need
 * not wait for it. Its postings must be deferred (deferPostings, before any insert); `values` gives
 * every document's value, and `bulk` its terms by number as the tokenizer makes them of the value,
 * both in the order the documents went in (bulk.internalIds). Given for another number of
 * documents, it changes nothing; a document unknown or already holding the property fails it
 * where it stands (the build meeting that throws its index away).
 */
export function insertLateProperty(db: AnyOrama, prop: string, values: readonly string[], bulk: PostingsBulk): void {
	runSteps(insertLatePropertySteps(db, prop, values, bulk));
}

/** The same, in steps of DOCUMENTS_PER_STEP documents (src/steps.ts), for a build that runs in slices. */
export function* insertLatePropertySteps(
	db: AnyOrama,
	prop: string,
	values: readonly string[],
	bulk: PostingsBulk,
): Steps<void> {
	const type = db.index.getSearchablePropertiesWithTypes(db.data.index)[prop];
	if (type !== 'string') throw new Error(`${prop} is not a string property of the index`);
	const stored = db.documentsStore.count(db.data.docs);
	const { internalIds } = bulk;
	if (values.length !== stored || internalIds.length !== stored) {
		throw new Error(`${prop} was given for ${Math.min(values.length, internalIds.length)} of ${stored} documents`);
	}
	const index = bulkPostings(db);
	if (!index.deferred(db.data.index as IndexStore, prop)) throw new Error(`the postings of ${prop} are not deferred`);
	const docs = db.data.docs.docs as Record<number, Record<string, unknown> | undefined>;
	for (let i = 0; i < stored; i++) {
		const internalId = internalIds[i] as number;
		const document = docs[internalId];
		if (!document) throw new Error(`no document has the internal id ${internalId}`);
		if (document[prop] !== undefined) throw new Error(`${String(document.id)} already has its ${prop}`);
		document[prop] = values[i];
		if ((i + 1) % DOCUMENTS_PER_STEP === 0) yield;
	}
	yield* index.addPostingsSteps(db.data.index as IndexStore, prop, bulk, true);
}

/** How many documents a step of insertLatePropertySteps or addPostingsSteps takes. */
const DOCUMENTS_PER_STEP = 2048;
/** How many term numbers a step of addPostingsSteps counts. */
const ENTRIES_PER_STEP = 1 << 16;

function bulkPostings(db: AnyOrama): BulkPostings {
	const index = db.index as Partial<BulkPostings>;
	if (
		typeof index.deferPostings !== 'function' ||
		typeof index.deferred !== 'function' ||
		typeof index.addPostingsSteps !== 'function'
	) {
		throw new Error('the index is not the passage index (createPassageIndexComponent)');
	}
	return index as BulkPostings;
}

/**
 * From now on, documents inserted into the string property `prop` of `db` (still empty) keep
 * their lengths and the running average, as any insert, but their terms wait for addPostings:
 * a build that knows every document's terms by number puts them in all at once (a counting
 * sort), rather than one dictionary lookup and append per term of each document.
 */
export function deferPostings(db: AnyOrama, prop: string): void {
	bulkPostings(db).deferPostings(db.data.index as IndexStore, prop);
}

/**
 * The postings of every document inserted into `prop` since deferPostings, in steps: the same
 * postings (documents in the order they went in, occurrences) as inserting each would have made.
 * A document given with another number of terms than it was inserted with, or a term twice,
 * fails it.
 */
export function addPostingsSteps(db: AnyOrama, prop: string, bulk: PostingsBulk): Steps<void> {
	return bulkPostings(db).addPostingsSteps(db.data.index as IndexStore, prop, bulk);
}
