/**
 * Named entities of a corpus, clustered so one person is one entity under all their names:
 * "Alice Marie Johnson", "Alice Johnson", "Alice", "Johnson", "Ms. Johnson". Built from the
 * corpus text alone: multi-word capitalised names are collected, names whose words are a subset
 * of a longer name are merged into it, and the longest form is the canonical name. An optional
 * `people.yaml` adds aliases, merges entities or renames them (src/people-file.ts).
 *
 * Each entity also gets a kind (an organisation is written with "the": "the White House") and,
 * for people, a grammatical gender when the corpus gives evidence (an honorific, or "she"/"he"
 * following a sentence's only named person), which pronoun resolution needs.
 */
import { getGender } from 'gender-detection-from-name';
import type { Article, Corpus, Passage } from './corpus.js';
import type { Lexicon } from './lexicon.js';
import type { PeopleFile } from './people-file.js';
import { findQuoteSpans, isPunctuatedTitle, isTitleLike, type QuoteSpan } from './quote-spans.js';
import { runSteps, type Steps } from './steps.js';
import {
	asciiTrailingSpaceStart,
	foldCase,
	isWhiteSpace,
	NUMBER_WORDS,
	remember,
	type Sentence,
	STOP_WORDS,
	splitSentences,
} from './text.js';

/** Titles written before a name; they are not part of it. */
export const HONORIFICS = new Set([
	'mr',
	'mrs',
	'ms',
	'miss',
	'mx',
	'dr',
	'prof',
	'professor',
	'sir',
	'dame',
	'lord',
	'lady',
	'president',
	'vice',
	'senator',
	'sen',
	'rep',
	'representative',
	'governor',
	'gov',
	'mayor',
	'judge',
	'justice',
	'rev',
	'reverend',
	'pastor',
	'father',
	'sister',
	'brother',
	'king',
	'queen',
	'prince',
	'princess',
	'gen',
	'general',
	'col',
	'capt',
	'captain',
	'sgt',
	'officer',
	'detective',
	'chancellor',
	'minister',
	'secretary',
	'first',
	'coach',
	'chef',
	'sheriff',
	'commissioner',
	'chairman',
	'chairwoman',
	'director',
	'inspector',
	'sergeant',
	'corporal',
	'lieutenant',
	'major',
	'colonel',
	'admiral',
	'rabbi',
	'imam',
	'pope',
	'cardinal',
	'bishop',
	'councillor',
	'councilman',
	'councilwoman',
	'councilor',
	'alderman',
	'ambassador',
	'premier',
	'chief',
	'deputy',
	'agent',
	'nurse',
	'coach',
]);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister']);
const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'brother', 'father']);

export type EntityKind = 'person' | 'organization';
export type Gender = 'female' | 'male' | null;

export interface Entity {
	/** Canonical name: the longest form seen, unless people.yaml names it. */
	name: string;
	/** Multi-word forms seen, and aliases from people.yaml. */
	forms: string[];
	/** Folded name words (kim, kardashian, west). */
	words: string[];
	/** Mentions of any multi-word form in content paragraphs. */
	mentions: number;
	kind: EntityKind;
	gender: Gender;
}

export interface EntityIndex {
	entities: Entity[];
	/** Folded name word -> entities whose name contains it. */
	byWord: Map<string, Entity[]>;
	/** Folded full form or alias -> entity. */
	byForm: Map<string, Entity>;
}

export interface Mention {
	entity: Entity;
	start: number;
	end: number;
	/** An honorific written before the name (ms, mr, judge...). */
	honorific: string | null;
	/** A title or honorific before the name ("actress", "judge"). */
	title: string | null;
}

/**
 * Number words and determiners the stop words lack, which open a sentence capitalised ("Two Amur
 * leopard cubs", "Every St. Patrick's Day") but no name.
 */
const NO_NAME_OPENERS = new Set([
	...NUMBER_WORDS,
	...'hundred thousand million dozens hundreds thousands every another either neither'.split(' '),
]);

/** Lexical knowledge used to tell names from other capitalised words (WordNet, src/lexicon.ts). */
export type NameLexicon = Pick<Lexicon, 'isAdverb' | 'nounKinds' | 'isNoun' | 'isCommonNoun' | 'isCommonPersonNoun'>;

// A capitalised word (Kardashian, O'Neil, McDonald, KKW, Ms.), possibly with a possessive.
const CAPITALISED = "\\p{Lu}[\\p{L}'.-]*";
const NAME_SEQUENCE = new RegExp(`${CAPITALISED}(?:\\s+${CAPITALISED})*`, 'uy');

/** A match of NAME_SEQUENCE: its text and where it starts. */
interface Sequence {
	text: string;
	index: number;
}

/** Where a capital letter may stand: A-Z, or any code unit past Latin-1's (\p{Lu} is nowhere else). */
const MAY_BE_CAPITAL = /[A-Z\u00C0-\uFFFF]/g;

/**
 * The matches of NAME_SEQUENCE in `text`, left to right, as `text.matchAll` would find them with
 * the pattern global: tried only where a capital may stand, which a plain class finds fast (the
 * engine looks for \p{Lu} at every position otherwise; this halves the time of a scan). Those
 * places are found with `test`, which builds no match object for each capital letter of the text.
 * From a capital A-Z the match is read character by character while the text is plain ASCII: the
 * pattern, with its Unicode classes, is tried only where a character past ASCII could change what
 * it finds (trying it at every capital was a third of a scan's time).
 */
function nameSequences(text: string): Sequence[] {
	const matches: Sequence[] = [];
	// (Shared patterns, their positions set before each use: a copy of each for every scan cost more.)
	MAY_BE_CAPITAL.lastIndex = 0;
	while (MAY_BE_CAPITAL.test(text)) {
		const at = MAY_BE_CAPITAL.lastIndex - 1;
		const end = isAsciiCapital(text.charCodeAt(at)) ? asciiSequenceEnd(text, at) : -1;
		if (end !== -1) {
			matches.push({ text: text.slice(at, end), index: at });
			MAY_BE_CAPITAL.lastIndex = end;
			continue;
		}
		NAME_SEQUENCE.lastIndex = at;
		const match = NAME_SEQUENCE.exec(text);
		if (!match) continue;
		matches.push({ text: match[0], index: match.index });
		MAY_BE_CAPITAL.lastIndex = NAME_SEQUENCE.lastIndex;
	}
	return matches;
}

function isAsciiCapital(code: number): boolean {
	return code >= 0x41 && code <= 0x5a;
}

/** 1 for the code units a name's word goes on with in plain ASCII: letters, ', . and -. */
const ASCII_NAME_CHARACTER = new Uint8Array(128).map((_, c) => (/[A-Za-z'.-]/.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * Where the match of NAME_SEQUENCE at `start` (an A-Z) ends, read in plain ASCII; -1 when a
 * character past ASCII stands where it could be part of the match (a letter, white space or a
 * capital), which the pattern decides.
 */
function asciiSequenceEnd(text: string, start: number): number {
	const n = text.length;
	let i = start + 1;
	for (;;) {
		// The rest of a word: [\p{L}'.-]*
		while (i < n) {
			const code = text.charCodeAt(i);
			if (code >= 0x80) return -1;
			if (ASCII_NAME_CHARACTER[code] !== 1) break;
			i++;
		}
		const end = i;
		// Then white space and another capitalised word, or the match ends with this word.
		while (i < n) {
			const code = text.charCodeAt(i);
			if (code >= 0x80) return -1;
			if (!(code === 0x20 || (code >= 0x09 && code <= 0x0d))) break;
			i++;
		}
		if (i === end || i === n || !isAsciiCapital(text.charCodeAt(i))) return end;
		i++;
	}
}

/**
 * Text prepared for name finding, of the same length so offsets hold: apostrophes folded, and
 * editorial brackets around a name blanked ("Khloe [Kardashian]" names Khloe Kardashian).
 */
function prepare(text: string): string {
	const folded = text.replace(/[\u2018\u2019\u02BC]/g, "'");
	// (Most paragraphs have no bracket: the pattern is not tried at each of their letters.)
	return folded.includes('[') ? folded.replace(/\[(\p{Lu}[\p{L}'-]*)\]/gu, ' $1 ') : folded;
}

export interface NameSpan {
	/** The name without honorifics, e.g. "Alice Johnson". */
	name: string;
	words: string[];
	start: number;
	end: number;
	/** An honorific written before the name (ms, mr, dr, judge...). */
	honorific: string | null;
	/** A title or honorific before the name ("actress", "judge"): a description it can be referred to by. */
	title: string | null;
}

/** The gender a first name usually has (a prior: the corpus's own pronouns can outweigh it), or null if unknown. */
export function genderOfFirstName(word: string): Gender {
	const key = word.toLowerCase();
	return remember(firstNameGenders, key, 100_000, () => {
		const found = getGender(key, 'en');
		return found === 'unknown' ? null : found;
	});
}

const firstNameGenders = new Map<string, Gender>();

/**
 * Capitalised word sequences of `text` that may be names, honorifics and leading stop words
 * removed, with offsets (in `text`, whose length the preparation keeps unless brackets are dropped).
 */
export function findNameSpans(text: string, lexicon?: NameLexicon, known?: (word: string) => boolean): NameSpan[] {
	// The same texts are read several times while a corpus is indexed: remember the last results.
	const spans = remember(lexicon ? spanCache : plainSpanCache, text, SPAN_CACHE_LIMIT, () =>
		scanNameSpans(text, lexicon),
	);
	return withoutLoneOpeners(spans, known);
}

/** A lone capitalised word opening a sentence is usually not a name, unless it is a known one. */
function withoutLoneOpeners(spans: readonly ScannedSpan[], known?: (word: string) => boolean): NameSpan[] {
	return spans.filter((s) => !s.loneAtSentenceStart || known?.(foldCase(s.name)));
}

// Texts other than whole paragraphs (captions, sentences, speaker phrases) are read more than once
// too: their scans are kept for a whole build, then let go (forgetNameScans).
const SPAN_CACHE_LIMIT = 400_000;
const spanCache = new Map<string, ScannedSpan[]>();
const plainSpanCache = new Map<string, ScannedSpan[]>();

/** Lets go of the remembered name scans and paragraph readings, once a corpus is indexed. */
export function forgetNameScans(): void {
	spanCache.clear();
	plainSpanCache.clear();
	readings.clear();
	choices = new WeakMap();
	contexts = new WeakMap();
}

/**
 * A paragraph as a build reads it: its quoted spans, its narration (the text with its quotations
 * blanked), its sentences and the name scans of its text and narration, each worked out on first
 * need and kept with the paragraph. Clustering names, article contexts, genders, quotations and
 * the index each read them: kept in one record found by the passage, they are not looked up by
 * the paragraph's text in caches keyed by it (at 100,000 passages, hashing and comparing those
 * long keys took over a second of a build). Callers do not change what it gives.
 */
export class ParagraphReading {
	private quotes: readonly QuoteSpan[] | undefined;
	private told: string | undefined;
	private untitled: string | undefined;
	private split: readonly Sentence[] | undefined;
	// The name scans of the text, its narration and the text without titles, with the lexicon each
	// was read with (a scan with none finds other names).
	private readonly scans: { text: string; lexicon: NameLexicon | undefined; spans: ScannedSpan[] }[] = [];

	constructor(readonly text: string) {}

	/** Its quoted spans (findQuoteSpans). */
	get quoteSpans(): readonly QuoteSpan[] {
		this.quotes ??= findQuoteSpans(this.text);
		return this.quotes;
	}

	/** What the narrator says: the text with its quotations blanked, its length kept. */
	get narration(): string {
		this.told ??= blanked(this.text, this.quoteSpans);
		return this.told;
	}

	/** The text with quoted titles and headlines blanked ("Okafor Delivers" is a headline, not a name). */
	get withoutTitles(): string {
		this.untitled ??= blanked(
			this.text,
			this.quoteSpans.filter((span) => isTitleLike(span.text) || isPunctuatedTitle(span.text)),
		);
		return this.untitled;
	}

	/** Its sentences (splitSentences). */
	get sentences(): readonly Sentence[] {
		this.split ??= splitSentences(this.text);
		return this.split;
	}

	/**
	 * The names of `text`, which is the paragraph's text, its narration or its text without titles
	 * (findNameSpans): scanned once each, the same string scanned once for all three.
	 */
	names(text: string, lexicon?: NameLexicon, known?: (word: string) => boolean): NameSpan[] {
		let scan = this.scans.find((s) => s.text === text && s.lexicon === lexicon);
		if (!scan) {
			scan = { text, lexicon, spans: scanNameSpans(text, lexicon) };
			this.scans.push(scan);
		}
		return withoutLoneOpeners(scan.spans, known);
	}
}

/** The reading of each paragraph a build has read so far, by passage (let go with the name scans). */
const readings = new Map<Passage, ParagraphReading>();

/** The reading of `passage`, made on first need. */
export function readingOf(passage: Passage): ParagraphReading {
	let reading = readings.get(passage);
	// (A passage whose text is not the one read is read again.)
	if (reading === undefined || reading.text !== passage.text) {
		reading = new ParagraphReading(passage.text);
		if (readings.size >= SPAN_CACHE_LIMIT) readings.clear();
		readings.set(passage, reading);
	}
	return reading;
}

/** White space: a space, a tab, a line break or a no-break space. */
function isSpace(code: number): boolean {
	return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;
}

/** Whether `before` ends with a quotation mark opening a quotation (at its start or after white space). */
function opensQuotation(before: string): boolean {
	const last = before.charCodeAt(before.length - 1);
	if (last !== 0x22 && last !== 0x201c) return false;
	return before.length === 1 || /\s/.test(before[before.length - 2] as string);
}

/** The runs of `text` between white space, with their offsets: what `text.matchAll(/\S+/g)` finds. */
function nonSpaceRuns(text: string): { text: string; index: number }[] {
	const runs: { text: string; index: number }[] = [];
	let start = -1;
	for (let i = 0; i <= text.length; i++) {
		// (The end of the text ends the last run, as white space does.)
		const space = i === text.length || isWhiteSpace(text.charCodeAt(i));
		if (space && start !== -1) {
			runs.push({ text: text.slice(start, i), index: start });
			start = -1;
		} else if (!space && start === -1) start = i;
	}
	return runs;
}

/** `word` without the full stops, apostrophes and hyphens that end it: `word.replace(/[.'-]+$/, '')`. */
function withoutTrailingMarks(word: string): string {
	let end = word.length;
	for (
		let code = word.charCodeAt(end - 1);
		code === 0x2e || code === 0x27 || code === 0x2d;
		code = word.charCodeAt(end - 1)
	)
		end--;
	return end === word.length ? word : word.slice(0, end);
}

/**
 * The word before a full stop and the white space ending the text: what `/(\p{L}+)\.\s+$/u` finds,
 * tried only where a word starts (that pattern, tried at every letter, reads each word again
 * from each of its letters).
 */
const WORD_BEFORE_STOP = /(?<!\p{L})(\p{L}+)\.\s+$/u;

/**
 * What WORD_BEFORE_STOP captures in `text` (undefined when it does not match), read back from the
 * end: the white space, the full stop, and the letters before it, in plain ASCII; the pattern
 * decides where a character past ASCII could be one of them. Tried after most capitalised words
 * opening a sentence.
 */
function wordBeforeStop(text: string): string | undefined {
	const end = asciiTrailingSpaceStart(text);
	if (end === -1) return WORD_BEFORE_STOP.exec(text)?.[1];
	// A full stop before the white space, then the letters before it, all of them (the pattern's
	// look-behind): what the pattern ending at the full stop captures.
	if (end === text.length || text.charCodeAt(end - 1) !== 0x2e) return undefined;
	return wordBeforeFinalStop(text, end);
}

/**
 * What `/(\p{L}+)\.$/u` captures in `text` up to `end` (all of it unless given), which ends with a
 * full stop: the letters before it, read back in plain ASCII (the pattern decides where a
 * character past ASCII could be a letter).
 */
function wordBeforeFinalStop(text: string, end = text.length): string | undefined {
	const stop = end - 1;
	let start = stop;
	for (; start > 0; start--) {
		const code = text.charCodeAt(start - 1);
		if (code >= 0x80) return /(\p{L}+)\.$/u.exec(text.slice(0, end))?.[1];
		if (!((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) break;
	}
	return start === stop ? undefined : text.slice(start, stop);
}

/**
 * Whether `text` ends with a sentence's end and white space: what
 * `/(?:[.!?:]["')\]]?|\.["'\u201D)\]]+)\s+$/.test(text)` says, read back from the end (that
 * pattern is tried at every position of the text).
 */
function endsAfterStop(text: string): boolean {
	let end = text.length;
	while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
	if (end === text.length || end === 0) return false;
	const last = text.charCodeAt(end - 1);
	// . ! ? or :, then at most one closing mark or bracket
	if (isStopOrColon(last)) return true;
	if ((last === 0x22 || last === 0x27 || last === 0x29 || last === 0x5d) && end >= 2) {
		if (isStopOrColon(text.charCodeAt(end - 2))) return true;
	}
	// A full stop, then any closing marks and brackets (a curly one among them)
	let marks = end;
	while (marks > 0 && isClosingMark(text.charCodeAt(marks - 1))) marks--;
	return marks < end && marks > 0 && text.charCodeAt(marks - 1) === 0x2e;
}

function isStopOrColon(code: number): boolean {
	return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a;
}

/** ", ', ”, ) or ]. */
function isClosingMark(code: number): boolean {
	return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x29 || code === 0x5d;
}

/**
 * `text.split(/\s+/)`, cut where white space is (isWhiteSpace) without the pattern: the words of
 * each part of a name.
 */
function splitOnWhiteSpace(text: string): string[] {
	const parts: string[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		if (!isWhiteSpace(text.charCodeAt(i))) continue;
		parts.push(text.slice(start, i));
		while (i + 1 < text.length && isWhiteSpace(text.charCodeAt(i + 1))) i++;
		start = i + 1;
	}
	parts.push(text.slice(start));
	return parts;
}

/** The stop words with their first letter a capital: "The", "When" (isCapitalisedStopWord). */
const CAPITALISED_STOP_WORDS = new Set(
	[...STOP_WORDS].filter((w) => /^[a-z]/.test(w)).map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
);

/**
 * Whether a word is a stop word whatever its case: `STOP_WORDS.has(word.toLowerCase())`. A word
 * of plain ASCII whose only capital is its first letter is looked up as it is written, in
 * CAPITALISED_STOP_WORDS: nothing to lower first (most capitalised words, a sentence's first).
 */
function isStopWordInAnyCase(word: string): boolean {
	if (!isAsciiCapital(word.charCodeAt(0))) return STOP_WORDS.has(word.toLowerCase());
	for (let i = 1; i < word.length; i++) {
		const code = word.charCodeAt(i);
		if (isAsciiCapital(code) || code >= 0x80) return STOP_WORDS.has(word.toLowerCase());
	}
	return CAPITALISED_STOP_WORDS.has(word);
}

interface ScannedSpan extends NameSpan {
	/** A single word opening a sentence: a name only if known as one. */
	loneAtSentenceStart: boolean;
}

/** A word of two or three capitals ("CEO", "MP"): an acronym, where a surname in capitals is longer. */
const isAcronym = (word: string) => /^\p{Lu}{2,3}$/u.test(word);

function scanNameSpans(text: string, lexicon?: NameLexicon): ScannedSpan[] {
	const prepared = prepare(text);
	const spans: ScannedSpan[] = [];
	for (const match of nameSequences(prepared)) {
		// Most matches are one capitalised function word opening a sentence ("The", "I", "When").
		if (!match.text.includes(' ') && isStopWordInAnyCase(match.text)) continue;
		// A possessive ends a name before another name ("CNN's Van Jones" is CNN, then Van Jones) but
		// belongs to it before a single word ("St Aidan's Hospice"); a full stop after anything but
		// an initial or an honorific ends it too ("I didn't know Kim. As soon as", "to Johnson's. Kim").
		const parts: { text: string; start: number }[] = [];
		let current: { text: string; start: number } | null = null;
		const all = nonSpaceRuns(match.text);
		// (endsWith first: the end-anchored pattern is tried at every position of the word.)
		const endsSentence = all.map(
			({ text: word }) =>
				word.endsWith('.') &&
				(/\p{L}{2,}\.$/u.test(word) || word.endsWith("'s.")) &&
				!HONORIFICS.has(foldCase(word.replace(/\.$/, ''))),
		);
		// The words after a possessive, up to the full stop ending the name it is part of.
		const wordsAfter = (i: number) => {
			let following = 0;
			while (i + following + 1 < all.length && !endsSentence[i + following]) following++;
			return following;
		};
		for (let i = 0; i < all.length; i++) {
			const word = all[i] as { text: string; index: number };
			const at = match.index + word.index;
			current = current
				? { text: prepared.slice(current.start, at + word.text.length), start: current.start }
				: { text: word.text, start: at };
			if (endsSentence[i] || (word.text.endsWith("'s") && wordsAfter(i) !== 1)) {
				parts.push(current);
				current = null;
			}
		}
		if (current) parts.push(current);
		for (const { text: raw, start: partStart } of parts) {
			let part = raw;
			const last = part.endsWith('.') ? wordBeforeFinalStop(part) : undefined;
			if (last && !HONORIFICS.has(foldCase(last))) part = part.slice(0, -1);
			if (part.endsWith("'s")) part = part.slice(0, -2);
			const words = splitOnWhiteSpace(part).map(withoutTrailingMarks);
			let skipped = 0;
			let honorific: string | null = null;
			let title: string | null = null;
			// Only the last few characters matter (and end-anchored patterns on the whole prefix would
			// make this quadratic in the paragraph's length).
			// What stands before it, white space of any length left out (a blanked quotation's, in a
			// paragraph's narration).
			let end = partStart;
			while (end > 0 && isSpace(prepared.charCodeAt(end - 1))) end--;
			const before = prepared.slice(Math.max(0, end - 24), partStart);
			// (After a quotation closed by a full stop too: `go home.'” Though she`; not after a
			// question's, which its attribution follows: `“Why now?” Hale asked`.)
			const afterStop = endsAfterStop(before);
			// An honorific ends with a full stop inside a name ("Dr. Reyes"), written with a capital: "the
			// president." ends a sentence.
			const previous = afterStop ? wordBeforeStop(before) : undefined;
			const previousWord = previous && /^\p{Lu}/u.test(previous) ? foldCase(previous) : '';
			// A quotation opening a sentence of its own opens with a capital too ("Now I know," she said).
			const atSentenceStart =
				(end <= 24 && /^["'(\s]*$/.test(before)) ||
				(afterStop && !HONORIFICS.has(previousWord)) ||
				opensQuotation(before);
			// A role written as an acronym after a name is what the named one is, not part of the name
			// ("The KKW Beauty CEO", "the Labour MP"): a short word of capitals WordNet files as a person,
			// after a word not written in capitals ("JOHN SMITH" and "Hillary CLINTON" keep their surnames).
			const lastWord = words.at(-1) as string;
			if (
				lexicon &&
				words.length >= 2 &&
				isAcronym(lastWord) &&
				!/^\p{Lu}+$/u.test(words.at(-2) as string) &&
				lexicon.nounKinds(lastWord).has('person')
			)
				words.pop();
			// A title of several words before a first and a last name ("Kessler Falls Fire Chief Martin
			// Ruiz", "Parks Director Luis Ortega"): up to its last word for a person, a first name after it.
			if (lexicon && words.length >= 3) {
				for (let i = words.length - 3; i >= 0; i--) {
					const word = words[i] as string;
					// (A common noun: "Thomas" of "Thomas Aldrich McCready" is a person, but by name.)
					// (Nor a word for a person only as a name, "Ruth" of "Ruth Ellen Haverkamp": a common noun
					// for pity, a person only as Babe Ruth.)
					const titleWord = lexicon.isCommonPersonNoun(word);
					if (!titleWord || genderOfFirstName(words[i + 1] as string) === null) continue;
					title = foldCase(word);
					for (const cut of words.splice(0, i + 1)) skipped += cut.length + 1;
					break;
				}
			}
			while (words.length > 0) {
				const first = foldCase(words[0] as string);
				const isFirstWord = skipped === 0 && atSentenceStart;
				// A title before a full name: words before the first name of a first-and-last name
				// ("Actress Jade Marlowe", "Board President Carol Jessup", "FEMA Administrator ...").
				const isTitle =
					words.length >= 3 &&
					genderOfFirstName(first) === null &&
					words.some((w, i) => i > 0 && i < words.length - 1 && genderOfFirstName(w) !== null);
				if (
					STOP_WORDS.has(first) ||
					HONORIFICS.has(first) ||
					NO_NAME_OPENERS.has(first) ||
					isTitle ||
					(isFirstWord && lexicon?.isAdverb(first))
				) {
					if (HONORIFICS.has(first)) honorific = first;
					if (isTitle || HONORIFICS.has(first)) title = first;
					skipped += (words[0] as string).length + 1;
					words.shift();
				} else break;
			}
			if (words.length === 0 || words.some((w) => w.length === 0)) continue;
			const start = partStart + raw.indexOf(words[0] as string, skipped > 0 ? skipped - 1 : 0);
			const name = words.join(' ');
			spans.push({
				name,
				words,
				start,
				end: start + name.length,
				honorific,
				title,
				loneAtSentenceStart: words.length === 1 && atSentenceStart && skipped === 0,
			});
		}
	}
	return spans;
}

/** Multi-word capitalised names in `text`, honorifics and leading stop words removed. */
export function findNames(text: string, lexicon?: NameLexicon): string[] {
	return findNameSpans(text, lexicon)
		.filter((s) => s.words.length >= 2)
		.map((s) => s.name);
}

/** `text` with each quoted span (its quotation marks included) blanked out, its length kept. */
function blanked(text: string, spans: readonly QuoteSpan[]): string {
	let out = text;
	for (const span of spans) out = out.slice(0, span.open) + ' '.repeat(span.close - span.open) + out.slice(span.close);
	return out;
}

/**
 * The shortest of the lists of entities holding each of `words` (in `byWord`): those holding
 * every word are among them, in the same order. Empty when a word has none.
 */
export function holdingEvery(byWord: ReadonlyMap<string, Entity[]>, words: string[]): Entity[] {
	let shortest: Entity[] | undefined;
	for (const word of words) {
		const list = byWord.get(word);
		if (!list) return [];
		if (!shortest || list.length < shortest.length) shortest = list;
	}
	return shortest ?? [];
}

function addToWordIndex(byWord: Map<string, Entity[]>, entity: Entity): void {
	for (const word of entity.words) {
		const list = byWord.get(word) ?? [];
		if (!list.includes(entity)) list.push(entity);
		byWord.set(word, list);
	}
}

/**
 * Before a comma, "his wife": a possessive and a role of one to three words ending the text
 * (group 1: its last word, the role itself: "late husband", "youngest son"), not
 * after a preposition opening the sentence ("Like his father, Eli Brandt became a farmer": no
 * one's father is named; but "a photo of her sister, Khloe Kardashian").
 */
export const ROLE_BEFORE =
	/(?<!\b(?:Like|Unlike|With|Without|To|For|From|By|Of|About|After|Before|Besides|Despite|During|Since|Through|Throughout|Under|Among|Amid|Behind|Inside|Outside|Near|Over|Into|Across|Within|Following|In|On|At)\s+)(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}'\u2019-]*['\u2019]s)\s+(?:late\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{L}-]*)$/u;
/** How many names a step of the entity index reads before it lets a reload's other work in. */
const NAMES_PER_STEP = 256;

/** A name's word as the index keys it: folded, without a possessive. */
export const nameWord = (word: string) => foldCase(word).replace(/'s$/, '');

/**
 * A caption's sentences, without its brackets, its label and the credit after its last sentence:
 * "(Photo: Team captain Devon Achterberg holds the trophy. Karen Lowe/Port Allard Gazette)" is
 * "Team captain Devon Achterberg holds the trophy."; nothing for a caption with no sentence
 * ("(Photo: Youtube/TODAY)").
 */
export function captionSentences(text: string): string {
	const inner = text
		.trim()
		.replace(/^[([]\s*/, '')
		.replace(/\s*[)\]]$/, '')
		.replace(/^\p{L}+(?:\s+\p{L}+)?\s*:\s*/u, '');
	const end = Math.max(inner.lastIndexOf('. '), inner.lastIndexOf('! '), inner.lastIndexOf('? '));
	if (end !== -1) return inner.slice(0, end + 1);
	return /[.!?]$/.test(inner) ? inner : '';
}

/** Clusters the names found in every content paragraph of the corpus, and in captions' sentences. */
export function buildEntityIndex(corpus: Corpus, lexicon?: NameLexicon, people?: PeopleFile): EntityIndex {
	return runSteps(buildEntityIndexSteps(corpus, lexicon, people));
}

export function* buildEntityIndexSteps(corpus: Corpus, lexicon?: NameLexicon, people?: PeopleFile): Steps<EntityIndex> {
	const counts = new Map<string, number>();
	const singles = new Map<string, number>();
	const captioned = new Map<string, number>();
	// A name word written alone, mid-sentence, is a mention of the person most recently named in
	// full with it in its article ("Jake Kowalczyk, 17, ... Kowalczyk said"), but for one brought
	// in by what they are to someone: the family the article names so goes by first names ("Her
	// husband, Glenn Haverkamp, ... Haverkamp sells her decoys"). Counted per full name.
	const credited = new Map<string, number>();
	// "Margaret “Peg” Dunleavy": the nickname and the family name name her too ("Peg Dunleavy").
	const nicknames: Nicknamed[] = [];
	for (const article of corpus.articles) {
		const lastFull = new Map<string, string>();
		for (const passage of article.passages) {
			if (passage.kind === 'caption') {
				for (const span of findNameSpans(captionSentences(passage.text), lexicon)) {
					if (span.words.length >= 2) captioned.set(span.name, (captioned.get(span.name) ?? 0) + 1);
				}
			}
			if (passage.kind !== 'content') continue;
			const reading = readingOf(passage);
			const text = reading.withoutTitles;
			// (In the text as written: a word in quotation marks is blanked from `text` as a title.)
			NICKNAMED.lastIndex = 0;
			for (let match = NICKNAMED.exec(passage.text); match; match = NICKNAMED.exec(passage.text))
				nicknames.push(nicknamed(match));
			for (const span of reading.names(text, lexicon)) {
				const map = span.words.length >= 2 ? counts : singles;
				map.set(span.name, (map.get(span.name) ?? 0) + 1);
				if (span.words.length >= 2) {
					// ("her husband, Glenn Haverkamp": a possessive, a role and a comma before the name.)
					const before = text.slice(Math.max(0, span.start - 62), span.start);
					const comma = /,\s*$/.exec(before);
					const role = comma === null ? undefined : ROLE_BEFORE.exec(before.slice(0, comma.index))?.[1];
					const introduced = role !== undefined && lexicon?.nounKinds(role).has('person') === true;
					// (The family name only: a first name is theirs.)
					span.words.forEach((word, i) => {
						const key = nameWord(word);
						if (!introduced || i < span.words.length - 1 || !lastFull.has(key)) lastFull.set(key, span.name);
					});
				} else {
					// (Not a place: "shipped to Dallas" after "Dallas Thompson".)
					const form = lastFull.get(nameWord(span.name));
					if (form !== undefined && !PLACE_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)))
						credited.set(form, (credited.get(form) ?? 0) + 1);
				}
			}
			yield;
		}
	}
	// A caption names people in full too ("Team captain Devon Achterberg holds the trophy"), often
	// the only place an article gives a first name its text never uses: a name of its sentences
	// counts where it adds to a name the text uses (Achterberg), not a photographer's or a
	// newspaper's nobody else mentions.
	// (Only for captions with a name, and a step every few hundred names: a large corpus has many.)
	if (captioned.size > 0) {
		const named = new Set<string>();
		let read = 0;
		for (const names of [counts.keys(), singles.keys()]) {
			for (const name of names) {
				for (const word of name.split(' ')) named.add(nameWord(word));
				if (++read % NAMES_PER_STEP === 0) yield;
			}
		}
		for (const [name, count] of captioned) {
			if (name.split(' ').some((word) => named.has(nameWord(word)))) counts.set(name, (counts.get(name) ?? 0) + count);
		}
	}
	// Longest names first, so a shorter name joins the longest name containing all its words.
	const forms = [...counts.keys()]
		.map((form) => ({ form, words: form.split(' ').length }))
		.sort((a, b) => b.words - a.words || b.form.length - a.form.length)
		.map(({ form }) => form);
	let entities: Entity[] = [];
	// The entities so far by name word: those containing a form are among each of its words'.
	const clustered = new Map<string, Entity[]>();
	for (const form of forms) {
		yield;
		const words = form.split(' ').map(nameWord);
		const containing = holdingEvery(clustered, words).filter((e) => words.every((w) => e.words.includes(w)));
		if (containing.length === 1) {
			const entity = containing[0] as Entity;
			entity.forms.push(form);
			entity.mentions += counts.get(form) ?? 0;
		} else if (containing.length === 0) {
			const entity: Entity = {
				name: form,
				forms: [form],
				words,
				mentions: counts.get(form) ?? 0,
				kind: 'person',
				gender: null,
			};
			entities.push(entity);
			addToWordIndex(clustered, entity);
		}
		// A form contained in two different names is ambiguous and left out.
	}
	entities = joinNicknames(entities, nicknames);
	// A single name used at least twice that is no word of a longer name and no common word:
	// a company or a person known by one name ("Norvanta", "Kanye").
	const nameWords = new Set(entities.flatMap((e) => e.words));
	for (const [name, count] of singles) {
		yield;
		const word = nameWord(name);
		if (count < 2 || nameWords.has(word) || /\d/.test(word) || name.length < 3) continue;
		if (lexicon && (lexicon.isNoun(word) || lexicon.isAdverb(word))) continue;
		entities.push({ name, forms: [name], words: [word], mentions: count, kind: 'person', gender: null });
	}
	if (people) entities = applyPeopleFile(entities, people);
	const index = yield* indexEntitiesSteps(entities);
	yield* inferKindsAndGenders(corpus, index, lexicon);
	// Those lone mentions count for a person (not "Fresno" for Fresno County): without them, a
	// question naming "Pellerin" took whichever of Gordon and Darlene Pellerin was listed first.
	for (const [form, count] of credited) {
		const entity = index.byForm.get(foldCase(form));
		if (entity?.kind === 'person') entity.mentions += count;
	}
	// (Choices made while the kinds were inferred weighed the mentions before.)
	choices.delete(index);
	return index;
}

/**
 * A first name (and a middle name or an initial, or a title before them: up to four words), a
 * nickname in quotation marks, and a family name of one or two words, perhaps with a suffix or in
 * the possessive: "Margaret “Peg” Dunleavy", "Robert L. “Bob” Haskins", "Anthony “AJ” Ferraro Jr.".
 */
const NICKNAMED =
	/(?<![\p{L}'\u2019.-])((?:\p{Lu}(?=[\p{L}'\u2019-]*\p{Ll})[\p{L}'\u2019-]*|\p{Lu}\.)(?:\s+(?:\p{Lu}(?=[\p{L}'\u2019-]*\p{Ll})[\p{L}'\u2019-]*|\p{Lu}\.)){0,3})\s+[\u201C"](\p{Lu}[\p{L}'\u2019-]*)[\u201D"]\s+(\p{Lu}[\p{L}'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019-]+)?)/gu;
/** The suffixes a family name may carry, and one ending a name (written after the nickname, or an entity's). */
const SUFFIXES = ['Jr', 'Sr', 'II', 'III', 'IV'];
const SUFFIXED = new RegExp(`\\s+(${SUFFIXES.join('|')})\\.?$`, 'u');

/** A nicknamed name: the forms the full name may be written in, longest first, and the nicknamed forms. */
interface Nicknamed {
	full: string[];
	nicknamed: string[];
}

/**
 * What a match of NICKNAMED names: the full name with or without its middle names, initials, a
 * title before it or a suffix ("Robert L. “Bob” Haskins Jr.": Robert L Haskins Jr, Robert L
 * Haskins, Robert Haskins...), and the nickname with the family name ("Bob Haskins Jr", "Bob
 * Haskins"), their apostrophes straight, as the entities' forms are written.
 */
function nicknamed(match: RegExpExecArray): Nicknamed {
	const [, given, nickname, written] = match as unknown as [string, string, string, string];
	const straight = (text: string) => text.replaceAll('\u2019', "'");
	const last = written.replace(/['\u2019]s?$/u, '');
	const lasts = [...new Set([last, last.replace(SUFFIXED, '')])].map(straight);
	const words = straight(given).replaceAll('.', '').split(/\s+/);
	const full: string[] = [];
	for (const last of lasts) {
		for (const i of words.keys()) full.push(`${words.slice(i).join(' ')} ${last}`);
		for (const word of words) full.push(`${word} ${last}`);
	}
	return { full: [...new Set(full)], nicknamed: lasts.map((last) => `${straight(nickname)} ${last}`) };
}

/**
 * Each nicknamed form as the same person as the full name's (`nicknames`: "Peg Dunleavy" as
 * "Margaret Dunleavy", the longest form of the full name an entity has): the entity the nicknamed
 * form made joins the full name's, or the form and the nickname are added to it. Not a nicknamed
 * form two entities are given ("Edward “Ted” Kowalski", "Theodore “Ted” Kowalski").
 */
function joinNicknames(entities: Entity[], nicknames: readonly Nicknamed[]): Entity[] {
	if (nicknames.length === 0) return entities;
	const byForm = new Map(entities.flatMap((e) => e.forms.map((form) => [form, e] as const)));
	const claimed = new Map<string, Set<Entity>>();
	const pairs: [Entity, string][] = [];
	for (const { full, nicknamed } of nicknames) {
		const entity = full.map((form) => byForm.get(form)).find((e) => e !== undefined);
		if (!entity) continue;
		for (const form of nicknamed) {
			claimed.set(form, (claimed.get(form) ?? new Set()).add(entity));
			pairs.push([entity, form]);
		}
	}
	const joined = new Set<Entity>();
	for (const [entity, form] of pairs) {
		if (joined.has(entity) || (claimed.get(form)?.size ?? 0) > 1) continue;
		const other = byForm.get(form);
		if (other === entity || (other && joined.has(other))) continue;
		// Not a father or a son by another suffix: "Tony Ruiz" of "Tony Ruiz Sr." for "Anthony “Tony”
		// Ruiz Jr.", "Bob Haskins" of "Bob Haskins Jr." for "Robert “Bob” Haskins".
		const suffix = other && SUFFIXED.exec(other.name)?.[1];
		if (suffix && suffix !== SUFFIXED.exec(entity.name)?.[1]) continue;
		if (!other && SUFFIXES.some((suffix) => (byForm.get(`${form} ${suffix}`) ?? entity) !== entity)) continue;
		for (const added of other?.forms ?? [form]) {
			entity.forms.push(added);
			byForm.set(added, entity);
		}
		for (const word of other?.words ?? form.split(' ').map(nameWord)) {
			if (!entity.words.includes(word)) entity.words.push(word);
		}
		if (other) {
			entity.mentions += other.mentions;
			joined.add(other);
		}
	}
	return joined.size === 0 ? entities : entities.filter((e) => !joined.has(e));
}

/**
 * The index of `entities`, in their order: by name word and by form. (Only what `entities` hold:
 * a thread given them builds their index again rather than receive it.)
 */
export function* indexEntitiesSteps(entities: Entity[]): Steps<EntityIndex> {
	const byWord = new Map<string, Entity[]>();
	const byForm = new Map<string, Entity>();
	for (const entity of entities) {
		yield;
		addToWordIndex(byWord, entity);
		for (const form of entity.forms) byForm.set(foldCase(form), entity);
	}
	return { entities, byWord, byForm };
}

/** Applies people.yaml: each entry gathers every entity any of its names matches, under its name. */
function applyPeopleFile(entities: Entity[], people: PeopleFile): Entity[] {
	let result = entities;
	for (const entry of people.people) {
		const names = [entry.name, ...entry.aliases];
		const folded = new Set(names.map(foldCase));
		const matching = result.filter((e) => e.forms.some((f) => folded.has(foldCase(f))) || folded.has(foldCase(e.name)));
		const merged: Entity = {
			name: entry.name,
			forms: [...new Set([entry.name, ...matching.flatMap((e) => e.forms), ...entry.aliases])],
			words: [...new Set([...names.flatMap((n) => n.split(/\s+/).map(foldCase)), ...matching.flatMap((e) => e.words)])],
			mentions: matching.reduce((sum, e) => sum + e.mentions, 0),
			kind: entry.kind ?? matching[0]?.kind ?? 'person',
			gender: null,
		};
		result = [...result.filter((e) => !matching.includes(e)), merged];
		if (entry.kind) kindOverrides.set(merged, entry.kind);
	}
	return result;
}

const kindOverrides = new WeakMap<Entity, EntityKind>();

/**
 * Mentions of known entities in `text`, in order. A single name word shared by several entities
 * ("Kardashian") goes to the one `article` names most in full, then to the one the corpus names most.
 */
export function findMentions(
	text: string,
	index: EntityIndex,
	context?: ArticleContext,
	lexicon?: NameLexicon,
): Mention[] {
	return mentionsOf(
		findNameSpans(text, lexicon, (w) => index.byWord.has(w)),
		index,
		context,
	);
}

/** Mentions of known entities in a paragraph's text or narration (findMentions), from its reading. */
export function findMentionsIn(
	reading: ParagraphReading,
	text: string,
	index: EntityIndex,
	context?: ArticleContext,
	lexicon?: NameLexicon,
): Mention[] {
	return mentionsOf(
		reading.names(text, lexicon, (w) => index.byWord.has(w)),
		index,
		context,
	);
}

/** The mentions of known entities among the names of a text. */
function mentionsOf(spans: readonly NameSpan[], index: EntityIndex, context?: ArticleContext): Mention[] {
	const mentions: Mention[] = [];
	for (const span of spans) {
		const entity = resolveNameSpan(span, index, context);
		if (entity)
			mentions.push({ entity, start: span.start, end: span.end, honorific: span.honorific, title: span.title });
	}
	return mentions;
}

/**
 * Who one article names in full, in order of first mention: a surname shared by several people
 * ("McCready") means the first of them the article named, its subject.
 */
export type ArticleContext = Map<Entity, number>;

export function articleContext(article: Article, index: EntityIndex, lexicon?: NameLexicon): ArticleContext {
	// The genders and then the quotations of a build each ask it of every article: worked out once.
	let byArticle = contexts.get(index);
	if (!byArticle) {
		byArticle = new WeakMap();
		contexts.set(index, byArticle);
	}
	const known = byArticle.get(article);
	if (known && known.lexicon === lexicon) return known.context;
	const context = readArticleContext(article, index, lexicon);
	byArticle.set(article, { lexicon, context });
	return context;
}

/**
 * Each entity index's article contexts, as worked out with a lexicon (an index's forms do not
 * change once it is built). Let go with the name scans.
 */
let contexts = new WeakMap<
	EntityIndex,
	WeakMap<Article, { lexicon: NameLexicon | undefined; context: ArticleContext }>
>();

function readArticleContext(article: Article, index: EntityIndex, lexicon?: NameLexicon): ArticleContext {
	const order: ArticleContext = new Map();
	for (const passage of article.passages) {
		if (passage.kind !== 'content') continue;
		// (Quoted titles blanked, as the entities were read: "Margaret “Peg” Dunleavy" is one name.)
		const reading = readingOf(passage);
		for (const span of reading.names(reading.withoutTitles, lexicon)) {
			const entity = index.byForm.get(foldCase(span.name));
			if (entity && !order.has(entity)) order.set(entity, order.size);
		}
	}
	return order;
}

/** The entity a name (as written, honorifics removed) refers to, if any. */
export function resolveNameSpan(
	span: Pick<NameSpan, 'name' | 'words'> & { honorific?: string | null },
	index: EntityIndex,
	context?: ArticleContext,
): Entity | undefined {
	const exact = index.byForm.get(foldCase(span.name));
	if (exact) return exact;
	const folded = span.words.map((w) => foldCase(w).replace(/'s$/, ''));
	// "Mrs McCready" is a woman of that name, "Mr McCready" a man.
	const gender =
		span.honorific && FEMALE_HONORIFICS.has(span.honorific)
			? 'male'
			: span.honorific && MALE_HONORIFICS.has(span.honorific)
				? 'female'
				: null;
	const fits = (e: Entity) => folded.every((w) => e.words.includes(w)) && (!gender || e.gender !== gender);
	// Of the entities the name fits, the one the article named first in full (its context lists
	// them in that order)...
	if (context) {
		for (const entity of context.keys()) if (fits(entity)) return entity;
	}
	// ...or, when the article names none of them, the one the corpus names most (the first listed
	// of those named as often). Without an honorific that depends on the name alone: remembered.
	const memo = gender ? undefined : corpusChoices(index);
	// (Not joined with a space: folding can leave one inside a word, O´Neil -> "o neil".)
	const key = folded.join('\u0000');
	if (memo?.has(key)) return memo.get(key);
	// The entities holding every word are among those of each word (byWord keeps their order).
	const holding = folded.length > 0 ? holdingEvery(index.byWord, folded) : index.entities;
	let best: Entity | undefined;
	for (const e of holding) if (fits(e) && (!best || e.mentions > best.mentions)) best = e;
	// Bounded: questions and typed names are resolved here too, without end.
	if (memo && memo.size >= CHOICES_LIMIT) memo.clear();
	memo?.set(key, best);
	return best;
}

const CHOICES_LIMIT = 100_000;

/** A preposition of place right before a name: "to Dallas", "in Fresno", "from Dallas"; not "according to", a person's. */
const PLACE_BEFORE = /\b(?:in|at|near|into|outside|inside|across|toward|towards|from|of|(?<!according\s)to)\s+$/i;

/** Each entity index's choices for names its articles do not settle, by folded name words. */
let choices = new WeakMap<EntityIndex, Map<string, Entity | undefined>>();

function corpusChoices(index: EntityIndex): Map<string, Entity | undefined> {
	let memo = choices.get(index);
	if (!memo) {
		memo = new Map();
		choices.set(index, memo);
	}
	return memo;
}

const CLAUSE_OPENERS = new Set([
	'and',
	'but',
	'so',
	'then',
	'yet',
	'when',
	'while',
	'as',
	'after',
	'before',
	'though',
	'although',
	'because',
	'since',
	'if',
	'once',
	'until',
]);

/**
 * Whether a name at `start` stands where a clause's subject does: first in its sentence or after
 * an introductory phrase and a comma ("In late May, Kim met ..."), or after a conjunction.
 */
export function isSubjectPosition(sentence: string, start: number): boolean {
	const before = sentence.slice(0, start);
	const from = before.lastIndexOf(',') + 1;
	// Most names stand late in a long clause: three words before one say no without folding them all.
	if (endsWithThreeWords(before, from)) return false;
	const clause = foldCase(before.slice(from))
		.replace(/["'\u201C\u2018(]/g, '')
		.trim()
		.replace(/\.$/, '');
	return (
		clause === '' ||
		CLAUSE_OPENERS.has(clause) ||
		HONORIFICS.has(clause) ||
		(clause.split(/\s+/).length === 2 && HONORIFICS.has(clause.split(/\s+/)[1] ?? ''))
	);
}

/**
 * Whether `text` from `from` on ends with three words, read from its end in plain ASCII: words
 * that folding, dropping quotation marks and brackets and trimming (isSubjectPosition) leave three
 * words, so that clause is no subject's place. False as soon as a character past ASCII is met,
 * whose folding could change the words (NFKD makes a space of some).
 */
function endsWithThreeWords(text: string, from: number): boolean {
	let words = 0;
	// In a run of characters other than white space, and whether that run has a word's character
	// (something besides the marks isSubjectPosition drops).
	let inRun = false;
	let counted = false;
	for (let i = text.length - 1; i >= from; i--) {
		const code = text.charCodeAt(i);
		if (code >= 0x80) return false;
		if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
			inRun = false;
			continue;
		}
		if (!inRun) {
			inRun = true;
			counted = false;
		}
		// ", ' and ( are dropped
		if (!counted && code !== 0x22 && code !== 0x27 && code !== 0x28) {
			counted = true;
			if (++words === 3) return true;
		}
	}
	return false;
}

/**
 * Where each sentence of `text` starts and ends, as `text.split(/(?<=[.!?])\s+/)` cuts it, except
 * inside one of `names` (in order): "Taylor R. Quinn said she" is one sentence.
 */
function* sentenceBounds(text: string, names: readonly { start: number; end: number }[]): Generator<[number, number]> {
	const breaks = /(?<=[.!?])\s+/g;
	let start = 0;
	let n = 0;
	for (let at = breaks.exec(text); at; at = breaks.exec(text)) {
		while (n < names.length && (names[n] as { end: number }).end <= at.index) n++;
		if (n < names.length && (names[n] as { start: number }).start < at.index) continue;
		yield [start, at.index];
		start = at.index + at[0].length;
	}
	yield [start, text.length];
}

/** What follows a person's name and no organisation's: an age, or "who" ("Achterberg, a 17-year-old", "Hale, 61,"). */
const PERSON_APPOSITION = /^,\s+(?:who\b|(?:a|an)\s+\d{1,3}-year-old\b|\d{1,3}(?:,|\s+years old\b))/;

/**
 * What follows a dateline's place, opening an article: perhaps its state or country, a date, a
 * year, an agency, and a dash ("PORT ELDON, N.J. — ", "PORT ADLEY, Oct. 13, 2024 — ", "CORNER
 * BROOK, Newfoundland and Labrador — ", "WASHINGTON (AP) — ").
 */
const DATELINE_AFTER =
	/^(?:,\s+[\p{Lu}\d][\p{L}\d.]*(?:\s+(?:[\p{Lu}\d][\p{L}\d.]*|and|of))*){0,3}\s*(?:\([^)]{1,20}\)\s*)?[\u2014\u2013-]/u;
/** A place as a dateline writes it, in capitals ("PORT ELDON", "WINSTON-SALEM"). */
const DATELINE_PLACE = /^[\p{Lu}\d][\p{Lu}\d .'\u2019-]*$/u;

const FEMALE_PRONOUNS = /\b(?:she|her|hers|herself)\b/gi;
const MALE_PRONOUNS = /\b(?:he|him|his|himself)\b/gi;

// What stands before a name, read back from it: the patterns these stand for, tried on all the
// text before the name, were tried at each of its positions (and each wanted that text cut out).

/** Where the white space ending `text` up to `end` starts (`end` when there is none). */
function trailingSpaceStart(text: string, end: number, from = 0): number {
	let at = end;
	while (at > from && isWhiteSpace(text.charCodeAt(at - 1))) at--;
	return at;
}

/** A letter, digit or underscore: what \b tells from the rest in a pattern without the u flag. */
function isWordCharacter(code: number): boolean {
	return (
		(code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f
	);
}

/** Whether `text` up to `end` ends with the word "the", in any case, and white space: `/\bthe\s+$/i`. */
function endsWithThe(text: string, end: number): boolean {
	const k = trailingSpaceStart(text, end);
	if (k === end || k < 3) return false;
	// (Only T and t give t with the bit of lower case set; so for h and e.)
	const the =
		(text.charCodeAt(k - 3) | 0x20) === 0x74 &&
		(text.charCodeAt(k - 2) | 0x20) === 0x68 &&
		(text.charCodeAt(k - 1) | 0x20) === 0x65;
	return the && (k === 3 || !isWordCharacter(text.charCodeAt(k - 4)));
}

/** Whether `text` up to `end` ends with "and", "&" or a comma, and white space: `/(?:\band|&|,)\s+$/`. */
function endsWithAndOrComma(text: string, end: number): boolean {
	const k = trailingSpaceStart(text, end);
	if (k === end || k === 0) return false;
	const last = text.charCodeAt(k - 1);
	if (last === 0x26 || last === 0x2c) return true;
	return k >= 3 && text.startsWith('and', k - 3) && (k === 3 || !isWordCharacter(text.charCodeAt(k - 4)));
}

const PREPOSITIONS = new Set(['at', 'of', 'for', 'from', 'with', 'in', 'on', 'by', 'to']);

/**
 * Whether `text` from `from` to `end` ends with a preposition, in any case, and white space:
 * `/\b(?:at|of|for|from|with|in|on|by|to)\s+$/i`.
 */
function endsWithPreposition(text: string, from: number, end: number): boolean {
	const k = trailingSpaceStart(text, end, from);
	if (k === end) return false;
	let start = k;
	while (start > from && isWordCharacter(text.charCodeAt(start - 1))) start--;
	return k - start <= 4 && PREPOSITIONS.has(text.slice(start, k).toLowerCase());
}

/**
 * Organisations are named with "the" ("the White House said"); people are not. A person's gender
 * comes from honorifics (Ms. Johnson) and from pronouns after a sentence's only named person.
 */
function* inferKindsAndGenders(corpus: Corpus, index: EntityIndex, lexicon?: NameLexicon): Steps<void> {
	const withThe = new Map<Entity, number>();
	const total = new Map<Entity, number>();
	const votes = new Map<Entity, number>();
	const plural = new Set<Entity>();
	// Names written as a person's are: with an age, or "who", after them ("Achterberg, a 17-year-old").
	const personal = new Set<Entity>();
	// Names opening an article's dateline are places.
	const placed = new Set<Entity>();
	const vote = (entity: Entity, n: number) => votes.set(entity, (votes.get(entity) ?? 0) + n);
	for (const article of corpus.articles) {
		const context = articleContext(article, index, lexicon);
		const firstContent = article.passages.find((p) => p.kind === 'content');
		for (const passage of article.passages) {
			if (passage.kind !== 'content') continue;
			yield;
			// An honorific is evidence wherever it is written, quotations included (Ms. Johnson).
			const reading = readingOf(passage);
			for (const m of findMentionsIn(reading, passage.text, index, context, lexicon)) {
				if (m.honorific && FEMALE_HONORIFICS.has(m.honorific)) vote(m.entity, 2);
				if (m.honorific && MALE_HONORIFICS.has(m.honorific)) vote(m.entity, -2);
			}
			const told = reading.narration;
			// The narration's names, read once (the quotations read the same scan), sentence by sentence.
			const narrated = findMentionsIn(reading, told, index, context, lexicon);
			let next = 0;
			for (const [start, end] of sentenceBounds(told, narrated)) {
				const sentence = told.slice(start, end);
				const mentions: Mention[] = [];
				for (; next < narrated.length && (narrated[next] as Mention).start < end; next++) {
					const m = narrated[next] as Mention;
					mentions.push({ ...m, start: m.start - start, end: m.end - start });
				}
				for (const m of mentions) {
					total.set(m.entity, (total.get(m.entity) ?? 0) + 1);
					// (The name as written whole, in capitals: not "Dana Okafor — a teacher — won", nor
					// "HOUSTON —" for another article's Whitney Houston; and after a first name, with its
					// state or date: not a transcript's "SAVANNAH GUTHRIE — Thank you".)
					const written = told.slice(m.start, m.end);
					const after =
						start === 0 && m.start === 0 && passage === firstContent ? DATELINE_AFTER.exec(told.slice(m.end)) : null;
					if (
						after &&
						DATELINE_PLACE.test(written) &&
						foldCase(written) === foldCase(m.entity.name) &&
						(after[0].startsWith(',') || genderOfFirstName(m.entity.words[0] ?? '') === null)
					)
						placed.add(m.entity);
					if (endsWithThe(sentence, m.start)) withThe.set(m.entity, (withThe.get(m.entity) ?? 0) + 1);
					// A name taking a plural verb is a group: "Velvet Anchor have always worn their debts".
					// (Not after "and": "Kim and Alice are" is two people.)
					const coordinated = endsWithAndOrComma(sentence, m.start);
					if (!coordinated && /^\s+(?:have|are|were)\b/.test(sentence.slice(m.end))) plural.add(m.entity);
					// (Not after a preposition: in "an analyst at Greyline Capital, who", "who" is the analyst.)
					const afterPreposition = endsWithPreposition(sentence, Math.max(0, m.start - 12), m.start);
					if (!afterPreposition && PERSON_APPOSITION.test(sentence.slice(m.end, m.end + 24))) personal.add(m.entity);
				}
				const named = new Set(mentions.map((m) => m.entity));
				const first = mentions[0];
				// Only a person standing as the sentence's subject is what a later pronoun refers to.
				if (named.size === 1 && first && isSubjectPosition(sentence, first.start)) {
					const after = sentence.slice(first.end);
					vote(first.entity, (after.match(FEMALE_PRONOUNS)?.length ?? 0) - (after.match(MALE_PRONOUNS)?.length ?? 0));
				}
			}
		}
	}
	for (const entity of index.entities) {
		yield;
		const first = entity.words[0] ?? '';
		const last = entity.words.at(-1) ?? '';
		const firstNameGender = genderOfFirstName(first);
		const single = entity.words.length === 1;
		const writtenWithThe = (withThe.get(entity) ?? 0) * 2 >= (total.get(entity) ?? 1) && (total.get(entity) ?? 0) > 0;
		// A person's name starts with a first name; an organisation or place is written with "the"
		// or ends in a common noun (Harwick Borough Council, Brightwell Appliances, Ashby Town).
		// A lone name is a person's only when it is a first name or a pronoun follows it ("Kanye");
		// otherwise it is a company or a group's ("Norvanta").
		// A name holding a possessive before another word names what belongs to someone, no one
		// ("St. Brendan's Hospital", "Vienna's Konzerthaus", "Munroe's Hardware").
		// So does a name of several words ending in a word for an institution, whatever its first
		// ("Harmony Springs High School", "Frances Mahon Deaconess Hospital", "Bristol Crown Court"),
		// unless written as a person's (an age or "who" after it).
		// (Not a first name and a surname, with initials at most between: "Tiger Woods", "George W.
		// Bush", "Margaret Court" are people, unless written with "the".)
		const givenAndSurname =
			firstNameGender !== null && entity.words.slice(1, -1).every((w) => w.length === 1) && !writtenWithThe;
		const institution =
			!single && !givenAndSurname && !personal.has(entity) && lexicon?.nounKinds(last).has('group') === true;
		const organization =
			institution ||
			(placed.has(entity) && !personal.has(entity)) ||
			/['\u2019]s\s+\S/u.test(entity.name) ||
			plural.has(entity) ||
			(firstNameGender === null &&
				!personal.has(entity) &&
				(writtenWithThe || (single ? (votes.get(entity) ?? 0) === 0 : lexicon?.isNoun(last) === true)));
		entity.kind = kindOverrides.get(entity) ?? (organization ? 'organization' : 'person');
		const v = (votes.get(entity) ?? 0) + (firstNameGender === 'female' ? 2 : firstNameGender === 'male' ? -2 : 0);
		entity.gender = entity.kind === 'person' && v !== 0 ? (v > 0 ? 'female' : 'male') : null;
	}
}
