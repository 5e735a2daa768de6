/**
 * `ask`: a question in, ranked answering passages out, as plain data. Everything the bot, the
 * CLI and the console show comes from this result.
 */

import { differingFigures } from './figures.js';
import type { Lexicon } from './lexicon.js';
import { type Entity, findMentions } from './people.js';
import { analyzeQuestion, type QuestionType } from './question.js';
import { type Highlight, highlightsOf, RANKING, rankPassages } from './ranking.js';
import type { IndexedPassage, StoryIndex } from './search-index.js';
import { analyze } from './text.js';

export const MAX_QUESTION_LENGTH = 300;
export const DEFAULT_RESULTS = 3;
export const MAX_RESULTS = 10;
/** Passages looked at for a second source stating a different figure. */
const DIFFERENCE_DEPTH = 10;

/** A problem with what the user typed: its message is meant for them. */
export class UserInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UserInputError';
	}
}

export interface AskedPassage {
	rank: number;
	passageId: string;
	articleId: string;
	title: string;
	source: string | null;
	url: string | null;
	paragraph: number;
	text: string;
	/** The sentence of the passage that best answers the question. */
	answer: string;
	score: number;
	/** Offsets of the words that matched the question, in `text`. */
	highlights: Highlight[];
}

export interface StatedFigure {
	/** As written: "21 years". */
	figure: string;
	passageId: string;
	title: string;
	source: string | null;
	url: string | null;
	paragraph: number;
}

export interface AskResult {
	question: string;
	type: QuestionType;
	results: AskedPassage[];
	/** When two sources state different figures for what was asked: each figure with where it is stated. */
	differences: StatedFigure[];
	/** Content passages searched. */
	searched: number;
}

// C0 and C1 control characters other than tab, line feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// Discord mention syntax: a user, role or channel mention, @everyone, @here. Not words to search for.
const MENTIONS = /<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/g;

/** The question without mention syntax, which names no content. */
export function searchableText(question: string): string {
	return question.replace(MENTIONS, ' ').replace(/\s+/g, ' ').trim();
}

/** Checks a question as typed; returns it trimmed, or throws a UserInputError saying what is wrong. */
export function validateQuestion(question: string): string {
	const trimmed = question.replace(/\s+/g, ' ').trim();
	if (trimmed.length === 0) throw new UserInputError('Please ask a question: it is empty.');
	if (CONTROL_CHARACTERS.test(question)) {
		throw new UserInputError('The question contains control characters; please type plain text.');
	}
	if (trimmed.length > MAX_QUESTION_LENGTH) {
		throw new UserInputError(
			`The question is ${trimmed.length} characters long; please keep it to ${MAX_QUESTION_LENGTH}.`,
		);
	}
	if (analyze(searchableText(trimmed)).length === 0) {
		throw new UserInputError(
			'The question has no words to search for (only words like "what", "the" or "is"); please name what you want to know.',
		);
	}
	return trimmed;
}

export function validateLimit(limit: number | undefined): number {
	if (limit === undefined) return DEFAULT_RESULTS;
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESULTS) {
		throw new UserInputError(`The number of results must be a whole number from 1 to ${MAX_RESULTS}.`);
	}
	return limit;
}

/**
 * Whether a passage tells the story of `best`: they name one of the same people or organisations
 * (in their text or their articles' titles, or referring to them without a name), or their
 * articles' titles share two words ("raid on Scottish museum nets eight pieces", "seven pieces ...
 * in dawn raid on Edinburgh museum"). A bakery's $25,000 prize and a scientist's $250,000 one are
 * two stories, not two sources disagreeing. What `best` names is read once, when first needed.
 */
function tellsStoryOf(best: IndexedPassage, index: StoryIndex): (other: IndexedPassage) => boolean {
	const titleTerms = (p: IndexedPassage) => new Set(p.title ? index.tokens.terms.slice(p.title.from, p.title.to) : []);
	let named: Set<Entity> | undefined;
	let terms: Set<number> | undefined;
	return (other) => {
		named ??= namedIn(best, index);
		for (const entity of namedIn(other, index)) if (named.has(entity)) return true;
		terms ??= titleTerms(best);
		let shared = 0;
		for (const term of titleTerms(other)) if (terms.has(term)) shared++;
		return shared >= 2;
	};
}

/** The people and organisations a passage names, in its text or its article's title, or refers to. */
function namedIn({ passage, article, references }: IndexedPassage, index: StoryIndex): Set<Entity> {
	const named = new Set<Entity>(references.keys());
	for (const text of [passage.text, article.title]) {
		for (const mention of findMentions(text, index.entities)) named.add(mention.entity);
	}
	return named;
}

/** Answers a question from the index: at most `limit` passages, none when nothing is relevant. */
export function ask(
	index: StoryIndex,
	question: string,
	options: { limit?: number; lexicon?: Lexicon } = {},
): AskResult {
	const text = validateQuestion(question);
	const limit = validateLimit(options.limit);
	const analyzed = analyzeQuestion(searchableText(text), index, options.lexicon);
	// Rank at least a few passages, so that a second source stating another figure is seen.
	const ranked = rankPassages(index, analyzed, Math.max(limit, DIFFERENCE_DEPTH), RANKING, options.lexicon);
	const asked = ranked.map((r) => ({ articleId: r.indexed.article.id, answer: r.answer.text, score: r.score }));
	const sameStoryAsBest = ranked[0] && tellsStoryOf(ranked[0].indexed, index);
	const differences = differingFigures(analyzed.type, asked, {
		counted: analyzed.hint.counted,
		money: analyzed.hint.money === true,
		sameStory: (i) => {
			const other = ranked[i];
			return sameStoryAsBest !== undefined && other !== undefined && sameStoryAsBest(other.indexed);
		},
	}).map(({ figure, result }): StatedFigure => {
		const { passage, article } = (ranked[result] as (typeof ranked)[number]).indexed;
		const { title, source, url } = article;
		return { figure: figure.text, passageId: passage.id, title, source, url, paragraph: passage.paragraph };
	});
	return {
		question: text,
		type: analyzed.type,
		searched: index.stats.passages,
		differences,
		results: ranked.slice(0, limit).map((r, i) => ({
			rank: i + 1,
			passageId: r.indexed.passage.id,
			articleId: r.indexed.article.id,
			title: r.indexed.article.title,
			source: r.indexed.article.source,
			url: r.indexed.article.url,
			paragraph: r.indexed.passage.paragraph,
			text: r.indexed.passage.text,
			answer: r.answer.text,
			score: Math.round(r.score * 1e4) / 1e4,
			highlights: highlightsOf(r, index),
		})),
	};
}
