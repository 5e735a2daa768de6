/**
 * Orama's full-text index component with two changes, plugged in through Orama's own
 * `components.index` extension point (everything else is Orama's implementation, unchanged):
 *
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
 *   the matched postings plus `topK log topK`. Ranking is Orama's BM25, term by term, unchanged.
 *
 * Only what Orama's full-text search with `threshold: 1` (any term) does is supported: the
 * passage index never filters with `where` nor asks for all terms, and such a search fails loudly.
 */
import { type AnyIndexStore, type BM25Params, components, type TokenScore } from '@orama/orama';

type OramaIndexComponent = ReturnType<typeof components.index.createIndex>;
type IndexStore = components.index.Index;
type InternalId = number;
type DocumentId = string | number;

/** Orama's BM25 parameters, plus how many of the best results a search keeps (all when absent). */
export type TopKRelevance = BM25Params & { topK?: number };

/** Counts above 1, per property and internal document id; every other frequency is 1 / length. */
type RepeatedCounts = Record<string, Record<InternalId, Record<string, number> | undefined>>;

function internalIdOf(index: IndexStore, id: DocumentId): InternalId | undefined {
	if (typeof id === 'number') return id;
	return index.sharedInternalDocumentStore.idToInternalId.get(id);
}

/** The structure of Orama's radix tree nodes that search reads (orama/src/trees/radix.ts). */
interface RadixNode {
	/** Children by first character of their edge label. */
	c: Map<string, RadixNode>;
	/** Edge label. */
	s: string;
	/** Documents containing the word ending here. */
	d: Set<InternalId>;
	/** A word ends here. */
	e: boolean;
}

/**
 * The documents of exactly `word`, when no longer word starts with it (then a prefix search finds
 * nothing more): the node's own set, without copying. Undefined when another path is needed.
 */
function leafDocuments(root: RadixNode, word: string): Set<InternalId> | null | undefined {
	let node = root;
	let i = 0;
	while (i < word.length) {
		const child = node.c.get(word[i] as string);
		if (!child) return null;
		if (!word.startsWith(child.s, i)) return child.s.startsWith(word.slice(i)) ? undefined : null;
		node = child;
		i += child.s.length;
	}
	if (node.c.size > 0) return undefined;
	return node.e ? node.d : null;
}

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
	/** Best first. */
	sorted(): TokenScore[] {
		const out: TokenScore[] = [];
		for (let i = 0; i < this.size; i++) out.push([this.ids[i] as number, this.scores[i] as number]);
		return out.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
	}
}

/** Orama's index component with sparse term frequencies and a top-k search (see the file comment). */
export function createPassageIndexComponent(): OramaIndexComponent {
	const base = components.index.createIndex();
	// Score accumulators, reused from search to search and grown with the largest internal id.
	let scores = new Float64Array(0);
	let seen = new Uint8Array(0);

	/** A searchable string property's score parameters, as Orama's `create` set them up. */
	const field = (index: IndexStore, prop: string) => {
		const lengths = index.fieldLengths[prop];
		const counts = (index.frequencies as unknown as RepeatedCounts)[prop];
		const occurrences = index.tokenOccurrences[prop];
		if (!lengths || !counts || !occurrences) throw new Error(`${prop} is not a searchable string property`);
		return { lengths, counts, occurrences };
	};

	return {
		...base,
		insertDocumentScoreParameters(index, prop, id, tokens, docsCount) {
			const internalId = internalIdOf(index, id) as InternalId;
			const { lengths, counts } = field(index, prop);
			index.avgFieldLength[prop] = ((index.avgFieldLength[prop] ?? 0) * (docsCount - 1) + tokens.length) / docsCount;
			lengths[internalId] = tokens.length;
			counts[internalId] = undefined;
		},
		insertTokenScoreParameters(index, prop, id, tokens, token) {
			const internalId = internalIdOf(index, id) as InternalId;
			const { counts, occurrences } = field(index, prop);
			let count = 0;
			for (const t of tokens) if (t === token) count++;
			if (count > 1) {
				const own = counts[internalId] ?? {};
				own[token] = count;
				counts[internalId] = own;
			}
			// As Orama counts: once per occurrence (its removal counts down the same way). Own numeric
			// entries only: a word such as "constructor" must not read Object.prototype's.
			const previous = Object.hasOwn(occurrences, token) ? occurrences[token] : 0;
			occurrences[token] = (typeof previous === 'number' ? previous : 0) + 1;
		},
		removeDocumentScoreParameters(index, prop, id, docsCount) {
			const internalId = internalIdOf(index, id);
			if (internalId === undefined) return;
			const { lengths, counts } = field(index, prop);
			const average = index.avgFieldLength[prop] ?? 0;
			index.avgFieldLength[prop] =
				docsCount > 1 ? (average * docsCount - (lengths[internalId] ?? 0)) / (docsCount - 1) : 0;
			delete lengths[internalId];
			counts[internalId] = undefined;
		},
		calculateResultScores() {
			throw new Error('the passage index scores in its own search');
		},
		search(
			index: AnyIndexStore,
			term: string,
			tokenizer,
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
			// Orama filters `exact` hits on the raw text after this search: a cut to the best k first
			// would lose hits that filter keeps.
			if (exact && relevance.topK !== undefined) throw new Error('the passage index keeps no top k for exact searches');
			const store = index as IndexStore;
			const tokens = tokenizer.tokenize(term, language);
			const { k, b, d } = relevance;
			const touched: InternalId[] = [];
			try {
				accumulate();
			} catch (error) {
				// Leave the shared accumulators clean for the next search.
				for (const id of touched) {
					scores[id] = 0;
					seen[id] = 0;
				}
				throw error;
			}
			const top = new TopK(Math.min(relevance.topK ?? touched.length, touched.length));
			for (const id of touched) {
				top.offer(id, scores[id] as number);
				scores[id] = 0;
				seen[id] = 0;
			}
			return top.sorted();

			function accumulate(): void {
				for (const prop of propertiesToSearch) {
					const tree = store.indexes[prop];
					if (tree?.type !== 'Radix') continue;
					const root = tree.node as unknown as RadixNode;
					const { lengths, counts, occurrences } = field(store, prop);
					const average = store.avgFieldLength[prop] || 1;
					const propBoost = boost[prop] ?? 1;
					if (propBoost <= 0) throw new Error(`the boost of ${prop} must be above 0`);
					for (const token of tokens) {
						// Every matching word with its documents: the node's own set when the token is a
						// whole word that nothing extends, otherwise Orama's own prefix or fuzzy lookup.
						const leaf = !tolerance ? leafDocuments(root, token) : undefined;
						const found: [string, Iterable<InternalId>][] =
							leaf === null
								? []
								: leaf
									? [[token, leaf]]
									: Object.entries(tree.node.find({ term: token, exact, tolerance }) as Record<string, InternalId[]>);
						for (const [word, ids] of found) {
							// Own numeric entries only: "constructor" is no count (as Orama checks).
							const occurring = Object.hasOwn(occurrences, word) ? occurrences[word] : 0;
							const matching = typeof occurring === 'number' ? occurring : 0;
							const idf = Math.log(1 + (docsCount - matching + 0.5) / (matching + 0.5));
							for (const id of ids) {
								if (id >= scores.length) {
									const grown = new Float64Array(Math.max(id + 1, scores.length * 2, 1024));
									grown.set(scores);
									scores = grown;
									const grownSeen = new Uint8Array(grown.length);
									grownSeen.set(seen);
									seen = grownSeen;
								}
								const length = lengths[id] ?? 1;
								const own = counts[id];
								const tf = (own && Object.hasOwn(own, word) ? (own[word] as number) : 1) / length;
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
}
