/**
 * The passage index: every content paragraph of the corpus in one Orama full-text index, beside
 * the per-passage statistics the ranker needs (term frequencies, sentences, lengths).
 *
 * Orama 3.1 is configured deliberately:
 * - Terms come from our own analyser (src/text.ts): stop words out, irregular forms lemmatised,
 *   Porter2 stems. Orama's built-in English stemmer is off (it cuts "election" to "elec").
 * - Orama matches query terms as prefixes ("new" finds "newer", "van" finds "vanish"), and
 *   `exact: true` is no cure: it also filters hits on the raw, case-sensitive text, which rejects
 *   every stemmed match. Our index component matches whole terms (`prefixes: false`).
 * - `threshold: 1` (Orama's default) returns a passage matching any query term: recall for the
 *   ranker, which decides relevance itself (src/ranking.ts).
 * - Orama's index component is ours (src/orama-index.ts, through Orama's `components.index`):
 *   Orama's BM25 over a term dictionary, with term frequencies stored sparsely and a search that
 *   keeps only the best `limit` passages, so a query costs its postings, not a sort of every match.
 * - Non-content paragraphs are never inserted, so no query can return them.
 */
import { type BM25Params, count, create, insert, type Orama, search } from '@orama/orama';
import type { Article, Corpus, Passage } from './corpus.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import {
	addPostingsSteps,
	createPassageIndexComponent,
	deferPostings,
	insertLatePropertySteps,
	type PostingsBulk,
	type TopKRelevance,
} from './orama-index.js';
import type { Entity, EntityIndex } from './people.js';
import { forgetNameScans, holdingEvery, ROLE_BEFORE, readingOf } from './people.js';
import type { Attribution } from './quotes.js';
import { runSteps, runStepsSliced, type Steps } from './steps.js';
import { analyze, analyzeWord, foldWord, forgetWordCaches, type Sentence, wordEnd, wordStart } from './text.js';
import { readInThread, type WhoIsWhoReader } from './who-is-who.js';

export interface IndexedSentence {
	start: number;
	end: number;
	text: string;
	/**
	 * The sentence's analysed tokens (stop words left out) are `from` to `to` (exclusive) in the
	 * index's token store: each a term and the folded word it comes from, as vocabulary numbers,
	 * and where that word starts in the passage's text.
	 */
	from: number;
	to: number;
}

/**
 * Every term and folded word of the corpus, once each, by number. Sentences hold numbers, not
 * strings or arrays of them: at 100,000 passages, arrays of strings per sentence were a third of
 * the heap.
 */
export class Vocabulary {
	readonly strings: string[] = [];
	private readonly ids = new Map<string, number>();

	/** The number of `text`, given one if it has none. */
	add(text: string): number {
		let id = this.ids.get(text);
		if (id === undefined) {
			id = this.strings.length;
			this.strings.push(text);
			this.ids.set(text, id);
		}
		return id;
	}

	/** The number of `text`, if the corpus has it. */
	find(text: string): number | undefined {
		return this.ids.get(text);
	}
}

/**
 * The analysed tokens of every passage and title, in order: term and word numbers side by side,
 * and where each word starts in its passage's text (or its title), so that a passage's matched
 * words are found again without analysing its text a second time (highlights, src/ranking.ts).
 */
export class TokenStore {
	terms: Int32Array = new Int32Array(1024);
	words: Int32Array = new Int32Array(1024);
	starts: Int32Array = new Int32Array(1024);
	length = 0;

	push(term: number, word: number, start: number): void {
		if (this.length === this.terms.length) {
			this.terms = grow(this.terms);
			this.words = grow(this.words);
			this.starts = grow(this.starts);
		}
		this.terms[this.length] = term;
		this.words[this.length] = word;
		this.starts[this.length] = start;
		this.length++;
	}

	/** Gives back the room grown for but not used, once every token is in. */
	trim(): void {
		this.terms = this.terms.slice(0, this.length);
		this.words = this.words.slice(0, this.length);
		this.starts = this.starts.slice(0, this.length);
	}
}

function grow(array: Int32Array): Int32Array {
	const grown = new Int32Array(array.length * 2);
	grown.set(array);
	return grown;
}

/** Number of content passages containing each term, read by term. */
export class DocumentFrequencies {
	private counts: Int32Array = new Int32Array(1024);
	/** Term numbers in the order the passages first used them (the order they are listed in). */
	private readonly order: number[] = [];
	constructor(private readonly vocabulary: Vocabulary) {}

	/** Counts one more passage for each term number of `terms`. */
	count(terms: Iterable<number>): void {
		for (const id of terms) {
			while (id >= this.counts.length) this.counts = grow(this.counts);
			if (this.counts[id] === 0) this.order.push(id);
			this.counts[id] = (this.counts[id] ?? 0) + 1;
		}
	}

	get(term: string): number | undefined {
		const id = this.vocabulary.find(term);
		const count = id === undefined ? 0 : (this.counts[id] ?? 0);
		return count > 0 ? count : undefined;
	}

	has(term: string): boolean {
		return this.get(term) !== undefined;
	}

	/** Every term with its count, in the order the passages first used them. */
	*[Symbol.iterator](): IterableIterator<[string, number]> {
		for (const id of this.order) yield [this.vocabulary.strings[id] as string, this.counts[id] as number];
	}
}

export interface IndexedPassage {
	passage: Passage;
	article: Article;
	sentences: IndexedSentence[];
	/** Its sentences' tokens, one after the other, are `from` to `to` (exclusive) in the token store. */
	from: number;
	to: number;
	/** Number of analysed terms. */
	length: number;
	/** People and organisations the passage refers to without naming them, by sentence index. */
	references: ReadonlyMap<Entity, ReadonlySet<number>>;
	/** Of those, the sentences whose subject is a description standing for the person ("The reality star"). */
	described: ReadonlyMap<Entity, ReadonlySet<number>>;
	/** The paragraph just before, when it is a passage too: the scene this one is often set in. */
	previous: IndexedPassage | undefined;
	/** Its article's title, analysed: its tokens are in the store with the passages'. */
	title: IndexedSentence | undefined;
}

/**
 * What the ranker reads of every candidate passage (src/ranking.ts), for each passage in one
 * record of a flat array, `PassageTable.records`: where its sentences', its title's and the
 * paragraph before's tokens are, its length, its number, and in which sentences it refers to
 * people without naming them. A candidate's objects (the passage, its sentences, its title, the
 * passage before, its references) lie scattered over the heap: at 10,000 passages, reading them
 * for each of 200 candidates cost more than matching their tokens, a cache miss an object. A
 * record is one or two cache lines. Who a passage refers to is known only once the whole corpus
 * is read: those lists follow every record, in the same array, each where its record says (so
 * that the records are written as the passages go in). Its fields, at these offsets from its start:
 */
export const RECORD = {
	/** The passage's number, in `PassageTable.passages`. */
	number: 0,
	/** Number of analysed terms (IndexedPassage.length). */
	length: 1,
	/** The tokens of the paragraph just before, when it is a passage too (an empty range when not). */
	previousFrom: 2,
	previousTo: 3,
	/** The number of its article's title (-1 for none), and the title's tokens. */
	title: 4,
	titleFrom: 5,
	titleTo: 6,
	/**
	 * Where the list of the people it refers to without naming them (IndexedPassage.references)
	 * starts, -1 for none: how many, m, then for each of the m people their number
	 * (PassageTable.entities), how many sentences refer to them, k, and the k sentences' indexes in
	 * the passage.
	 */
	references: 7,
	/** The number of its first sentence, in `PassageTable.sentences`, the others following it. */
	firstSentence: 8,
	/** How many sentences it has, n. */
	sentences: 9,
	/**
	 * Then n + 1 token positions: sentence i's tokens are from the i-th to the next (a sentence's
	 * tokens follow the one before's); the passage's are from the first to the last.
	 */
	bounds: 10,
} as const;

/** Every passage by number (the order they were indexed in), and each one's record (see RECORD). */
export interface PassageTable {
	/** Each passage, by its number. */
	passages: IndexedPassage[];
	/** Each sentence of every passage by its number, a passage's in order. */
	sentences: IndexedSentence[];
	/** Every passage's record, one after the other, then the lists of who they refer to. */
	records: Int32Array;
	/** Where each passage's record starts, by its internal id in the Orama index (internalIdOf; -1 for none). */
	recordByInternalId: Int32Array;
	/** The people the passages refer to without naming them, numbered. */
	entities: Map<Entity, number>;
}

/** The passages' table, filled passage by passage as they are indexed. */
class PassageTableBuilder {
	private readonly passages: IndexedPassage[] = [];
	private readonly sentences: IndexedSentence[] = [];
	// Grown as passages come, trimmed once all are in (a number[] of them held twice the room).
	private records: Int32Array = new Int32Array(1024);
	private length = 0;
	private recordByInternalId = new Int32Array(1024).fill(-1);
	private readonly entities = new Map<Entity, number>();
	private readonly titles: IndexedSentence[] = [];
	// Whether the lists of references have begun: no record may follow them.
	private referring = false;

	/** Numbers a title; its article's passages follow. */
	addTitle(title: IndexedSentence): number {
		this.titles.push(title);
		return this.titles.length - 1;
	}

	/** One value (a sentence's first token, a sentence index): no array for it. */
	private pushOne(value: number): void {
		if (this.length === this.records.length) this.records = grow(this.records);
		this.records[this.length++] = value;
	}

	/** Adds the passage's record (who it refers to comes later: refer); where it starts. */
	add(indexed: IndexedPassage, title: number): number {
		if (this.referring) throw new Error('a passage added after the lists of who passages refer to');
		const start = this.length;
		const before = indexed.previous;
		const titleTokens = this.titles[title];
		// (One value at a time: an array of them for each of 100,000 passages was garbage at once.)
		this.pushOne(this.passages.length);
		this.pushOne(indexed.length);
		this.pushOne(before ? before.from : 0);
		this.pushOne(before ? before.to : 0);
		this.pushOne(titleTokens ? title : -1);
		this.pushOne(titleTokens ? titleTokens.from : 0);
		this.pushOne(titleTokens ? titleTokens.to : 0);
		this.pushOne(-1);
		this.pushOne(this.sentences.length);
		this.pushOne(indexed.sentences.length);
		let end = indexed.from;
		for (const sentence of indexed.sentences) {
			// A sentence's tokens follow the one before's (analyzeSentences stores nothing between them).
			if (sentence.from !== end) throw new Error(`sentence tokens out of order in ${indexed.passage.id}`);
			this.pushOne(sentence.from);
			end = sentence.to;
			this.sentences.push(sentence);
		}
		if (end !== indexed.to) throw new Error(`passage tokens out of order in ${indexed.passage.id}`);
		this.pushOne(end);
		this.passages.push(indexed);
		return start;
	}

	/**
	 * Lists who the passage with the Orama internal id `internalId` refers to (once every record is
	 * in), numbering each person the first time a list names them.
	 */
	refer(internalId: number, references: IndexedPassage['references']): void {
		this.referring = true;
		const record = this.recordByInternalId[internalId] ?? -1;
		if (record < 0) throw new Error('a passage is missing from the Orama index');
		if (this.records[record + RECORD.references] !== -1) throw new Error('a passage’s references listed twice');
		this.records[record + RECORD.references] = this.length;
		this.pushOne(references.size);
		for (const [entity, sentences] of references) {
			this.pushOne(this.entityNumber(entity));
			this.pushOne(sentences.size);
			for (const sentence of sentences) this.pushOne(sentence);
		}
	}

	/** The number of a person a list names (PassageTable.entities), numbered as first listed. */
	entityNumber(entity: Entity): number {
		let number = this.entities.get(entity);
		if (number === undefined) {
			number = this.entities.size;
			this.entities.set(entity, number);
		}
		return number;
	}

	/** Notes the internal id the Orama index gave the passage whose record starts at `record`. */
	indexed(internalId: number, record: number): void {
		if (internalId < 0) throw new Error('a passage is missing from the Orama index');
		while (internalId >= this.recordByInternalId.length) {
			const grown = new Int32Array(this.recordByInternalId.length * 2).fill(-1);
			grown.set(this.recordByInternalId);
			this.recordByInternalId = grown;
		}
		this.recordByInternalId[internalId] = record;
	}

	build(): PassageTable {
		return {
			passages: this.passages,
			sentences: this.sentences,
			records: this.records.slice(0, this.length),
			recordByInternalId: this.recordByInternalId,
			entities: this.entities,
		};
	}
}

/**
 * Two fields: the paragraph's text, and the people it refers to without naming them (their
 * quotations, "she", "the reality star"), as entity keys, so one search finds both.
 */
const schema = { text: 'string', people: 'string' } as const;

/** Marks an entity key or an analysed term in a query, so the tokenizer keeps it as it is. */
export const ENTITY_KEY = '\u0001';
const ENTITY_KEY_PATTERN = new RegExp(`${ENTITY_KEY}(\\S+)`, 'g');
type PassageDb = Orama<typeof schema>;

export interface StoryIndex {
	db: PassageDb;
	passages: Map<string, IndexedPassage>;
	/** The same passages by number, and what ranking reads of each in a flat array. */
	table: PassageTable;
	/** Number of content passages containing each term. */
	documentFrequency: DocumentFrequencies;
	vocabulary: Vocabulary;
	/** Every passage's and title's analysed tokens (IndexedSentence.from and to). */
	tokens: TokenStore;
	averageLength: number;
	entities: EntityIndex;
	/** Every quotation with its speaker, and who each passage refers to. */
	attribution: Attribution;
	/** Passages referring to each entity without naming it. */
	referencedIn: Map<Entity, Set<string>>;
	/** Each entity's key in the index's `people` field. */
	entityKeys: Map<Entity, string>;
	/**
	 * Name words the corpus writes capitalised wherever they stand inside a sentence (johnson,
	 * trump), as opposed to common words that are also part of a name (nurses, council, office).
	 * A question may name a person in lower case; it names an organisation's common word only
	 * as that word. A name word never seen inside a sentence (only ever opening one) counts as a
	 * proper name: nothing shows it is a common word.
	 */
	properNames: Set<string>;
	/**
	 * People the corpus names by what they are to someone, in apposition: "his wife, Denise,",
	 * "Denise Baptiste, his wife,": the role's analysed term -> those people (rolesOfSteps).
	 */
	roles: Map<string, Entity[]>;
	stats: CorpusStats;
}

/** A word of a name: capitalised, or an initial ("Denise", "O'Neil", "J."); no full stop ends a name otherwise. */
const NAME_WORD = "(?:\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}[\\p{L}'\\u2019-]*)";
/** After a comma, a name, perhaps after an honorific: "his wife, Denise", "his wife, Dr. Denise Baptiste". */
const NAME_AFTER = new RegExp(
	`^(?:(?:Dr|Mr|Mrs|Ms|Mx|Rev|Sgt|Capt|Lt|Col|Gen|Prof|Sen|Rep|Gov|Det|Cpl|Maj|Fr)\\.?\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3})(?![\\p{L}'\\u2019])`,
	'u',
);
/** Before a comma, a name: "Denise Baptiste, his wife" (after a sentence's end: "in Garnet City. Denise Baptiste"). */
const NAME_BEFORE = new RegExp(`(?<![\\p{L}'\\u2019.-])${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}$`, 'u');
/**
 * After a comma, a possessive and a role ending there (group 1: its last word): "Denise Baptiste,
 * his wife, said", "his wife of 30 years"; not before a name, whose role it is ("Walt, his wife,
 * Denise, and").
 */
const ROLE_AFTER =
	/^(?:his|her|their|\p{Lu}[\p{L}'\u2019-]*['\u2019]s)\s+(?:late\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)(?=[.;]|,(?!\s+\p{Lu})|\s+(?:of|who)\b|\s+and\s+(?:a|an)\b)/u;

/**
 * The roles and names a passage's text puts in apposition, as [role, name]: "his wife, Denise",
 * "Dombrowski’s daughter, Karen", "Denise Baptiste, his wife". Read at each comma, on the few
 * words either side of it.
 */
export function rolesIn(text: string): [string, string][] {
	const found: [string, string][] = [];
	for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 2)) {
		// (Either way a capital, or "his", "her" or "their", follows the comma.)
		const next = text.charCodeAt(comma + 2);
		if (next >= 0x61 && next <= 0x7a && next !== 0x68 && next !== 0x74) continue;
		const before = text.slice(Math.max(0, comma - 60), comma);
		const after = text.slice(comma + 2, comma + 62);
		const role = ROLE_BEFORE.exec(before)?.[1];
		const name = role === undefined ? undefined : NAME_AFTER.exec(after)?.[1];
		// (Not a possessive: "His mother, Dunleavy’s daughter Caroline Price".)
		if (role !== undefined && name !== undefined && name !== 'I' && !/['\u2019]s$/.test(name)) found.push([role, name]);
		const roleAfter = ROLE_AFTER.exec(after)?.[1];
		const nameBefore = roleAfter === undefined ? undefined : NAME_BEFORE.exec(before)?.[0];
		if (roleAfter !== undefined && nameBefore !== undefined) found.push([roleAfter, nameBefore]);
	}
	return found;
}

/**
 * The people named in apposition with a role (rolesIn), by the role's analysed term: a name counts
 * where it is one person's of the corpus (all its words in one person's name, and no other's).
 * Each name is looked up by its rarest word (holdingEvery: at 100,000 passages a first name is
 * thousands of people's), a step every LINKS_PER_STEP names.
 */
export function* rolesOfSteps(links: readonly [string, string][], entities: EntityIndex): Steps<Map<string, Entity[]>> {
	const roles = new Map<string, Set<Entity>>();
	let read = 0;
	for (const [role, name] of links) {
		if (++read % LINKS_PER_STEP === 0) yield;
		const term = analyzeWord(role);
		if (term === null) continue;
		const words = name
			.replace(/['\u2019]s$/, '')
			.split(/\s+/)
			.map((w) => foldWord(w.replace(/[.]+$/, '')));
		let person: Entity | undefined;
		let found = 0;
		for (const e of holdingEvery(entities.byWord, words)) {
			if (e.kind !== 'person' || !words.every((w) => e.words.includes(w))) continue;
			person = e;
			if (++found > 1) break;
		}
		if (!person || found !== 1) continue;
		const people = roles.get(term);
		if (people) people.add(person);
		else roles.set(term, new Set([person]));
	}
	return new Map([...roles].map(([term, people]) => [term, [...people]]));
}

/** How many role-and-name links (rolesOfSteps) a step reads. */
const LINKS_PER_STEP = 256;

export interface CorpusStats {
	articles: number;
	/** Every paragraph, content or not. */
	paragraphs: number;
	/** Content paragraphs: the passages that can answer. */
	passages: number;
	/** Non-content paragraphs left out of the index. */
	skipped: number;
}

/** An Orama tokenizer over our analyser. Used for documents and queries alike. */
function createTokenizer() {
	// The terms of the passage about to be inserted, already analysed by indexPassage.
	let primed: { text: string; terms: string[] } | undefined;
	return {
		language: 'english',
		normalizationCache: new Map<string, string>(),
		/** Hands over the analysis of the next document's text (its distinct terms), so it is not done twice. */
		prime(text: string, terms: string[]) {
			primed = { text, terms };
		},
		tokenize(raw: string, _language?: string, prop?: string): string[] {
			if (prop === 'text' && primed?.text === raw) {
				const { terms } = primed;
				primed = undefined;
				return terms;
			}
			const terms = new Set<string>();
			if (prop === 'people') {
				for (const key of raw.split(' ')) if (key) terms.add(key);
				return [...terms];
			}
			// A query may carry index terms and entity keys, taken as they are, beside its words.
			for (const match of raw.matchAll(ENTITY_KEY_PATTERN)) terms.add(match[1] as string);
			for (const term of analyze(raw.replace(ENTITY_KEY_PATTERN, ' '))) terms.add(term);
			return [...terms];
		},
	};
}

/** The references of a passage that refers to nobody without naming them: one shared empty map. */
const NO_REFERENCES: ReadonlyMap<Entity, ReadonlySet<number>> = new Map();

/** How often each name word is written capitalised and in lower case inside a sentence. */
export type NameCase = Map<string, { capital: number; lower: number }>;

/** Share of inside-sentence uses a name word must have capitalised to count as a proper name. */
const PROPER_NAME_SHARE = 0.8;
/** How many words a step at the end of a build reads before it lets a reload's other work in. */
const WORDS_PER_STEP = 1024;
/** How many spellings a step of nameCaseSteps reads. */
const SPELLINGS_PER_STEP = 2048;
/** How many passages a step of the build's last pass (who each refers to) reads. */
const PASSAGES_PER_STEP = 256;

/** Where a passage's or title's analysed tokens go: numbered in `vocabulary`, kept in `tokens`. */
export interface TokenSink {
	vocabulary: Vocabulary;
	tokens: TokenStore;
	/** Every spelling met so far in this build, analysed once (let go with the sink). */
	spellings: Spellings;
}

/** What indexing needs of a word as written, worked out on its first use in a build. */
interface Spelling {
	/** The word as written. */
	surface: string;
	/** Its analysed term, or null for a stop word. */
	term: string | null;
	/** Folded, its possessive dropped (foldWord). */
	folded: string;
	/** Written with a capital first letter. */
	capital: boolean;
	/** The vocabulary numbers of its term and folded word, once first stored (-1 before). */
	termId: number;
	wordId: number;
	/**
	 * How often it is written inside a passage's sentence, not opening it (where any word is
	 * capitalised): with `capital`, how the corpus writes a name word (NameCase).
	 */
	inside: number;
}

/** Each passage's distinct term numbers and internal id, in the order they went into the index. */
class PostingsBuilder {
	private termNumbers: Int32Array = new Int32Array(1 << 16);
	private length = 0;
	private readonly starts: number[] = [0];
	internalIds: Int32Array = new Int32Array(1024);
	private documents = 0;

	add(termIds: readonly number[], internalId: number): void {
		for (const id of termIds) this.push(id);
		this.end(internalId);
	}

	/** The next term of the document being given (end() closes it). */
	push(termId: number): void {
		if (this.length === this.termNumbers.length) this.termNumbers = grow(this.termNumbers);
		this.termNumbers[this.length++] = termId;
	}

	/** The document whose terms were pushed since the last one is `internalId`. */
	end(internalId: number): void {
		if (internalId < 0) throw new Error('a passage is missing from the Orama index');
		this.starts.push(this.length);
		if (this.documents === this.internalIds.length) this.internalIds = grow(this.internalIds);
		this.internalIds[this.documents++] = internalId;
	}

	build(terms: readonly string[]): PostingsBulk {
		this.internalIds = this.internalIds.slice(0, this.documents);
		return {
			terms,
			termNumbers: this.termNumbers.subarray(0, this.length),
			starts: Int32Array.from(this.starts),
			internalIds: this.internalIds,
		};
	}
}

function newSink(): TokenSink {
	return { vocabulary: new Vocabulary(), tokens: new TokenStore(), spellings: new Spellings() };
}

/**
 * The spellings of a build, found by where a word stands in a text rather than by the word cut
 * out of it: a hash table open to the next slot, keyed by a hash of the word's code units. Every
 * word of a build is looked up here, most of them met before; a Map wanted each one sliced out
 * and hashed first, then compared with its key.
 */
class Spellings {
	/** Each slot's spelling number, or -1 when empty; kept at most half full. */
	private slots = new Int32Array(1 << 12).fill(-1);
	private readonly hashes: number[] = [];
	private readonly all: Spelling[] = [];

	/** The spelling of the word from `start` to `end` of `text`, analysed on its first use. */
	of(text: string, start: number, end: number): Spelling {
		const hash = hashOf(text, start, end);
		const mask = this.slots.length - 1;
		let slot = hash & mask;
		for (;;) {
			const number = this.slots[slot] as number;
			if (number === -1) break;
			if (this.hashes[number] === hash && sameText((this.all[number] as Spelling).surface, text, start, end))
				return this.all[number] as Spelling;
			slot = (slot + 1) & mask;
		}
		const spelling = analyzeSpelling(text.slice(start, end));
		this.slots[slot] = this.all.length;
		this.hashes.push(hash);
		this.all.push(spelling);
		if (this.all.length * 2 > this.slots.length) this.grow();
		return spelling;
	}

	/** Every spelling met, in the order first met. */
	get met(): readonly Spelling[] {
		return this.all;
	}

	private grow(): void {
		const slots = new Int32Array(this.slots.length * 2).fill(-1);
		const mask = slots.length - 1;
		for (let number = 0; number < this.all.length; number++) {
			let slot = (this.hashes[number] as number) & mask;
			while (slots[slot] !== -1) slot = (slot + 1) & mask;
			slots[slot] = number;
		}
		this.slots = slots;
	}
}

/** A hash of the code units of `text` from `start` to `end` (FNV-1a, then mixed). */
function hashOf(text: string, start: number, end: number): number {
	let hash = 0x811c9dc5;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	hash ^= hash >>> 15;
	return Math.imul(hash, 0x2c1b3c6d) ^ (hash >>> 13);
}

/** Whether `word` is the text of `text` from `start` to `end`. */
function sameText(word: string, text: string, start: number, end: number): boolean {
	if (word.length !== end - start) return false;
	for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
	return true;
}

function analyzeSpelling(surface: string): Spelling {
	return {
		surface,
		term: analyzeWord(surface),
		folded: foldWord(surface),
		capital: /^\p{Lu}/u.test(surface),
		termId: -1,
		wordId: -1,
		inside: 0,
	};
}

/**
 * A passage's sentences, their analysed tokens stored in the sink, in one pass over its words.
 * A word belongs to the sentence holding it; stop words are counted for name case but not stored.
 */
export function indexPassage(passage: Passage, article: Article, sink: TokenSink): IndexedPassage {
	const from = sink.tokens.length;
	const { sentences, length } = analyzeSentences(passage.text, readingOf(passage).sentences, sink, true);
	// Its tokens are in the sink's store; the passage keeps where its sentences' tokens are.
	return {
		passage,
		article,
		sentences,
		from,
		to: sink.tokens.length,
		length,
		references: NO_REFERENCES,
		described: NO_REFERENCES,
		previous: undefined,
		title: undefined,
	};
}

/**
 * How the corpus writes each of `words` inside a sentence: capitalised or in lower case, from how
 * often each spelling of it was met there. In small steps: a 100,000-passage corpus has about
 * 126,000 spellings, read in 30-40 ms, but when a reload's major collection has begun marking
 * (the old index and the new in one heap), each object this makes pays for some of the marking:
 * the count then took 400-500 ms, 50-130 ms a step of 16,384 spellings.
 */
function* nameCaseSteps(spellings: Spellings, words: ReadonlyMap<string, readonly Entity[]>): Steps<NameCase> {
	// An organisation's name word counts the corpus's lower-case plural of it as its own common use
	// ("pigeons" for the Pigeon of "Eldon Racing Pigeon Club", "churches", "berries"); not a
	// person's ("Rose", roses).
	const plurals = new Map<string, string>();
	for (const [word, entities] of words) {
		if (entities.some((e) => e.kind === 'person')) continue;
		for (const plural of pluralsOf(word)) if (!words.has(plural)) plurals.set(plural, word);
	}
	yield;
	const counts: NameCase = new Map();
	let read = 0;
	for (const spelling of spellings.met) {
		if (++read % SPELLINGS_PER_STEP === 0) yield;
		if (spelling.inside === 0) continue;
		const key = words.has(spelling.folded)
			? spelling.folded
			: spelling.capital
				? undefined
				: plurals.get(spelling.folded);
		if (key === undefined) continue;
		let count = counts.get(key);
		if (!count) {
			count = { capital: 0, lower: 0 };
			counts.set(key, count);
		}
		if (spelling.capital) count.capital += spelling.inside;
		else count.lower += spelling.inside;
	}
	return counts;
}

/** The spellings an English noun's plural may take: pigeons, churches, berries. */
function pluralsOf(noun: string): string[] {
	if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
	if (/(?:s|x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
	return [`${noun}s`];
}

/** One line of text (a title) analysed as a sentence. */
export function analyzeSentence(text: string, sink: TokenSink): IndexedSentence {
	return analyzeSentences(text, [{ text, start: 0, end: text.length }], sink).sentences[0] as IndexedSentence;
}

function analyzeSentences(
	text: string,
	spans: readonly Sentence[],
	{ vocabulary, tokens: store, spellings }: TokenSink,
	countCase = false,
): { sentences: IndexedSentence[]; length: number } {
	const sentences: IndexedSentence[] = [];
	let length = 0;
	let at = 0;
	let from = store.length;
	// The words met in the current sentence, stop words included.
	let met = 0;
	const close = () => {
		const span = spans[at] as Sentence;
		// One literal, so every sentence shares one shape with its fields in the object itself.
		sentences.push({ text: span.text, start: span.start, end: span.end, from, to: store.length });
		from = store.length;
		met = 0;
		at++;
	};
	// (A loop, not forEachWord's callback: this runs for every word of a build.)
	for (let start = wordStart(text, 0), end = 0; start !== -1; start = wordStart(text, end)) {
		end = wordEnd(text, start);
		const spelling = spellings.of(text, start, end);
		if (spelling.term !== null) length++;
		while (at < spans.length && start >= (spans[at] as Sentence).end) close();
		const span = spans[at];
		// A word outside every sentence, or across a boundary, belongs to none.
		if (!span || start < span.start || end > span.end) continue;
		// The first word of a sentence is capitalised whatever it is.
		if (countCase && met > 0) spelling.inside++;
		met++;
		if (spelling.term === null) continue;
		if (spelling.termId === -1) {
			spelling.termId = vocabulary.add(spelling.term);
			spelling.wordId = vocabulary.add(spelling.folded);
		}
		store.push(spelling.termId, spelling.wordId, start);
	}
	while (at < spans.length) close();
	return { sentences, length };
}

/** Builds the index of a whole corpus. Pure apart from Orama's own in-memory structures. */
export function buildIndex(corpus: Corpus, lexicon: Lexicon = defaultLexicon()): StoryIndex {
	return runSteps(buildIndexSteps(corpus, readInThread(corpus, lexicon)));
}

/**
 * The same build, in slices that leave the event loop free between them (src/steps.ts). Who is
 * who is read by `reader` (by default in this thread, once the passages are in).
 */
export function buildIndexSliced(
	corpus: Corpus,
	lexicon: Lexicon = defaultLexicon(),
	sliceMs?: number,
	reader: WhoIsWhoReader = readInThread(corpus, lexicon),
): Promise<StoryIndex> {
	return runStepsSliced(buildIndexSteps(corpus, reader), sliceMs);
}

function* buildIndexSteps(corpus: Corpus, reader: WhoIsWhoReader): Steps<StoryIndex> {
	yield* reader.start();
	const tokenizer = createTokenizer();
	const db = create({
		schema,
		// Nothing is sorted by a property: Orama's sorter would keep every passage's text sorted for nothing.
		sort: { enabled: false },
		components: { tokenizer, index: createPassageIndexComponent({ prefixes: false }) },
	}) as PassageDb;
	// The passages' terms go into the index at once, once all are read (addPostingsSteps).
	deferPostings(db, 'text');
	deferPostings(db, 'people');
	const postings = new PostingsBuilder();
	const passages = new Map<string, IndexedPassage>();
	const table = new PassageTableBuilder();
	const sink = newSink();
	const documentFrequency = new DocumentFrequencies(sink.vocabulary);
	let paragraphs = 0;
	let totalLength = 0;
	// For each term number, the number of the last passage that used it (counted from 1).
	let marks: Int32Array = new Int32Array(1024);
	let passageNumber = 0;
	// Roles and names in apposition ("his wife, Denise"), resolved to people once who is who is read.
	const roleLinks: [string, string][] = [];
	// Every passage's text goes into the index first; who it refers to is known once the whole
	// corpus is read (its `people`, inserted below).
	for (const article of corpus.articles) {
		// Each title with its article: thousands of titles analysed at once would hold up a reload.
		const title = analyzeSentence(article.title, sink);
		const titleNumber = table.addTitle(title);
		for (const passage of article.passages) {
			paragraphs++;
			if (passage.kind !== 'content') continue;
			const indexed = indexPassage(passage, article, sink);
			for (const link of rolesIn(passage.text)) roleLinks.push(link);
			indexed.previous = passages.get(`${article.id}#${passage.paragraph - 1}`);
			indexed.title = title;
			passages.set(passage.id, indexed);
			totalLength += indexed.length;
			// Its distinct terms, in the order it first uses them: a term is taken when the passage
			// last marked is not this one (a mark per vocabulary number, not a Set per passage).
			const termIds: number[] = [];
			const { terms: tokenTerms } = sink.tokens;
			passageNumber++;
			for (const { from, to } of indexed.sentences) {
				for (let j = from; j < to; j++) {
					const id = tokenTerms[j] as number;
					while (id >= marks.length) marks = grow(marks);
					if (marks[id] === passageNumber) continue;
					marks[id] = passageNumber;
					termIds.push(id);
				}
			}
			documentFrequency.count(termIds);
			tokenizer.prime(
				passage.text,
				termIds.map((id) => sink.vocabulary.strings[id] as string),
			);
			insert(db, { id: passage.id, text: passage.text });
			const internalId = internalIdOf(db, passage.id);
			postings.add(termIds, internalId);
			table.indexed(internalId, table.add(indexed, titleNumber));
			yield;
		}
	}
	yield* addPostingsSteps(db, 'text', postings.build(sink.vocabulary.strings));
	const { entities, attribution } = yield* reader.finish();
	const entityKeys = new Map<Entity, string>();
	// Each entity's key by its number in the passage table (keys[n] is `e${n}`): both are numbered
	// as first referred to, passage after passage.
	const keys: string[] = [];
	const referencedIn = new Map<Entity, Set<string>>();
	// Each passage's people field, in the order the passages went in, and its keys by number.
	const values: string[] = [];
	const people = new PostingsBuilder();
	let number = 0;
	for (const indexed of passages.values()) {
		const { id } = indexed.passage;
		const references = attribution.references.get(id);
		if (references) indexed.references = references;
		const described = attribution.described.get(id);
		if (described) indexed.described = described;
		const internalId = postings.internalIds[number++] as number;
		// Most passages refer to nobody without naming them: no list made for them.
		let value = '';
		if (references && references.size > 0) {
			table.refer(internalId, references);
			for (const entity of references.keys()) {
				const set = referencedIn.get(entity) ?? new Set<string>();
				set.add(id);
				referencedIn.set(entity, set);
				const n = table.entityNumber(entity);
				if (n === keys.length) {
					keys.push(`e${n}`);
					entityKeys.set(entity, keys[n] as string);
				}
				people.push(n);
				value = value === '' ? (keys[n] as string) : `${value} ${keys[n]}`;
			}
		}
		values.push(value);
		people.end(internalId);
		if (number % PASSAGES_PER_STEP === 0) yield;
	}
	yield;
	yield* insertLatePropertySteps(db, 'people', values, people.build(keys));
	forgetNameScans();
	forgetWordCaches();
	// Each a step of its own: trimming the token store copies tens of megabytes at 100,000 passages.
	yield;
	sink.tokens.trim();
	yield;
	const passageTable = table.build();
	yield;
	// The name words mostly written with a capital (tens of thousands at 100,000 passages: in steps).
	const nameCase = yield* nameCaseSteps(sink.spellings, entities.byWord);
	yield;
	const roles = yield* rolesOfSteps(roleLinks, entities);
	const properNames = new Set<string>();
	let read = 0;
	for (const word of entities.byWord.keys()) {
		const { capital, lower } = nameCase.get(word) ?? { capital: 0, lower: 0 };
		if (capital >= PROPER_NAME_SHARE * (capital + lower)) properNames.add(word);
		if (++read % WORDS_PER_STEP === 0) yield;
	}
	return {
		db,
		passages,
		roles,
		table: passageTable,
		documentFrequency,
		vocabulary: sink.vocabulary,
		tokens: sink.tokens,
		averageLength: passages.size > 0 ? totalLength / passages.size : 0,
		entities,
		attribution,
		referencedIn,
		entityKeys,
		properNames,
		stats: {
			articles: corpus.articles.length,
			paragraphs,
			passages: passages.size,
			skipped: paragraphs - passages.size,
		},
	};
}

/**
 * The records (PassageTable) of the passages containing any of the index `terms` (already
 * analysed), best Orama BM25 first: what `findCandidates` finds for them, from the index component's
 * own search, as Orama's `search` calls it (same terms, properties and BM25 parameters, so the
 * same passages in the same order), without Orama fetching each passage's document to give its id
 * and the ranker looking the id up again (together about a tenth of /ask at 10,000 passages).
 */
export function findCandidateRecords(index: StoryIndex, terms: string[], limit: number): number[] {
	if (terms.length === 0 || index.passages.size === 0) return [];
	const { db } = index;
	const hits = db.index.search(
		db.data.index,
		terms.map((t) => ENTITY_KEY + t).join(' '),
		db.tokenizer,
		db.tokenizer.language,
		['text', 'people'],
		false,
		0,
		{},
		relevance(limit),
		count(db),
		undefined,
		1,
	);
	const { recordByInternalId } = index.table;
	const records: number[] = [];
	for (const [internalId] of hits) {
		const r = recordByInternalId[internalId] ?? -1;
		if (r >= 0) records.push(r);
		if (records.length === limit) break;
	}
	return records;
}

/**
 * The number Orama gave the passage `id` inside its index (PassageTable.recordByInternalId), -1
 * for an id it does not hold. A look-up only: Orama's own getInternalDocumentId numbers an id it
 * has not seen.
 */
export function internalIdOf(db: PassageDb, id: string): number {
	return db.internalDocumentIDStore.idToInternalId.get(id) ?? -1;
}

/**
 * Ids of the passages containing any of `words` (as written: Orama analyses them with the same
 * tokenizer as the passages), best Orama BM25 first.
 */
export function findCandidates(index: StoryIndex, words: string[], limit: number): string[] {
	if (words.length === 0 || index.passages.size === 0) return [];
	return searchPassages(index.db, words.join(' '), ['text', 'people'], limit);
}

/** Orama's BM25 parameters (its defaults), for the best `limit` passages only (src/orama-index.ts). */
const relevance = (limit: number): Required<BM25Params> & TopKRelevance => ({ k: 1.2, b: 0.75, d: 0.5, topK: limit });

/** One Orama search of the passage index: ids of the best `limit` passages for `term`, best first. */
export function searchPassages(
	db: PassageDb,
	term: string,
	properties: ('text' | 'people')[],
	limit: number,
): string[] {
	// The schema has no vectors: `includeVectors` spares Orama a pass over the hits to remove them.
	const result = search(db, {
		term,
		properties,
		limit,
		threshold: 1,
		relevance: relevance(limit),
		includeVectors: true,
	});
	if (result instanceof Promise) throw new Error('Orama search unexpectedly returned a promise');
	return result.hits.map((hit) => hit.id);
}

/**
 * Of several people a name may be, those the passage's article names in full: a Mark Johnson in
 * another story does not make "Johnson, 45," anyone but Alice Johnson; two Pellerins in one do.
 */
export function ofArticle(people: Entity[], indexed: IndexedPassage): Entity[] {
	if (people.length < 2) return people;
	const named = people.filter((e) => namesInFull(indexed.article, e));
	return named.length > 0 ? named : people;
}

/** Does one of the article's paragraphs write one of the entity's full forms? */
export function namesInFull(article: Article, entity: Entity): boolean {
	return article.passages.some((p) => writesInFull(p, entity));
}

/**
 * Does the paragraph write one of the entity's full forms, as the forms are written: apostrophes
 * straight, and a nickname in quotation marks between the names left out ("Teodoro “Teo”
 * Villanueva" writes Teodoro Villanueva in full)?
 */
function writesInFull(passage: Passage, entity: Entity): boolean {
	const text = namesTextOf(passage);
	return entity.forms.some((form) => text.includes(form));
}

/** The paragraph's text as names are matched against it (writesInFull), made once. */
function namesTextOf(passage: Passage): string {
	let text = namesText.get(passage);
	if (text === undefined) {
		text = passage.text.replace(QUOTED_NICKNAME, '').replaceAll('\u2019', "'");
		namesText.set(passage, text);
	}
	return text;
}

/**
 * The person an article is about: of the people its first content paragraph names in full, the
 * one it names first ("HOUMA, La. — For 27 years, Curtis Abernathy welded pipe"); read from the
 * paragraph's own name words.
 */
export function subjectOf(article: Article, index: StoryIndex): Entity | undefined {
	const lead = article.passages.find((p) => p.kind === 'content');
	const indexed = lead && index.passages.get(lead.id);
	if (!lead || !indexed) return undefined;
	const text = namesTextOf(lead);
	const { words } = index.tokens;
	let first: Entity | undefined;
	let at = Number.POSITIVE_INFINITY;
	// (Each person once, though the paragraph writes several of their name words.)
	const read = new Set<Entity>();
	for (let j = indexed.from; j < indexed.to; j++) {
		for (const entity of index.entities.byWord.get(index.vocabulary.strings[words[j] as number] as string) ?? []) {
			if (entity.kind !== 'person' || read.has(entity)) continue;
			read.add(entity);
			for (const form of entity.forms) {
				const found = text.indexOf(form);
				if (found >= 0 && found < at) {
					first = entity;
					at = found;
				}
			}
		}
	}
	return first;
}

/** Each paragraph's text as names are matched against it (namesTextOf). */
const namesText = new WeakMap<Passage, string>();
/**
 * A nickname in quotation marks before a family name, of up to three words or initials: ` “Teo”`
 * of "Teodoro “Teo” Villanueva", ` “Big Teo”`, ` ‘T.J.’`.
 */
const QUOTED_NICKNAME =
	/\s+[\u201C"\u2018]\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}[\u201D"\u2019](?=\s+\p{Lu})/gu;

/**
 * Whom a name several people of the article share means written alone ("Dombrowski, 71,"): the
 * one the article names in full first, in a content paragraph of its own, its subject, as a
 * reporter writes the family name alone for the person the story is about and calls the others
 * by their first names (Dolores, his wife); all of them when the name says no more. The people of
 * other articles are dropped as by ofArticle.
 */
export function meantByName(people: Entity[], indexed: IndexedPassage, index: StoryIndex): Entity[] {
	const named = ofArticle(people, indexed);
	if (named.length < 2) return named;
	// (Of names whose every word is one: not "Since Baptiste", a sentence's first word taken in.)
	const names = named.filter((e) => e.words.every((w) => index.properNames.has(w)));
	for (const passage of indexed.article.passages) {
		if (passage.kind !== 'content') continue;
		const here = names.filter((e) => writesInFull(passage, e));
		// (Two named first in one paragraph, "Gordon Pellerin and his wife, Darlene Pellerin", are
		// both its subjects: the name alone does not say which.)
		if (here.length > 0) return here;
	}
	return named;
}
