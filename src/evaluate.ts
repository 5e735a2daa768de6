/**
 * Scores `ask` on an evaluation set: a ranked passage is a hit when its text contains any gold
 * string, compared after folding quotes, collapsing white space and ignoring case.
 */
import { z } from 'zod';
import { ask } from './ask.js';
import type { Lexicon } from './lexicon.js';
import { classifyQuestion, type QuestionType } from './question.js';
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

function scores(outcomes: QuestionOutcome[]): Scores {
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
		return { q, type: classifyQuestion(q).type, rank: hit === -1 ? null : hit + 1, top: results[0]?.passageId ?? null };
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
