/**
 * Ranking: Orama finds the passages sharing any term with the question; this module scores them
 * on evidence a reader would use, and drops the ones that do not answer.
 *
 * Per passage, with each question concept weighted by its inverse document frequency:
 * - coverage: the share of the question's weight the passage contains;
 * - the best sentence: its own coverage, how close together the matched words stand, and whether
 *   it holds the kind of answer asked for (a date for "when", a duration for "how long", ...);
 * - BM25 over the passage, normalised to the best candidate.
 * A question none of whose passages covers MIN_COVERAGE of it has no answer in the corpus; once
 * one does, passages covering at least MIN_SUPPORT_COVERAGE are ranked with it.
 */
import type { AnalyzedQuestion, QueryConcept, QuestionType } from './question.js';
import {
	ENTITY_KEY,
	findCandidates,
	type IndexedPassage,
	type IndexedSentence,
	type StoryIndex,
} from './search-index.js';
import { foldCase, tokenize } from './text.js';

/** The best passage must cover this share of the question's weight, or the question has no answer here. */
export const MIN_COVERAGE = 0.45;
/** A question naming the story's people is answered by a passage naming them and covering this share. */
export const MIN_NAMED_COVERAGE = 0.2;
/**
 * Weight of holding the asked kind of answer when that kind is specific (a date, a number, an
 * age, a duration, a place): such a question is only answered by a passage holding one.
 */
const TYPED_ANSWER_WEIGHT = 0.5;
/** Question types whose answer is a kind of expression a passage must hold. */
const TYPED_ANSWERS = new Set<QuestionType>(['when', 'duration', 'count', 'age', 'where']);
/** A concept naming a person or organisation (it matches all their names). */
const isName = (concept: QueryConcept) => concept.forms.size > 1;
/** Once the question is answered, further passages must still cover this share. */
export const MIN_SUPPORT_COVERAGE = 0.2;
const CANDIDATES = 200;
/** A concept in more than this share of the passages (and at least COMMON_MIN_DF of them) is common. */
const COMMON_SHARE = 0.05;
const COMMON_MIN_DF = 200;
const BM25_K1 = 1.2;
const BM25_B = 0.75;
const WEIGHTS = { sentence: 0.5, coverage: 0.3, bm25: 0.2 } as const;
const SENTENCE_WEIGHTS = { proximity: 0.15, answerType: 0.2, subject: 0.1 } as const;
/** A passage or sentence referring to a person without naming them (a quotation, a description) counts this much. */
const REFERENCE_WEIGHT = 0.8;
/** A person named in one sentence and referred to by a pronoun in the next counts this much there. */
const PRONOUN_WEIGHT = 0.8;
const PERSONAL_PRONOUN = /\b(?:he|she|him|her|his|hers|they|them|their)\b/i;
const SUBJECT_PRONOUN = /^["'\u201C\u2018]?(?:he|she|they)\b/i;
/** Terms at the start of a sentence where its subject, what the sentence is about, usually stands. */
const SUBJECT_SPAN = 3;
/** A sentence matching a question word only through its stem (prisoner for prison) counts this much. */
const STEM_ONLY_WEIGHT = 0.85;

export interface Highlight {
	start: number;
	end: number;
}

export interface RankedPassage {
	indexed: IndexedPassage;
	score: number;
	coverage: number;
	/** The sentence that best answers the question. */
	answer: IndexedSentence;
	/** Offsets of the matched words in the passage text. */
	highlights: Highlight[];
}

interface WeightedConcept {
	concept: QueryConcept;
	/** Passages containing the concept (its most frequent alternative). */
	df: number;
	idf: number;
}

function weigh(index: StoryIndex, concept: QueryConcept): WeightedConcept {
	const n = index.passages.size;
	let df = 0;
	for (const term of concept.terms.keys()) df = Math.max(df, index.documentFrequency.get(term) ?? 0);
	return { concept, df, idf: Math.log(1 + (n - df + 0.5) / (df + 0.5)) };
}

/**
 * The concepts to retrieve candidates with. In a large corpus a concept found in more than
 * COMMON_SHARE of the passages (a main character's name) finds nothing the rarer concepts do not,
 * and costs time in proportion to its postings: it is left to the scoring, unless it is all there is.
 */
function retrievalConcepts(concepts: WeightedConcept[], passages: number): WeightedConcept[] {
	const common = (c: WeightedConcept) => c.df > Math.max(COMMON_MIN_DF, COMMON_SHARE * passages);
	const rare = concepts.filter((c) => !common(c));
	if (rare.length > 0) return rare;
	const rarest = concepts.reduce((a, b) => (b.df < a.df ? b : a));
	return [rarest];
}

/** How strongly `terms` (a passage's or a sentence's) contain the concept: its best alternative's weight. */
function conceptMatch(concept: QueryConcept, has: (term: string) => boolean): number {
	let best = 0;
	for (const [term, weight] of concept.terms) if (weight > best && has(term)) best = weight;
	return best;
}

const NUMBER_WORD =
	'(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a few|several|a|an)';
const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|century)';
const MONTHS =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAYS = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

// Evidence that a sentence holds an answer of each type. General English patterns only.
const ANSWER_PATTERNS: Partial<Record<QuestionType, RegExp[]>> = {
	when: [
		new RegExp(`\\b${MONTHS}`, 'u'),
		new RegExp(`\\b${WEEKDAYS}\\b`, 'u'),
		/\b(?:1[5-9]|20)\d\d\b/u,
		new RegExp(`\\b${NUMBER_WORD}\\s+${TIME_UNIT}\\s+(?:later|earlier|ago|after|before)\\b`, 'iu'),
		/\b(?:yesterday|today|tonight|tomorrow|this (?:week|month|year|morning)|last (?:week|month|year|night)|next (?:week|month|year))\b/iu,
	],
	duration: [
		new RegExp(`\\b${NUMBER_WORD}[\\s-]+${TIME_UNIT}\\b`, 'iu'),
		/\b(?:life|lifetime) sentence\b|\bfor life\b/iu,
	],
	count: [new RegExp(`\\b${NUMBER_WORD}\\s+\\p{L}+`, 'iu')],
	age: [
		/\b\d+-year-old\b/iu,
		/\baged?\s+\d+\b/iu,
		/\bage of \d+\b/iu,
		/\b\d+\s+years?\s+old\b/iu,
		/\b\p{Lu}\p{L}+,\s+\d{1,3},/u,
	],
	where: [/\b(?:in|at|from|to|near|inside|outside)\s+(?:the\s+)?\p{Lu}\p{L}+/u],
	why: [
		/\b(?:because|since|so that|in order to|due to|as a result|so)\b/iu,
		/\bto\s+(?:help|get|make|present|ask|find|show)\b/iu,
	],
};

/** 1 when the sentence holds an answer of the asked type that is not just the question's own words. */
export function answerTypeEvidence(type: QuestionType, sentence: string, questionWords: Set<string>): number {
	if (type === 'who') {
		// A capitalised name not at the start of the sentence and not named in the question.
		for (const match of sentence.matchAll(/(?<=[\s,;:(])\p{Lu}[\p{L}'-]+/gu)) {
			const word = foldCase(match[0].replace(/['\u2019]s$/, ''));
			if (!questionWords.has(word)) return 1;
		}
		return 0;
	}
	const patterns = ANSWER_PATTERNS[type];
	if (!patterns) return 0;
	for (const pattern of patterns) {
		const match = pattern.exec(sentence);
		if (match && !tokenize(match[0]).every((t) => questionWords.has(foldCase(t.surface)))) return 1;
	}
	return 0;
}

/** Share of concept pairs matched within a few words of each other in the sentence (0 to 1). */
function proximity(sentence: IndexedSentence, matched: WeightedConcept[]): number {
	if (matched.length < 2) return 0;
	const positions = matched.map(({ concept }) =>
		sentence.terms.flatMap((term, i) => ((concept.terms.get(term) ?? 0) > 0 ? [i] : [])),
	);
	let close = 0;
	for (let a = 0; a < positions.length - 1; a++) {
		const next = positions[a + 1] as number[];
		if ((positions[a] as number[]).some((p) => next.some((q) => Math.abs(p - q) <= 3))) close++;
	}
	return close / (positions.length - 1);
}

/** Ranks the passages that answer the question, best first; empty when none does. */
export function rankPassages(index: StoryIndex, question: AnalyzedQuestion, limit: number): RankedPassage[] {
	if (question.concepts.length === 0) return [];
	const concepts = question.concepts.map((concept) => weigh(index, concept));
	const totalWeight = concepts.reduce((sum, c) => sum + c.idf, 0);
	const hasContentConcepts = question.concepts.some((c) => !isName(c));
	// Each concept's words, and for a person the key of the passages referring to them.
	const words = retrievalConcepts(concepts, index.passages.size).flatMap(({ concept }) => {
		const key = concept.entity && index.entityKeys.get(concept.entity);
		return key ? [...concept.words, ENTITY_KEY + key] : concept.words;
	});
	const scored: (Omit<RankedPassage, 'score'> & {
		bm25: number;
		sentenceScore: number;
		namesMatched: boolean;
		typed: boolean;
	})[] = [];
	const candidates = findCandidates(index, words, CANDIDATES);
	for (const id of candidates) {
		const indexed = index.passages.get(id);
		if (!indexed) continue;
		let covered = 0;
		let bm25 = 0;
		for (const { concept, idf } of concepts) {
			const named = conceptMatch(concept, (t) => indexed.termFrequency.has(t));
			const match = Math.max(named, concept.entity && indexed.references.has(concept.entity) ? REFERENCE_WEIGHT : 0);
			if (match === 0) continue;
			covered += idf * match;
			let tf = 0;
			for (const term of concept.terms.keys()) tf += indexed.termFrequency.get(term) ?? 0;
			const norm = 1 - BM25_B + (BM25_B * indexed.length) / (index.averageLength || 1);
			bm25 += idf * match * ((tf * (BM25_K1 + 1)) / (tf + BM25_K1 * norm));
		}
		const coverage = totalWeight > 0 ? covered / totalWeight : 0;
		if (coverage < MIN_SUPPORT_COVERAGE) continue;
		let best: IndexedSentence | undefined;
		let bestScore = -1;
		// Names matched in the previous sentence, which a pronoun in the next one most likely refers to.
		let previousNames = new Set<WeightedConcept>();
		// An answer of the asked type counts fully in the sentence, half in the one next to it.
		const evidence = indexed.sentences.map((s) => answerTypeEvidence(question.type, s.text, question.questionWords));
		for (const [i, sentence] of indexed.sentences.entries()) {
			const terms = new Set(sentence.terms);
			const words = new Set(sentence.words);
			const hasPronoun = PERSONAL_PRONOUN.test(sentence.text);
			let sentenceCovered = 0;
			const matched: WeightedConcept[] = [];
			const names = new Set<WeightedConcept>();
			let subjectByPronoun = false;
			for (const weighted of concepts) {
				let match = conceptMatch(weighted.concept, (t) => terms.has(t));
				// The word as asked is stronger evidence than another word with the same stem.
				if (match > 0 && ![...weighted.concept.forms].some((f) => words.has(f))) match *= STEM_ONLY_WEIGHT;
				if (match > 0 && weighted.concept.forms.size > 1) names.add(weighted);
				// A sentence that refers to the person without naming them: their quotation, "she", "the star".
				const entity = weighted.concept.entity;
				if (match === 0 && entity && indexed.references.get(entity)?.has(i)) match = REFERENCE_WEIGHT;
				if (match === 0 && hasPronoun && previousNames.has(weighted)) {
					match = PRONOUN_WEIGHT;
					if (SUBJECT_PRONOUN.test(sentence.text)) subjectByPronoun = true;
				}
				if (match > 0) {
					sentenceCovered += weighted.idf * match;
					matched.push(weighted);
				}
			}
			// Closeness and subjecthood only mean something when the sentence holds more than names:
			// a sentence naming the people asked about and nothing else answers nothing.
			const content = !hasContentConcepts || matched.some(({ concept }) => !isName(concept));
			// A person the question names, standing as the sentence's subject: the sentence is about them.
			const aboutEntity =
				content &&
				(subjectByPronoun ||
					matched.some(
						({ concept }) =>
							concept.forms.size > 1 && sentence.words.slice(0, SUBJECT_SPAN).some((w) => concept.forms.has(w)),
					));
			const score =
				sentenceCovered / totalWeight +
				(aboutEntity ? SENTENCE_WEIGHTS.subject : 0) +
				(content ? SENTENCE_WEIGHTS.proximity * proximity(sentence, matched) : 0) +
				(TYPED_ANSWERS.has(question.type) ? TYPED_ANSWER_WEIGHT : SENTENCE_WEIGHTS.answerType) *
					Math.max(evidence[i] ?? 0, 0.5 * (evidence[i - 1] ?? 0), 0.5 * (evidence[i + 1] ?? 0));
			if (score > bestScore) {
				bestScore = score;
				best = sentence;
			}
			previousNames = names;
		}
		if (!best) continue;
		const namesMatched = concepts.some(
			({ concept }) => isName(concept) && conceptMatch(concept, (t) => indexed.termFrequency.has(t)) > 0,
		);
		scored.push({
			indexed,
			coverage,
			answer: best,
			highlights: [],
			bm25,
			sentenceScore: bestScore,
			namesMatched,
			typed: evidence.some((e) => e > 0),
		});
	}
	// Is the question answered here at all? A passage must cover most of it, or, when it names the
	// story's people, a good part of it. A question asking for a date, a number, an age, a
	// duration or a place needs a passage that holds one.
	const answered = scored.some(
		(s) => s.coverage >= MIN_COVERAGE || (s.namesMatched && s.coverage >= MIN_NAMED_COVERAGE),
	);
	if (!answered) return [];
	if (TYPED_ANSWERS.has(question.type) && !scored.some((s) => s.typed)) return [];
	const maxBm25 = Math.max(0, ...scored.map((s) => s.bm25)) || 1;
	const matchedTerms = new Set(question.concepts.flatMap((c) => [...c.terms.keys()]));
	return scored
		.map(({ bm25, sentenceScore, namesMatched: _names, typed: _typed, ...rest }) => ({
			...rest,
			score: WEIGHTS.sentence * sentenceScore + WEIGHTS.coverage * rest.coverage + WEIGHTS.bm25 * (bm25 / maxBm25),
		}))
		.sort((a, b) => b.score - a.score || a.indexed.passage.id.localeCompare(b.indexed.passage.id))
		.slice(0, limit)
		.map((ranked) => ({
			...ranked,
			highlights: tokenize(ranked.indexed.passage.text)
				.filter((t) => t.term !== null && matchedTerms.has(t.term))
				.map((t) => ({ start: t.start, end: t.end })),
		}));
}
