import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateQa, QaSetSchema } from '../src/evaluate.js';
import { loadSeedStory, SHARED_DIR } from './support/story.js';

describe('the dev set (../shared/eval/qa-dev.json)', async () => {
	const story = await loadSeedStory();
	const set = QaSetSchema.parse(JSON.parse(readFileSync(join(SHARED_DIR, 'eval', 'qa-dev.json'), 'utf8')));
	const report = evaluateQa(story.index, set, story.lexicon);

	it('puts the answering passage first for at least 8 questions in 10', () => {
		expect(report.overall.hit1).toBeGreaterThanOrEqual(0.8);
	});

	it('puts the answering passage in the top 3 for every question', () => {
		expect(report.outcomes.filter((o) => o.rank === null || o.rank > 3)).toEqual([]);
		expect(report.overall.hit3).toBe(1);
	});

	it('answers every out-of-scope question with nothing', () => {
		expect(report.outOfScope.filter((o) => o.answered > 0)).toEqual([]);
	});
});
