/**
 * Text analysis shared by indexing, ranking, highlighting and quotations: one tokeniser and one
 * term analyser, so a word is reduced the same way wherever it is compared.
 */
import { stopwords as oramaEnglishStopWords } from '@orama/stopwords/english';
import lemmatizer from 'wink-lemmatizer';
import { stem } from './porter2.js';

/** Curly quotes, primes and the like folded to their ASCII forms; other text untouched. */
export function foldPunctuation(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/[\u2013\u2014\u2212]/g, '-')
		.replace(/\u2026/g, '...')
		.replace(/\u00A0/g, ' ');
}

/** A word as compared with a name or a question word: folded, its possessive dropped (Kim's -> kim). */
export function foldWord(word: string): string {
	return foldCase(word).replace(/['\u2019]s$/, '');
}

/**
 * Compares two strings as `a.localeCompare(b)` does, without setting up a comparison for each
 * pair (sorting thousands of names or article ids with localeCompare is slow).
 */
export const compareText = new Intl.Collator().compare;

/** `text` as a regular expression matching it literally ("St." as St\.). */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case without diacritics, for comparing names and words loosely. */
export function foldCase(text: string): string {
	// Words are folded again and again while indexing: short ones are remembered.
	if (text.length > 40) return fold(text);
	let folded = foldCache.get(text);
	if (folded === undefined) {
		folded = fold(text);
		if (foldCache.size >= 100_000) foldCache.clear();
		foldCache.set(text, folded);
	}
	return folded;
}

const foldCache = new Map<string, string>();
const fold = (text: string) =>
	(/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();

/**
 * Stop words: Orama's English list plus the article "a", which that list lacks. Negations and
 * content words such as "never" or "say" are not stop words: "never say never" is a real question.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
	...oramaEnglishStopWords,
	'a',
	// Negative contractions as typed in chat, without their apostrophe ("didnt", "doesnt").
	...oramaEnglishStopWords.filter((w) => w.endsWith("n't")).map((w) => w.replace("'", '')),
	// "Whose", a relative pronoun the list lacks beside "who", "whom" and "which".
	'whose',
	// Indefinite pronouns, focusing adverbs and "much", a degree adverb as "very" and "too" are
	// ("why did she care so much"), which name nothing a passage could be about.
	...['anyone', 'anybody', 'anything', 'someone', 'somebody', 'something', 'everyone', 'everybody', 'everything'],
	'somewhere',
	...['just', 'also', 'really', 'even', 'actually', 'ever', 'else', 'quite', 'rather', 'perhaps', 'maybe', 'much'],
	// What chat puts around a question, anywhere in it ("how did kim break the ice w trump lol").
	...['lol', 'lmao', 'lmfao', 'rofl', 'haha', 'hahaha', 'hehe', 'omg', 'smh', 'tbh', 'idk', 'imo', 'imho'],
	...['btw', 'fyi', 'thx', 'ty', 'ikr', 'nah'],
]);

/** The auxiliary verbs among the stop words: their inflections ("was", "does", "having") are stop words too. */
const AUXILIARIES: ReadonlySet<string> = new Set(['be', 'have', 'do']);

export interface Token {
	/** The word as written. */
	surface: string;
	/** Offsets of the word in the analysed text (UTF-16 code units). */
	start: number;
	end: number;
	/** The analysed term, or null for a stop word. */
	term: string | null;
}

// A word: letters and digits, with inner apostrophes (didn't, Kardashian's); hyphens and other
// punctuation split words (non-violent -> non, violent; 37-year-old -> 37, year, old).
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u02BC][\p{L}]+)*/gu;

const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 200_000;

/**
 * Lets go of the remembered word analyses and foldings, once a corpus is indexed: they make a
 * build fast, and a question reads only a few words (at 100,000 passages they held tens of MB).
 */
export function forgetWordCaches(): void {
	termCache.clear();
	foldCache.clear();
}

/**
 * Reduces one word to its index term: folded, possessive dropped, stop words removed (null),
 * irregular inflections lemmatised from WordNet's exception lists (met -> meet, broke -> break,
 * said -> say), then stemmed with Porter2 (commuted -> commut). Orama's own English stemmer is
 * not used: it cuts -sion/-tion words badly (election -> elec).
 */
export function analyzeWord(word: string): string | null {
	const cached = termCache.get(word);
	if (cached !== undefined) return cached;
	let w = foldCase(word).replace(/['\u2019\u02BC]/g, "'");
	let term: string | null;
	if (STOP_WORDS.has(w)) {
		term = null;
	} else {
		if (w.endsWith("'s")) w = w.slice(0, -2);
		w = w.replace(/'/g, '');
		// A lone letter left by a contraction or an initial ("where's" -> "s") says nothing.
		if (w.length === 0 || STOP_WORDS.has(w) || /^\p{L}$/u.test(w)) {
			term = null;
		} else if (/^\d+$/.test(w)) {
			term = w;
		} else {
			const verb = lemmatizer.verb(w);
			const lemma = verb !== w ? verb : lemmatizer.noun(w);
			// An inflected verb whose lemma is a stop word is one only when the verb is an auxiliary
			// ("does", "had"); not "owns" or "owned" ("who owns the laundromat").
			term = STOP_WORDS.has(lemma) && (verb === w || AUXILIARIES.has(lemma)) ? null : stem(lemma);
		}
	}
	if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
	termCache.set(word, term);
	return term;
}

/** Every word of `text` as written, with its offset (`index`): what forEachWord finds, faster (test/text.test.ts). */
export function words(text: string): IterableIterator<RegExpExecArray> {
	return text.matchAll(WORD);
}

/** 1 for the ASCII letters and digits: most characters of English text are told apart by this table alone. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;
const LETTER_AT = /\p{L}/uy;

/**
 * The length in code units (1, or 2 beyond the BMP) of the letter or number at `i` in `text`
 * (a letter only, with `lettersOnly`), 0 when there is none.
 */
function wordCharAt(text: string, i: number, lettersOnly: boolean): number {
	const c = text.charCodeAt(i);
	// (The table's only characters up to '9' are the digits.)
	if (c < 128) return ASCII_WORD[c] === 1 && !(lettersOnly && c <= 0x39) ? 1 : 0;
	if (Number.isNaN(c)) return 0;
	const pattern = lettersOnly ? LETTER_AT : LETTER_OR_NUMBER_AT;
	pattern.lastIndex = i;
	return pattern.test(text) ? pattern.lastIndex - i : 0;
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x02bc]);

/**
 * Calls `visit` with every word of `text` and its offsets: the words `words` finds (WORD: letters
 * and numbers, then any apostrophe and letters, "don't", "O'Neil"), read character by character
 * without building a match object for each. On hot paths (each sentence whose answer's nearness
 * is measured) those match objects were a quarter of what /ask allocated.
 */
export function forEachWord(text: string, visit: (word: string, start: number, end: number) => void): void {
	for (let start = wordStart(text, 0); start !== -1; ) {
		const end = wordEnd(text, start);
		visit(text.slice(start, end), start, end);
		start = wordStart(text, end);
	}
}

/** Where the first word of `text` at or after `from` starts, or -1 when none does (forEachWord). */
export function wordStart(text: string, from: number): number {
	const n = text.length;
	let i = from;
	while (i < n) {
		if (wordCharAt(text, i, false) > 0) return i;
		// Past the whole character: a pattern tried inside a surrogate pair would start at its head.
		i += isSurrogatePair(text, i) ? 2 : 1;
	}
	return -1;
}

/** Where the word of `text` starting at `start` (where wordStart found one) ends (forEachWord). */
export function wordEnd(text: string, start: number): number {
	let i = runEnd(text, start, false);
	while (APOSTROPHES.has(text.charCodeAt(i)) && wordCharAt(text, i + 1, true) > 0) i = runEnd(text, i + 1, true);
	return i;
}

function isSurrogatePair(text: string, i: number): boolean {
	const head = text.charCodeAt(i);
	const tail = text.charCodeAt(i + 1);
	return head >= 0xd800 && head <= 0xdbff && tail >= 0xdc00 && tail <= 0xdfff;
}

/** Where the run of letters and numbers (letters only, with `lettersOnly`) from `i` ends. */
function runEnd(text: string, i: number, lettersOnly: boolean): number {
	let at = i;
	for (;;) {
		const width = wordCharAt(text, at, lettersOnly);
		if (width === 0) return at;
		at += width;
	}
}

/** Every word of `text` with its offsets and analysed term. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	forEachWord(text, (surface, start, end) => {
		tokens.push({ surface, start, end, term: analyzeWord(surface) });
	});
	return tokens;
}

/** The analysed terms of `text`, in order, stop words left out. */
export function analyze(text: string): string[] {
	const terms: string[] = [];
	forEachWord(text, (word) => {
		const term = analyzeWord(word);
		if (term !== null) terms.push(term);
	});
	return terms;
}

export interface Sentence {
	text: string;
	start: number;
	end: number;
}

/**
 * Titles news writes abbreviated before a name ("Capt. Dana Whitcombe", "Gov. Maria Lopez"): a
 * question saying "captain" or "the governor" means the abbreviation too. Not "Dr." (a doctor, or
 * a drive) nor "Gen." (a general, or Gen Z).
 */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
	['captain', 'capt'],
	['sergeant', 'sgt'],
	['lieutenant', 'lt'],
	['colonel', 'col'],
	['governor', 'gov'],
	['senator', 'sen'],
	['representative', 'rep'],
	['professor', 'prof'],
	['reverend', 'rev'],
	['detective', 'det'],
	['superintendent', 'supt'],
	['commander', 'cmdr'],
	['inspector', 'insp'],
]);

/** Every abbreviation news writes before a name: those titles, and "Mr.", "Ms.", "Dr.", "Gen."... */
export const NAME_ABBREVIATIONS: readonly string[] = [
	'mr',
	'mrs',
	'ms',
	'mx',
	'dr',
	'gen',
	...TITLE_ABBREVIATIONS.values(),
];

// Abbreviations after which a full stop does not end a sentence: every one written before a name
// ("Det. Maria Lopez"), and others.
const ABBREVIATIONS = new Set(
	[
		...NAME_ABBREVIATIONS,
		'sr',
		'jr',
		'st',
		'mt',
		'vs',
		'etc',
		'inc',
		'ltd',
		'co',
		'corp',
		'no',
		'jan',
		'feb',
		'mar',
		'apr',
		'jun',
		'jul',
		'aug',
		'sep',
		'sept',
		'oct',
		'nov',
		'dec',
	].map((a) => `${a}.`),
);

/**
 * The numbers written as words, one to twenty and then the tens: NUMBER_WORDS[n - 1] is n's word
 * for n up to twenty.
 */
export const NUMBER_WORDS: readonly string[] = [
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
	'thirty',
	'forty',
	'fifty',
	'sixty',
	'seventy',
	'eighty',
	'ninety',
];

/** The months' names, as a pattern's alternatives. */
export const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A month's name, or its abbreviation ("Sept."), as a pattern. */
export const MONTHS = `(?:${MONTH_NAMES}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)`;
/** The weekdays' names, as a pattern's alternatives. */
export const WEEKDAY_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A weekday's name, as a pattern. */
export const WEEKDAYS = `(?:${WEEKDAY_NAMES})`;

/**
 * Splits a paragraph into sentences. A sentence ends at . ! ? (or an ellipsis), after any closing
 * quotes or brackets, when white space and a capital, digit or opening quote follow; not after a
 * known abbreviation (Ms.) or an initial (U.S., J.).
 */
export function splitSentences(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	const boundary = /([.!?]+|\u2026)(["'\u201D\u2019)\]]*)(\s+)(?=["'\u201C\u2018([]?[\p{Lu}\p{N}])/gu;
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const [whole, terminator = '', closers = ''] = match;
		const end = match.index + terminator.length + closers.length;
		const before = text.slice(start, match.index + terminator.length);
		const lastWord = trailingWord(before)
			.replace(/^["'\u201C\u2018(]+/, '')
			.toLowerCase();
		const isAbbreviation = terminator === '.' && (ABBREVIATIONS.has(lastWord) || /^(\p{L}\.)+$/u.test(lastWord));
		if (isAbbreviation) continue;
		pushSentence(sentences, text, start, end);
		start = match.index + whole.length;
	}
	pushSentence(sentences, text, start, text.length);
	return sentences;
}

/**
 * `cache`'s value for `key`, computed and remembered on first need. The cache is emptied when it
 * holds `limit` values, so a long-running bot never grows it without end.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, limit: number, compute: () => V): V {
	let value = cache.get(key);
	if (value === undefined) {
		value = compute();
		if (cache.size >= limit) cache.clear();
		cache.set(key, value);
	}
	return value;
}

/**
 * The text after the last white space of `text` ("" when it ends with white space): what
 * /(\S+)$/ finds, without trying that pattern at every position of a long sentence.
 */
function trailingWord(text: string): string {
	let i = text.length;
	while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1))) i--;
	return text.slice(i);
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number): void {
	const raw = text.slice(start, end);
	const lead = raw.length - raw.trimStart().length;
	const trimmed = raw.trim();
	if (trimmed.length > 0) sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}

/** Whether the code unit `code` is white space as `\s` matches it. */
export function isWhiteSpace(code: number): boolean {
	if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	return WHITE_SPACE.test(String.fromCharCode(code));
}

const WHITE_SPACE = /\s/;

/**
 * Where the white space ending `text` starts (its length when none ends it), read back in plain
 * ASCII; -1 when a character past ASCII stands in that white space or just before it, where the
 * caller's pattern must decide.
 */
export function asciiTrailingSpaceStart(text: string): number {
	let i = text.length;
	for (; i > 0; i--) {
		const code = text.charCodeAt(i - 1);
		if (code >= 0x80) return -1;
		if (!isWhiteSpace(code)) break;
	}
	return i;
}

/**
 * Whether `text.split(/\s+/)` has more than `limit` parts (one more than `text` has runs of white
 * space), read only as far as it takes: for a long quotation, a few words instead of all of them.
 */
export function splitsIntoMore(text: string, limit: number): boolean {
	let runs = 0;
	let inSpace = false;
	for (let i = 0; i < text.length; i++) {
		const space = isWhiteSpace(text.charCodeAt(i));
		if (space && !inSpace && ++runs >= limit) return true;
		inSpace = space;
	}
	return false;
}

/** Levenshtein distance: the closest known names to a typed one, the corpus word a typo stands for. */
export function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0] as number;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j] as number;
			row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length] as number;
}
