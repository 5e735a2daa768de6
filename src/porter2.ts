/**
 * The Porter2 stemmer of wink-porter2-stemmer, the same word for word, written with string
 * offsets instead of regular expressions: a large corpus stems a hundred thousand spellings or
 * more, and wink's stem, which matches a dozen patterns per word and works out a word's regions
 * (R1, R2) again at each of its five steps, took over half a second of a 100,000-passage build.
 *
 * It follows wink's code step by step, quirks included (a suffix counts as in R1 when R1 contains
 * it anywhere; `y` after a vowel is marked only once), so the index's terms do not change: the
 * tests compare the two on every word of WordNet, of the corpora and on generated strings. Words
 * of anything but ASCII letters, digits and apostrophes are left to wink itself.
 */
import winkStem from 'wink-porter2-stemmer';

/** Whether `code` is a vowel as Porter2 has them: a, e, i, o, u and y. */
function isVowel(code: number): boolean {
	return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
}

/** Where a region starts in `s` from `from` on: after the first vowel run's following consonant, if a letter follows that (wink's /[aeiouy]+([^aeiouy]{1}.+)/). */
function regionAfter(s: string, from: number): number {
	const n = s.length;
	let i = from;
	while (i < n && !isVowel(s.charCodeAt(i))) i++;
	if (i === n) return n;
	while (i < n && isVowel(s.charCodeAt(i))) i++;
	// The consonant after the run, then at least one more character.
	return i < n - 1 ? i + 1 : n;
}

/** Where R1 and R2 start in `s` (its length when empty). */
function regions(s: string): { r1: number; r2: number } {
	let r1 = regionAfter(s, 0);
	if (r1 === s.length) return { r1, r2: r1 };
	if (s.startsWith('gener') || s.startsWith('arsen')) r1 = 5;
	else if (s.startsWith('commun')) r1 = 6;
	return { r1, r2: regionAfter(s, r1) };
}

/** A short syllable ending the word, or a word of a vowel and at most one consonant. */
function isShort(s: string): boolean {
	const n = s.length;
	if (n >= 3) {
		const last = s.charCodeAt(n - 1);
		if (
			!isVowel(s.charCodeAt(n - 3)) &&
			isVowel(s.charCodeAt(n - 2)) &&
			!isVowel(last) &&
			last !== 119 && // w
			last !== 120 && // x
			last !== 51 // 3, a marked y
		)
			return true;
	}
	if (n === 1) return isVowel(s.charCodeAt(0));
	return n === 2 && isVowel(s.charCodeAt(0)) && !isVowel(s.charCodeAt(1));
}

/** Lists of suffixes by their last letter's code (ASCII): most words end in a letter no suffix of a step ends in. */
type ByLastLetter<T> = (readonly T[] | undefined)[];

function byLastLetter<T>(items: readonly T[], suffix: (item: T) => string): ByLastLetter<T> {
	const table: T[][] = [];
	for (const item of items) {
		const last = suffix(item).charCodeAt(suffix(item).length - 1);
		const list = table[last] ?? [];
		list.push(item);
		table[last] = list;
	}
	return table;
}

/** The first item of `table` (in its list's order) whose suffix `s` ends with, or undefined. */
function firstEnding<T>(s: string, table: ByLastLetter<T>, suffix: (item: T) => string): T | undefined {
	const candidates = table[s.charCodeAt(s.length - 1)];
	if (candidates) for (const item of candidates) if (s.endsWith(suffix(item))) return item;
	return undefined;
}

const itself = (suffix: string) => suffix;
const from = ([suffix]: readonly [string, string]) => suffix;

/** `suffixes` by last letter, longest first: firstEnding finds the longest that a word ends with. */
const longestFirst = (suffixes: string[]) =>
	byLastLetter(
		[...suffixes].sort((a, b) => b.length - a.length),
		itself,
	);

const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
	['skis', 'ski'],
	['skies', 'sky'],
	['dying', 'die'],
	['lying', 'lie'],
	['tying', 'tie'],
	['idly', 'idl'],
	['gently', 'gentl'],
	['ugly', 'ugli'],
	['early', 'earli'],
	['only', 'onli'],
	['singly', 'singl'],
	['sky', 'sky'],
	['news', 'news'],
	['atlas', 'atlas'],
	['cosmos', 'cosmos'],
	['bias', 'bias'],
	['andes', 'andes'],
]);
const LEFT_AFTER_STEP_1A = new Set([
	'inning',
	'outing',
	'canning',
	'herring',
	'proceed',
	'exceed',
	'succeed',
	'earring',
]);

function prelude(word: string): string {
	let s = word;
	if (s.charCodeAt(0) === 121) s = `3${s.slice(1)}`;
	// The first y after a vowel only (wink's pattern has no g flag).
	for (let i = 1; i < s.length; i++) {
		if (s.charCodeAt(i) === 121 && isVowel(s.charCodeAt(i - 1)) && s.charCodeAt(i - 1) !== 121) {
			s = `${s.slice(0, i)}3${s.slice(i + 1)}`;
			break;
		}
	}
	if (s.endsWith("'s") || s.endsWith('\u2019s')) s = s.slice(0, -2);
	if (s.endsWith("s'") || s.endsWith('s\u2019')) s = s.slice(0, -2);
	if (s.endsWith("'") || s.endsWith('\u2019')) s = s.slice(0, -1);
	return s;
}

function step1a(s: string): string {
	const n = s.length;
	if (n >= 5 && s.endsWith('sses')) return s.slice(0, -2);
	if (s.endsWith('ied') || s.endsWith('ies')) {
		if (n >= 5) return `${s.slice(0, -3)}i`;
		if (n === 4) return `${s.slice(0, -3)}ie`;
	}
	if (n >= 3 && (s.endsWith('us') || s.endsWith('ss'))) return s;
	if (n >= 2 && s.charCodeAt(n - 1) === 115) {
		// Drop the s when a vowel stands before the letter before it.
		for (let i = 0; i < n - 2; i++) if (isVowel(s.charCodeAt(i))) return s.slice(0, -1);
	}
	return s;
}

function step1b(s: string): string {
	const n = s.length;
	const eed = s.endsWith('eed') ? 3 : s.endsWith('eedly') ? 5 : 0;
	if (eed > 0) {
		const { r1 } = regions(s);
		const inR1 = (n - r1 >= 3 && s.endsWith('eed')) || (n - r1 >= 5 && s.endsWith('eedly'));
		return inR1 ? `${s.slice(0, n - eed)}ee` : s;
	}
	const suffix = s.endsWith('ed') ? 2 : s.endsWith('edly') ? 4 : s.endsWith('ingly') ? 5 : s.endsWith('ing') ? 3 : 0;
	if (suffix === 0) return s;
	const k = n - suffix;
	let vowelBefore = false;
	for (let i = 0; i < k; i++) {
		if (isVowel(s.charCodeAt(i))) {
			vowelBefore = true;
			break;
		}
	}
	if (!vowelBefore) return s;
	const sd = s.slice(0, k);
	if (sd.endsWith('at') || sd.endsWith('bl') || sd.endsWith('iz')) return `${sd}e`;
	if (k >= 2) {
		const last = sd.charCodeAt(k - 1);
		// bb dd ff gg mm nn pp rr tt
		if (
			last === sd.charCodeAt(k - 2) &&
			(last === 98 ||
				last === 100 ||
				last === 102 ||
				last === 103 ||
				last === 109 ||
				last === 110 ||
				last === 112 ||
				last === 114 ||
				last === 116)
		)
			return sd.slice(0, -1);
	}
	return isShort(sd) && regions(sd).r1 === k ? `${sd}e` : sd;
}

function step1c(s: string): string {
	const n = s.length;
	const last = s.charCodeAt(n - 1);
	if (n >= 3 && (last === 121 || last === 51) && !isVowel(s.charCodeAt(n - 2))) return `${s.slice(0, -1)}i`;
	return s;
}

const STEP_2 = longestFirst([
	'ization',
	'ational',
	'fulness',
	'ousness',
	'iveness',
	'tional',
	'biliti',
	'lessli',
	'entli',
	'ation',
	'alism',
	'aliti',
	'ousli',
	'iviti',
	'fulli',
	'enci',
	'anci',
	'abli',
	'izer',
	'ator',
	'alli',
	'bli',
	'ogi',
	'li',
]);
/** Step 2's replacements, tried in wink's order: the suffix and what replaces it. */
const STEP_2_REPLACEMENTS = byLastLetter<readonly [string, string]>(
	[
		['ational', 'ate'],
		['ization', 'ize'],
		['fulness', 'ful'],
		['ousness', 'ous'],
		['iveness', 'ive'],
		['tional', 'tion'],
		['biliti', 'ble'],
		['lessli', 'less'],
		['iviti', 'ive'],
		['ousli', 'ous'],
		['ation', 'ate'],
		['entli', 'ent'],
		['alism', 'al'],
		['aliti', 'al'],
		['fulli', 'ful'],
		['alli', 'al'],
		['ator', 'ate'],
		['izer', 'ize'],
		['enci', 'ence'],
		['anci', 'ance'],
		['abli', 'able'],
		['bli', 'ble'],
		['logi', 'log'],
	],
	from,
);
const LI_ENDINGS = new Set('cdeghkmnrt');

function step2(s: string): string {
	const suffix = firstEnding(s, STEP_2, itself);
	if (suffix === undefined || s.indexOf(suffix, regions(s).r1) === -1) return s;
	const replacement = firstEnding(s, STEP_2_REPLACEMENTS, from);
	if (replacement) return s.slice(0, s.length - replacement[0].length) + replacement[1];
	if (s.length >= 3 && s.endsWith('li') && LI_ENDINGS.has(s.charAt(s.length - 3))) return s.slice(0, -2);
	return s;
}

const STEP_3 = longestFirst(['ational', 'tional', 'alize', 'icate', 'iciti', 'ative', 'ical', 'ness', 'ful']);
const STEP_3_REPLACEMENTS = byLastLetter<readonly [string, string]>(
	[
		['ational', 'ate'],
		['tional', 'tion'],
		['alize', 'al'],
		['icate', 'ic'],
		['iciti', 'ic'],
		['ical', 'ic'],
		['ness', ''],
		['ful', ''],
	],
	from,
);

function step3(s: string): string {
	const suffix = firstEnding(s, STEP_3, itself);
	if (suffix === undefined) return s;
	const { r1, r2 } = regions(s);
	if (s.indexOf(suffix, r1) === -1) return s;
	const replacement = firstEnding(s, STEP_3_REPLACEMENTS, from);
	if (replacement) return s.slice(0, s.length - replacement[0].length) + replacement[1];
	if (s.indexOf('ative', r2) !== -1 && s.endsWith('ative')) return s.slice(0, -5);
	return s;
}

const STEP_4 = longestFirst([
	'ement',
	'ance',
	'ence',
	'able',
	'ible',
	'ment',
	'ant',
	'ent',
	'ism',
	'ate',
	'iti',
	'ous',
	'ive',
	'ize',
	'ion',
	'al',
	'er',
	'ic',
]);

function step4(s: string): string {
	const suffix = firstEnding(s, STEP_4, itself);
	if (suffix === undefined || s.indexOf(suffix, regions(s).r2) === -1) return s;
	// No other suffix of the list ends in n: a word ending in -ion has no other.
	if (suffix !== 'ion') return s.slice(0, s.length - suffix.length);
	const before = s.charCodeAt(s.length - 4);
	return before === 115 || before === 116 ? s.slice(0, -3) : s;
}

function step5(s: string): string {
	const n = s.length;
	const last = s.charCodeAt(n - 1);
	if (last === 101) {
		const { r1, r2 } = regions(s);
		const preceding = s.slice(0, -1);
		return s.indexOf('e', r2) !== -1 || (s.indexOf('e', r1) !== -1 && !isShort(preceding)) ? preceding : s;
	}
	if (last === 108) {
		const { r2 } = regions(s);
		return r2 < n && s.endsWith('ll') ? s.slice(0, -1) : s;
	}
	return s;
}

/** Only ASCII letters, digits and apostrophes: what the steps above read as wink does. */
const PLAIN = /^[A-Za-z0-9'\u2019]*$/;

/** `word` stemmed with Porter2, exactly as wink-porter2-stemmer stems it. */
export function stem(word: string): string {
	if (!PLAIN.test(word)) return winkStem(word);
	let s = word.toLowerCase();
	if (s.length < 3) return s;
	const exception = EXCEPTIONS.get(s);
	if (exception !== undefined) return exception;
	s = step1a(prelude(s));
	if (!LEFT_AFTER_STEP_1A.has(s)) s = step5(step4(step3(step2(step1c(step1b(s))))));
	return s.includes('3') ? s.replaceAll('3', 'y') : s;
}
