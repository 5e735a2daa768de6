/**
 * Question understanding: what kind of answer a question wants, and which concepts it names.
 * A concept is one question word with the index terms that count as that word: itself, and for a
 * name, every other name of the same entity (Alice = Johnson = Alice Marie Johnson).
 */
import type { Lexicon } from './lexicon.js';
import { type Entity, resolveNameSpan } from './people.js';
import type { StoryIndex } from './search-index.js';
import { analyzeWord, foldCase, foldPunctuation, tokenize } from './text.js';

export type QuestionType =
	| 'who'
	| 'when'
	| 'duration'
	| 'count'
	| 'age'
	| 'where'
	| 'why'
	| 'yesno'
	| 'what'
	| 'how'
	| 'other';

export interface QueryConcept {
	/** The question word as written. */
	word: string;
	/** Index term -> weight in [0, 1]: 1 for the word itself and for aliases, less for related words. */
	terms: Map<string, number>;
	/** Folded forms that match exactly (the word as asked, and an entity's name words). */
	forms: Set<string>;
	/** The person or organisation a name concept stands for. */
	entity?: Entity;
	/** Surface words that produce those terms, for retrieval. */
	words: string[];
}

export interface AnalyzedQuestion {
	text: string;
	type: QuestionType;
	concepts: QueryConcept[];
	/** Folded words of the question, to tell new information in a sentence from repeated words. */
	questionWords: Set<string>;
}

// Question openers: the type they ask for and how many leading words only say so ("how long").
const QUESTION_PATTERNS: [RegExp, QuestionType][] = [
	[/^(?:who|whom|whose)\b/, 'who'],
	[/^how\s+long\b/, 'duration'],
	[/^how\s+many\s+(?:years|months|weeks|days|hours|decades)\b/, 'duration'],
	[/^how\s+(?:many|much)\b/, 'count'],
	[/^how\s+(?:old|young)\b/, 'age'],
	[/^(?:what|which)\s+(?:year|date|day|month|time)\b/, 'when'],
	[/^when\b/, 'when'],
	[/^where\b/, 'where'],
	[/^why\b/, 'why'],
	[/^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might)\b/, 'yesno'],
	[/^(?:what|which)\b/, 'what'],
	[/^how\b/, 'how'],
];

/** The answer type a question asks for, from its opening words. */
export function classifyQuestion(question: string): { type: QuestionType; opener: string } {
	const folded = foldCase(foldPunctuation(question)).trim();
	for (const [pattern, type] of QUESTION_PATTERNS) {
		const match = pattern.exec(folded);
		if (match) return { type, opener: match[0] };
	}
	return { type: 'other', opener: '' };
}

/** Weight of a related word (a WordNet synonym) against 1 for the word itself. */
export const RELATED_WEIGHT = 0.5;

/** Analyses a question against the index's vocabulary and entities, and related words when a lexicon is given. */
export function analyzeQuestion(question: string, index: StoryIndex, lexicon?: Lexicon): AnalyzedQuestion {
	const { type, opener } = classifyQuestion(question);
	const text = foldPunctuation(question).trim();
	// Words that only state the question type ("how long", "what year") are not searched for.
	const body = text.slice(opener.length);
	const concepts: QueryConcept[] = [];
	const byEntity = new Map<object, QueryConcept>();
	const seenTerms = new Set<string>();
	const tokens = tokenize(body);
	for (const [i, token] of tokens.entries()) {
		if (token.term === null) continue;
		// "going to" before a verb marks the future ("is she going to run?"), not a journey.
		if (
			/^(?:going|gonna)$/i.test(token.surface) &&
			(token.surface.toLowerCase() === 'gonna' || tokens[i + 1]?.surface.toLowerCase() === 'to')
		)
			continue;
		const folded = foldCase(token.surface).replace(/['\u2019]s$/, '');
		const entity = index.entities.byWord.has(folded)
			? resolveNameSpan({ name: folded, words: [folded] }, index.entities)
			: undefined;
		if (entity) {
			const existing = byEntity.get(entity);
			if (existing) continue; // "Van Jones" is one concept, not two
			const concept: QueryConcept = {
				word: token.surface,
				terms: new Map(),
				words: [],
				forms: new Set(entity.words),
				entity,
			};
			for (const word of entity.words) {
				const term = analyzeWord(word);
				if (term === null) continue;
				// A name word shared with another entity (a family name) is weaker evidence.
				const shared = (index.entities.byWord.get(word)?.length ?? 0) > 1;
				concept.terms.set(term, shared && word !== folded ? 0.6 : 1);
				concept.words.push(word);
				seenTerms.add(term);
			}
			byEntity.set(entity, concept);
			concepts.push(concept);
			continue;
		}
		if (seenTerms.has(token.term)) continue;
		seenTerms.add(token.term);
		concepts.push({
			word: token.surface,
			terms: new Map([[token.term, 1]]),
			words: [token.surface],
			forms: new Set([folded]),
		});
	}
	// Related words count below the word itself, and only where the corpus uses them.
	if (lexicon) {
		for (const concept of concepts) {
			// Names already carry their aliases; one- and two-letter words have only noise for synonyms.
			if (concept.terms.size > 1 || concept.word.length < 3) continue;
			for (const word of lexicon.related(concept.word)) {
				const term = analyzeWord(word);
				if (term === null || seenTerms.has(term) || !index.documentFrequency.has(term)) continue;
				concept.terms.set(term, RELATED_WEIGHT);
				concept.words.push(word);
			}
		}
	}
	const questionWords = new Set(tokenize(text).map((t) => foldCase(t.surface)));
	return { text, type, concepts, questionWords };
}
