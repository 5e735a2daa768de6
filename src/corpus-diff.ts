/** Versions and differences of corpora, for /corpus status and change reports. */
import { createHash } from 'node:crypto';
import type { Article, Corpus } from './corpus.js';

/** Short content hash of a corpus: the same articles give the same version. */
export function corpusVersion(corpus: Corpus): string {
	const hash = createHash('sha256');
	for (const article of [...corpus.articles].sort((a, b) => a.id.localeCompare(b.id)))
		hash.update(articleFingerprint(article));
	hash.update(JSON.stringify(corpus.people ?? null));
	return hash.digest('hex').slice(0, 10);
}

function articleFingerprint(article: Article): string {
	return JSON.stringify([
		article.id,
		article.title,
		article.source,
		article.url,
		article.published,
		article.passages.map((p) => p.text),
	]);
}

export interface CorpusDiff {
	added: string[];
	removed: string[];
	changed: string[];
	passagesGained: number;
	passagesLost: number;
}

/** What changed between two corpora: articles added, removed and changed, content passages gained and lost. */
export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
	const old = new Map(before.articles.map((a) => [a.id, a]));
	const now = new Map(after.articles.map((a) => [a.id, a]));
	const keys = (corpus: Corpus) =>
		new Set(
			corpus.articles.flatMap((a) =>
				a.passages.filter((p) => p.kind === 'content').map((p) => `${a.id}\u0000${p.text}`),
			),
		);
	const oldPassages = keys(before);
	const newPassages = keys(after);
	return {
		added: [...now.keys()].filter((id) => !old.has(id)).sort(),
		removed: [...old.keys()].filter((id) => !now.has(id)).sort(),
		changed: [...now.keys()]
			.filter(
				(id) =>
					old.has(id) && articleFingerprint(old.get(id) as Article) !== articleFingerprint(now.get(id) as Article),
			)
			.sort(),
		passagesGained: [...newPassages].filter((k) => !oldPassages.has(k)).length,
		passagesLost: [...oldPassages].filter((k) => !newPassages.has(k)).length,
	};
}
