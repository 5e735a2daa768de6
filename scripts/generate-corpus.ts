/**
 * Deterministic synthetic corpora for the benchmark, grown from the seed articles' own text: each
 * paragraph is two to four seed sentences, with a share of their words replaced by generated words
 * drawn from a Zipf distribution, so the vocabulary grows with the corpus as real news does and
 * common words have long posting lists. Names are recast per article: each of the seed's name
 * words stays (a public figure every article names) or becomes, throughout the article, a
 * generated name drawn from a Zipf distribution over a name vocabulary that grows with the corpus,
 * so a large corpus names many people, as real news does, with a cast of its own in each article.
 * The same seed always gives the same corpus.
 */
import type { Article, Corpus } from '../src/corpus.js';
import { parseArticle } from '../src/corpus.js';
import { STOP_WORDS, splitSentences } from '../src/text.js';

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

/** A generated name word: a generated word, capitalised, with a surname's ending. */
function generatedName(rank: number): string {
	const word = generatedWord(rank);
	return `${word[0]?.toUpperCase()}${word.slice(1)}son`;
}

/** Share of the seed's name words an article keeps as they are (people every article names). */
const KEPT_NAMES = 0.3;

/** A corpus of about `passages` content paragraphs, grown from `seed`. */
export function generateCorpus(seed: Corpus, passages: number, rngSeed = 42): Corpus {
	const rng = random(rngSeed);
	const sentences = seed.articles.flatMap((a) =>
		a.passages.filter((p) => p.kind === 'content').flatMap((p) => splitSentences(p.text).map((s) => s.text)),
	);
	const vocabulary = Math.max(1000, Math.round(passages * 2));
	const names = Math.max(100, Math.round(passages / 2));
	// Zipf: rank r drawn with probability ~ 1/r, by inverting the harmonic cumulative sum approximately.
	const zipfOf = (size: number) => Math.floor(Math.exp(rng() * Math.log(size + 1))) - 1;
	const zipf = () => zipfOf(vocabulary);
	// The seed's name words: capitalised inside a sentence (after a lower-case word or a comma),
	// never written in lower case, and no stop word ("The" in a title, "May" the month and the verb).
	const lower = new Set(sentences.flatMap((s) => s.match(/\b[a-z]+\b/g) ?? []));
	const nameWords = new Set(
		sentences
			.flatMap((s) => [...s.matchAll(/(?<=[a-z,] )[A-Z][a-z]+\b/g)].map((m) => m[0]))
			.filter((w) => !lower.has(w.toLowerCase()) && !STOP_WORDS.has(w.toLowerCase())),
	);
	const NAME = /\b[A-Z][a-z]+\b/g;
	const articles: Article[] = [];
	const perArticle = 20;
	for (let a = 0; a * perArticle < passages; a++) {
		const count = Math.min(perArticle, passages - a * perArticle);
		const paragraphs: string[] = [];
		// This article's cast: each seed name word kept, or another name throughout the article.
		const cast = new Map<string, string>();
		const recast = (word: string) => {
			if (!nameWords.has(word)) return word;
			let name = cast.get(word);
			if (name === undefined) {
				name = rng() < KEPT_NAMES ? word : generatedName(zipfOf(names));
				cast.set(word, name);
			}
			return name;
		};
		for (let p = 0; p < count; p++) {
			const parts: string[] = [];
			const n = 2 + Math.floor(rng() * 3);
			for (let s = 0; s < n; s++) {
				const sentence = sentences[Math.floor(rng() * sentences.length)] as string;
				parts.push(
					sentence.replace(/\b[a-z]{4,}\b/g, (w) => (rng() < 0.3 ? generatedWord(zipf()) : w)).replace(NAME, recast),
				);
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
