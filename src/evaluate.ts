/**
 * Scores `ask` on an evaluation set: a ranked passage is a hit when its text contains any gold
 * string, compared after folding quotes, collapsing white space and ignoring case.
 */
import { z } from 'zod';
import { ask } from './ask.js';
import type { Lexicon } from './lexicon.js';
import { classifyQuestion, type QuestionType } from './question.js';
import { findPerson, type QuoteBook } from './quote-book.js';
import type { StoryIndex } from './search-index.js';
import { foldPunctuation } from './text.js';

export const QaSetSchema = z.object({
	questions: z.array(z.object({ q: z.string(), gold: z.array(z.string()).min(1) })),
	outOfScope: z.array(z.string()).default([]),
});
export type QaSet = z.infer<typeof QaSetSchema>;

export function normalizeForMatch(text: string): string {
	return foldPunctuation(text).replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface QuestionOutcome {
	q: string;
	type: QuestionType;
	/** 1-based rank of the first hit, or null. */
	rank: number | null;
	top: string | null;
}

export interface Scores {
	count: number;
	hit1: number;
	hit3: number;
	mrr: number;
}

export interface QaReport {
	overall: Scores;
	byType: Partial<Record<QuestionType, Scores>>;
	outcomes: QuestionOutcome[];
	outOfScope: { q: string; answered: number }[];
	/** Out-of-scope questions answered with nothing, as a share. */
	outOfScopeRejected: number;
}

export function scores(outcomes: QuestionOutcome[]): Scores {
	const n = outcomes.length || 1;
	const at = (k: number) => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / n;
	return {
		count: outcomes.length,
		hit1: at(1),
		hit3: at(3),
		mrr: outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n,
	};
}

export function evaluateQa(index: StoryIndex, set: QaSet, lexicon?: Lexicon, depth = 10): QaReport {
	const outcomes = set.questions.map(({ q, gold }) => {
		const golds = gold.map(normalizeForMatch);
		const results = ask(index, q, { limit: depth, lexicon }).results;
		const hit = results.findIndex((r) => golds.some((g) => normalizeForMatch(r.text).includes(g)));
		return {
			q,
			type: classifyQuestion(q, lexicon).type,
			rank: hit === -1 ? null : hit + 1,
			top: results[0]?.passageId ?? null,
		};
	});
	const byType: Partial<Record<QuestionType, Scores>> = {};
	for (const type of new Set(outcomes.map((o) => o.type))) {
		byType[type] = scores(outcomes.filter((o) => o.type === type));
	}
	const outOfScope = set.outOfScope.map((q) => ({ q, answered: ask(index, q, { lexicon }).results.length }));
	return {
		overall: scores(outcomes),
		byType,
		outcomes,
		outOfScope,
		outOfScopeRejected: outOfScope.filter((o) => o.answered === 0).length / (outOfScope.length || 1),
	};
}

export const QuoteSetSchema = z.object({
	speakers: z.record(z.string(), z.object({ ask: z.array(z.string()) })),
	noQuotes: z.array(z.string()).default([]),
	quotes: z.array(z.object({ speaker: z.string(), text: z.string() })),
});
export type QuoteSet = z.infer<typeof QuoteSetSchema>;

/** Quotation text for comparison: folded quotes, collapsed white space, no case, no trailing punctuation. */
export function normalizeQuote(text: string): string {
	return normalizeForMatch(text).replace(/[\s.,;:!?…]+$/, '');
}

export interface QuoteReport {
	/** Attributed spans whose text and speaker match a gold quotation, over all attributed spans. */
	precision: number;
	/** Gold quotations found with the right speaker, over all gold quotations. */
	recall: number;
	expected: number;
	attributed: number;
	correct: number;
	wrong: { text: string; speaker: string; expected: string | null }[];
	missed: { text: string; speaker: string }[];
	/** Names users may type, and whether each finds the right person. */
	names: { name: string; expected: string; found: string | null }[];
	/** People never quoted, and whether asking for them finds them with no quotations. */
	neverQuoted: { name: string; found: string | null; quotations: number }[];
}

export function evaluateQuotes(book: QuoteBook, set: QuoteSet): QuoteReport {
	const spans = book.quotations.flatMap((q) =>
		q.spans.map((s) => ({ text: normalizeQuote(s.text), raw: s.text, speaker: q.speaker })),
	);
	const gold = set.quotes.map((g) => ({ ...g, norm: normalizeQuote(g.text), used: false }));
	const expectedEntity = (speaker: string) => {
		const found = findPerson(book, speaker);
		return found.person?.entity ?? null;
	};
	const wrong: QuoteReport['wrong'] = [];
	let correct = 0;
	for (const span of spans) {
		const match = gold.find((g) => !g.used && g.norm === span.text && expectedEntity(g.speaker) === span.speaker);
		if (match) {
			match.used = true;
			correct++;
		} else {
			const sameText = gold.find((g) => g.norm === span.text);
			wrong.push({ text: span.raw, speaker: span.speaker.name, expected: sameText?.speaker ?? null });
		}
	}
	const names = Object.entries(set.speakers).flatMap(([expected, { ask }]) =>
		ask.map((name) => ({ name, expected, found: findPerson(book, name).person?.name ?? null })),
	);
	const neverQuoted = set.noQuotes.map((name) => {
		const person = findPerson(book, name).person;
		return { name, found: person?.name ?? null, quotations: person?.quotations.length ?? 0 };
	});
	return {
		precision: spans.length > 0 ? correct / spans.length : 1,
		recall: gold.length > 0 ? correct / gold.length : 1,
		expected: gold.length,
		attributed: spans.length,
		correct,
		wrong,
		missed: gold.filter((g) => !g.used).map((g) => ({ text: g.text, speaker: g.speaker })),
		names,
		neverQuoted,
	};
}
