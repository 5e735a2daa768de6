/**
 * The question sets the evaluation scripts read: "dev" (../shared/eval/qa-dev.json over ./corpus)
 * or a folder holding `questions.json` and `corpus/`; by default dev and every test/fixtures/*-qa.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Article, type Corpus, loadCorpus } from '../src/corpus.js';
import { type QaSet, QaSetSchema } from '../src/evaluate.js';
import { createStory, openStory, type Story } from '../src/story.js';

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

/** A set's questions file and corpus folder. */
const filesOf = (name: string): [string, string] =>
	name === 'dev' ? ['../shared/eval/qa-dev.json', 'corpus'] : [join(name, 'questions.json'), join(name, 'corpus')];

const readSet = (file: string): QaSet => QaSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

/** A question set and its corpus, loaded and indexed. */
export async function openQuestionSet(name: string): Promise<{ set: QaSet; story: Story }> {
	const [setFile, corpusDir] = filesOf(name);
	const story = await openStory(corpusDir);
	return { set: readSet(setFile), story };
}

/**
 * Each question set over its corpus and, in the same index, every article of the other sets'
 * corpora (its own people.yaml only): the articles a community adds on other stories. An article
 * of another set is renamed after that set, so that ids stay unique, and left out when its text is
 * the same as an article already in. Each corpus is read once.
 */
export async function openMixedQuestionSets(names: readonly string[]): Promise<{ set: QaSet; story: Story }[]> {
	const corpora = await Promise.all(names.map((name) => loadCorpus(filesOf(name)[1])));
	const textOf = (a: Article) => [a.title, ...a.passages.map((p) => p.text)].join('\n');
	return names.map((name, n) => {
		const own = corpora[n] as Corpus;
		const seen = new Set(own.articles.map(textOf));
		const articles = [...own.articles];
		for (const [o, other] of names.entries()) {
			if (o === n) continue;
			const prefix = other === 'dev' ? 'dev' : basename(other);
			for (const article of (corpora[o] as Corpus).articles) {
				const text = textOf(article);
				if (seen.has(text)) continue;
				seen.add(text);
				const id = `${prefix}-${article.id}`;
				articles.push({
					...article,
					id,
					file: `${prefix}-${article.file}`,
					passages: article.passages.map((p) => ({ ...p, id: `${id}#${p.paragraph}`, articleId: id })),
				});
			}
		}
		return { set: readSet(filesOf(name)[0]), story: createStory({ ...own, articles }) };
	});
}
