/** Versions and differences of corpora, for /corpus status and change reports. */
import { createHash } from 'node:crypto';
import type { Article, Corpus } from './corpus.js';
import type { Steps } from './steps.js';
import { compareText } from './text.js';

// Each parsed article is hashed once: a reload of a large corpus compares hashes, not texts.
const articleHashes = new WeakMap<Article, string>();

/** A hash of everything a reader sees of an article. */
export function articleHash(article: Article): string {
	let hash = articleHashes.get(article);
	if (!hash) {
		const { id, title, source, url, published } = article;
		hash = createHash('sha256')
			.update(JSON.stringify([id, title, source, url, published, article.passages.map((p) => p.text)]))
			.digest('hex');
		articleHashes.set(article, hash);
	}
	return hash;
}

/**
 * Hashes every article of the corpus, one step per article, so a reload can do it in slices:
 * corpusVersion then only combines the remembered hashes.
 */
export function* hashArticlesSteps(corpus: Corpus): Steps<void> {
	for (const article of corpus.articles) {
		articleHash(article);
		yield;
	}
}

/** Short content hash of a corpus: the same articles give the same version. */
export function corpusVersion(corpus: Corpus): string {
	const hash = createHash('sha256');
	for (const article of [...corpus.articles].sort((a, b) => compareText(a.id, b.id))) hash.update(articleHash(article));
	hash.update(JSON.stringify(corpus.people ?? null));
	return hash.digest('hex').slice(0, 10);
}

export interface CorpusDiff {
	added: string[];
	removed: string[];
	changed: string[];
	passagesGained: number;
	passagesLost: number;
}

const contentTexts = (article: Article | undefined) =>
	new Set(article?.passages.filter((p) => p.kind === 'content').map((p) => p.text) ?? []);

/**
 * What changed between two corpora: articles added, removed and changed, and content passages
 * gained and lost (counted in the articles that changed only, so unchanged articles cost nothing).
 */
export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
	const old = new Map(before.articles.map((a) => [a.id, a]));
	const now = new Map(after.articles.map((a) => [a.id, a]));
	const added = [...now.keys()].filter((id) => !old.has(id)).sort();
	const removed = [...old.keys()].filter((id) => !now.has(id)).sort();
	const changed = [...now.keys()]
		.filter((id) => old.has(id) && articleHash(old.get(id) as Article) !== articleHash(now.get(id) as Article))
		.sort();
	let passagesGained = 0;
	let passagesLost = 0;
	for (const id of [...added, ...removed, ...changed]) {
		const was = contentTexts(old.get(id));
		const is = contentTexts(now.get(id));
		for (const text of is) if (!was.has(text)) passagesGained++;
		for (const text of was) if (!is.has(text)) passagesLost++;
	}
	return { added, removed, changed, passagesGained, passagesLost };
}
