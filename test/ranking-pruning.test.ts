import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/generate-corpus.js';
import { defaultQuestionSets, openQuestionSet } from '../scripts/question-sets.js';
import { BENCH_QUESTIONS } from '../scripts/questions.js';
import { searchableText } from '../src/ask.js';
import type { Lexicon } from '../src/lexicon.js';
import { analyzeQuestion } from '../src/question.js';
import { RANKING, type RankingWeights, rankPassages, scoreCandidates } from '../src/ranking.js';
import type { StoryIndex } from '../src/search-index.js';
import { createStory } from '../src/story.js';
import { loadSeedStory } from './support/story.js';

const TYPED = new Set(['when', 'duration', 'count', 'age', 'where']);

/** The ranking as it was before pruning: every candidate scored sentence by sentence, then filtered and sorted. */
function rankEveryCandidate(index: StoryIndex, question: string, limit: number, lexicon: Lexicon, w: RankingWeights) {
	const analyzed = analyzeQuestion(searchableText(question), index, lexicon);
	const scored = scoreCandidates(index, analyzed, w, lexicon).scored.filter(
		(s) => s.confidence >= w.minSupport || s.coverage >= w.minContent,
	);
	// Whether there is an answer is decided without the passages found only through weak relations.
	const deciding = scored.filter((s) => !s.weakOnly);
	if (!deciding.some((s) => s.gateConfidence >= w.minContent)) return [];
	// An answer of the asked kind, in a passage holding with it enough of the question.
	if (TYPED.has(analyzed.type) && !deciding.some((s) => s.typed && s.gateContent + w.typedConfidence >= w.minContent)) {
		return [];
	}
	const maxBm25 = Math.max(0, ...scored.map((s) => s.bm25)) || 1;
	return scored
		.map((s) => ({
			id: s.indexed.passage.id,
			answer: s.answer.text,
			score:
				(s.sentenceScore + w.bm25 * (s.bm25 / maxBm25) + w.article * s.article) * (s.unnamed ? w.unnamedArticle : 1),
		}))
		.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
		.slice(0, limit);
}

function rankPruned(index: StoryIndex, question: string, limit: number, lexicon: Lexicon, w: RankingWeights) {
	const analyzed = analyzeQuestion(searchableText(question), index, lexicon);
	return rankPassages(index, analyzed, limit, w, lexicon).map((r) => ({
		id: r.indexed.passage.id,
		answer: r.answer.text,
		score: r.score,
	}));
}

function expectSameRanking(index: StoryIndex, questions: string[], lexicon: Lexicon, weights = RANKING) {
	let compared = 0;
	for (const question of questions) {
		for (const limit of [1, 3, 5, 10]) {
			const expected = rankEveryCandidate(index, question, limit, lexicon, weights);
			const actual = rankPruned(index, question, limit, lexicon, weights);
			expect(
				actual.map((r) => r.id),
				`${question} (limit ${limit})`,
			).toEqual(expected.map((r) => r.id));
			expect(actual.map((r) => r.answer)).toEqual(expected.map((r) => r.answer));
			for (const [i, r] of actual.entries()) expect(r.score).toBeCloseTo(expected[i]?.score ?? Number.NaN, 9);
			compared += actual.length;
		}
	}
	return compared;
}

describe('ranking only the candidates that can reach the top (src/ranking.ts rankPassages)', () => {
	it.each(defaultQuestionSets())('ranks exactly as scoring every candidate does, on %s', async (name) => {
		const { set, story } = await openQuestionSet(name);
		const questions = [...set.questions.map((q) => q.q), ...set.outOfScope];
		expect(expectSameRanking(story.index, questions, story.lexicon)).toBeGreaterThan(0);
	});

	it('ranks exactly as scoring every candidate does with context weights above 1 (the bounds scale with them)', async () => {
		const { set, story } = await openQuestionSet(join(import.meta.dirname, 'fixtures', 'heldout-qa'));
		const weights = {
			...RANKING,
			neighbor: 1.2,
			passage: 1.1,
			title: 1.3,
			previous: 1.2,
			reference: 1.1,
			article: 1.5,
			unnamedArticle: 1.3,
		};
		expect(
			expectSameRanking(
				story.index,
				set.questions.map((q) => q.q),
				story.lexicon,
				weights,
			),
		).toBeGreaterThan(0);
	});

	it('ranks nothing for a limit of 0', async () => {
		const { story } = await openQuestionSet('dev');
		const analyzed = analyzeQuestion('Who broke the news to Alice?', story.index, story.lexicon);
		expect(rankPassages(story.index, analyzed, 0, RANKING, story.lexicon)).toEqual([]);
	});

	it('ranks exactly as scoring every candidate does on a corpus of 3,000 passages, where most candidates go unscored', async () => {
		const seed = await loadSeedStory();
		const story = createStory(generateCorpus(seed.corpus, 3000), seed.lexicon);
		expect(expectSameRanking(story.index, BENCH_QUESTIONS, story.lexicon)).toBeGreaterThan(0);
	});
});
