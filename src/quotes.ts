/**
 * Quote attribution: every direct quotation of the corpus with its speaker, or no speaker at all
 * when the evidence is not clear (a wrong speaker is worse than none).
 *
 * For each quoted span (src/quote-spans.ts) the narration around it is read, in this order:
 * 1. before the quotation, in its sentence: `S said: "Q"`, `S replied, "Q"`, `S described it as "Q"`,
 *    `S noted that ... "Q"`, `S ..., explaining, "Q"` (the sentence's subject), `reminded by S that "Q"`;
 * 2. after it: `"Q," S said`, `"Q," said S`, `"Q," S, who ..., said`, `"Q," S said in a statement`;
 * 3. otherwise it continues the utterance before it: the next span after an attribution in the
 *    same paragraph (`"Q1," S said. "Q2"`), or a paragraph opening with a quotation when the
 *    previous paragraph's quotation never closed.
 * Reporting verbs are recognised in every inflection through their lemma (said, says, saying ->
 * say). The speaker phrase is resolved to an entity: a name (a surname goes to the person the
 * article means); a pronoun, to the most recent person of the same gender in the last two
 * sentences or the previous paragraph; a description ("the 37-year-old reality star"), only when
 * its head is a person noun in WordNet and a person was the subject or speaker just before; an
 * organisation ("the White House"). The person after "told" is the listener, never the speaker.
 * Titles and scare quotes (short, title case, or unattributed) are not speech.
 */
import lemmatizer from 'wink-lemmatizer';
import type { Article, Corpus, Passage } from './corpus.js';
import type { Lexicon } from './lexicon.js';
import {
	type ArticleContext,
	articleContext,
	type Entity,
	type EntityIndex,
	findMentionsIn,
	findNameSpans,
	HONORIFICS,
	isSubjectPosition,
	type Mention,
	type NameSpan,
	readingOf,
	resolveNameSpan,
} from './people.js';
import { isTitleLike } from './quote-spans.js';
import { runSteps, type Steps } from './steps.js';
import {
	asciiTrailingSpaceStart,
	foldCase,
	isWhiteSpace,
	MONTHS,
	NAME_ABBREVIATIONS,
	remember,
	STOP_WORDS,
	splitSentences,
	splitsIntoMore,
	WEEKDAYS,
} from './text.js';

/** Lemmas of verbs that report speech. Any inflection of these counts (said, says, saying, told). */
export const REPORTING_VERBS = new Set([
	'say',
	'tell',
	'explain',
	'recall',
	'reply',
	'note',
	'add',
	'continue',
	'quip',
	'confess',
	'admit',
	'describe',
	'reveal',
	'write',
	'tweet',
	'insist',
	'ask',
	'answer',
	'respond',
	'state',
	'declare',
	'claim',
	'announce',
	'acknowledge',
	'argue',
	'joke',
	'mention',
	'observe',
	'remark',
	'report',
	'shout',
	'whisper',
	'exclaim',
	'gush',
	'share',
	'comment',
	'agree',
	'warn',
	'predict',
	'suggest',
	'promise',
	'recount',
	'concede',
	'stress',
	'emphasize',
	'emphasise',
	'muse',
	'post',
	'testify',
	'remind',
	'assert',
	'affirm',
	'maintain',
	'counter',
	'boast',
	'vow',
	'sigh',
	'laugh',
	'cry',
	'scream',
	'plead',
	'urge',
	'begin',
	'conclude',
	'elaborate',
	'wonder',
	'query',
	'retort',
	'complain',
	'lament',
	'confide',
	'divulge',
	'disclose',
	'caution',
	'interject',
	'chime',
	'mirror',
	'call',
	'inform',
	'assure',
	'advise',
	'press',
	'demand',
	'snap',
]);

/** Reporting verbs whose object is the listener: "told reporters", "asked her". */
const TAKES_LISTENER = new Set(['tell', 'ask', 'remind', 'warn', 'promise', 'assure', 'inform', 'urge', 'advise']);

export function isReportingVerb(word: string, next?: string): boolean {
	const lemma = verbLemma(word);
	if (lemma === null) return false;
	// "shot back", "fired back", "hit back", "snapped back"
	if (next && /^back\b/i.test(next) && ['shoot', 'fire', 'hit', 'snap', 'push', 'write'].includes(lemma)) return true;
	return REPORTING_VERBS.has(lemma);
}

/**
 * The verb lemma of a word as written, its letters other than a-z dropped (null when fewer than
 * two are left). Attribution asks it of most words of the narration around every quotation:
 * remembered, as the index remembers its words' analyses (src/text.ts).
 */
function verbLemma(word: string): string | null {
	return remember(verbLemmas, word, VERB_LEMMAS_LIMIT, () => {
		const w = foldCase(word).replace(/[^a-z]/g, '');
		return w.length <= 1 ? null : lemmatizer.verb(w);
	});
}

const verbLemmas = new Map<string, string | null>();
const VERB_LEMMAS_LIMIT = 100_000;

/** A capitalised name as written. */
const NAME_TEXT = "\\p{Lu}[\\p{L}'\\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}'\\u2019.-]*)*";

/** Person nouns that say the person's gender. */
const FEMALE_NOUNS = new Set([
	'woman',
	'girl',
	'mother',
	'mom',
	'mum',
	'wife',
	'widow',
	'daughter',
	'sister',
	'grandmother',
	'aunt',
	'niece',
	'actress',
	'waitress',
	'queen',
	'princess',
	'lady',
	'bride',
	'girlfriend',
	'granddaughter',
	'stepmother',
	'businesswoman',
	'chairwoman',
	'congresswoman',
	'spokeswoman',
]);
const MALE_NOUNS = new Set([
	'man',
	'boy',
	'father',
	'dad',
	'husband',
	'widower',
	'son',
	'brother',
	'grandfather',
	'uncle',
	'nephew',
	'actor',
	'waiter',
	'king',
	'prince',
	'gentleman',
	'groom',
	'boyfriend',
	'grandson',
	'stepfather',
	'businessman',
	'chairman',
	'congressman',
	'spokesman',
]);
const FEMALE = new Set(['she', 'her']);
const MALE = new Set(['he', 'him']);
const PLURAL = new Set(['they', 'it']);
const ADVERB = /^(?:also|then|later|again|once|simply|just|only|still|even|now|finally|recently|previously|\p{L}+ly)$/u;
const DETERMINER = /^(?:the|a|an|this|that|her|his|their|its)$/i;

export interface QuotedSpan {
	/** The quoted words, without marks or narration. */
	text: string;
	passage: Passage;
	/** Offsets of the words in the passage text. */
	start: number;
	end: number;
}

export type AttributionRule =
	| 'before-quote'
	| 'after-quote'
	| 'continues-sentence'
	| 'continues-paragraph'
	| 'by-agent'
	| 'subject-of-sentence'
	| 'previous-sentence';

export interface Quotation {
	speaker: Entity;
	/** One utterance: one or more spans (split around an attribution, or over paragraphs). */
	spans: QuotedSpan[];
	article: Article;
	/** How the speaker was found, and through what kind of phrase. */
	rule: AttributionRule;
	via: 'name' | 'pronoun' | 'description' | 'organization';
}

export interface Attribution {
	quotations: Quotation[];
	/**
	 * Who each passage refers to without naming them, sentence by sentence: speakers of its
	 * quotations, and people a pronoun or description stands for ("she explained", "the 37-year-old
	 * reality star"). Passage id -> entity -> sentence indexes.
	 */
	references: Map<string, Map<Entity, Set<number>>>;
	/**
	 * Of those, the sentences whose subject is a description standing for the person ("The reality
	 * star sat down with CNN's Van Jones"): passage id -> entity -> sentence indexes.
	 */
	described: Map<string, Map<Entity, Set<number>>>;
	/** Spans left without a speaker (titles and scare quotes are not counted). */
	abstained: QuotedSpan[];
	/** Speakers named only once, as a lone word ("Kanye said"), added to the entities. */
	extraEntities: Entity[];
}

interface Salient {
	entity: Entity;
	/** Offset in its paragraph (for mentions), to know what precedes a speaker phrase. */
	start?: number;
	/** Subject of its clause, or the speaker of a quotation. */
	prominent: boolean;
	paragraph: number;
	sentence: number;
}

interface Phrase {
	text: string;
	kind: 'name' | 'pronoun' | 'description';
	/** Offset of the phrase in the paragraph's narration. */
	start: number;
}

/** Classifies a speaker phrase: a capitalised name, a personal pronoun, or a determiner phrase. */
function phraseOf(text: string, start: number): Phrase | null {
	const trimmed = text.trim().replace(/[,;:]$/, '');
	if (trimmed === '') return null;
	const lower = trimmed.toLowerCase();
	if (FEMALE.has(lower) || MALE.has(lower) || PLURAL.has(lower)) return { text: lower, kind: 'pronoun', start };
	const words = trimmed.split(/\s+/);
	if (words.length > 7 || /[,;:!?"\u201C\u201D]/.test(trimmed)) return null;
	if (words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|da|van|von|la|le|del|bin|al)$/.test(w))) {
		return { text: trimmed, kind: 'name', start };
	}
	if (DETERMINER.test(words[0] ?? '') && words.length >= 2) return { text: trimmed, kind: 'description', start };
	return null;
}

/**
 * The phrase ending just before `end` in `text`: a pronoun, a name, or a determiner phrase. A
 * parenthetical between it and the verb is skipped ("Park, smiling, said").
 */
function phraseBefore(text: string, end: number): Phrase | null {
	let before = text.slice(0, end).replace(/\s+$/, '');
	// A phrase followed by a comma is not the verb's subject ("in the Rovers academy, said").
	if (!before.endsWith(',')) {
		const direct = phraseEndingAt(before);
		if (direct) return direct;
	}
	// Skip what stands between the subject and its verb: a relative clause, an age, an apposition,
	// a participle ("Tom Ashdown, who leads the group, said"; "Glenn Whitlock, 54, said").
	for (let i = 0; i < 4; i++) {
		before = before.replace(/,\s*$/, '');
		const aside = /,\s*(?:(?:who|whose|which)\b[^,]{1,200}|[^,]{1,60})$/u.exec(before);
		if (!aside) return null;
		before = before.slice(0, aside.index).replace(/\s+$/, '');
		const phrase = phraseEndingAt(before);
		if (phrase) return phrase;
	}
	return null;
}

function phraseEndingAt(before: string): Phrase | null {
	const tokens = [...before.matchAll(/[\p{L}\d'\u2019.-]+/gu)];
	// Skip adverbs and auxiliaries between the subject and its verb ("she also said", "Kim has said").
	let i = tokens.length - 1;
	while (
		i >= 0 &&
		(ADVERB.test(tokens[i]?.[0] ?? '') || /^(?:has|had|have|would|will|later)$/.test(tokens[i]?.[0] ?? ''))
	)
		i--;
	const last = tokens[i];
	if (!last) return null;
	const lower = last[0].toLowerCase();
	if (FEMALE.has(lower) || MALE.has(lower) || PLURAL.has(lower))
		return { text: lower, kind: 'pronoun', start: last.index };
	// A capitalised name: walk back over capitalised words.
	if (/^\p{Lu}/u.test(last[0])) {
		let j = i;
		while (
			j > 0 &&
			/^\p{Lu}/u.test(tokens[j - 1]?.[0] ?? '') &&
			before.slice((tokens[j - 1]?.index ?? 0) + (tokens[j - 1]?.[0].length ?? 0), tokens[j]?.index).trim() === ''
		)
			j--;
		let start = tokens[j]?.index ?? 0;
		// "a spokesperson for Harwick Borough Council": the description, naming whom it speaks for.
		const spokesperson = /\b(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:for|of|at|from)\s+(?:the\s+)?$/u.exec(
			before.slice(0, start),
		);
		if (spokesperson) start = spokesperson.index;
		const phrase = phraseOf(before.slice(start, last.index + last[0].length), start);
		if (phrase) return phrase;
	}
	// A determiner phrase of up to six words with no punctuation between: "the 37-year-old reality star".
	for (let j = i; j >= Math.max(0, i - 6); j--) {
		const start = tokens[j]?.index ?? 0;
		const between = before.slice(start, last.index + last[0].length);
		if (/[,;:()"]/.test(between)) break;
		if (DETERMINER.test(tokens[j]?.[0] ?? '') && j < i) return phraseOf(between, start);
	}
	return null;
}

/**
 * One to eight words, then a colon or comma ending the narration: a listener and adjuncts after a
 * reporting verb ("told reporters:", "told analysts on a conference call Wednesday:"). (Words
 * with white space between them, not `(?:[\p{L}\d'\u2019.-]+\s*){1,8}`, which matches the same
 * but, where it fails, tries every way to cut a long run of words into eight: most of the time
 * of attribution once.)
 */
const LISTENER = /^\s+[\p{L}\d'\u2019.-]+(?:\s+[\p{L}\d'\u2019.-]+){0,7}\s*[,:]\s*$/u;
/** The same after "to": "said to the BBC,". */
const LISTENER_TO = /^\s+to\s+[\p{L}\d'\u2019.-]+(?:\s+[\p{L}\d'\u2019.-]+){0,7}\s*[,:]\s*$/u;

interface Found {
	phrase: Phrase;
	rule: AttributionRule;
}

/**
 * Attribution in the narration before a quotation, within its sentence. `sentence` is the whole
 * narration of the sentence up to the quotation (the subject of "..., and added:" stands there).
 */
function attributionBefore(pre: string, index: EntityIndex, lexicon: Lexicon, sentence = pre): Found | null {
	const tail = pre.replace(/\s+$/, '');
	if (tail === '') return null;
	// "when reminded by Jones that": the agent of a passive reporting verb.
	const agent =
		/\b(\p{L}+)\s+by\s+((?:the\s+)?[\p{L}\d'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*)\s+(?:that|whether|if)$/iu.exec(
			tail,
		);
	if (agent?.[1] && agent[2] && isReportingVerb(agent[1])) {
		const start = (agent.index ?? 0) + agent[0].indexOf(agent[2], agent[1].length);
		const phrase = phraseOf(agent[2], start);
		if (phrase) return { phrase, rule: 'by-agent' };
	}
	// "According to the ministry, "Q""
	const according = /\baccording to\s+([^,;:]{1,60}?)\s*,?$/iu.exec(tail);
	if (according?.[1]) {
		const phrase = phraseOf(according[1], (according.index ?? 0) + according[0].indexOf(according[1]));
		if (phrase) return { phrase, rule: 'before-quote' };
	}
	const words = [...tail.matchAll(/[\p{L}\d'\u2019-]+/gu)];
	for (let k = words.length - 1; k >= 0 && k >= words.length - 20; k--) {
		const verb = words[k];
		if (!verb || !isReportingVerb(verb[0])) continue;
		// After a determiner it is a noun: "the recall", "her statement".
		if (DETERMINER.test(words[k - 1]?.[0] ?? '')) continue;
		const after = tail.slice(verb.index + verb[0].length);
		// Right before the quotation, or after a listener and adjuncts ("told reporters:", "told
		// analysts on a conference call Wednesday:", "said to the BBC,").
		const direct =
			/^\s*[,:]?\s*$/.test(after) ||
			LISTENER_TO.test(after) ||
			(TAKES_LISTENER.has(lemmatizer.verb(foldCase(verb[0]))) && LISTENER.test(after));
		// "described it as", "described the ruling as"
		const as = /^\s+(?:[\p{L}'\u2019-]+\s+){0,4}as$/iu.test(after);
		// Reported speech running into a partial quotation, with or without "that" and after a
		// few adjuncts: "wrote in a blog post that Brightwell had shown", "said it was".
		const reported =
			/^\s+(?:(?:[\p{L}\d'\u2019-]+\s+){0,6}?that\s+)?[^.!?;:"\u201C\u201D]*$/u.test(after) &&
			after.split(/\s+/).length <= 18;
		if (!direct && !as && !reported) continue;
		const before = tail.slice(0, verb.index);
		// ", explaining," : a participle after a comma reports for the sentence's subject; so does a
		// verb after a conjunction ("..., but insisted:", "and added:").
		if ((/ing$/i.test(verb[0]) && /,\s*$/.test(before)) || /\b(?:and|but|then|before|later)\s+$/i.test(before)) {
			const offset = sentence.length - tail.length - (pre.length - tail.length);
			const subject = subjectOf(sentence.slice(0, Math.max(0, offset + verb.index)), index);
			if (subject) return { phrase: { ...subject, start: subject.start - offset }, rule: 'subject-of-sentence' };
			continue;
		}
		const phrase = phraseBefore(tail, verb.index);
		// "a blog post that ...": a phrase that cannot speak means the word was no verb here.
		if (phrase && couldSpeak(phrase, lexicon)) return { phrase, rule: 'before-quote' };
	}
	return null;
}

/** "a spokesperson for ", "the chief executive of the ": a description naming whom it stands for. */
const SPEAKS_FOR = /\b(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:for|of|at|from)\s+(?:the\s+)?$/u;

/** Whether a phrase can name a speaker: a name, a pronoun, or a description of a person or group. */
function couldSpeak(phrase: Phrase, lexicon: Lexicon): boolean {
	if (phrase.kind !== 'description') return true;
	if (/\p{Lu}/u.test(phrase.text.slice(1))) return true; // it contains a name: "the White House"
	const head = descriptionHead(phrase.text);
	const kinds = lexicon.nounKinds(head);
	return /^\d+-year-old$/.test(head) || kinds.has('person') || kinds.has('group');
}

/**
 * The subject phrase of a sentence: the first name, pronoun or description in subject position.
 * `names` are the sentence's names when already found (offsets in the sentence).
 */
function subjectOf(
	sentence: string,
	index: EntityIndex,
	names: readonly Pick<NameSpan, 'start' | 'end'>[] = findNameSpans(sentence, undefined, (w) => index.byWord.has(w)),
): Phrase | null {
	// Where each may start (names, then pronouns, then determiner phrases, where two start at one
	// place); a determiner phrase is classified only if it stands where a subject does. Only the
	// places where one may stand are read (subjectPlaces): a sentence's pronouns and determiner
	// phrases were once all found, though a subject stands in the first few words of a clause.
	const options: { start: number; text: string; kind: Phrase['kind'] | 'determiner' }[] = [];
	const places = subjectPlaces(sentence);
	const inPlace = (start: number) => {
		for (let i = 0; i < places.length; i += 2)
			if (start >= (places[i] as number) && start <= (places[i + 1] as number)) return true;
		return false;
	};
	for (const span of names) {
		const text = sentence.slice(span.start, span.end);
		// A date between commas is no subject ("On Friday, June 13, the guard worked").
		const date = DATE_NAME.test(`${text}${sentence.slice(span.end, span.end + 3)}`);
		if (inPlace(span.start) && !date) options.push({ text, kind: 'name', start: span.start });
	}
	for (let i = 0; i < places.length; i += 2) {
		const from = places[i] as number;
		const to = places[i + 1] as number;
		for (const m of matchesFrom(sentence, PRONOUN_AT, PRONOUN_FIRST, from, to))
			options.push({ text: m[0].toLowerCase(), kind: 'pronoun', start: m.index });
		for (const m of matchesFrom(sentence, DETERMINER_AT, DETERMINER_FIRST, from, to))
			options.push({ text: m[0], kind: 'determiner', start: m.index });
	}
	options.sort((a, b) => a.start - b.start);
	for (const option of options) {
		if (!isSubjectPosition(sentence, option.start)) continue;
		if (option.kind !== 'determiner') return { text: option.text, kind: option.kind, start: option.start };
		const phrase = phraseOf(option.text, option.start);
		if (phrase) return phrase;
	}
	return null;
}

/**
 * A date, a name with what follows it: a month with its day ("June 13"; not "June", who may be
 * June Carter), or a weekday alone.
 */
const DATE_NAME = new RegExp(`^(?:${MONTHS}\\s+\\d|${WEEKDAYS}(?!\\s*\\p{L}))`, 'u');

/** A subject pronoun, tried at one place (`/\b(?:she|he|they)\b/giu`, sticky). */
const PRONOUN_AT = /\b(?:she|he|they)\b/iuy;
/** What a pronoun may start with: s, h, t, or the long s, which folds to s. */
const PRONOUN_FIRST = firstCharacters('shtSHT\u017F');
/** A determiner phrase, tried at one place; its last word may open with a number ("the 61-year-old"). */
const DETERMINER_AT = /\b(?:the|a|an)\s+(?:[\p{L}\d'\u2019-]+\s+){0,4}(?:\d+-)?[\p{L}'\u2019-]+/iuy;
/** What a determiner may start with. */
const DETERMINER_FIRST = firstCharacters('atAT');

/** A table of the code units of `characters`, 1 for each, to be read by code unit. */
function firstCharacters(characters: string): Uint8Array {
	const table = new Uint8Array(0x180);
	for (let i = 0; i < characters.length; i++) table[characters.charCodeAt(i)] = 1;
	return table;
}

/**
 * The matches of a sticky `pattern` that start from `from` to `to`, as the same pattern, global,
 * finds them in `text` from `from` on: tried where `first` marks the code unit, and after a match
 * from its end.
 */
function matchesFrom(text: string, pattern: RegExp, first: Uint8Array, from: number, to: number): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	for (let at = from; at <= to && at < text.length; at++) {
		if (first[text.charCodeAt(at)] !== 1) continue;
		pattern.lastIndex = at;
		const match = pattern.exec(text);
		if (!match) continue;
		matches.push(match);
		// (A match is never empty; the loop steps on from its end.)
		at = pattern.lastIndex - 1;
	}
	return matches;
}

/**
 * Where in `sentence` a subject may start (isSubjectPosition), as pairs of first and last offsets:
 * from the sentence's start and from after each comma, up to where the clause reaches its third
 * word. Three words before a place make it no subject's: folding, dropping quotation marks and
 * brackets and trimming keep each run of characters between ASCII white space that holds an ASCII
 * character other than those marks, and never join two. No pronoun or determiner phrase holds a
 * comma, so the matches found from a clause's start are those a search of the whole sentence
 * finds in it.
 */
function subjectPlaces(sentence: string): number[] {
	const places: number[] = [];
	let from = 0;
	while (from <= sentence.length) {
		let comma = sentence.indexOf(',', from);
		if (comma === -1) comma = sentence.length;
		let to = comma;
		let words = 0;
		let inRun = false;
		let counted = false;
		for (let i = from; i < comma; i++) {
			const code = sentence.charCodeAt(i);
			if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
				inRun = false;
				continue;
			}
			if (!inRun) {
				inRun = true;
				counted = false;
			}
			// ", ' and ( are dropped; a character past ASCII may fold to marks only.
			if (!counted && code < 0x80 && code !== 0x22 && code !== 0x27 && code !== 0x28) {
				counted = true;
				if (++words === 3) {
					// A subject may start here, not after: the clause before a later place has three words.
					to = i;
					break;
				}
			}
		}
		places.push(from, to);
		from = comma + 1;
	}
	return places;
}

/** A description, then the name it stands for: `his son, Michael,` (built once: it is the same pattern for every quotation). */
const DESCRIBED_NAME = new RegExp(`^((?:the|his|her|their|a|an)\\s+[\\p{Ll}\\s-]{1,30}),\\s+(?=${NAME_TEXT},)`, 'u');
/** The same after an inverted verb: `said his widow, Eleanor McCready`. */
const DESCRIPTION_BEFORE_NAME = new RegExp(
	`^\\s+(?:the|his|her|their|a|an)\\s+[\\p{Ll}\\s-]{1,30},(?=\\s+${NAME_TEXT})`,
	'u',
);

/** Honorifics written abbreviated before a name ("Ms. Julia Reyes", "Capt. Dana Whitcombe"). */
const ABBREVIATED_HONORIFIC = `(?:${NAME_ABBREVIATIONS.map((a) => `${a[0]?.toUpperCase()}${a.slice(1)}`).join('|')})`;
/** An abbreviated honorific and its full stop, before a capitalised word. */
const HONORIFIC_STOP = new RegExp(`(?<![\\p{L}.])${ABBREVIATED_HONORIFIC}\\.(?=\\s+\\p{Lu})`, 'gu');
/** The end of a sentence: not the full stop of an honorific ("said Ms. Julia Reyes."). */
const SENTENCE_STOP = new RegExp(`(?<!(?<![\\p{L}.])${ABBREVIATED_HONORIFIC})[.!?](?=\\s|$)`, 'u');

/**
 * Whether the text before a name, from its sentence's start, is a title the name stands under
 * ("Search manager Marc Thibodeau said", "Parks director Luis Ortega"): one to three words, the
 * last a word for a person, none a verb's inflected form ("told reporter").
 */
function afterTitle(before: string, lexicon: Lexicon): boolean {
	const words = before.trim().split(/\s+/);
	if (words.length === 0 || words.length > 3 || words[0] === '') return false;
	const last = (words.at(-1) as string).toLowerCase();
	if (!/^\p{L}+$/u.test(last) || !lexicon.nounKinds(last).has('person')) return false;
	const inflectedVerb = (w: string) => !lexicon.isNoun(w) && lexicon.lemmas(w).some((l) => l !== w.toLowerCase());
	return words.every((w) => /^\p{L}+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase()) && !inflectedVerb(w));
}

/** Attribution in the narration right after a quotation: `"Q," S said` or `"Q," said S`. */
function attributionAfter(narrated: string): Found | null {
	let post = narrated;
	const lead = /^[\s,;:\u2014\u2013-]*/.exec(post)?.[0].length ?? 0;
	// A description and the name it stands for: `"Q," his son, Michael, said` / `said his widow, Eleanor McCready`.
	post = post.slice(0, lead) + post.slice(lead).replace(DESCRIBED_NAME, (m) => ' '.repeat(m.length));
	// An appositive between the speaker and the verb: `Alice, who was incarcerated for 22 years, said`.
	const text = post
		.slice(lead)
		.replace(
			/^([^,]{1,60}?),\s*(?:who|whose|which)\b[^,]*,/u,
			(_, s: string) => `${s}${' '.repeat(_.length - s.length)}`,
		);
	// `"Q," according to S` / `"Q" is possible, according to the hurricane center's advisory`
	const according = /\baccording to\s+([^,;:"\u201C\u201D]{1,60}?)\s*(?:[,;:]|\.(?:\s|$)|$)/iu.exec(text);
	if (according?.[1]) {
		const phrase = phraseOf(according[1], lead + (according.index ?? 0) + according[0].indexOf(according[1]));
		if (phrase) return { phrase, rule: 'after-quote' };
	}
	// Its first ten words (the pattern is not run over the rest of a long sentence).
	const words: RegExpExecArray[] = [];
	const word = /[\p{L}\d'\u2019.-]+/gu;
	while (words.length < 10) {
		const match = word.exec(text);
		if (!match) break;
		words.push(match);
	}
	const first = words[0];
	if (!first) return null;
	// Inverted: "said Kim", "said the White House". Never "told": who follows it is the listener.
	if (isReportingVerb(first[0]) && lemmatizer.verb(foldCase(first[0])) !== 'tell') {
		const rest = text
			.slice(first.index + first[0].length)
			.replace(DESCRIPTION_BEFORE_NAME, (m) => ' '.repeat(m.length))
			// An honorific's full stop goes on to the name ("said Ms. Julia Reyes").
			.replace(HONORIFIC_STOP, (m) => `${m.slice(0, -1)} `);
		const np = /^\s+((?:the\s+)?[\p{L}\d'\u2019-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*)/u.exec(rest);
		if (np?.[1]) {
			const phrase = phraseOf(np[1], lead + first.index + first[0].length + rest.indexOf(np[1]));
			if (phrase) return { phrase, rule: 'after-quote' };
		}
	}
	for (let k = 1; k < words.length && k <= 7; k++) {
		const verb = words[k];
		if (!verb || !isReportingVerb(verb[0], words[k + 1]?.[0])) continue;
		let end = k;
		while (end > 0 && ADVERB.test(words[end - 1]?.[0] ?? '')) end--;
		const between = text.slice(
			0,
			words[end - 1] ? (words[end - 1]?.index ?? 0) + (words[end - 1]?.[0].length ?? 0) : 0,
		);
		const phrase = phraseOf(between, lead);
		if (phrase) return { phrase, rule: 'after-quote' };
		break;
	}
	return null;
}

interface ArticleState {
	article: Article;
	context: ArticleContext;
	/** What descriptions mean in this article so far: "judge" -> Catherine Moorcroft, "54-year-old" -> Glenn Whitlock. */
	descriptions: Map<string, Entity>;
	salient: Salient[];
	paragraph: number;
	sentence: number;
}

/** Salient entities a pronoun or description may refer to: the last two sentences and the previous paragraph. */
function window(state: ArticleState): Salient[] {
	return state.salient.filter((s) => s.paragraph >= state.paragraph - 1 || s.sentence >= state.sentence - 2).reverse();
}

/**
 * The head noun of a description, as a key: "the 37-year-old reality star" -> "star", "a
 * spokesperson for the council" -> "spokesperson", "the 54-year-old" -> "54-year-old".
 */
export function descriptionHead(text: string): string {
	const words = text
		.toLowerCase()
		.replace(/[^\p{L}\d\s'-]/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
	const cut = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|from|with|in|on|to)$/.test(w));
	const last = (cut === -1 ? words : words.slice(0, cut)).at(-1) ?? '';
	return /^\d+-year-old$/.test(last) ? last : lemmatizer.noun(last.replace(/'s$/, ''));
}

/**
 * Whether `text` up to `end` ends with "for", "of", "at" or "from", perhaps then "the", and white
 * space, as SPEAKS_FOR's match must: read back from `end`, most names are ruled out without trying
 * the pattern at each position of the text before them.
 */
function mayEndSpeakingFor(text: string, end: number): boolean {
	let word = lastWordBefore(text, end);
	if (word?.text === 'the') word = lastWordBefore(text, word.start);
	return (
		word !== undefined && (word.text === 'for' || word.text === 'of' || word.text === 'at' || word.text === 'from')
	);
}

/** The run of characters other than white space before the white space ending `text` up to `end`, if any. */
function lastWordBefore(text: string, end: number): { text: string; start: number } | undefined {
	let k = end;
	while (k > 0 && isWhiteSpace(text.charCodeAt(k - 1))) k--;
	if (k === end) return undefined;
	let start = k;
	while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
	return { text: text.slice(start, k), start };
}

/** A lower-case word (and a comma) before the white space ending a text (lowerWordBefore). */
const LOWER_WORD_BEFORE = /(?:^|\s)([\p{Ll}-]+),?\s+$/u;

/**
 * What LOWER_WORD_BEFORE captures in `text`, read back from its end in plain ASCII: the pattern
 * decides where a character past ASCII could be white space or a lower-case letter. Tried before
 * every name of a narration.
 */
function lowerWordBefore(text: string): string | undefined {
	let end = asciiTrailingSpaceStart(text);
	if (end === -1) return LOWER_WORD_BEFORE.exec(text)?.[1];
	if (end === text.length) return undefined;
	if (text.charCodeAt(end - 1) === 0x2c) end--;
	let start = end;
	for (; start > 0; start--) {
		const code = text.charCodeAt(start - 1);
		if (code >= 0x80) return LOWER_WORD_BEFORE.exec(text)?.[1];
		if (!((code >= 0x61 && code <= 0x7a) || code === 0x2d)) break;
	}
	if (start === end) return undefined;
	// Then the text's start or white space (what stands there is ASCII).
	const code = text.charCodeAt(start - 1);
	if (start > 0 && !(code === 0x20 || (code >= 0x09 && code <= 0x0d))) return undefined;
	return text.slice(start, end);
}

/**
 * Learns what descriptions mean from a paragraph's narration: a title before a name ("Judge
 * Catherine Moorcroft", "the former footballer Callum Reyes"), an apposition after it ("Margaret
 * Osei, the hospice's chief executive,"), an age ("Glenn Whitlock, 54,").
 */
function learnDescriptions(told: string, mentions: Mention[], state: ArticleState, lexicon: Lexicon): void {
	for (const m of mentions) {
		const speaksFor = mayEndSpeakingFor(told, m.start)
			? SPEAKS_FOR.exec(told.slice(Math.max(0, m.start - 60), m.start))?.[1]
			: undefined;
		if (speaksFor && lexicon.nounKinds(speaksFor).has('person'))
			state.descriptions.set(lemmatizer.noun(speaksFor), m.entity);
		if (m.entity.kind !== 'person') continue;
		if (m.title && !/^(?:mr|mrs|ms|miss|mx|dr|sir|dame)$/.test(m.title)) state.descriptions.set(m.title, m.entity);
		const before = lowerWordBefore(told.slice(Math.max(0, m.start - 40), m.start));
		if (before && lexicon.nounKinds(before).has('person')) state.descriptions.set(lemmatizer.noun(before), m.entity);
		const after = told.slice(m.end, m.end + 80);
		const age = /^,\s+(\d{1,3}),/.exec(after);
		if (age) state.descriptions.set(`${age[1]}-year-old`, m.entity);
		const apposition =
			/^,\s+((?:the|a|an|his|her|their|[\p{L}]+['\u2019]s)\s+[^,.;:"\u201C\u201D]{1,60}?|[\p{Ll}][^,.;:"\u201C\u201D]{1,60}?),/u.exec(
				after,
			);
		if (apposition?.[1]) {
			const head = descriptionHead(apposition[1]);
			if (lexicon.nounKinds(head).has('person')) state.descriptions.set(head, m.entity);
		}
	}
}

/** The words of a name without honorifics, leading articles or a possessive. */
function nameWords(text: string): string[] {
	const words = text
		.replace(/['\u2019]s$/, '')
		.split(/\s+/)
		.map((w) => w.replace(/[.'\u2019]+$/, ''))
		.filter(Boolean);
	while (words.length > 1 && (HONORIFICS.has(foldCase(words[0] as string)) || /^the$/i.test(words[0] as string)))
		words.shift();
	return words;
}

function resolvePhrase(
	phrase: Phrase,
	state: ArticleState,
	index: EntityIndex,
	lexicon: Lexicon,
	earlier: Salient[],
	extra: Map<string, Entity>,
): { entity: Entity; via: Quotation['via'] } | null {
	// Most recent first: earlier in this paragraph, then the previous paragraph and last sentences.
	const candidates = [...[...earlier].reverse(), ...window(state)];
	if (phrase.kind === 'pronoun') {
		if (PLURAL.has(phrase.text)) {
			const org = candidates.find((c) => c.entity.kind === 'organization');
			return org ? { entity: org.entity, via: 'pronoun' } : null;
		}
		const gender = FEMALE.has(phrase.text) ? 'female' : 'male';
		const people = candidates.filter(
			(c) => c.entity.kind === 'person' && c.entity.gender !== (gender === 'female' ? 'male' : 'female'),
		);
		// A subject or speaker of the right gender first, as a reader would; then any of that gender.
		const known =
			people.find((c) => c.entity.gender === gender && c.prominent) ?? people.find((c) => c.entity.gender === gender);
		const pick = known ?? people[0];
		// Two different people of unknown gender in reach: too unsure to pick.
		if (!known && new Set(people.map((c) => c.entity)).size > 1) return null;
		return pick ? { entity: pick.entity, via: 'pronoun' } : null;
	}
	// A name, or a name inside a phrase ("the White House", "a spokesperson for Harwick Borough Council").
	// After a preposition, only in a person's or a group's description: "the school day at Lincoln
	// Elementary" is no school.
	const known = (w: string) => index.byWord.has(w);
	const thing = phrase.kind === 'description' && !isPersonOrGroup(descriptionHead(phrase.text), lexicon);
	const spans = findNameSpans(phrase.text, lexicon, known)
		.filter((s) => !thing || !AFTER_PREPOSITION.test(phrase.text.slice(0, s.start)))
		.map((s) => nameWords(s.name));
	if (phrase.kind === 'name') spans.push(nameWords(phrase.text));
	for (const words of spans) {
		if (words.length === 0) continue;
		const entity = resolveNameSpan({ name: words.join(' '), words }, index, state.context);
		if (entity) {
			// "a spokesperson for the council" said it: "the spokesperson" means the council from now on.
			if (phrase.kind === 'description') state.descriptions.set(descriptionHead(phrase.text), entity);
			return { entity, via: entity.kind === 'organization' ? 'organization' : 'name' };
		}
	}
	if (phrase.kind === 'name') {
		const name = nameWords(phrase.text).join(' ');
		if (name === '') return null;
		const key = extraEntityKey(name);
		let entity = extra.get(key);
		if (!entity) {
			entity = {
				name,
				forms: [name],
				words: name.split(/\s+/).map(foldCase),
				mentions: 0,
				kind: 'person',
				gender: null,
			};
			extra.set(key, entity);
		}
		return { entity, via: 'name' };
	}
	// A description the article has already tied to someone ("the judge", "the 54-year-old").
	const head = descriptionHead(phrase.text);
	const described = state.descriptions.get(head);
	if (described) return { entity: described, via: 'description' };
	// Otherwise its head noun says whether it is a person or a group; an age ("the 61-year-old")
	// is a person's.
	const kinds = kindsOfHead(head, lexicon);
	if (kinds.has('person')) {
		// Without anything in the article tying the description to someone, the person just
		// spoken of as subject or speaker, if nothing in the description contradicts it ("the widow").
		const gender = FEMALE_NOUNS.has(head) ? 'female' : MALE_NOUNS.has(head) ? 'male' : null;
		const person = candidates.find(
			(c) => c.prominent && c.entity.kind === 'person' && (!gender || c.entity.gender === gender),
		);
		return person ? { entity: person.entity, via: 'description' } : null;
	}
	if (kinds.has('group')) {
		// "the hurricane center" is the organisation whose name says so; "the company" is the
		// organisation the article is about: the first it named, among those in reach.
		const named = [...state.context.keys()].find(
			(e) =>
				e.kind === 'organization' &&
				phrase.text
					.toLowerCase()
					.split(/\s+/)
					.slice(1)
					.every((w) => e.words.includes(w)),
		);
		if (named) return { entity: named, via: 'description' };
		const order = (e: Entity) => state.context.get(e) ?? Number.POSITIVE_INFINITY;
		const inReach = candidates.map((c) => c.entity).filter((e) => e.kind === 'organization');
		const first = [...state.context.keys()].find((e) => e.kind === 'organization');
		const org = inReach.sort((a, b) => order(a) - order(b))[0] ?? first;
		return org ? { entity: org, via: 'description' } : null;
	}
	return null;
}

/**
 * A determiner phrase up to its head noun: subjectOf's phrase runs on into the verb ("the
 * 78-year-old crossing guard worked her" is "the 78-year-old crossing guard"). It ends before the
 * first word, after the one following the determiner (which may be an adjective: "the retired
 * teacher"), that is no noun, or is a verb's inflected form and no noun's ("worked", "met").
 */
export function nounPhrase(text: string, lexicon: Lexicon): string {
	const words = text.split(/\s+/);
	let end = Math.min(2, words.length);
	for (; end < words.length; end++) {
		const word = (words[end] as string).toLowerCase().replace(/[^\p{L}\d'\u2019-]/gu, '');
		if (/^\d+(?:-year-old)?$/.test(word)) continue;
		// (A noun in -ing before another noun modifies it: "the crossing guard", not "the guard
		// standing in the road".)
		const next = (words[end + 1] ?? '').toLowerCase().replace(/[^\p{L}'\u2019-]/gu, '');
		const modifier =
			word.endsWith('ing') && next !== '' && !next.endsWith('ing') && !STOP_WORDS.has(next) && lexicon.isNoun(next);
		const inflectedVerb = lemmatizer.verb(word) !== word && lemmatizer.noun(word) === word && !modifier;
		if (!lexicon.isNoun(word) || inflectedVerb) break;
	}
	return words.slice(0, end).join(' ');
}

/** Words that make a description someone else than the one spoken of ("the other player", "the first patient"). */
const NEW_ONE = /\b(?:other|another|first|second|third|last|next|new|latest|youngest|oldest)\b/i;

/**
 * The person a narration sentence's definite description means, read where resolvePhrase found
 * nobody, on the phrase cut at its head noun (nounPhrase: subjectOf's phrase runs on into the
 * verb): whom the article has described so, by its head ("the governor") or its age ("the
 * 37-year-old reality star"). A description nothing ties to someone ("the 45-year-old driver"
 * after a sentence naming whom the truck struck) is as often someone new, and is left to nobody,
 * as are "the other player", "the first patient". Only narration subjects are read so, never a
 * speaker phrase.
 */
function describedPerson(
	phrase: Phrase,
	lexicon: Lexicon,
	state: ArticleState,
): { entity: Entity; via: Quotation['via'] } | null {
	if (phrase.kind !== 'description' || !/^the\s/i.test(phrase.text)) return null;
	const cut = nounPhrase(phrase.text, lexicon);
	if (NEW_ONE.test(cut)) return null;
	const age = /\b\d+-year-old\b/.exec(cut.toLowerCase())?.[0];
	const known = state.descriptions.get(descriptionHead(cut)) ?? (age ? state.descriptions.get(age) : undefined);
	return known?.kind === 'person' ? { entity: known, via: 'description' } : null;
}

/**
 * Text ending with a preposition of place, where a name after it is where the thing is, not who it
 * is ("the school day at Lincoln Elementary"); "a statement from the White House" is the White
 * House's.
 */
const AFTER_PREPOSITION = /\b(?:at|in|on|near|outside|inside)\s+(?:the\s+)?$/i;

/** What a description's head noun names: a person, a group; an age ("the 61-year-old") is a person's. */
function kindsOfHead(head: string, lexicon: Lexicon): ReadonlySet<string> {
	return /^\d+-year-old$/.test(head) ? PERSON_KIND : lexicon.nounKinds(head);
}
const PERSON_KIND: ReadonlySet<string> = new Set(['person']);

/**
 * Whether a description's head noun may name a person or a group: WordNet files it so, or it does
 * not know it (a name, "the White House": house is a building).
 */
function isPersonOrGroup(head: string, lexicon: Lexicon): boolean {
	const kinds = kindsOfHead(head, lexicon);
	return kinds.size > 0 || !lexicon.isNoun(head);
}

/**
 * The subject of the narration sentence before `sentenceStart` when that sentence introduces
 * speech: it has a reporting verb or announces a statement ("Margaret Osei read a statement.").
 */
function speakerOfPreviousSentence(
	told: string,
	sentenceStart: number,
	state: ArticleState,
	index: EntityIndex,
	lexicon: Lexicon,
	mentions: Salient[],
	extra: Map<string, Entity>,
): { entity: Entity; via: Quotation['via']; rule: AttributionRule } | null {
	const previous = splitSentences(told.slice(0, sentenceStart)).at(-1);
	if (!previous) return null;
	const words = previous.text.match(/[\p{L}'\u2019-]+/gu) ?? [];
	const introducesSpeech =
		/\bstatement\b/i.test(previous.text) ||
		words.some((w, i) => isReportingVerb(w) && !DETERMINER.test(words[i - 1] ?? ''));
	if (!introducesSpeech) return null;
	const subject = subjectOf(previous.text, index);
	if (!subject) return null;
	const phrase = { ...subject, start: previous.start + subject.start };
	const resolved = resolvePhrase(
		phrase,
		state,
		index,
		lexicon,
		mentions.filter((m) => (m.start ?? 0) < phrase.start),
		extra,
	);
	return resolved ? { ...resolved, rule: 'previous-sentence' } : null;
}

/**
 * The key of a speaker named only as a lone word (Attribution.extraEntities): one entity per key
 * over the whole corpus, named as first met.
 */
export const extraEntityKey = (name: string): string => foldCase(name);

/** Attributes every quotation of the corpus. */
export function attributeQuotes(corpus: Corpus, index: EntityIndex, lexicon: Lexicon): Attribution {
	return runSteps(attributeQuotesSteps(corpus, index, lexicon));
}

export function* attributeQuotesSteps(corpus: Corpus, index: EntityIndex, lexicon: Lexicon): Steps<Attribution> {
	const quotations: Quotation[] = [];
	const abstained: QuotedSpan[] = [];
	const extra = new Map<string, Entity>();
	const references = new Map<string, Map<Entity, Set<number>>>();
	const described = new Map<string, Map<Entity, Set<number>>>();
	const note = (into: typeof references, passageId: string, entity: Entity, sentence: number) => {
		const byEntity = into.get(passageId) ?? new Map<Entity, Set<number>>();
		into.set(passageId, byEntity);
		const set = byEntity.get(entity) ?? new Set<number>();
		byEntity.set(entity, set);
		set.add(sentence);
	};
	const refer = (passageId: string, entity: Entity, sentence: number) => note(references, passageId, entity, sentence);
	for (const article of corpus.articles) {
		const state: ArticleState = {
			article,
			context: articleContext(article, index, lexicon),
			descriptions: new Map(),
			salient: [],
			paragraph: 0,
			sentence: 0,
		};
		let openQuotation: Quotation | null = null;
		const content = article.passages.filter((p) => p.kind === 'content');
		for (const [ci, passage] of content.entries()) {
			yield;
			state.paragraph = ci;
			const reading = readingOf(passage);
			const spans = reading.quoteSpans;
			const told = reading.narration;
			const sentences = reading.sentences;
			// (Counted from the paragraph's first sentence, which state.sentence moves on from.)
			const first = state.sentence;
			const sentenceAt = (offset: number) => {
				const i = sentences.findIndex((s) => offset < s.end);
				return first + (i === -1 ? sentences.length - 1 : i);
			};
			// Names in the narration, with whether each stands as its clause's subject.
			const narrated = findMentionsIn(reading, told, index, state.context, lexicon);
			learnDescriptions(told, narrated, state, lexicon);
			const mentions: Salient[] = narrated.map((m) => {
				const sentenceStart = Math.max(0, told.lastIndexOf('. ', m.start) + 1);
				return {
					entity: m.entity,
					start: m.start,
					prominent:
						isSubjectPosition(told.slice(sentenceStart, m.start + 1), m.start - sentenceStart) ||
						afterTitle(told.slice(sentenceStart, m.start), lexicon),
					paragraph: ci,
					sentence: sentenceAt(m.start),
				};
			});
			const startSentence = state.sentence;
			let previous: { quotation: Quotation; close: number } | null = null;
			for (const [si, span] of spans.entries()) {
				const quoted: QuotedSpan = {
					text: span.text,
					passage,
					start: passage.text.indexOf(span.text, span.open),
					end: passage.text.indexOf(span.text, span.open) + span.text.length,
				};
				state.sentence = sentenceAt(span.open);
				const sentenceStart = sentences.find((s) => span.open < s.end)?.start ?? 0;
				const preStart = Math.max(sentenceStart, previous?.close ?? 0, spans[si - 1]?.close ?? 0);
				const pre = told.slice(preStart, span.open);
				const sentencePrefix = told.slice(sentenceStart, span.open);
				const nextOpen = spans[si + 1]?.open ?? told.length;
				const sentenceEnd = SENTENCE_STOP.exec(told.slice(span.close))?.index;
				const post = told.slice(
					span.close,
					Math.min(nextOpen, sentenceEnd === undefined ? told.length : span.close + sentenceEnd + 1),
				);
				const continuesPrevious = openQuotation !== null && span.opensParagraph && si === 0;
				let found: { entity: Entity; via: Quotation['via']; rule: AttributionRule } | null = null;
				if (continuesPrevious && openQuotation) {
					found = { entity: openQuotation.speaker, via: openQuotation.via, rule: 'continues-paragraph' };
				} else {
					// Between two quotations the attribution may be inverted: `"Q1," says Reyes, "Q2"`.
					const before =
						attributionBefore(pre, index, lexicon, sentencePrefix) ??
						(previous || si > 0 ? attributionAfter(pre) : null);
					const after = attributionAfter(post);
					for (const [attribution, offset] of [
						[before, preStart],
						[after, span.close],
					] as const) {
						if (!attribution) continue;
						const phrase = { ...attribution.phrase, start: attribution.phrase.start + offset };
						const beforePhrase = mentions.filter((m) => (m.start ?? 0) < phrase.start);
						const resolved = resolvePhrase(phrase, state, index, lexicon, beforePhrase, extra);
						if (resolved) {
							found = { ...resolved, rule: attribution.rule };
							break;
						}
						// A speaker phrase was there but could not be resolved: abstain rather than guess.
						found = null;
						break;
					}
					if (!found && !before && !after) {
						const sameSentence = previous !== null && !/[.!?]/.test(told.slice(previous.close, span.open));
						if (previous && (sameSentence || /^[\s.,;:!?]*$|[.!?]\s*$/.test(pre))) {
							// No attribution of its own: it goes on from the previous span of this sentence or paragraph.
							found = { entity: previous.quotation.speaker, via: previous.quotation.via, rule: 'continues-sentence' };
						} else if (!previous && pre.trim() === '') {
							// A quotation opening a sentence right after "S read a statement." or "S said so."
							found = speakerOfPreviousSentence(told, sentenceStart, state, index, lexicon, mentions, extra);
						}
					}
				}
				if (!found) {
					if (!isTitleLike(span.text) && splitsIntoMore(span.text, 2)) abstained.push(quoted);
					previous = null;
					openQuotation = null;
					continue;
				}
				if (isTitleLike(span.text) && found.rule !== 'before-quote') continue;
				// One utterance: a continuation, or the same speaker's spans split around one attribution
				// within a sentence (`"Q1," Kardashian said, "Q2"`).
				const target =
					found.rule === 'continues-paragraph'
						? openQuotation
						: previous &&
								previous.quotation.speaker === found.entity &&
								(found.rule === 'continues-sentence' || !/[.!?]/.test(told.slice(previous.close, span.open)))
							? previous.quotation
							: null;
				let quotation: Quotation;
				if (target) {
					target.spans.push(quoted);
					quotation = target;
				} else {
					quotation = { speaker: found.entity, spans: [quoted], article, rule: found.rule, via: found.via };
					quotations.push(quotation);
				}
				previous = { quotation, close: span.close };
				openQuotation = span.unclosed ? quotation : null;
				state.salient.push({
					entity: found.entity,
					start: span.open,
					prominent: true,
					paragraph: ci,
					sentence: state.sentence,
				});
				sentences.forEach((sentence, i) => {
					if (sentence.start < span.close && sentence.end > span.open) refer(passage.id, found.entity, i);
				});
			}
			// Narration mentions and resolved subjects become salient after the quotations of the paragraph.
			state.salient.push(...mentions);
			// The narration's names were found for its mentions: each sentence takes its own.
			const toldNames = reading.names(told, lexicon, (w) => index.byWord.has(w));
			let nextName = 0;
			for (const sentence of splitSentences(told)) {
				const names: { start: number; end: number }[] = [];
				for (; nextName < toldNames.length && (toldNames[nextName] as NameSpan).start < sentence.end; nextName++) {
					const { start, end } = toldNames[nextName] as NameSpan;
					if (start >= sentence.start && end <= sentence.end)
						names.push({ start: start - sentence.start, end: end - sentence.start });
				}
				const subject = subjectOf(sentence.text, index, names);
				if (subject && subject.kind !== 'name') {
					state.sentence = sentenceAt(sentence.start);
					// A pronoun standing as the subject does not mean someone named after it in its own
					// sentence ("she'd reached out to his daughter, Ivanka Trump": she is not Ivanka Trump).
					const at = sentence.start + subject.start;
					const inReach =
						subject.kind === 'pronoun'
							? { ...state, salient: state.salient.filter((s) => s.paragraph !== ci || (s.start ?? 0) < at) }
							: state;
					const resolved =
						resolvePhrase(subject, inReach, index, lexicon, [], extra) ?? describedPerson(subject, lexicon, inReach);
					if (resolved) {
						state.salient.push({ entity: resolved.entity, prominent: true, paragraph: ci, sentence: state.sentence });
						refer(passage.id, resolved.entity, state.sentence - startSentence);
						if (subject.kind === 'description')
							note(described, passage.id, resolved.entity, state.sentence - startSentence);
					}
				}
			}
			state.sentence = startSentence + sentences.length;
			if (spans.length === 0 || !spans.at(-1)?.unclosed) openQuotation = null;
		}
	}
	// (Most of them names and common words: let go with the rest of the build's word caches.)
	verbLemmas.clear();
	return { quotations, references, described, abstained, extraEntities: [...extra.values()] };
}
