/**
 * The question sets the evaluation scripts read: "dev" (../shared/eval/qa-dev.json over ./corpus)
 * or a folder holding `questions.json` and `corpus/`; by default dev and every test/fixtures/*-qa.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type QaSet, QaSetSchema } from '../src/evaluate.js';
import { openStory, type Story } from '../src/story.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');

/** Dev and every question set among the test fixtures. */
export function defaultQuestionSets(): string[] {
	return [
		'dev',
		...readdirSync(FIXTURES)
			.filter((d) => d.endsWith('-qa') && existsSync(join(FIXTURES, d, 'questions.json')))
			.map((d) => join(FIXTURES, d)),
	];
}

/** A question set and its corpus, loaded and indexed. */
export async function openQuestionSet(name: string): Promise<{ set: QaSet; story: Story }> {
	const [setFile, corpusDir] =
		name === 'dev' ? ['../shared/eval/qa-dev.json', 'corpus'] : [join(name, 'questions.json'), join(name, 'corpus')];
	const story = await openStory(corpusDir);
	return { set: QaSetSchema.parse(JSON.parse(readFileSync(setFile, 'utf8'))), story };
}
