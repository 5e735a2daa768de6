import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AskedPassage } from '../../src/ask.js';
import { loadCorpus, parseArticle } from '../../src/corpus.js';
import { analyzeQuestion } from '../../src/question.js';
import { type Scored, scoreCandidates } from '../../src/ranking.js';
import { createStory, type Story } from '../../src/story.js';

export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'corpus');
export const SHARED_DIR = join(import.meta.dirname, '..', '..', '..', 'shared');

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The seed corpus folder and every test corpus folder (test/fixtures/<set>/corpus). */
export function corpusDirs(): string[] {
	return [CORPUS_DIR, ...readdirSync(FIXTURES).map((set) => join(FIXTURES, set, 'corpus'))];
}

/** Every title and paragraph of those corpora. */
export async function corpusTexts(): Promise<string[]> {
	const texts: string[] = [];
	for (const dir of corpusDirs()) {
		for (const article of (await loadCorpus(dir)).articles) {
			texts.push(article.title, ...article.passages.map((p) => p.text));
		}
	}
	return texts;
}

let seedStory: Promise<Story> | undefined;

/** The seed corpus, loaded and indexed once per test file. */
export function loadSeedStory(): Promise<Story> {
	seedStory ??= loadCorpus(CORPUS_DIR).then((corpus) => createStory(corpus));
	return seedStory;
}

/** A temporary corpus folder holding `files` (name -> content). */
export function tempCorpus(files: Record<string, string | Buffer>): string {
	const dir = mkdtempSync(join(tmpdir(), 'story-bot-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

/** A story of one-paragraph articles a0, a1... (passage ids a0#1, a1#1...), titled "Article n". */
export function storyOf(...bodies: string[]): Story {
	const articles = bodies.map((body, i) => {
		const result = parseArticle(`a${i}.txt`, `Article ${i}\n\n${body}`);
		if (!result.ok) throw new Error('bad test article');
		return result.article;
	});
	return createStory({ articles });
}

/** How the ranker scored each candidate passage of `story` for `question`, by passage id (with the weights in use). */
export function scoredIn(story: Story, question: string): (id: string) => Scored | undefined {
	const analyzed = analyzeQuestion(question, story.index, story.lexicon);
	const { scored } = scoreCandidates(story.index, analyzed, undefined, story.lexicon);
	return (id) => scored.find((s) => s.indexed.passage.id === id);
}

/** The words a result marks as matched, as written in its text. */
export function markedWords(result: AskedPassage | undefined): string[] {
	return (result?.highlights ?? []).map((h) => result?.text.slice(h.start, h.end) ?? '');
}
