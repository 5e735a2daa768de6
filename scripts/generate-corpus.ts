/**
 * Deterministic synthetic corpora for the benchmark, grown from the seed articles' own text: each
 * paragraph is two to four seed sentences, with a share of their words replaced by generated words
 * drawn from a Zipf distribution, so the vocabulary grows with the corpus as real news does and
 * common words have long posting lists. The same seed always gives the same corpus.
 */
import type { Article, Corpus } from '../src/corpus.js';
import { parseArticle } from '../src/corpus.js';
import { splitSentences } from '../src/text.js';

/** mulberry32: a small, fast, seedable generator. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SYLLABLES = [
	'ka',
	'lo',
	'mi',
	'ren',
	'tas',
	'vor',
	'el',
	'qui',
	'dun',
	'sa',
	'pre',
	'ton',
	'bel',
	'ish',
	'gar',
	'no',
	'fen',
	'ul',
];

/** The word of rank `rank` in the generated vocabulary: pronounceable, unique, stable. */
function generatedWord(rank: number): string {
	let n = rank;
	let word = '';
	do {
		word += SYLLABLES[n % SYLLABLES.length];
		n = Math.floor(n / SYLLABLES.length);
	} while (n > 0);
	return word;
}

/** A corpus of about `passages` content paragraphs, grown from `seed`. */
export function generateCorpus(seed: Corpus, passages: number, rngSeed = 42): Corpus {
	const rng = random(rngSeed);
	const sentences = seed.articles.flatMap((a) =>
		a.passages.filter((p) => p.kind === 'content').flatMap((p) => splitSentences(p.text).map((s) => s.text)),
	);
	const vocabulary = Math.max(1000, Math.round(passages * 2));
	// Zipf: rank r drawn with probability ~ 1/r, by inverting the harmonic cumulative sum approximately.
	const zipf = () => Math.floor(Math.exp(rng() * Math.log(vocabulary + 1))) - 1;
	const articles: Article[] = [];
	const perArticle = 20;
	for (let a = 0; a * perArticle < passages; a++) {
		const count = Math.min(perArticle, passages - a * perArticle);
		const paragraphs: string[] = [];
		for (let p = 0; p < count; p++) {
			const parts: string[] = [];
			const n = 2 + Math.floor(rng() * 3);
			for (let s = 0; s < n; s++) {
				const sentence = sentences[Math.floor(rng() * sentences.length)] as string;
				parts.push(sentence.replace(/\b[a-z]{4,}\b/g, (w) => (rng() < 0.3 ? generatedWord(zipf()) : w)));
			}
			paragraphs.push(parts.join(' '));
		}
		const title = `Report ${a + 1}: ${generatedWord(zipf())} ${generatedWord(zipf())}`;
		const parsed = parseArticle(
			`generated-${String(a + 1).padStart(6, '0')}.txt`,
			`${title}\n\n${paragraphs.join('\n\n')}\n`,
		);
		if (!parsed.ok) throw new Error(parsed.problems.map((x) => x.message).join('; '));
		articles.push(parsed.article);
	}
	return { articles };
}

/** The corpus as files (name -> text), for writing to a temporary folder. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
	const files = new Map<string, string>();
	for (const article of corpus.articles) {
		files.set(article.file, `${article.title}\n\n${article.passages.map((p) => p.text).join('\n\n')}\n`);
	}
	return files;
}
