/**
 * Ranking: Orama finds the passages sharing a term with the question; this module scores them on
 * the evidence a reader would use, sentence by sentence, and drops the ones that do not answer.
 *
 * Each question concept weighs its inverse document frequency times its prior (src/question.ts):
 * a name found in nearly every passage, or a word of many senses, says little. For every sentence
 * of a candidate passage:
 * - coverage: the share of the question's weight the sentence holds, a concept counting fully in
 *   the sentence, less in the sentence next to it, less again elsewhere in the passage, in the
 *   article's title or in the paragraph before, and less when matched only through its stem, a
 *   related word, a pronoun or a quotation of the person;
 * - answer: the sentence (or, for less, its neighbour) holds an answer of the asked type that is
 *   not just the question's own words (a date for "when", a duration for "how long"...);
 * - subject: the person the question is about is what the sentence is about;
 * - future: a question about what will happen meets a sentence about it.
 * A passage scores its best sentence, plus a share of BM25 over the whole passage and a share of
 * what the rest of its article holds of the question beyond it (its story's). A question has
 * no answer in the corpus when no candidate covers enough of its content words, or when it asks
 * for a date, number, age, duration or place and no candidate holds one.
 */

import {
	type AnswerSpan,
	answerKindBit,
	answerTypeEvidence,
	findAnswers,
	mayHold,
	type NounKinds,
	WHO_IS_AGED,
} from './answer-types.js';
import { type DescribingLexicon, withDescribedPerson } from './described-person.js';
import type { Lexicon } from './lexicon.js';
import { type Entity, genderOfFirstName } from './people.js';
import type { AnalyzedQuestion, QueryConcept, QuestionType } from './question.js';
import {
	findCandidateRecords,
	type IndexedPassage,
	type IndexedSentence,
	meantByName,
	type PassageTable,
	RECORD,
	type StoryIndex,
} from './search-index.js';
import { compareText, foldWord, forEachWord, MONTH_NAMES, WEEKDAYS, wordEnd } from './text.js';

/** The ranker's weights and thresholds; `RANKING` holds the values in use. */
export interface RankingWeights {
	/** A concept matched in the sentence next to the scored one counts this much. */
	neighbor: number;
	/** A concept matched elsewhere in the passage counts this much. */
	passage: number;
	/** A concept matched in the article's title counts this much. */
	title: number;
	/** A concept matched in the paragraph before counts this much. */
	previous: number;
	/** Weight of the share of the question the passage's article holds beyond it (articleCoverage). */
	article: number;
	/**
	 * What a passage's score is multiplied by when the question names someone or something (rare
	 * enough to find candidates by) and no candidate of its article names or refers to them.
	 */
	unnamedArticle: number;
	/** A word matched through its stem only (prisoner for prison) counts this much. */
	stemOnly: number;
	/** A sum of money in figures ("$25,000") counts this much for a noun for money ("money", "cash"). */
	sumOfMoney: number;
	/** A length of time written out ("nearly 40 minutes") counts this much for "long" in "why did it take so long". */
	lengthOfTime: number;
	/** A person referred to without being named (their quotation, "the reality star") counts this much. */
	reference: number;
	/** A person named in one sentence and referred to by a pronoun in the next counts this much there. */
	pronoun: number;
	/** Weight of a name concept against a content word of the same rarity. */
	name: number;
	/** Weight of holding an answer of the asked type, for questions whose answer is an expression of a kind. */
	typedAnswer: number;
	/** The same for other questions ("who", "why"). */
	answer: number;
	/** The same for a question how someone took something up, for a sentence telling how it began. */
	origin: number;
	subject: number;
	/** The thing a yes/no question is about, as its subject, named in the sentence (`about`). */
	subjectNoun: number;
	/** A sentence about what will happen, for a question about the future ("I plan on continuing"). */
	future: number;
	/** Weight of the passage's BM25, normalised to the best candidate. */
	bm25: number;
	/** Weight of a word of a subordinate clause of the question, when its main clause has content words. */
	subordinate: number;
	/** Weight, in the share a passage must hold to answer, of a question word the corpus never uses. */
	unknown: number;
	/** The same for a noun the corpus never uses: what the question is about is not in the corpus. */
	unknownNoun: number;
	/** Counted towards that share when the passage's best sentence holds an answer of the asked, specific type. */
	typedConfidence: number;
	/** The best passage must hold this share of the question's content weight, or there is no answer. */
	minContent: number;
	/** Once the question is answered, further passages must hold this share. */
	minSupport: number;
}

export const RANKING: RankingWeights = {
	neighbor: 0.5,
	passage: 0.3,
	title: 0.4,
	previous: 0.4,
	article: 0.15,
	unnamedArticle: 0.8,
	stemOnly: 0.85,
	reference: 0.95,
	sumOfMoney: 0.7,
	lengthOfTime: 0.7,
	pronoun: 0.4,
	name: 1,
	typedAnswer: 0.8,
	answer: 0.2,
	origin: 0.4,
	subject: 0.3,
	subjectNoun: 0.1,
	future: 0.2,
	bm25: 0.15,
	subordinate: 0.8,
	unknown: 1,
	unknownNoun: 2,
	typedConfidence: 0.15,
	minContent: 0.27,
	minSupport: 0.05,
};

/** A concept held, at `weight`, by a sentence matching `pattern` (tested once: its `known` and `found` bits). */
interface HeldBy {
	concept: number;
	weight: number;
	pattern: RegExp;
	known: number;
	found: number;
}

/** Question types whose answer is a kind of expression a passage must hold. */
const TYPED_ANSWERS = new Set<QuestionType>(['when', 'duration', 'count', 'age', 'where']);

/**
 * The weight of an answer of the asked kind: a date's or a number's (typedAnswer), and so a
 * person's work, asked for ("what did pellerin do for work": "spent 31 years as a lineman"), though
 * it does not decide whether the question is answered at all; a beginning, asked how someone took
 * something up (origin); a name or a reason (answer).
 */
function answerWeightOf(question: AnalyzedQuestion, weights: RankingWeights): number {
	if (TYPED_ANSWERS.has(question.type) || question.hint.occupation === true) return weights.typedAnswer;
	return question.hint.origin === true ? weights.origin : weights.answer;
}
const CANDIDATES = 200;
/** A concept in more than this share of the passages (and at least COMMON_MIN_DF of them) is common. */
const COMMON_SHARE = 0.05;
const COMMON_MIN_DF = 200;
/**
 * A weak relation found in more than this share of the passages (and at least COMMON_MIN_DF of
 * them) is not searched for: its postings would cost more than the passages it adds are worth.
 */
const WEAK_SHARE = 0.005;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|hers|they|them|their)\b/i;
const SUBJECT_PRONOUN = /^["'\u201C\u2018]?(?:[^,;:"\u201C\u201D]{1,60},\s+)?(?:he|she|they)\b/i;
const FIRST_PERSON =
	/(?:^|[\s"'\u201C\u2018])(?:I|I'm|I've|I'll|I'd|I\u2019m|I\u2019ve|I\u2019ll|I\u2019d|[Ww]e)\b(?!-)/;
/**
 * A sentence about what will happen, is scheduled or expected to ("reopens on Saturday", "begins
 * next week": a scheduled event told in the present; "is expected within 30 days", "is due
 * Friday", "is due Sept. 30", "in the next few weeks", "at its next meeting": "next" before a
 * time or a scheduled event; not "next door", "next to", "next of kin", "was next seen", "is due
 * in part to", "is due to the storm",
 * nor the past's "the next day"), or what someone means to do,
 * and "would", the future as reported speech tells it ("officials said the bridge would reopen in
 * May"); not what would have been, a "would-be" thief, nor a refusal to comment ("police would not
 * say").
 */
const FUTURE_SENTENCE = new RegExp(
	`\\b(?:will|won't|won\\u2019t|'ll|\\u2019ll|going to|plan(?:s|ned)? (?:to|on)|planning|intend(?:s|ed)? to|hop(?:es|ed|e) to|expect(?:s|ed)?\\s+(?:(?:it|them|him|her|(?:the|its|their)\\s+(?:[a-z-]+\\s+)?[a-z-]+)\\s+)?to|(?:is|are|was|were|be)\\s+(?:scheduled|set|slated|poised|planned)\\s+to|(?:is|are|was|were|be)\\s+due\\s+to\\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|several|high|heavy|low|poor|bad|in|part)\\b|[\\d,(]|[a-z]+[^s\\W]s\\b)|(?:re)?(?:opens|begins|starts|resumes|closes|ends|launches|arrives|departs|premieres|debuts)\\s+(?:on|in|next|this|at|from)\\b|wants? to|would like to|would(?:n't|n\\u2019t)?(?!-|'ve|\\u2019ve|\\s+(?:not\\s+|never\\s+)?have\\b(?!\\s+(?:it|them|him|her|us|you|a|an|the|to|no|its|their|his|our|your|one)\\b)|\\s+not\\s+(?:comment|say|confirm|disclose|elaborate|discuss)\\b)|(?:\\bis|\\bare|['\\u2019]s|['\\u2019]re)\\s+(?:now\\s+|still\\s+|also\\s+|not\\s+)?(?:expected|due)\\s+(?:within|by|in(?!\\s+(?:(?:no\\s+)?(?:large|small)\\s+)?(?:part|measure)\\b)|on|before|until|soon|later|this|next|early|late|mid|${WEEKDAYS}|${MONTH_NAMES}|(?:jan|feb|aug|sept?|oct|nov|dec)(?=\\.))|(?:(?<!\\bthe\\s)|(?<=\\b(?:in|within|at)\\s+the\\s))next\\s+(?!to\\b)(?:(?:few|several|couple(?:\\s+of)?|\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+)?(?:(?:school\\s+|fiscal\\s+)?(?:hours?|days?|weeks?|months?|years?)|seasons?|spring|summer|fall|autumn|winter|weekend|time|(?:[a-z-]+\\s+){0,2}(?:meeting|session|cycle)|term|semester|election|vote|hearing|phase|round|${WEEKDAYS}|${MONTH_NAMES}))\\b`,
	'i',
);
/** Terms at the start of a sentence where its subject, what the sentence is about, usually stands. */
const SUBJECT_SPAN = 3;

export interface Highlight {
	start: number;
	end: number;
}

export interface RankedPassage {
	indexed: IndexedPassage;
	score: number;
	/** Share of the question's weight the passage holds. */
	coverage: number;
	/** The sentence that best answers the question. */
	answer: IndexedSentence;
	/** Every term that counted for the question: the concepts (by number) it stands for, how strongly. */
	matchedTerms: ReadonlyMap<string, readonly { concept: number; weight: number }[]>;
}

/**
 * A word matched through a relation weaker than this (a vector neighbour, a defining word, a
 * broader word) is marked only where it is the best its concept has in the passage: a question
 * word like "learned" has dozens of weak neighbours, and marking them all marks half the text.
 */
const MARKED_WEIGHT = 0.5;

/**
 * Offsets of the matched words in a ranked passage's text, read from its tokens in the index:
 * found only for the passages `ask` returns.
 */
export function highlightsOf(
	{ indexed, matchedTerms }: RankedPassage,
	{ tokens, vocabulary }: StoryIndex,
): Highlight[] {
	const found: { start: number; end: number; hits: readonly { concept: number; weight: number }[] }[] = [];
	const best: number[] = [];
	const text = indexed.passage.text;
	for (let j = indexed.from; j < indexed.to; j++) {
		const hits = matchedTerms.get(vocabulary.strings[tokens.terms[j] as number] as string);
		if (!hits) continue;
		const start = tokens.starts[j] as number;
		found.push({ start, end: wordEnd(text, start), hits });
		for (const { concept, weight } of hits) if (weight > (best[concept] ?? 0)) best[concept] = weight;
	}
	return found
		.filter(({ hits }) => hits.some(({ concept, weight }) => weight >= MARKED_WEIGHT || weight === best[concept]))
		.map(({ start, end }) => ({ start, end }));
}

export interface WeightedConcept {
	concept: QueryConcept;
	/** Passages containing the concept (its word, or for a name any of the names). */
	df: number;
	weight: number;
	isName: boolean;
	/** No passage holds the concept, not even through a related word. */
	unknown: boolean;
	/** The concept's forms as asked (its words), as vocabulary numbers. */
	formIds: ReadonlySet<number>;
	/** A compound's terms in order, as vocabulary numbers (-1 for a term the corpus lacks). */
	compoundIds?: number[];
}

function weigh(
	index: StoryIndex,
	concept: QueryConcept,
	weights: RankingWeights,
	mainHasContent: boolean,
): WeightedConcept {
	const n = index.passages.size;
	let df = 0;
	let unknown = true;
	for (const [term, weight] of concept.terms) {
		const termDf = index.documentFrequency.get(term) ?? 0;
		if (termDf > 0) unknown = false;
		if (weight === 1) df = Math.max(df, termDf);
	}
	if (concept.compound) {
		// Passages holding both words, at most.
		df = Math.min(...concept.compound.map((t) => index.documentFrequency.get(t) ?? 0));
		unknown = df === 0;
	}
	const isName = concept.entity !== undefined;
	if (concept.entity) {
		df = Math.min(n, df + (index.referencedIn.get(concept.entity)?.size ?? 0));
		unknown = false;
	}
	const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
	const clause = concept.subordinate && mainHasContent ? weights.subordinate : 1;
	const { vocabulary } = index;
	const formIds = new Set([...concept.forms].flatMap((form) => vocabulary.find(form) ?? []));
	const compoundIds = concept.compound?.map((term) => vocabulary.find(term) ?? -1);
	return {
		concept,
		df,
		isName,
		unknown,
		weight: idf * concept.prior * clause * (isName ? weights.name : 1),
		formIds,
		...(compoundIds ? { compoundIds } : {}),
	};
}

/** Is the concept found in more than COMMON_SHARE of the passages, and in at least COMMON_MIN_DF? */
function isCommon(c: WeightedConcept, passages: number): boolean {
	return c.df > Math.max(COMMON_MIN_DF, COMMON_SHARE * passages);
}

/**
 * The concepts to retrieve candidates with. In a large corpus a concept found in more than
 * COMMON_SHARE of the passages (a main character's name) finds nothing the rarer concepts do not,
 * and costs time in proportion to its postings: it is left to the scoring, unless it is all there is.
 */
function retrievalConcepts(concepts: WeightedConcept[], passages: number): WeightedConcept[] {
	const common = (c: WeightedConcept) => isCommon(c, passages);
	const rare = concepts.filter((c) => !common(c));
	if (rare.length > 0) return rare;
	const rarest = concepts.reduce((a, b) => (b.df < a.df ? b : a));
	return [rarest];
}

/**
 * Each query term (its vocabulary number) with the concepts it stands for and how strongly: built
 * once per question. Looking a term up is one read of a table with a slot for every vocabulary
 * number, shared by the questions of one index (they run one at a time, synchronously) and
 * cleared of this question's terms by `release`. A term in slot s stands for `concepts[h]` at
 * `weights[h]`, for h from `starts[s - 1]` to `starts[s]`: flat arrays, read for every token of
 * every candidate.
 */
class TermLookup {
	readonly concepts: Int32Array;
	readonly weights: Float64Array;
	readonly starts: Int32Array;
	private readonly ids: number[] = [];

	constructor(
		readonly slots: Int32Array,
		hits: readonly { id: number; concept: number; weight: number }[],
	) {
		const counts: number[] = [];
		for (const { id } of hits) {
			let slot = slots[id] as number;
			if (slot === 0) {
				this.ids.push(id);
				slot = this.ids.length;
				slots[id] = slot;
				counts.push(0);
			}
			counts[slot - 1] = (counts[slot - 1] as number) + 1;
		}
		this.starts = new Int32Array(counts.length + 1);
		for (let s = 0; s < counts.length; s++) this.starts[s + 1] = (this.starts[s] as number) + (counts[s] as number);
		this.concepts = new Int32Array(hits.length);
		this.weights = new Float64Array(hits.length);
		const filled = this.starts.slice(0, counts.length);
		for (const { id, concept, weight } of hits) {
			const slot = slots[id] as number;
			const h = filled[slot - 1] as number;
			filled[slot - 1] = h + 1;
			this.concepts[h] = concept;
			this.weights[h] = weight;
		}
	}

	release(): void {
		for (const id of this.ids) this.slots[id] = 0;
	}
}

const lookupSlots = new WeakMap<StoryIndex, Int32Array>();

function termLookup(index: StoryIndex, concepts: WeightedConcept[]): TermLookup {
	const { vocabulary } = index;
	let slots = lookupSlots.get(index);
	if (!slots || slots.length < vocabulary.strings.length) {
		slots = new Int32Array(vocabulary.strings.length);
		lookupSlots.set(index, slots);
	}
	const hits: { id: number; concept: number; weight: number }[] = [];
	for (const [c, { concept }] of concepts.entries()) {
		for (const [term, weight] of concept.terms) {
			const id = vocabulary.find(term);
			if (id !== undefined) hits.push({ id, concept: c, weight });
		}
	}
	return new TermLookup(slots, hits);
}

/**
 * Raises `cells[at + c]` to the strongest weight concept c's terms have among the tokens `from`
 * to `to`, and counts each concept's terms there in `frequency` when given. With `asked`, also
 * notes in it each concept (not a name, not a compound) matched at full weight by one of the
 * question's own words (its `formIds`) rather than by another word with the same stem. True when
 * any term matched.
 */
function holdTerms(
	cells: Float64Array,
	at: number,
	from: number,
	to: number,
	query: Query,
	frequency?: Float64Array,
	asked?: Uint8Array,
): boolean {
	const { lookup, concepts } = query;
	const { terms, words } = query.index.tokens;
	const { slots, starts } = lookup;
	let matched = false;
	for (let j = from; j < to; j++) {
		const slot = slots[terms[j] as number] as number;
		if (slot === 0) continue;
		matched = true;
		const end = starts[slot] as number;
		for (let h = starts[slot - 1] as number; h < end; h++) {
			const c = lookup.concepts[h] as number;
			const weight = lookup.weights[h] as number;
			if (weight > (cells[at + c] as number)) cells[at + c] = weight;
			if (frequency) frequency[c] = (frequency[c] as number) + 1;
			if (asked && weight === 1 && query.checksForm[c] === 1) {
				if ((concepts[c] as WeightedConcept).formIds.has(words[j] as number)) asked[c] = 1;
			}
		}
	}
	return matched;
}

/**
 * How strongly a sentence, its tokens `from` to `to`, holds each concept (0 to 1), in one pass
 * over its terms, written to `cells` from `at` (counted in `frequency` when given).
 */
function matchSentence(
	from: number,
	to: number,
	query: Query,
	cells: Float64Array,
	at: number,
	frequency?: Float64Array,
): void {
	const { concepts, weights, asked } = query;
	const { terms } = query.index.tokens;
	// (Loops, not fill: a call to fill costs more than clearing a slot per concept.)
	for (let c = 0; c < asked.length; c++) asked[c] = 0;
	if (!holdTerms(cells, at, from, to, query, frequency, asked)) return;
	for (let c = 0; c < concepts.length; c++) {
		const { compoundIds } = concepts[c] as WeightedConcept;
		if (compoundIds) {
			for (let j = from; j + compoundIds.length <= to; j++) {
				if (compoundIds.every((part, k) => terms[j + k] === part)) {
					cells[at + c] = 1;
					break;
				}
			}
			continue;
		}
		// The word as asked is stronger evidence than another word with the same stem.
		if (cells[at + c] === 1 && query.checksForm[c] === 1 && asked[c] === 0) cells[at + c] = weights.stemOnly;
	}
}

/**
 * Is one of the words `formIds` among sentence `s`'s tokens `from` to `to` (its first few), with
 * no personal pronoun before it: "I knew that she would have understood Alice" is not about Alice
 * as its subject, though stop words aside Alice is its third word.
 */
function namedFirst(
	query: Query,
	s: number,
	from: number,
	to: number,
	formIds: ReadonlySet<number>,
	entity: Entity,
): boolean {
	if (formIds.size === 0) return false;
	const { words, starts } = query.index.tokens;
	for (let j = from; j < to; j++) {
		if (!formIds.has(words[j] as number)) continue;
		if (inOthersName(query, s, starts[j] as number, entity)) continue;
		// (Most sentences hold no such pronoun at all: that is tested once per sentence.)
		if (!sentenceHas(query, s, PRONOUN_BEFORE, SPEAKER_KNOWN, SPEAKER_FOUND)) return true;
		const sentence = query.table.sentences[s] as IndexedSentence;
		// After a quotation, the name is its speaker's ("We dropped anchor," Whitcombe said); and a
		// pronoun it shares the subject with is no other subject ("He and Whitfield opened the clinic").
		// Nor a pronoun of a clause opening the sentence ("As she left the courthouse, Whitfield said").
		const before = sentence.text.slice(0, (starts[j] as number) - sentence.start);
		const quoted = before.slice(Math.max(before.lastIndexOf('\u201D'), before.lastIndexOf('"')) + 1);
		const clause = OPENING_CLAUSE.test(quoted) ? quoted.slice(quoted.lastIndexOf(',') + 1) : quoted;
		return COORDINATED.test(clause) || !PRONOUN_BEFORE.test(clause);
	}
	return false;
}
/**
 * Whether the name word at `start` stands in the full name of someone else: "Halvorsen" of "Karen
 * Halvorsen Lund", "Karen J. Halvorsen" or "Halvorsen-Lund" is not Walter Halvorsen, her father;
 * a title before it is no one else's name ("Council Member Halvorsen").
 */
function inOthersName(query: Query, s: number, start: number, entity: Entity): boolean {
	const sentence = query.table.sentences[s] as IndexedSentence;
	const at = start - sentence.start;
	const ahead = sentence.text.slice(at, at + 60);
	const behind = sentence.text.slice(Math.max(0, at - 40), at);
	// A name joined by a hyphen to the word before it, or to the word after it.
	const left = /\p{Lu}[\p{L}'\u2019]*-$/u.exec(behind)?.[0];
	const right =
		left === undefined
			? /^\p{Lu}[\p{L}'\u2019]*-\p{Lu}[\p{L}'\u2019-]*/u.exec(ahead)?.[0]
			: (/^[\p{L}'\u2019-]+/u.exec(ahead)?.[0] ?? '');
	const { byWord } = query.index.entities;
	if (right !== undefined) {
		const whole = `${left ?? ''}${right}`;
		// Someone else's name ("Karen Halvorsen-Lund", "Dr. Halvorsen-Lund"), unless it joins the
		// names of people known apart ("the Halvorsen-Lund bill" of Walter Halvorsen and Ann Lund).
		const person = (word: string) => (byWord.get(word) ?? []).some((e) => e !== entity && e.kind === 'person');
		const folded = foldWord(whole);
		return person(folded) || !folded.split('-').every((part) => entity.words.includes(part) || person(part));
	}
	const before = /(\p{Lu}[\p{L}'\u2019-]*)\s+(?:\p{Lu}\.\s+)?$/u.exec(behind)?.[1];
	const after = /^\p{Lu}[\p{L}'\u2019-]*\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{L}'\u2019-]*)/u.exec(ahead)?.[1];
	return [before, after].some((word) => {
		// (A word for a person that is no first name is a title there: "Council Member Halvorsen";
		// not "John", "Mason" or "Taylor", first names WordNet also knows for people.)
		if (word === undefined || (query.nouns?.nounKinds(word).has('person') && genderOfFirstName(word) === null))
			return false;
		const holders = byWord.get(foldWord(word));
		return holders !== undefined && !holders.includes(entity) && holders.some((e) => e.kind === 'person');
	});
}
/** A personal pronoun ("I" as a capital standing alone: not "i.e.", "I-95", nor "World War I"). */
const PRONOUN_BEFORE =
	/(?:^|[^\p{L}'\u2019])(?:(?<!\p{Lu}\p{L}*\s)I(?![-.\d\p{L}])|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)(?![\p{L}])/u;
const COORDINATED = /(?:^|\s)(?:and|or|&)\s+$/;
/** A subordinate clause opening a sentence, up to its comma: "As she left the courthouse, ". */
const OPENING_CLAUSE =
	/^\s*["'\u201C\u2018]?(?:as|when|while|after|before|because|although|though|if|since|once|until|whenever)\s[^,]*,\s*$/i;

export interface Scored {
	indexed: IndexedPassage;
	/** The best sentence's score, part by part. */
	parts: { coverage: number; answer: number; subject: number; future: number };
	answer: IndexedSentence;
	sentenceScore: number;
	coverage: number;
	/** Share of the question's content (non-name) weight the passage holds. */
	content: number;
	/** How sure it is that the passage answers: content, and an answer of a specific asked type. */
	confidence: number;
	/** What counts toward whether the question is answered at all (gateContent). */
	gateContent: number;
	/** `confidence` with gateContent for content. */
	gateConfidence: number;
	bm25: number;
	/** Share of the question's weight the passage's article holds beyond the passage (articleCoverage). */
	article: number;
	/** The question names someone or something, and no candidate of the passage's article names or refers to them. */
	unnamed: boolean;
	/** Found only through weaker relations of the question's words: it does not decide whether the question is answered. */
	weakOnly: boolean;
	typed: boolean;
}

/** What scoring a passage needs of the question, worked out once per question, and room to work in. */
interface Query {
	question: AnalyzedQuestion;
	concepts: WeightedConcept[];
	lookup: TermLookup;
	weights: RankingWeights;
	index: StoryIndex;
	table: PassageTable;
	/** The table's records (PassageTable.records). */
	records: Int32Array;
	/** What is known of the index's sentences, by number (sentenceFactsOf). */
	facts: Int32Array;
	/** The bit of the asked type among a sentence's kinds of answer (answerKindBit). */
	kindBit: number;
	/** The question's whole weight, and the weight of what it asks beyond names. */
	total: number;
	contentTotal: number;
	/** The most an answer of the asked kind can add to a sentence's score (its evidence is at most 1). */
	answerBound: number;
	/** The most a concept's match in the passage can count for in a sentence (neighbour and passage weights at most 1). */
	contextFactor: number;
	/** 1 for each concept whose word as asked counts above its stem: not a name, not a compound. */
	checksForm: Uint8Array;
	/** What the nouns of a sentence stand for, for answers counting people. */
	nouns: NounKinds | undefined;
	/** For a question asking how old someone is, who (askedPerson). */
	aged: Entity | undefined;
	/** The concept, by number, a yes/no question is about as a thing (`about`); -1 for none. */
	about: number;
	/** The concepts that are people, by number, and each one's number in the table (-1 when no passage refers to them). */
	people: number[];
	/**
	 * The concepts an expression holds whatever its words (heldBy): a noun for money, by a sum in
	 * figures (sumOfMoney); "long" in "take so long", by a length of time (lengthOfTime).
	 */
	heldBy: HeldBy[];
	entities: Int32Array;
	/** For each of them, where the sentences of a passage referring to them are in its record (matchPassage's). */
	referred: Int32Array;
	/** Room for matchSentence and matchPassage to work in, a slot per concept. */
	asked: Uint8Array;
	frequency: Float64Array;
}

function queryOf(
	index: StoryIndex,
	question: AnalyzedQuestion,
	concepts: WeightedConcept[],
	weights: RankingWeights,
	nouns?: NounKinds,
): Query {
	// A thing the corpus never names itself is likely what the question is really about, and not
	// here: it weighs more in what a passage must hold, even where a related or defining word
	// stands for it (measured: fewer out-of-scope questions answered, as many answered right).
	const unknownWeight = (c: WeightedConcept) =>
		c.unknown || c.df === 0 ? (c.concept.noun ? weights.unknownNoun : weights.unknown) : 1;
	const people = concepts.flatMap((c, i) => (c.concept.entity ? [i] : []));
	return {
		question,
		concepts,
		lookup: termLookup(index, concepts),
		weights,
		index,
		table: index.table,
		records: index.table.records,
		facts: sentenceFactsOf(index),
		// (Any sentence may tell how someone took something up: not only one of the type's answers.)
		kindBit: question.hint.origin ? 0 : answerKindBit(question.type),
		total: concepts.reduce((sum, c) => sum + c.weight, 0) || 1,
		contentTotal: concepts.reduce((sum, c) => sum + (c.isName ? 0 : c.weight * unknownWeight(c)), 0),
		// A sentence's answer part is its evidence or its neighbour's, times `neighbor`.
		answerBound: answerWeightOf(question, weights) * MAX_EVIDENCE * Math.max(1, weights.neighbor),
		contextFactor: Math.max(1, weights.neighbor, weights.passage),
		checksForm: Uint8Array.from(concepts, (c) => (c.concept.entity || c.compoundIds ? 0 : 1)),
		nouns,
		aged: question.type === 'age' || question.hint.occupation ? askedPerson(question, concepts) : undefined,
		about: concepts.findIndex((c) => c.concept.about === true),
		people,
		heldBy: concepts.flatMap(({ concept }, i): HeldBy[] => [
			...(concept.money
				? [{ concept: i, weight: weights.sumOfMoney, pattern: SUM, known: SUM_KNOWN, found: SUM_FOUND }]
				: []),
			...(concept.lengthOfTime
				? [
						{
							concept: i,
							weight: weights.lengthOfTime,
							pattern: LENGTH_OF_TIME,
							known: LENGTH_KNOWN,
							found: LENGTH_FOUND,
						},
					]
				: []),
		]),
		entities: Int32Array.from(people, (c) => {
			const entity = (concepts[c] as WeightedConcept).concept.entity as Entity;
			return index.table.entities.get(entity) ?? -1;
		}),
		referred: new Int32Array(people.length),
		asked: new Uint8Array(concepts.length),
		frequency: new Float64Array(concepts.length),
	};
}

/** Answer-type evidence is graded from 0 to 1 (src/answer-types.ts). */
const MAX_EVIDENCE = 1;

/**
 * What the ranker finds of each sentence of an index the first time a question needs it, by the
 * sentence's number (PassageTable.sentences), in the bits of one number: the kinds of answer it
 * may hold (answerKindBit: tested, and shifted by HELD_SHIFT, found), whether it has a personal
 * pronoun, whether it is about the future. A flat array, not fields of the sentences: the bound
 * of every candidate reads them, and reading a sentence object costs a cache miss.
 */
const sentenceFacts = new WeakMap<StoryIndex, Int32Array>();

function sentenceFactsOf(index: StoryIndex): Int32Array {
	let facts = sentenceFacts.get(index);
	if (!facts) {
		facts = new Int32Array(index.table.sentences.length);
		sentenceFacts.set(index, facts);
	}
	return facts;
}

/** How far a kind's found bit stands from its tested bit (answerKindBit's bits fit below it). */
const HELD_SHIFT = 8;
/** The bits of PERSONAL_PRONOUN and FUTURE_SENTENCE: tested, and found. */
const PRONOUN_KNOWN = 1 << 16;
const PRONOUN_FOUND = 1 << 17;
const FUTURE_KNOWN = 1 << 18;
const FUTURE_FOUND = 1 << 19;
const SPEAKER_KNOWN = 1 << 20;
const SPEAKER_FOUND = 1 << 21;
const SUM_KNOWN = 1 << 22;
const SUM_FOUND = 1 << 23;
const LENGTH_KNOWN = 1 << 24;
const LENGTH_FOUND = 1 << 25;
/** A length of time written out: "nearly 40 minutes", "two hours", "a few weeks". */
const LENGTH_OF_TIME =
	/\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|few)\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
/** A sum of money in figures: "$25,000", "€3 million", "400 dollars", "2 million pounds" (not "4,000 pounds of honey", a weight). */
const SUM =
	/[$€£]\s?\d|\b\d[\d,.]*\s+(?:(?:million|billion)\s+)?(?:dollars|euros)\b|\b\d[\d,.]*\s+(?:million|billion)\s+pounds\b(?!\s+of\b)/i;

/** False when sentence `s` cannot answer a question of the asked type (mayHold, tested once). */
function sentenceMayHold(query: Query, s: number): boolean {
	const bit = query.kindBit;
	if (bit === 0) return true;
	const { facts } = query;
	let bits = facts[s] as number;
	if ((bits & bit) === 0) {
		const { text } = query.table.sentences[s] as IndexedSentence;
		bits |= bit | (mayHold(text, query.question.type) ? bit << HELD_SHIFT : 0);
		facts[s] = bits;
	}
	return (bits & (bit << HELD_SHIFT)) !== 0;
}

/** Does sentence `s` match `pattern`? Tested once, then read from its `known` and `found` bits. */
function sentenceHas(query: Query, s: number, pattern: RegExp, known: number, found: number): boolean {
	const { facts } = query;
	let bits = facts[s] as number;
	if ((bits & known) === 0) {
		bits |= known | (pattern.test((query.table.sentences[s] as IndexedSentence).text) ? found : 0);
		facts[s] = bits;
	}
	return (bits & found) !== 0;
}

/**
 * What one candidate passage holds of the question as a whole, found in one pass over its terms:
 * the first, cheap stage of scoring.
 *
 * Its numbers are in `cells`, shared by the question's candidates, from `at`, a slot per concept
 * in each row: first a row per sentence (how strongly it holds each concept, people referred to
 * without their name included), then the best of each concept in the passage (`inPassageAt`),
 * then how much each is matched around the passage, in its title or the paragraph before, already
 * weighted (`aroundAt`).
 */
interface PassageMatch {
	indexed: IndexedPassage;
	/** Where its record starts, and the number of its first sentence (PassageTable). */
	record: number;
	firstSentence: number;
	cells: Float64Array;
	at: number;
	inPassageAt: number;
	aroundAt: number;
	/** Share of the question's weight the passage holds. */
	coverage: number;
	/** Share of the question's weight the passage's article holds beyond the passage (articleCoverage). */
	article: number;
	/** The question names someone or something, and no candidate of the passage's article names or refers to them. */
	unnamed?: boolean;
	/** Found only through weaker relations of the question's words (matchCandidates). */
	weakOnly?: boolean;
	/** Share of the question's content (non-name) weight it holds. */
	content: number;
	/** The same, with what the paragraph before and the title hold (at their weights) counted too. */
	contextContent: number;
	bm25: number;
	/** No sentence score of the passage can exceed this: its coverage at best, plus extrasBound. */
	bound: number;
}

/**
 * The most a sentence of the passage can score beyond coverage: an answer of the asked kind (only
 * where a sentence may hold one), the question's subject as its subject (only where the passage
 * holds that person) and, for a question about the future, a sentence about it.
 */
function extrasBound(first: number, end: number, cells: Float64Array, inPassageAt: number, query: Query): number {
	const { question, concepts, weights } = query;
	let bound = 0;
	for (let s = first; s < end; s++) {
		if (sentenceMayHold(query, s)) {
			bound += query.answerBound;
			break;
		}
	}
	const subject = question.subject;
	const named =
		subject && concepts.some((c, i) => c.concept.entity === subject && (cells[inPassageAt + i] as number) > 0);
	const about = query.about !== -1 && (cells[inPassageAt + query.about] as number) > 0;
	// (A sentence counts one of the two: the larger, whatever the weights.)
	bound += Math.max(named ? weights.subject : 0, about ? weights.subjectNoun : 0);
	if (question.future) {
		for (let s = first; s < end; s++) {
			if (sentenceHas(query, s, FUTURE_SENTENCE, FUTURE_KNOWN, FUTURE_FOUND)) {
				bound += weights.future;
				break;
			}
		}
	}
	return bound;
}

/** Cells the PassageMatch of the passage whose record starts at `r` takes: a row per sentence, inPassage and around. */
function cellsOf(r: number, query: Query): number {
	return ((query.records[r + RECORD.sentences] as number) + 2) * query.concepts.length;
}

/**
 * Where, in the record starting at `r`, the sentences referring to entity number `entity` without
 * naming it are listed (their count first); -1 when none does.
 */
function referencesTo(records: Int32Array, r: number, entity: number): number {
	const list = records[r + RECORD.references] as number;
	if (list < 0) return -1;
	const people = records[list] as number;
	let at = list + 1;
	for (let k = 0; k < people; k++) {
		if (records[at] === entity) return at + 1;
		at += 2 + (records[at + 1] as number);
	}
	return -1;
}

/** Is sentence `i` in the list of a record's sentences at `list` (referencesTo's; none at -1)? */
function refersIn(records: Int32Array, list: number, i: number): boolean {
	if (list < 0) return false;
	const end = list + (records[list] as number);
	for (let at = list + 1; at <= end; at++) if (records[at] === i) return true;
	return false;
}

/**
 * Matches the candidate passage whose record starts at `r` into `cells` from `at`, whose around
 * row (cellsOf's last) is already filled. What it reads of the passage is in its record.
 */
function matchPassage(r: number, query: Query, cells: Float64Array, at: number): PassageMatch | null {
	const { concepts, weights, index, table, records, total, contentTotal, frequency } = query;
	const first = records[r + RECORD.firstSentence] as number;
	const sentences = records[r + RECORD.sentences] as number;
	if (sentences === 0) return null;
	const count = concepts.length;
	const inPassageAt = at + sentences * count;
	const aroundAt = inPassageAt + count;
	// How often each concept's terms occur in the passage, counted while its sentences are matched.
	for (let c = 0; c < count; c++) frequency[c] = 0;
	const bounds = r + RECORD.bounds;
	for (let i = 0; i < sentences; i++) {
		matchSentence(
			records[bounds + i] as number,
			records[bounds + i + 1] as number,
			query,
			cells,
			at + i * count,
			frequency,
		);
	}
	const { people, referred } = query;
	if (people.length > 0) {
		for (let k = 0; k < people.length; k++) referred[k] = referencesTo(records, r, query.entities[k] as number);
		for (let i = 0; i < sentences; i++) {
			const row = at + i * count;
			let hasPronoun: boolean | undefined;
			for (let k = 0; k < people.length; k++) {
				const c = people[k] as number;
				if ((cells[row + c] as number) > 0) continue;
				if (refersIn(records, referred[k] as number, i)) cells[row + c] = weights.reference;
				else if (i > 0 && (cells[row - count + c] as number) >= 1) {
					hasPronoun ??= sentenceHas(query, first + i, PERSONAL_PRONOUN, PRONOUN_KNOWN, PRONOUN_FOUND);
					if (hasPronoun) cells[row + c] = weights.pronoun;
				}
			}
		}
	}
	for (const { concept, weight, pattern, known, found } of query.heldBy) {
		for (let i = 0; i < sentences; i++) {
			const cell = at + i * count + concept;
			if ((cells[cell] as number) < weight && sentenceHas(query, first + i, pattern, known, found))
				cells[cell] = weight;
		}
	}
	for (let i = 0; i < sentences; i++) {
		const row = at + i * count;
		for (let c = 0; c < count; c++) {
			if ((cells[row + c] as number) > (cells[inPassageAt + c] as number))
				cells[inPassageAt + c] = cells[row + c] as number;
		}
	}
	let coverage = 0;
	let content = 0;
	let contextContent = 0;
	let bm25 = 0;
	let covered = 0;
	const norm = 1 - BM25_B + (BM25_B * (records[r + RECORD.length] as number)) / (index.averageLength || 1);
	for (let c = 0; c < count; c++) {
		const weighted = concepts[c] as WeightedConcept;
		const match = cells[inPassageAt + c] as number;
		const around = cells[aroundAt + c] as number;
		covered += weighted.weight * Math.max(query.contextFactor * match, around);
		if (!weighted.isName) contextContent += weighted.weight * Math.max(match, around);
		if (match === 0) continue;
		coverage += weighted.weight * match;
		if (!weighted.isName) content += weighted.weight * match;
		const tf = Math.max(frequency[c] as number, match);
		bm25 += weighted.weight * match * ((tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm));
	}
	return {
		indexed: table.passages[records[r + RECORD.number] as number] as IndexedPassage,
		record: r,
		firstSentence: first,
		cells,
		at,
		inPassageAt,
		aroundAt,
		coverage: coverage / total,
		article: 0,
		content: contentTotal > 0 ? content / contentTotal : coverage / total,
		contextContent: contentTotal > 0 ? contextContent / contentTotal : coverage / total,
		bm25,
		bound: covered / total + extrasBound(first, first + sentences, cells, inPassageAt, query),
	};
}

/**
 * How much of the question's content a passage holds, as far as deciding whether the question is
 * answered at all goes (not which passages rank). Asked how old one named person is, what the
 * paragraph before or the title holds counts too, at its weight: the occasion may be set there
 * ("The pair met just ahead of their Today show interview" before "…,' the 37-year-old reality
 * star explained", for "how old is kim in the today interview"), and an age the passage gives as
 * someone else's answers nothing (ageOwner). Not without that person (`aged`): "how old is lund's
 * wife" would take Lund's age after a paragraph about his wife. (Read so for every typed question,
 * it answered five more out-of-scope questions of the evaluation sets, "how many kids does kim
 * have" in four of them.)
 */
function gateContent(match: PassageMatch, query: Query): number {
	return query.aged ? match.contextContent : match.content;
}

/**
 * The second stage: each sentence scored on the concepts it and its neighbours hold, the answer
 * it holds and what it is about; the passage scores its best sentence.
 */
function scoreSentences(match: PassageMatch, query: Query): Scored | null {
	const { question, concepts, weights, index, records, total, contentTotal } = query;
	const { sentences: byNumber } = query.table;
	const { indexed, cells, at, inPassageAt, aroundAt, record, firstSentence } = match;
	const names = index.entities.byWord;
	// The sentences are read from the passage's record, their objects only where their text is.
	const sentences = records[record + RECORD.sentences] as number;
	const bounds = record + RECORD.bounds;
	const count = concepts.length;
	// Asked how old one person is, an age the sentence gives someone else answers nothing.
	const { aged } = query;
	// An answer of the asked kind counts for less the farther it stands from what the question asks
	// about, in a sentence that holds some of it.
	const evidence: number[] = [];
	// Asked how someone took something, their own words say it: the sentence holds their quotation
	// (or a pronoun standing for them) and speaks in the first person ("When she said that, I went
	// into full-fledged Pentecostal holy dance," Johnson recalled); not another's quotation about them.
	const { subject } = question;
	const speaker = question.hint.reaction && subject ? concepts.findIndex((c) => c.concept.entity === subject) : -1;
	const ownWords = speaker === -1 || !subject ? undefined : indexed.references.get(subject);
	for (let i = 0; i < sentences; i++) {
		const s = byNumber[firstSentence + i] as IndexedSentence;
		if (ownWords?.has(i) && (cells[at + i * count + speaker] as number) > 0 && FIRST_PERSON.test(s.text)) {
			evidence.push(1);
			continue;
		}
		if (!sentenceMayHold(query, firstSentence + i)) {
			evidence.push(0);
			continue;
		}
		const row = at + i * count;
		const held: ReadonlyMap<string, number>[] = [];
		for (let c = 0; c < count; c++) {
			const weighted = concepts[c] as WeightedConcept;
			if (!weighted.isName && (cells[row + c] as number) >= NEAR_WORD_WEIGHT) held.push(weighted.concept.terms);
		}
		if (held.length === 0 && !aged) {
			// Asked who someone is, a description standing for them as the sentence's subject says it
			// too ("The reality star sat down with CNN's Van Jones").
			const described =
				question.hint.identity !== undefined &&
				concepts.some(({ concept }) => concept.entity && indexed.described.get(concept.entity)?.has(i) === true);
			evidence.push(described ? 1 : answerTypeEvidence(question, s.text, names, query.nouns));
			continue;
		}
		const found = findAnswers(question, s.text, names, true, query.nouns);
		const owners = aged ? found.spans.map((span) => ageOwner(s.text, span, i, indexed, index, aged)) : [];
		const spans = aged ? found.spans.filter((_, k) => owners[k] !== 'other') : found.spans;
		if (found.evidence === 0 || spans.length === 0) evidence.push(0);
		// An age or a job the sentence gives as the asked person's answers however far it stands from
		// the question's other words ("Kim Kardashian West, 37, ..." for "how old was kim when she did
		// the show").
		else if (held.length === 0 || owners.includes('own')) evidence.push(found.evidence);
		else evidence.push(found.evidence * answerNearness(s, spans, held, index));
	}
	// Asked when something will happen, a date in a sentence about what did or does happen is more
	// likely another event's ("when is the museum opening again": "which opened in 1921", against
	// "will remain closed until at least Wednesday").
	if (question.future && question.type === 'when') {
		for (let i = 0; i < sentences; i++) {
			if ((evidence[i] ?? 0) > 0 && !sentenceHas(query, firstSentence + i, FUTURE_SENTENCE, FUTURE_KNOWN, FUTURE_FOUND))
				evidence[i] = (evidence[i] as number) * NOT_FUTURE_DATE;
		}
	}
	const typed = TYPED_ANSWERS.has(question.type);
	const answerWeight = answerWeightOf(question, weights);
	let bestIndex = -1;
	let bestScore = -1;
	let bestParts: Scored['parts'] = { coverage: 0, answer: 0, subject: 0, future: 0 };
	for (let i = 0; i < sentences; i++) {
		const row = at + i * count;
		const hasBefore = i > 0;
		const hasAfter = i + 1 < sentences;
		let covered = 0;
		let holdsContent = contentTotal === 0;
		for (let c = 0; c < count; c++) {
			const weighted = concepts[c] as WeightedConcept;
			const own = cells[row + c] as number;
			const near = Math.max(
				hasBefore ? (cells[row - count + c] as number) : 0,
				hasAfter ? (cells[row + count + c] as number) : 0,
			);
			const context = Math.max(
				own,
				weights.neighbor * near,
				weights.passage * (cells[inPassageAt + c] as number),
				cells[aroundAt + c] as number,
			);
			covered += weighted.weight * context;
			if (!weighted.isName && own > 0) holdsContent = true;
		}
		// Subjecthood only means something when the sentence holds more than names.
		// The person the question is about stands as the sentence's subject: named at its start,
		// a pronoun or a description ("The reality star") standing for them there, or the "I" of their own
		// quotation.
		const aboutPerson =
			holdsContent &&
			concepts.some(({ concept, formIds }, c) => {
				const entity = concept.entity;
				if (!entity || cells[row + c] === 0 || question.subject !== entity) return false;
				const referred = indexed.references.get(entity)?.has(i) === true;
				const from = records[bounds + i] as number;
				const to = records[bounds + i + 1] as number;
				const { text } = byNumber[firstSentence + i] as IndexedSentence;
				return (
					namedFirst(query, firstSentence + i, from, Math.min(to, from + SUBJECT_SPAN), formIds, entity) ||
					(referred && (SUBJECT_PRONOUN.test(text) || FIRST_PERSON.test(text))) ||
					indexed.described.get(entity)?.has(i) === true
				);
			});
		const answer = Math.max(evidence[i] ?? 0, weights.neighbor * Math.max(evidence[i - 1] ?? 0, evidence[i + 1] ?? 0));
		const coverage = covered / total;
		const answered = answerWeight * answer;
		// Asked yes or no about a thing, the sentence names it ("does her daughter repair clocks").
		// (A sentence about both counts the larger weight, as extrasBound does.)
		const aboutThing = holdsContent && query.about !== -1 && (cells[row + query.about] as number) > 0;
		const subject = Math.max(aboutPerson ? weights.subject : 0, aboutThing ? weights.subjectNoun : 0);
		const future =
			question.future && sentenceHas(query, firstSentence + i, FUTURE_SENTENCE, FUTURE_KNOWN, FUTURE_FOUND)
				? weights.future
				: 0;
		const score = coverage + answered + subject + future;
		if (score > bestScore) {
			bestScore = score;
			bestIndex = i;
			bestParts = { coverage, answer: answered, subject, future };
		}
	}
	if (bestIndex === -1) return null;
	// How sure the passage answers: the share of the question's content it holds, and for a
	// question asking for a date, a number... an answer of that kind beside what it holds.
	const typedHere = typed && (evidence[bestIndex] ?? 0) > 0 && match.coverage > 0;
	const gate = gateContent(match, query);
	return {
		indexed,
		parts: bestParts,
		answer: byNumber[firstSentence + bestIndex] as IndexedSentence,
		sentenceScore: bestScore,
		coverage: match.coverage,
		content: match.content,
		confidence: match.content + (typedHere ? weights.typedConfidence : 0),
		gateContent: gate,
		gateConfidence: gate + (typedHere ? weights.typedConfidence : 0),
		bm25: match.bm25,
		article: match.article,
		unnamed: match.unnamed === true,
		weakOnly: match.weakOnly === true,
		typed: evidence.some((e) => e > 0),
	};
}

/**
 * How near the sentence's answer stands to what the question asks about: 1 when one of its
 * answers (`spans`) is at most ANSWER_NEAR words from a word of the question's content, less the
 * farther the nearest is, down to ANSWER_FAR_FLOOR ("how long did she work there": "worked there
 * for six years" before "worked there, and her sister stayed for eleven years"). `held` is the
 * terms of each content concept (not a name) the sentence holds. Words are counted stop words
 * included; which of them are the sentence's tokens in the index, and their terms, is read there.
 */
function answerNearness(
	sentence: IndexedSentence,
	spans: readonly AnswerSpan[],
	held: readonly ReadonlyMap<string, number>[],
	{ tokens, vocabulary }: StoryIndex,
): number {
	const content: number[] = [];
	const answers = spans.map(() => ({ first: -1, last: -1 }));
	let k = 0;
	let token = sentence.from;
	forEachWord(sentence.text, (_, start, end) => {
		for (let a = 0; a < spans.length; a++) {
			const span = spans[a] as AnswerSpan;
			if (end <= span.start || start >= span.end) continue;
			const answer = answers[a] as { first: number; last: number };
			if (answer.first === -1) answer.first = k;
			answer.last = k;
		}
		// A content word inside the answer is as near as can be: "1,800 nurses" for "how many nurses".
		if (token < sentence.to && tokens.starts[token] === sentence.start + start) {
			const term = vocabulary.strings[tokens.terms[token] as number] as string;
			if (held.some((terms) => (terms.get(term) ?? 0) >= NEAR_WORD_WEIGHT)) content.push(k);
			token++;
		}
		k++;
	});
	let distance = Number.POSITIVE_INFINITY;
	for (const { first, last } of answers) {
		if (first === -1) continue;
		for (const at of content) distance = Math.min(distance, at < first ? first - at : at > last ? at - last : 0);
	}
	if (distance === Number.POSITIVE_INFINITY || distance <= ANSWER_NEAR) return 1;
	return Math.max(ANSWER_FAR_FLOOR, 1 - (distance - ANSWER_NEAR) * ANSWER_FAR_STEP);
}

/**
 * The one person an age question asks about, if it names exactly one and not as someone's
 * ("how old is Alice Johnson's lawyer" asks about the lawyer).
 */
function askedPerson(question: AnalyzedQuestion, concepts: WeightedConcept[]): Entity | undefined {
	if (/\p{L}['\u2019]s\b/u.test(question.text)) return undefined;
	if (question.subject) return question.subject;
	const people = new Set(
		concepts.flatMap(({ concept }) => (concept.entity?.kind === 'person' ? [concept.entity] : [])),
	);
	return people.size === 1 ? [...people][0] : undefined;
}

/** A capitalised word, as a name's word stands. */
const NAME_WORD = /^\p{Lu}[\p{L}'\u2019-]*$/u;

/**
 * Whose an age answer of sentence `i` is, as the sentence says: someone else's than `person`'s
 * ('other') when it follows the name of another person, set off by a comma ("Markovic, 41," or
 * "Markovic, a 41-year-old violinist"), or comes right before one ("37-year-old Kim"); or when it
 * opens the sentence in a description ("The 37-year-old reality star ...") that the quotations
 * found stands for someone else (unless a name after it says whom: "A 63-year-old grandmother,
 * Rosa Delgado,"), or that `person`, named after a preposition further on, cannot be ("... broke
 * the news to Alice": a subject and the object of a preposition in its clause are two people).
 * It is `person`'s own ('own') when the name is theirs and no one else's, or when it opens the
 * sentence in a description that the quotations found stands for them and no one else ("The
 * 37-year-old reality star ..."; not "The 52-year-old's lawyer", someone else's). Otherwise the
 * sentence does not say.
 */
function ageOwner(
	text: string,
	span: AnswerSpan,
	i: number,
	indexed: IndexedPassage,
	index: StoryIndex,
	person: Entity,
): 'own' | 'other' | undefined {
	const people = (word: string | undefined) =>
		word && NAME_WORD.test(word)
			? (index.entities.byWord.get(foldWord(word)) ?? []).filter((e) => e.kind === 'person')
			: [];
	const answer = text.slice(span.start, span.end);
	const before = text.slice(0, span.start);
	// A name right after the age, unless it only modifies a noun ("a 63-year-old Kardashian fan").
	const next = /^\s+(\S+)(?:\s+(\S))?/u.exec(text.slice(span.end));
	const nameAfter = next && !/^\p{Ll}/u.test(next[2] ?? '') ? next[1] : undefined;
	// A name before the age, read whole with the words before it ("Sean O'Brien, 31," is not Mary
	// O'Brien), or in the answer ("Loretta Hollenbeck is now 93"); or set off before an apposition
	// ("Markovic, a 41-year-old"); or after an age opening the sentence ("Now 52, Marcus Webb treats ...").
	const inAnswer = NAME_IN_AGE.exec(answer)?.[1];
	const named =
		inAnswer === undefined
			? (APPOSED_TO.exec(before)?.[1] ?? NAMED_AFTER.exec(text.slice(span.end))?.[1])
			: `${NAME_BEFORE.exec(before)?.[0] ?? ''}${inAnswer}`;
	const owners = named === undefined ? people(nameAfter) : ownersOfName(named, people);
	// (A name several people share, or a sentence describing several, says whose only when none is
	// `person`, or when the one `meant` is `person` alone.)
	const whose = (entities: Entity[], meant = entities) =>
		!entities.includes(person) ? 'other' : meant.length === 1 && meant[0] === person ? 'own' : undefined;
	// (Of namesakes, the one the article names in full is meant, and of several the article's
	// subject (meantByName); when that is not `person`, the question may mean another of them: it
	// does not say.)
	const ofNamed = (entities: Entity[]) => whose(entities, meantByName(entities, indexed, index));
	if (owners.length > 0) return ofNamed(owners);
	if (!/^\W*(?:the|a|an)\s+$/iu.test(before)) return undefined;
	// The description set off by a name after it: "A 63-year-old grandmother, Rosa Delgado, said".
	const appositive = people(/^[^,.;:!?]*,\s+(\p{Lu}[\p{L}'\u2019-]*)/u.exec(text.slice(span.end))?.[1]);
	if (appositive.length > 0) return ofNamed(appositive);
	const described = [...indexed.described].flatMap(([entity, sentences]) => (sentences.has(i) ? [entity] : []));
	if (described.length > 0) {
		const owner = whose(described);
		return owner === 'own' && POSSESSIVE_AFTER.test(text.slice(span.end)) ? undefined : owner;
	}
	for (const match of text.slice(span.end).matchAll(PREPOSITION_OBJECT)) {
		if (person.words.includes(foldWord(match[1] as string))) return 'other';
	}
	return undefined;
}

/** An age that is a possessor's ("the 52-year-old's lawyer"): the description is of someone else. */
const POSSESSIVE_AFTER = /^['\u2019]s\b/u;

/**
 * The people a name before an apposition names, read whole: "Darlene Pellerin, 64, a retired school
 * librarian" is not her husband Gordon Pellerin's work. A capitalised word before the name is no
 * part of it ("Violinist Ana Markovic, a 41-year-old", "On Friday Darlene Pellerin"): the longest
 * end of the words that some person's name holds.
 */
function ownersOfName(name: string, people: (word: string | undefined) => Entity[]): Entity[] {
	const words = name.split(/\s+/);
	for (let k = 0; k < words.length; k++) {
		const rest = words.slice(k);
		const owners = people(rest.at(-1)).filter((e) => rest.every((w) => e.words.includes(foldWord(w))));
		if (owners.length > 0) return owners;
	}
	return [];
}

/** The name an age's answer holds before the age: "Hollenbeck, 93", "Loretta Hollenbeck is now 93", "Reid, who is 61". */
const NAME_IN_AGE = new RegExp(`^(\\S+|\\p{Lu}.*?)(?:,\\s+(?:now\\s+)?|\\s+is\\s+(?:now\\s+)?|${WHO_IS_AGED})\\d`, 'u');
/** The words of a name before its last ("Sean " of "Sean O'Brien, 31,"), up to two. */
const NAME_BEFORE = /(?:\p{Lu}[\p{L}'\u2019-]*\s+){1,2}$/u;
/** A name after an age and a comma, before the verb: "Now 52, Marcus Webb treats". */
const NAMED_AFTER = /^,\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+){0,2}\p{Lu}[\p{L}'\u2019-]*)(?<!['\u2019]s)\s+\p{Ll}/u;
/** A name (of up to three words) an apposition follows: "Markovic, a", "Darlene Pellerin, 64, a". */
const APPOSED_TO = /((?:\p{Lu}[\p{L}'\u2019-]*\s+){0,2}\p{Lu}[\p{L}'\u2019-]*),\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+$/u;

/** A name after a preposition: another person than its sentence's subject ("broke the news to Alice"). */
const PREPOSITION_OBJECT = /\b(?:to|with|for|from|about|by|against|toward|towards|of|at)\s+(\p{Lu}[\p{L}'\u2019-]*)/gu;

/** Words between an answer and the question's nearest content word that cost nothing. */
const ANSWER_NEAR = 3;
/** What each word beyond ANSWER_NEAR takes from the answer's evidence, and the least it keeps. */
const ANSWER_FAR_STEP = 0.05;
const ANSWER_FAR_FLOOR = 0.4;
/** What a date counts for, asked when something will happen, in a sentence not about the future. */
const NOT_FUTURE_DATE = 0.5;
/** A content word matched at least this strongly counts as the question's (a close relation, not a loose one). */
const NEAR_WORD_WEIGHT = 0.5;

/** What the ranker asks of the lexicon: WordNet's definitions of words, and how alike words are in use. */
export type DefiningLexicon = DescribingLexicon &
	Pick<Lexicon, 'definitionWords' | 'lemmas' | 'vectorRow' | 'similarityAt' | 'isLeader' | 'isMainlyNoun' | 'isPlace'>;

/**
 * What the lexicon says of each word of an index, by its vocabulary number, found the first time a
 * question needs it: the row of its word vector (NO_ROW_YET until then) and its WordNet
 * definition's words. By string, each is a look-up in a map of 50,000 to 100,000 words, for every
 * word of every candidate (on the seed corpus, a third of a question with a word the corpus never
 * uses); by number, a read of an array. The definitions are the lexicon's own sets, so this holds
 * more than its arrays (16 bytes a word of the index) only for words its cache has let go of.
 * `seen` marks the words a question has already read (those equal to `stamp`, one more for each
 * question).
 */
interface WordFacts {
	lexicon: DefiningLexicon;
	rows: Int32Array;
	definitions: (ReadonlySet<string> | undefined)[];
	seen: Int32Array;
	stamp: number;
}

const NO_ROW_YET = -2;
const wordFacts = new WeakMap<StoryIndex, WordFacts>();

function factsOf(index: StoryIndex, lexicon: DefiningLexicon): WordFacts {
	let facts = wordFacts.get(index);
	const size = index.vocabulary.strings.length;
	if (!facts || facts.lexicon !== lexicon || facts.rows.length < size) {
		facts = {
			lexicon,
			rows: new Int32Array(size).fill(NO_ROW_YET),
			definitions: new Array<ReadonlySet<string> | undefined>(size),
			seen: new Int32Array(size),
			stamp: 0,
		};
		wordFacts.set(index, facts);
	}
	return facts;
}

/**
 * Calls `visit` once for each distinct word of the candidates' sentences (by its vocabulary number,
 * marked in `facts.seen` with a new stamp), with the word as written and its term.
 */
function forEachCandidateWord(
	index: StoryIndex,
	facts: WordFacts,
	candidates: readonly number[],
	visit: (wordId: number, word: string, term: string) => void,
): void {
	const { vocabulary, tokens } = index;
	const { records } = index.table;
	const stamp = ++facts.stamp;
	for (const r of candidates) {
		const bounds = r + RECORD.bounds;
		const to = records[bounds + (records[r + RECORD.sentences] as number)] as number;
		for (let j = records[bounds] as number; j < to; j++) {
			const wordId = tokens.words[j] as number;
			if (facts.seen[wordId] === stamp) continue;
			facts.seen[wordId] = stamp;
			visit(wordId, vocabulary.strings[wordId] as string, vocabulary.strings[tokens.terms[j] as number] as string);
		}
	}
}

/**
 * A question word the corpus never uses itself may still be what a candidate's word means: "guilty" in
 * "convicted" (find or declare guilty), "locked up" in "incarcerated" (lock up or confine). Such
 * a candidate word counts for the question word, as a related word, where WordNet's definition of
 * it holds the question word, or where the two words are used alike (their word vectors: "boss"
 * and "executive", "robbers" and "thieves"), with the stronger of the two and of any WordNet
 * relation the question already had.
 */
function definedConcepts(
	index: StoryIndex,
	concepts: WeightedConcept[],
	candidates: readonly number[],
	lexicon: DefiningLexicon,
	reweigh: (concept: QueryConcept) => WeightedConcept,
): WeightedConcept[] {
	const open = concepts.flatMap((c, i) =>
		c.df === 0 && !c.isName && !c.concept.compound && c.concept.prior >= DEFINED_MIN_PRIOR
			? [
					{
						i,
						word: c.concept.word.toLowerCase(),
						lemmas: lexicon.lemmas(c.concept.word),
						terms: new Map(c.concept.terms),
					},
				]
			: [],
	);
	if (open.length === 0) return concepts;
	const facts = factsOf(index, lexicon);
	forEachCandidateWord(index, facts, candidates, (wordId, word, term) => {
		let defined = facts.definitions[wordId];
		if (defined === undefined) {
			defined = lexicon.definitionWords(word);
			facts.definitions[wordId] = defined;
		}
		let row = facts.rows[wordId] as number;
		if (row === NO_ROW_YET) {
			row = lexicon.vectorRow(word);
			facts.rows[wordId] = row;
		}
		// A term counts with its strongest relation to the question word: a word defining it, a
		// word used like it, or a weaker WordNet relation ("damaged" for "hurt": 0.17 in WordNet,
		// 0.35 by their vectors).
		for (const { word: asked, lemmas, terms } of open) {
			const held = terms.get(term) ?? 0;
			if (lemmas.some((l) => defined.has(l))) terms.set(term, Math.max(held, DEFINED_WEIGHT));
			else if (held < 1) {
				const similarity = lexicon.similarityAt(asked, row);
				if (similarity >= SIMILAR_MIN) terms.set(term, Math.max(held, (SIMILAR_WEIGHT / SIMILAR_MIN) * similarity));
			}
		}
	});
	const result = [...concepts];
	for (const { i, terms } of open) {
		const { concept } = result[i] as WeightedConcept;
		if (termsChanged(concept.terms, terms)) result[i] = reweigh({ ...concept, terms });
	}
	return result;
}

/**
 * Asked who leads something ("who runs Cascade Hydro", "who heads the inquiry"), the word that says
 * so is what a candidate's word for a leader says (WordNet's leader or authority: "chief
 * executive", "mayor", "director"), as a related word: "Cascade Hydro Partners' chief executive,
 * Thomas Reyes" tells who runs it without the verb.
 */
function leadingConcepts(
	index: StoryIndex,
	concepts: WeightedConcept[],
	candidates: readonly number[],
	lexicon: DefiningLexicon,
	reweigh: (concept: QueryConcept) => WeightedConcept,
): WeightedConcept[] {
	const at = concepts.findIndex((c) => !c.isName && !c.concept.compound);
	const leading = concepts[at];
	// ("Is in charge of" has its own words, those WordNet defines so: question.ts.)
	if (!leading || leading.concept.being) return concepts;
	const terms = new Map(leading.concept.terms);
	forEachCandidateWord(index, factsOf(index, lexicon), candidates, (_, word, term) => {
		if ((terms.get(term) ?? 0) < LEADER_WORD && lexicon.isLeader(word)) terms.set(term, LEADER_WORD);
	});
	if (!termsChanged(leading.concept.terms, terms)) return concepts;
	const result = [...concepts];
	result[at] = reweigh({ ...leading.concept, terms });
	return result;
}

/** Whether `after`, a copy of a concept's terms given more, weighs any term otherwise than `before`. */
function termsChanged(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): boolean {
	for (const [term, weight] of after) if (before.get(term) !== weight) return true;
	return false;
}

/** Weight of a word for a leader, for the word of a question asking who leads something. */
const LEADER_WORD = 0.5;

/** Weight of a word whose WordNet definition holds the question word ("convicted" for "guilty"). */
const DEFINED_WEIGHT = 0.45;
/**
 * Weight of a word used like the question word, the cosine of their vectors being at least
 * SIMILAR_MIN: this much at SIMILAR_MIN, more in proportion for a closer word ("thieves" for
 * "robbers", 0.82: 0.49). Low, since vectors also put "husband" next to "wife".
 */
const SIMILAR_WEIGHT = 0.3;
const SIMILAR_MIN = 0.5;
/** A question word of many senses (keep, get) turns up in too many definitions to mean anything there. */
const DEFINED_MIN_PRIOR = 0.8;

/** The question's concepts weighed, its candidates retrieved, and what each candidate holds (the first stage). */
function matchCandidates(
	index: StoryIndex,
	asked: AnalyzedQuestion,
	weights: RankingWeights,
	lexicon?: DefiningLexicon,
): { concepts: WeightedConcept[]; query: Query; matched: PassageMatch[] } | null {
	// A person the question describes ("the hawk guy") is asked about as if named.
	const question = lexicon ? withDescribedPerson(index, asked, lexicon) : asked;
	if (question.concepts.length === 0) return null;
	const mainHasContent = question.concepts.some((c) => !c.subordinate && !c.entity);
	let concepts = question.concepts.map((concept) => weigh(index, concept, weights, mainHasContent));
	// Each concept's terms, related ones included, and for a person the key of the passages
	// referring to them.
	const retrieving = retrievalConcepts(concepts, index.passages.size);
	const terms = retrieving.flatMap(({ concept }) => {
		const key = concept.entity && index.entityKeys.get(concept.entity);
		return key ? [...concept.retrieve, key] : concept.retrieve;
	});
	// The candidates, by where their records start (PassageTable).
	const { records } = index.table;
	const candidates = findCandidateRecords(index, terms, CANDIDATES);
	// Where those leave room, passages holding only weaker relations of the question's words ("picked
	// up" as learned) fill it, after them: they are scored as any other candidate (and their words
	// read for definitions and vectors, as every candidate's), but whether the corpus answers the
	// question at all is still decided on the first ones. A weak relation found in more than a small
	// share of a large corpus's passages is left out (WEAK_SHARE).
	const weakOnly = new Set<number>();
	// (Only when the question's words found something: without a passage to decide, there is no answer.)
	if (candidates.length > 0 && candidates.length < CANDIDATES) {
		const searched = new Set(terms);
		const common = Math.max(COMMON_MIN_DF, WEAK_SHARE * index.passages.size);
		const weaker = new Set(
			retrieving.flatMap(({ concept }) =>
				[...concept.terms.keys()].filter((t) => !searched.has(t) && (index.documentFrequency.get(t) ?? 0) <= common),
			),
		);
		if (weaker.size > 0) {
			const found = new Set(candidates);
			for (const r of findCandidateRecords(index, [...weaker], CANDIDATES)) {
				if (candidates.length >= CANDIDATES) break;
				if (found.has(r)) continue;
				candidates.push(r);
				weakOnly.add(r);
			}
		}
	}
	if (lexicon) {
		const reweigh = (c: QueryConcept) => weigh(index, c, weights, mainHasContent);
		concepts = definedConcepts(index, concepts, candidates, lexicon, reweigh);
		if (question.hint.leader) concepts = leadingConcepts(index, concepts, candidates, lexicon, reweigh);
	}
	const matched: PassageMatch[] = [];
	const query = queryOf(index, question, concepts, weights, lexicon);
	try {
		const count = concepts.length;
		// The candidates' PassageMatch numbers, and rows for their articles' titles, in one array; the
		// last row is room for the paragraph before each.
		let size = count;
		for (const r of candidates) size += cellsOf(r, query) + count;
		const cells = new Float64Array(size);
		const beforeAt = size - count;
		let next = 0;
		/** Where each article's title row is, by the title's number. */
		const titles = new Map<number, number>();
		const articles = new ArticleCoverage(query, candidates.length);
		for (const r of candidates) {
			// Where its article's title row is, -1 for an article without a title.
			const title = records[r + RECORD.title] as number;
			let titleAt = title >= 0 ? (titles.get(title) ?? -1) : -1;
			if (title >= 0 && titleAt === -1) {
				titleAt = next;
				next += count;
				const from = records[r + RECORD.titleFrom] as number;
				matchSentence(from, records[r + RECORD.titleTo] as number, query, cells, titleAt);
				titles.set(title, titleAt);
			}
			// The paragraph before often sets the scene this one answers in ("When it came time to visit
			// the Oval Office ... the perfect ice breaker." then the joke itself).
			for (let c = 0; c < count; c++) cells[beforeAt + c] = 0;
			// (An empty range when there is none.)
			holdTerms(
				cells,
				beforeAt,
				records[r + RECORD.previousFrom] as number,
				records[r + RECORD.previousTo] as number,
				query,
			);
			const at = next;
			next += cellsOf(r, query);
			const aroundAt = next - count;
			for (let c = 0; c < count; c++) {
				const inTitle = titleAt < 0 ? 0 : weights.title * (cells[titleAt + c] as number);
				cells[aroundAt + c] = Math.max(inTitle, weights.previous * (cells[beforeAt + c] as number));
			}
			const match = matchPassage(r, query, cells, at);
			if (match) {
				if (weakOnly.has(r)) match.weakOnly = true;
				matched.push(match);
				articles.add(match, title);
			}
		}
		articles.finish(matched);
	} finally {
		// The term table is the index's, shared by every question: this question's terms leave it.
		query.lookup.release();
	}
	return { concepts, query, matched };
}

/**
 * The candidates by their bounds, highest first (equal bounds in the candidates' order), taken one
 * at a time: a heap, since most questions stop after a few of up to CANDIDATES candidates (sorting
 * them all took 3% of /ask).
 */
class BoundQueue {
	private readonly heap: Int32Array;
	private size: number;
	constructor(private readonly bounds: Float64Array) {
		this.size = bounds.length;
		this.heap = new Int32Array(this.size);
		for (let i = 0; i < this.size; i++) this.heap[i] = i;
		for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i);
	}
	/** Does candidate `a` come before candidate `b`? */
	private before(a: number, b: number): boolean {
		const boundA = this.bounds[a] as number;
		const boundB = this.bounds[b] as number;
		return boundA > boundB || (boundA === boundB && a < b);
	}
	private siftDown(from: number): void {
		const { heap } = this;
		const item = heap[from] as number;
		let i = from;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= this.size) break;
			const right = left + 1;
			const first = right < this.size && this.before(heap[right] as number, heap[left] as number) ? right : left;
			if (!this.before(heap[first] as number, item)) break;
			heap[i] = heap[first] as number;
			i = first;
		}
		heap[i] = item;
	}
	/** The next candidate's index, -1 when none is left. */
	pop(): number {
		if (this.size === 0) return -1;
		const top = this.heap[0] as number;
		this.size--;
		if (this.size > 0) {
			this.heap[0] = this.heap[this.size] as number;
			this.siftDown(0);
		}
		return top;
	}
}

/**
 * How much more of the question each candidate's article holds than the passage itself, in all
 * its candidate passages together (every passage holding any of the question's terms, in a corpus
 * of fewer passages than CANDIDATES), as the title and the paragraph before count for a sentence:
 * a question names its story ("was the violin damaged"), and of two passages that answer its other
 * words as well, the one in the article about the violin is likelier its answer than one in an
 * article about a flood ("homes were damaged"). Nothing for an article of one passage. Each match
 * is added as it is made, while what it holds is still in the cache; `finish` sets their shares.
 */
class ArticleCoverage {
	/** The best of each concept in each article, a row per article in one array. */
	private readonly best: Float64Array;
	/** Each article's row, by the article's number (its title's: every article has one). */
	private readonly rowOf = new Map<number, number>();
	/** Each added match's article row, in the order added. */
	private readonly rows: Int32Array;
	private added = 0;
	constructor(
		private readonly query: Query,
		capacity: number,
	) {
		this.best = new Float64Array(capacity * query.concepts.length);
		this.rows = new Int32Array(capacity);
	}
	add(m: PassageMatch, article: number): void {
		const count = this.query.concepts.length;
		let row = this.rowOf.get(article);
		if (row === undefined) {
			row = this.rowOf.size * count;
			this.rowOf.set(article, row);
		}
		this.rows[this.added++] = row;
		const { best } = this;
		for (let c = 0; c < count; c++) {
			best[row + c] = Math.max(best[row + c] as number, m.cells[m.inPassageAt + c] as number);
		}
	}
	/** Sets each match's `article`, `matched` being the matches added, in that order. */
	finish(matched: PassageMatch[]): void {
		const { concepts, total } = this.query;
		const count = concepts.length;
		const { best, rows } = this;
		// Each article's share of the question, by its row.
		const shares = new Float64Array(this.rowOf.size);
		for (const row of this.rowOf.values()) {
			let held = 0;
			for (let c = 0; c < count; c++) held += (concepts[c] as WeightedConcept).weight * (best[row + c] as number);
			shares[row / count] = held / total;
		}
		// Beyond the passage's own share (its coverage, summed over the same concepts).
		// A question naming someone is about them: a passage of an article that names them nowhere
		// among the candidates (nor refers to them) is likely about someone else ("what company is
		// Kim the boss of": another story's chief executive). Only for names rare enough to find
		// the candidates by: the passages naming a common one (in a large corpus, a story's main
		// character) need not be among them.
		const passages = this.query.index.passages.size;
		const names = concepts.flatMap((c, i) => (c.isName && !isCommon(c, passages) ? [i] : []));
		for (let k = 0; k < matched.length; k++) {
			const m = matched[k] as PassageMatch;
			m.article = Math.max(0, (shares[(rows[k] as number) / count] as number) - m.coverage);
			if (names.length > 0 && names.every((c) => (best[(rows[k] as number) + c] as number) === 0)) m.unnamed = true;
		}
	}
}

/** Every candidate passage with its score parts, unsorted and unfiltered (for inspection and tests). */
export function scoreCandidates(
	index: StoryIndex,
	question: AnalyzedQuestion,
	weights: RankingWeights = RANKING,
	lexicon?: DefiningLexicon,
): { concepts: WeightedConcept[]; scored: Scored[] } {
	const found = matchCandidates(index, question, weights, lexicon);
	if (!found) return { concepts: [], scored: [] };
	return { concepts: found.concepts, scored: found.matched.flatMap((m) => scoreSentences(m, found.query) ?? []) };
}

/** Rounding slack for comparing a bound with a score summed in another order. */
const BOUND_SLACK = 1e-9;

/**
 * Ranks the passages that answer the question, best first; empty when none does.
 *
 * Scoring sentence by sentence (the second stage) is most of the work, and only the best `limit`
 * passages are wanted: candidates are taken in order of the most they could score, and the rest
 * are left unscored once none of them can reach the `limit` best found. The result is the same as
 * scoring every candidate (test/ranking-pruning.test.ts checks it on every evaluation set).
 */
export function rankPassages(
	index: StoryIndex,
	question: AnalyzedQuestion,
	limit: number,
	weights: RankingWeights = RANKING,
	lexicon?: DefiningLexicon,
): RankedPassage[] {
	if (limit < 1) return [];
	const found = matchCandidates(index, question, weights, lexicon);
	if (!found) return [];
	const { query, matched } = found;
	const typedQuestion = TYPED_ANSWERS.has(question.type);
	const full = new Map<PassageMatch, Scored | null>();
	const scoreOf = (m: PassageMatch): Scored | null => {
		let scored = full.get(m);
		if (scored === undefined) {
			scored = scoreSentences(m, query);
			full.set(m, scored);
		}
		return scored;
	};
	// Once the question is answered, a passage is ranked when it holds some of its content, or a
	// good part of the question with its names ("What does Okafor do for a living?": "Okafor, an
	// engineer, ..."), or, asked for a date, a number..., some content beside an answer of that kind.
	const holds = (m: PassageMatch) => m.content >= weights.minSupport || m.coverage >= weights.minContent;
	const mayHoldTyped = (m: PassageMatch) =>
		typedQuestion && m.coverage > 0 && m.content + weights.typedConfidence >= weights.minSupport;
	const supported = (m: PassageMatch) =>
		holds(m) || (mayHoldTyped(m) && (scoreOf(m)?.confidence ?? 0) >= weights.minSupport);
	const pool = matched.filter((m) => holds(m) || mayHoldTyped(m));
	// Is the question answered here at all? A passage must hold enough of its content words; a
	// question asking for a date, a number, an age, a duration or a place needs one.
	// (Decided on the passages holding the question's words or close relations, not weaker ones only.)
	const deciding = pool.filter((m) => m.weakOnly !== true);
	const answered =
		deciding.some((m) => holds(m) && m.content >= weights.minContent) ||
		// Only an answer of a specific asked kind adds to what a passage holds (typedConfidence).
		(typedQuestion &&
			deciding.some(
				(m) =>
					gateContent(m, query) + weights.typedConfidence >= weights.minContent &&
					supported(m) &&
					(scoreOf(m)?.gateConfidence ?? 0) >= weights.minContent,
			));
	if (!answered) return [];
	// That answer stands in a passage holding (with it, and for one person's age with the paragraph
	// before: gateContent) enough of the question: an age or a number somewhere else answers nothing
	// ("How old was Alice when she went to prison": not Kim's age).
	const answersTyped = (m: PassageMatch) =>
		gateContent(m, query) + weights.typedConfidence >= weights.minContent && supported(m) && scoreOf(m)?.typed === true;
	if (typedQuestion && !deciding.some(answersTyped)) return [];
	// BM25 is normalised to the best ranked candidate's.
	// The best of those that hold enough is found in one pass; of the rest, only those above it,
	// best first, are scored to see whether an answer of the asked kind supports them.
	let maxBm25 = 0;
	for (const m of pool) if (m.bm25 > maxBm25 && holds(m)) maxBm25 = m.bm25;
	const above = pool.filter((m) => m.bm25 > maxBm25).sort((a, b) => b.bm25 - a.bm25);
	for (const m of above) {
		if (supported(m)) {
			maxBm25 = m.bm25;
			break;
		}
	}
	maxBm25 ||= 1;
	const byId = (a: Scored, b: Scored) => compareText(a.indexed.passage.id, b.indexed.passage.id);
	type Ranked = { scored: Scored; score: number };
	const ranksAbove = (a: Ranked, b: Ranked) => (b.score - a.score || byId(a.scored, b.scored)) < 0;
	// The best `limit` so far, best first.
	const best: Ranked[] = [];
	const bounds = Float64Array.from(
		pool,
		(m) =>
			(m.bound + weights.bm25 * (m.bm25 / maxBm25) + weights.article * m.article) *
				(m.unnamed ? weights.unnamedArticle : 1) +
			BOUND_SLACK,
	);
	const byBound = new BoundQueue(bounds);
	for (let next = byBound.pop(); next !== -1; next = byBound.pop()) {
		const m = pool[next] as PassageMatch;
		if (best.length >= limit && (bounds[next] as number) < (best[limit - 1] as Ranked).score) break;
		const scored = scoreOf(m);
		if (!scored || !supported(m)) continue;
		const entry = {
			scored,
			score:
				(scored.sentenceScore + weights.bm25 * (scored.bm25 / maxBm25) + weights.article * m.article) *
				(m.unnamed ? weights.unnamedArticle : 1),
		};
		let at = best.length;
		while (at > 0 && ranksAbove(entry, best[at - 1] as Ranked)) at--;
		if (at < limit) best.splice(at, 0, entry);
		if (best.length > limit) best.pop();
	}
	// Every term that counted, those found through definitions included ("convicted" for "guilty").
	const matchedTerms = new Map<string, { concept: number; weight: number }[]>();
	for (const [c, { concept }] of found.concepts.entries()) {
		for (const [term, weight] of concept.terms) {
			const hits = matchedTerms.get(term);
			if (hits) hits.push({ concept: c, weight });
			else matchedTerms.set(term, [{ concept: c, weight }]);
		}
	}
	return best.map(({ scored: { indexed, answer, coverage }, score }) => ({
		indexed,
		answer,
		score,
		coverage,
		matchedTerms,
	}));
}
