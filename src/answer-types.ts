/**
 * Answer types: whether a sentence holds an answer of the kind a question asks for (a date for
 * "when", a duration for "how long", a count of what "how many" counts, a name for "who"), from
 * general English patterns only. Whether a sentence may hold a kind is found once per sentence
 * and kind (mayHold); only then are the question's own words compared.
 */
import type { Lexicon } from './lexicon.js';
import type { AnalyzedQuestion, AnswerHint, QuestionType, TimeUnit } from './question.js';
import {
	analyzeWord,
	foldCase,
	foldWord,
	isWhiteSpace,
	MONTH_NAMES,
	MONTHS,
	NUMBER_WORDS,
	STOP_WORDS,
	type Token,
	tokenize,
	WEEKDAY_NAMES,
	WEEKDAYS,
} from './text.js';

/** Digits, with commas and points only between them ("Marsh, 71, a retired nurse" counts no nurses). */
export const DIGITS = '\\d+(?:[,.]\\d+)*';
/** A year as news writes it, 1500 to 2099. */
const YEAR_DIGITS = '(?:1[5-9]|20)\\d\\d';
/** A number as written: digits, a number word, or a vague amount ("several", "dozens of"). */
const COUNT_WORD = `(?:${DIGITS}|${NUMBER_WORDS.join('|')}|hundred|a few|several|a couple of|dozens of|hundreds of|thousands of)`;
/**
 * Before a number, a word that makes it none ("every one of those guys", "no one", "each one",
 * "every 10 minutes"); nor does a number start inside another ("5 hours" of "every 1.5 hours").
 */
const NOT_A_COUNT = '(?<!\\b(?:every|each|any|no)\\s+)(?<!\\d[.,])';
/** A fraction after a number or a unit: "three and a half", "a year and a half". */
const FRACTION = '\\s+and\\s+a\\s+(?:half|quarter)';
/**
 * The same, or "a"/"an", which counts one of a unit ("a week later", "an hour") but not a thing;
 * with a fraction ("three and a half hours", "half an hour", "a half hour").
 */
const NUMBER_WORD = `(?:(?:${COUNT_WORD}|a|an)(?:${FRACTION})?|half\\s+an?|a\\s+half)`;
/** A sport's year, a length of time ("19 seasons as an umpire"); not a year's season ("the 2019 season"). */
const SEASONS = `(?<!\\b${YEAR_DIGITS}(?:[-\u2013]\\d\\d)?[\\s-]+)seasons?`;
const TIME_UNIT = `(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|nights?|${SEASONS})`;
/** A number of units a time limit gives, or a range of them: "30", "few", "six to eight". */
const TIME_LIMIT_NUMBER = `(?:${NUMBER_WORD}|few|several|(?:a\\s+)?couple(?:\\s+of)?)(?:\\s*(?:to|or|-|\u2013)\\s*${NUMBER_WORD})?`;
const AREA_UNIT = '(?:acres?|hectares?|square\\s+(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|yards?))';
const LENGTH_UNIT =
	'(?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|ft|yards?|inches?|centimet(?:er|re)s?|cm)';

/** Where someone or something was taken, named or not: "towed to an anchorage", "airlifted to St. Mary's". */
const TAKEN_TO = new RegExp(
	`\\b(?:towed|taken|moved|brought|sent|flown|airlifted|driven|carried|transferred|relocated|shipped|rushed|evacuated)\\s+(?:back\\s+)?to\\s+(?:(?:an?|the|its|their|his|her)\\s+(?!attention\\b)\\p{Ll}[\\p{L}-]+|(?:the\\s+)?(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\\b)\\p{Lu}[\\p{L}'-]+)`,
	'u',
);

/** Words after an amount of time that make it the time between two events ("nine hours after"). */
const BETWEEN = '(?:after(?:wards?)?|later|earlier)';

/** A number of `unit` ("seven months", "a 430-mile drive", "500 grams"). */
const amountOf = (unit: string, after = '') =>
	new RegExp(`\\b${NUMBER_WORD}[\\s-]+${unit}(?:${FRACTION})?\\b${after}`, 'iu');
/** A number of units of time, as a count's match opens ("eight years into"). */
const AMOUNT_OF_TIME = new RegExp(`^${NUMBER_WORD}[\\s-]+${TIME_UNIT}\\b`, 'iu');
/** A length of space in numbers ("2.3 miles long"). */
const LENGTH = amountOf(LENGTH_UNIT);
/**
 * A length of time in numbers ("for seven months"); only loosely the time between two events ("a
 * week later", "about nine hours after their boat took on water", "the ambulances arrived roughly
 * 25 minutes later": TIME_AFTER), and not how long ago ("three weeks ago"), unless asked. Not
 * "before", which may end a length: "she served 21 years before". A length of space ("2.3 miles
 * long") answers "how long" only when the question asks how long a thing is (hint.measure).
 */
const NOT_BETWEEN = `(?!-old)(?!(?:${FRACTION})?\\s+(?:${BETWEEN}|ago)\\b)`;
/**
 * The years from one to another, a length of time in years: "worked for Green Mountain Mutual
 * from 1986 to 2012", "between 2014 and 2024", "served from May 1977 through 1995".
 */
const YEAR_SPAN = new RegExp(
	`\\b(?:from|between)\\s+(?:${MONTHS}\\s+(?:\\d{1,2},?\\s+)?)?${YEAR_DIGITS}\\s+(?:to|until|till|through|and)\\s+(?:${MONTHS}\\s+(?:\\d{1,2},?\\s+)?)?${YEAR_DIGITS}\\b`,
	'u',
);
const AMOUNTS = [amountOf(TIME_UNIT, NOT_BETWEEN), YEAR_SPAN];
/**
 * A length of time that is a rate's part, how often and not how long: "five days a week", "20
 * hours per month", "three meals a day", "every two weeks", and the "a week" of it, or of "twice
 * a month"; not "for three days a week ago" nor "In 2019 a week-long strike".
 */
const RATE_AFTER = new RegExp(
	`^(?:${FRACTION})?\\s+(?:a|an|per|each|every)\\s+${TIME_UNIT}\\b(?![\\s-]+(?:${BETWEEN}|ago|before|from)\\b)`,
	'iu',
);
const RATE_BEFORE = new RegExp(
	`(?:\\b(?:(?!${YEAR_DIGITS}\\b)${DIGITS}|${NUMBER_WORDS.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,2}|\\b(?:once|twice|times)\\s+)$`,
	'iu',
);
const PER = /^(?:a|an|per)\s/iu;
const EVERY_BEFORE = /\b(?:every|each)\s+$/iu;
function ratePart(sentence: string, start: number, end: number): boolean {
	const before = sentence.slice(Math.max(0, start - 40), start);
	return (
		RATE_AFTER.test(sentence.slice(end, end + 40)) ||
		EVERY_BEFORE.test(before) ||
		(PER.test(sentence.slice(start, end)) && RATE_BEFORE.test(before))
	);
}
/** How far a rate's part answers "how long" when nothing else in the sentence does ("works 40 hours a week"). */
const RATE_EVIDENCE = 0.5;
/** The time between two events ("nine hours after the boat sank", "a week later"): a length of time, less surely. */
const AFTER_EVENT = `(?=\\s+${BETWEEN}\\b)`;
const TIME_AFTER = amountOf(TIME_UNIT, AFTER_EVENT);
/** How long ago something happened ("three weeks ago"): what "how long ago" asks for. */
const AGO = amountOf(TIME_UNIT, '\\s+ago\\b');

// Evidence that a sentence holds an answer of each type. General English patterns only.
/** Numbers in words an age may be written with after "at" ("at four"). */
const AGE_WORDS = NUMBER_WORDS.slice(0, 15).join('|');

/** An auxiliary telling of the past, after which "still" is no more now: "was", "couldn't". */
const PAST_AUXILIARY = "(?:was|were|had|did|could|would)(?:n['\u2019]t)?\\b";

/** A number an age may be (to 119), not the start of a bigger one ("10,000"). */
const AGE_NUMBER = '(?:1[01]\\d|\\d{1,2})(?![,.]\\d)';
/** The end of a clause or a sentence. */
const CLAUSE_END = '\\s*(?:[,;!)]|\\.|$)';
/** Where a pronoun's age ends: a clause's or a sentence's end ("She is 91.", "He's 57,"). */
const AGE_ENDS = `${AGE_NUMBER}(?=${CLAUSE_END})`;
/**
 * An age someone turned or turns, ending a clause or before a time ("when he turned 16 in 1998",
 * "turns 18 next year"): not "turned 180 degrees", "turned 2 interceptions into touchdowns".
 */
const TURNED_AGE = `${AGE_NUMBER}(?=${CLAUSE_END}|\\s+(?:in|on|at|last|this|that|next|and|when|before|after)\\b)`;
/** The words before someone's turning an age that make it a time in their past ("when he turned 16"). */
const ONCE_TURNED = '(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce|[Uu]ntil|[Ss]ince|[Bb]y\\s+the\\s+time)';
/** "was", "were", perhaps with an adverb, before "16 years old": an age someone once was. */
const WAS_YEARS_OLD =
	'\\b(?:was|were)\\s+(?:(?:just|only|barely|almost|nearly|about|already|then|not\\s+yet|still)\\s+)?';

/**
 * "As a 16-year-old" opening a sentence, perhaps after "Even" or "But": an age someone once was, not
 * one a description gives ("identified the driver as a 17-year-old").
 */
const AS_OPENING = `(?:^|[.!?;]\\s+)["\u201C\u2018(]?(?:(?:Even|But|And|Yet|Back)\\s+)?[Aa]s\\s+an?\\s+`;

/**
 * A name of one or more words, each capitalised ("O'Brien", "McDonald", "Lindqvist-Moore", "DeShawn
 * Brisco"); a possessive after it is someone else's ("Now 52, Webb's lawyer says").
 */
const CAPITALISED_NAME = "\\p{Lu}[\\p{L}'\u2019-]*\\p{Ll}(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)*";

/**
 * After a name, the words before the age a clause gives it: ", who is", ", who's now", ", who are
 * just" (AGES_NOW; and ageOwner, which reads the name from them).
 */
export const WHO_IS_AGED = ",\\s+who(?:\\s+(?:is|are)|['\u2019]s)\\s+(?:(?:now|just|only|almost|nearly)\\s+)?";

/** A name, then "is" and an age ending the clause (group 1: the name): "Osterhout is 77.". */
const NAME_IS_AGE = new RegExp(
	`(?<![\\p{L}'\u2019-])(${CAPITALISED_NAME})\\s+is\\s+${AGE_NUMBER}(?=${CLAUSE_END})`,
	'u',
);
/** Ages as someone has them now, or had them when the story was told ("Brisco, 71,", "the 37-year-old star"). */
const AGES_NOW = [
	// Not "as a 16-year-old", "when he was 16 years old", "since age 12", "Aged 16, he left home":
	// ages someone once was.
	new RegExp(`(?<!${AS_OPENING}|\\bthen-)\\b\\d+-year-old\\b`, 'iu'),
	new RegExp(`(?<!${AS_OPENING}|\\bthen-)\\b(?:${NUMBER_WORDS.slice(0, 20).join('|')})-year-old\\b`, 'iu'),
	/(?<!\b(?:at|since|by|from|until|till|before|after)\s+)(?<!^\s*)\baged?\s+\d+\b/iu,
	new RegExp(`(?<!${WAS_YEARS_OLD})\\b\\d+\\s+years?\\s+old\\b`, 'iu'),
	// (A name's whole last word: "Lindqvist-Moore, 61,", "O'Brien, 61,"; not a possessive, "Lowe's,
	// 1.5 percent", "St. Mary's, 56,", nor a letter, "Plan B, 12,"; perhaps "now 86".)
	/\b\p{Lu}(?:[\p{L}'\u2019]|-(?=\p{L}))*\p{L}(?<!['\u2019]s),\s+(?:now\s+)?\d{1,3}(?![.,]\d)(?:[,.;)]|$)/u,
	// An age said of a person as a sentence of its own, or closing a clause: "She is 91.", "He's
	// 57,", "Askew turned 100," (not "It was 93.", "was 14 minutes late", "She was 1.2 seconds
	// off", nor "Monday was 98.": only a pronoun is or was an age; a name only turns one).
	new RegExp(`(?:\\b(?:[Ss]he|[Hh]e)(?:\\s+is|['\u2019]s)|\\bI['\u2019]m)\\s+${AGE_ENDS}`, 'u'),
	// Now an age, so said: "She is now 91.", "He's now 57 and", "Hollenbeck is 93 now" (a name only
	// with "now", not a weekday's, a month's or a pronoun's: "Monday is 98 now", "It is 93 now").
	new RegExp(
		`(?:\\b(?:[Ss]he|[Hh]e)(?:\\s+is|['\u2019]s)|\\bI['\u2019]m|(?!(?:${WEEKDAY_NAMES}|${MONTH_NAMES}|It|This|That|There|Here|What|Which|Who)\\b)${CAPITALISED_NAME}\\s+is)\\s+(?:now\\s+${AGE_NUMBER}(?=${CLAUSE_END}|\\s+(?:and|but|years?\\s+old)\\b)|${AGE_NUMBER}\\s+now\\b)`,
		'u',
	),
	// A person's age said of them by name as a sentence of its own, or closing a clause: "Osterhout
	// is 77." (findAnswers keeps it only for a name the corpus knows as a person's: not "Route is
	// 66.").
	NAME_IS_AGE,
	// An age in a clause about the name before it, the name with it (whose age it is): "said
	// Vierling, who is 45 and has spent", "Brisco, who's 71,", "her grandson, who is just 9," (not
	// "who is 45 minutes late", "who was 16": an age once; nor a record, "who is 0 and 2").
	new RegExp(
		`[\\p{L}'\u2019-]+(?<!['\u2019]s)${WHO_IS_AGED}${AGE_NUMBER}(?!\\s+and\\s+\\d)(?=${CLAUSE_END}|\\s+(?:and|but|now|years?\\s+old)\\b)`,
		'u',
	),
	// (A name or a pronoun turned an age in a clause of its own: "Askew turned 100 last week".)
	new RegExp(
		`(?<!\\b${ONCE_TURNED}\\s+)\\b(?:[Ss]he|[Hh]e|\\p{Lu}\\p{Ll}+)\\s+(?:turned|turns|will\\s+turn)\\s+${TURNED_AGE}`,
		'u',
	),
	// "Now 86, she delivers quilts", "Today 74, Brisco umpires": an age opening a sentence about
	// someone now.
	new RegExp(
		`(?:^|[.!?;\\u2014]\\s+|\\s--\\s+)["\\u201C\\u2018]?(?:Now|Today)\\s+${AGE_NUMBER}(?=,\\s+(?:(?:[Ss]he|[Hh]e|I|[Tt]hey)(?:['\u2019]\\p{Ll}+)?|${CAPITALISED_NAME}(?<!['\u2019]s))\\s+\\p{Ll})`,
		'u',
	),
	// "At 74, she still shoes horses", "Even at 74, I still shoe", "Aged 71, Brisco still umpires",
	// "At the age of 71, he now umpires": an age opening a sentence about what someone still or now
	// does (not "was still", "still couldn't"; not "started at 16 and still loves it").
	new RegExp(
		`(?:^|[.!?;\u2014]\\s+|\\s--\\s+)["\u201C\u2018]?(?:(?:Even|But|And|Yet|Today|Now|Still|Even\\s+now|Even\\s+today)\\s*,?\\s+)?(?:[Aa]t\\s+(?:the\\s+age\\s+of\\s+|age\\s+)?|[Aa]ged\\s+)(?:\\d{1,3}|${AGE_WORDS})(?![.:]\\d)(?=,?\\s+(?!(?:percent|per|point|o'clock|a\\.m\\.|p\\.m\\.|tonight|degrees|feet|miles|mph|times)\\b)(?:(?!${PAST_AUXILIARY})[\\p{L}'\u2019-]+\\s+){0,3}?(?:still|now)\\s+(?!${PAST_AUXILIARY}))`,
		'u',
	),
];

/** Ages someone once was: when something happened in their life ("at 16", "when she was 12", "by the time she was 12"). */
const AGES_THEN = [
	/\bage of \d+\b/iu,
	// "at four", "at age 12", "at age 100", not "at one point" or "at 7 p.m.".
	new RegExp(
		`\\bat (?:age (?:\\d{1,3}|${AGE_WORDS})\\b|(?:\\d{1,2}|${AGE_WORDS})\\b(?![.:]\\d|\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o'clock|point|percent|%|times?\\b|of\\b)))`,
		'iu',
	),
	new RegExp(`\\bwhen (?:she|he|they) (?:was|were) (?:\\d{1,2}|${NUMBER_WORDS.slice(0, 12).join('|')})\\b`, 'iu'),
	new RegExp(`(?:\\b(?:[Ss]he|[Hh]e)\\s+was|\\bI\\s+was)\\s+${AGE_ENDS}`, 'u'),
	// The ages AGES_NOW leaves to this list.
	new RegExp(`${AS_OPENING}(?:\\d+|\\p{L}+)-year-old\\b|\\bthen-(?:\\d+|\\p{L}+)-year-old\\b`, 'u'),
	new RegExp(
		`\\b${ONCE_TURNED}\\s+(?:[Ss]he|[Hh]e|[Tt]hey|I|\\p{Lu}\\p{Ll}+)\\s+(?:turned|turns|will\\s+turn)\\s+${TURNED_AGE}`,
		'u',
	),
	/\b(?:since|by|from|until|till|before|after)\s+age\s+\d+\b|^\s*aged?\s+\d+\b/iu,
	new RegExp(`${WAS_YEARS_OLD}\\d+\\s+years?\\s+old\\b`, 'iu'),
];

/** A street's name before its kind: one to three capitalised words or an ordinal ("Canal", "North Harbor", "W. 42nd"). */
const STREET_NAME =
	"(?:(?:North|South|East|West|Old|[NSEW]\\.)\\s+)?(?:(?:\\p{Lu}[\\p{L}'\u2019-]*|\\d+(?:st|nd|rd|th))\\s+){1,3}";
/**
 * An hour of the day: "5:10 p.m.", "11 am", "17:45", "midnight", "noon" (not "2:1", a score: an
 * hour of 24 has two digits after its colon, and a range of two such, "10:00-12:00", is no one
 * hour). "8 o'clock" and "dawn", "nightfall" were measured as hours too, and each put another
 * event's hour first ("By 8 o'clock we had 30 patients in the building"), one question apiece.
 */
const CLOCK_TIME =
	/\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<![-\u2013]\s*)\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!\s*[-\u2013]\s*\d)|\b(?:midnight|noon)\b/iu;
const ANSWER_PATTERNS: Partial<Record<QuestionType, RegExp[]>> = {
	when: [
		// A month, not the start of a word ("Mayor", "Marchers"), nor a name before "said" (May said).
		new RegExp(`\\b${MONTHS}(?!\\p{L})(?!\\s+(?:said|says|told|added))`, 'u'),
		new RegExp(`\\b${WEEKDAYS}\\b`, 'u'),
		new RegExp(`\\b${YEAR_DIGITS}\\b`, 'u'),
		CLOCK_TIME,
		new RegExp(`\\b${NUMBER_WORD}\\s+${TIME_UNIT}\\s+(?:later|earlier|ago|after|before|into)\\b`, 'iu'),
		// A time limit: "expected within 30 days", "within the next few weeks", "within six to eight
		// weeks", "within 30 business days", "within the hour"; not "within seconds of each other"
		// nor "within the second tier".
		new RegExp(
			`\\bwithin\\s+(?:the\\s+(?:hour|day|week|month|year)\\b(?!-)|(?:the\\s+next\\s+(?:${TIME_LIMIT_NUMBER}\\s+)?|(?:about\\s+|roughly\\s+|approximately\\s+)?${TIME_LIMIT_NUMBER}\\s+)(?:business\\s+|working\\s+|calendar\\s+)?${TIME_UNIT}\\b)(?!-|['\u2019]\\s*(?:walk|drive|ride))`,
			'iu',
		),
		/\b(?:yesterday|today|tonight|tomorrow|(?:this|last|next|that) (?:week|month|year|morning|spring|summer|fall|autumn|winter|weekend)|(?:in|this|last|next) (?:spring|summer|fall|autumn|winter))\b/iu,
	],
	duration: [
		...AMOUNTS,
		TIME_AFTER,
		/\b(?:life|lifetime) sentence\b|\bfor life\b/iu,
		new RegExp(`\\b(?:since|until|through)\\s+(?:${MONTHS}(?!\\p{L})|${YEAR_DIGITS})`, 'u'),
		// How long until: the day it ends ("closed until at least Friday", "expected to reopen by March").
		new RegExp(
			`\\b(?:until|till|through|by)\\s+(?:at\\s+least\\s+|early\\s+|late\\s+|mid-)?(?:${WEEKDAYS}|${MONTHS}(?!\\p{L})|next\\s+(?:week|month|year|spring|summer|fall|winter)\\b|the\\s+end\\s+of\\b)`,
			'u',
		),
	],
	count: [
		/[$€£]\s?\d/u,
		new RegExp(`\\b${DIGITS}\\s*(?:percent|per cent|%)`, 'iu'),
		// A number before words; a year after "in", "since"... is a date ("convicted in 1996 for").
		new RegExp(
			`${NOT_A_COUNT}\\b(?!${YEAR_DIGITS}\\b)${COUNT_WORD}\\s+(?:[\\p{L}-]+\\s+)?\\p{L}+|(?<!\\b(?:in|since|until|by|from|during)\\s+)\\b${YEAR_DIGITS}\\s+(?:[\\p{L}-]+\\s+)?\\p{L}+`,
			'iu',
		),
		/\b(?:dozens|hundreds|thousands|millions|billions)\b/iu,
	],
	age: [...AGES_NOW, ...AGES_THEN],
	where: [
		// A place after a preposition, perhaps after a part of it ("in southeast Asia", "in northern
		// Minnesota"); a month or a weekday there is a time ("in June", "on Monday"), and "according
		// to" names a source ("according to the Vessen Coast Guard").
		new RegExp(
			`\\b(?<!according\\s+)(?:in|at|from|to|near|inside|outside|into|across|along|between|through|towards?|via)\\s+(?:the\\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|downtown|rural|coastal|upstate)\\s+)?(?!${MONTHS}(?!\\p{L})|${WEEKDAYS}\\b)\\p{Lu}\\p{L}+`,
			'u',
		),
		// "Spokane, Washington" inside a sentence, or a dateline's "SALEM, Ore." opening it; not a word
		// opening a sentence before its comma ("However, Kim met", "In late May, Kim met").
		new RegExp(
			`(?:(?<=\\S\\s+)(?!${MONTHS}(?!\\p{L})|${WEEKDAYS}\\b)\\p{Lu}\\p{L}+|^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})*),\\s+\\p{Lu}\\p{L}+`,
			'u',
		),
		/\b(?:hometown|headquarters|home town)\b/iu,
		// A street or a road by its name, perhaps with a number: "on Canal Street", "moved to 412 Elm
		// Ave.", "on 42nd Street", "off Route 9" ("on" alone before a capital is as often a day, a
		// show or a site: "on Thanksgiving", "on CNN"; and a source is no place: "according to
		// Sheriff Tom Pike"). A drive, a lane, a court or a pike only with its number: "Google Drive",
		// "Memory Lane" are none.
		new RegExp(
			`(?<!\\baccording\\s+)\\b(?:[Oo]n|[Aa]t|[Tt]o|[Oo]ff|[Aa]long|[Dd]own|[Uu]p)\\s+(?:(?:\\d+\\s+)?${STREET_NAME}(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Parkway)|\\d+\\s+${STREET_NAME}(?:Drive|Dr\\.|Lane|Ln\\.|Court|Ct\\.|Pike|Square|Highway|Way))(?!\\p{L})|\\b(?:[Oo]n|[Oo]ff|[Aa]long)\\s+(?:(?:U\\.S\\.\\s+|State\\s+)?(?:Route|Highway|Interstate|County\\s+Road)\\s+|I-)\\d+`,
			'u',
		),
		// A home's or a workplace's street, a drive or a lane too without its number: "behind his house
		// on Bayou Black Drive", "her garage on Linden Terrace".
		new RegExp(
			`\\b(?:house|home|garage|workshop|shop|barn|farm|apartment|studio|cottage|store|office|bakery|basement)s?\\s+on\\s+${STREET_NAME}(?:Drive|Dr\\.|Lane|Ln\\.|Court|Ct\\.|Terrace|Circle|Place|Way)(?!\\p{L})`,
			'u',
		),
		// A place visited or toured: "visit the Oval Office", "toured Pinecrest Zoo".
		/\b(?:visit|tour)(?:s|ed|ing)?\s+(?:the\s+)?\p{Lu}\p{L}+/u,
		// Where someone or something was taken, whatever its name: "towed to an anchorage", "airlifted to a hospital".
		TAKEN_TO,
	],
	// The means or the way of it: "by climbing" (a verb's -ing, not "by morning" or "by Boeing"),
	// "used a rope", "with the help of", "through a friend".
	how: [
		/\b[Bb]y\s+(?:(?!\p{Ll}*(?:thing|ning)\b)\p{Ll}+ing\b|means of\b)/u,
		/\b(?:using|used|uses|use of)\s+(?:a|an|the|their|his|her|its)\b/iu,
		/\b(?:with the help of|thanks to|via)\b|\bthrough\s+(?:a|an|the|their|his|her|its)\s+(?!(?:night|day|week|weekend|month|year|morning|evening|afternoon)\b)/iu,
	],
	why: [
		/\b(?:because|since|so that|in order to|due to|as a result|so|over|after|amid|for)\b/iu,
		// What something caused or pointed to: a cause, or an effect ("the crash caused a backup").
		/\b(?:caused|causing|triggered|led to|result of|(?<!\d\s)point(?:s|ed|ing)? to)\b/iu,
		/\bto\s+(?:help|get|make|ask|find|show|protest|avoid|keep|save|support|prevent|ensure|allow)\b/iu,
	],
};

/**
 * Weaker evidence, taken only where none of the above holds: how long ago something began may be
 * the age of a thing ("a starter her grandmother began 46 years ago"), but of a person it is
 * rather when something happened to them ("he joined twelve years ago").
 */
const WEAKER_PATTERNS: Partial<Record<QuestionType, RegExp[]>> = {
	age: [new RegExp(`\\b${NUMBER_WORD}\\s+(?:years?|decades?|centuries|century)\\s+ago\\b`, 'iu')],
};
const WEAKER_EVIDENCE = 0.5;
/** A place a common noun names ("in the converted garage"), where the sentence names none. */
const COMMON_PLACE_EVIDENCE = 0.5;

/** How much a name counts, answering "who", where it is only the one who says something (onlySays). */
const SAYER = 0.5;
/** A question's word asking who said something: then the one who says it is the answer. */
const SAYING =
	/^(?:say|said|says|saying|tell|told|tells|telling|announc\p{L}*|confirm\p{L}*|warn\p{L}*|report\p{L}*|testif\p{L}*|stat(?:e|ed|es|ing)|explain\p{L}*|talk\p{L}*|speak\p{L}*|spoke\p{L}*|quot(?:e|ed|es|ing))$/u;
/**
 * After a name (and perhaps a second name word, an age or an adverb), a verb of saying, and not
 * a pronoun after it, which would make what the speaker says their own doing ("Deputy Tom Bell
 * said he pulled the boys from the water"): "Whitfield said the order", "Bell, 58, later told".
 */
const SAYS_AFTER =
	/^(?:\s+\p{Lu}[\p{L}'-]*){0,2}(?:,\s+\d{1,3},)?(?:\s+\p{Ll}+ly)?\s+(?:said|says|told|added|recalled)\b(?!\s+(?:that\s+)?(?:he|she|they|I|we)\b)/u;
/**
 * Before a name, a verb of saying after a quotation or a comma, or "according to", and up to
 * three words (a title): "..., said Sheriff", "\u201D said", "According to". Not "Police said Dana
 * Price drove", where the name is what is said.
 */
const SAYS_BEFORE = /(?:(?:,|[\u201D"])\s*(?:said|says|added)|\b[Aa]ccording\s+to)\s+(?:\S+\s+){0,3}$/u;
/** After a name said after its speech, its end: the sentence's, or an apposition's ("said Dana Price, a neighbor"). */
const SAID_NAME_ENDS =
	/^(?:\s+\p{Lu}[\p{L}'-]*){0,2}(?:,\s+\d{1,3})?\s*(?:[.!?]|,\s+(?:a|an|the|who|whose|his|her|their)\b|$)/u;

/**
 * Is the name at `start`..`end` of the sentence only the one who says something: the subject of a
 * verb of saying, or said after what they say? Not where a word of the question stands in the
 * title before the name ("who is the fire chief": "said Fire Chief Dana Price").
 */
function onlySays(sentence: string, start: number, end: number, questionWords: ReadonlySet<string>): boolean {
	const before = sentence.slice(Math.max(0, start - 40), start);
	const after = sentence.slice(end, end + 40);
	const says = SAYS_AFTER.test(after) || (SAYS_BEFORE.test(before) && SAID_NAME_ENDS.test(after));
	if (!says) return false;
	return !before
		.split(/\s+/)
		.slice(-4)
		.some((word) => questionWords.has(foldWord(word)));
}

/** A reason said as such ("because", "due to"), against words that may or may not give one ("after", "for"). */
const STATED_REASON =
	/\b(?:because|due to|in order to|so that|as a result|the reason|caused by|that's why|which is why|citing|blam(?:ed|es|ing)\s+(?:\S+\s+){0,4}?on|blaming|owing to|to blame|triggered by|traced to|attributed to|resulted from|cause of|cause was|(?:findings|investigation|evidence|inspection|investigators)\s+(?:\S+\s+){0,3}?point(?:s|ed)?\s+to)\b/giu;
/**
 * "And so" before what follows from what came before, a clause with its subject ("I would do
 * anything for my kids and so I just felt this connection"), in lower case: not "and So-young
 * Lee", "and so-called", "and so on", "and so did Pike" nor "warm and so funny".
 */
const AND_SO =
	/\band so\s+(?!(?:on|forth|did|does|do|is|was|are|were|has|have|had|much|many|far|too|very|long|called)\b)(?:I|we|he|she|they|it|you|the|a|an|his|her|their|our|my|its|this|that|there|\p{Lu}\p{Ll}+)\b(?!-)/gu;
/**
 * A length of time said of each of many things: "Each takes about 250 hours", "A typical gold-leaf
 * window takes her between 12 and 20 hours", "A single map takes him three to five weeks", "takes
 * about a week apiece".
 */
const SAID_OF_EACH =
	/\b(?:each|every|one|a\s+(?:single|typical|standard|finished|new)|an?\s+(?:average|typical))\b[^.;!?]{0,50}?\btak(?:e|es|en|ing)\b|\btak(?:e|es|en|ing)\b[^.;!?]{0,40}?\b(?:each|apiece|per)\b/iu;
/**
 * What another kind of date than an hour counts for, asked what time something happened: a day,
 * a part of one, a month, a year ("on Sunday evening", "in 2019"). Less than such a date counts for
 * "what year", since a story telling an event nearly always gives its hour in another sentence
 * ("The bus slid off the road at 7:12 a.m." against the lede's "on Tuesday morning").
 */
const LOOSE_TIME = 0.3;
/** A length of time not said of each, asked how long one of many things takes. */
const LOOSE_EACH = 0.5;
/** The reasons said as such. */
const STATED_REASONS = [STATED_REASON, AND_SO];

/**
 * Someone taught the person in question, as the sentence tells it: they learned or trained from,
 * under, with or by someone ("learned to play at age 8 from his uncle Stanley", "spent four years
 * apprenticing with a harp builder named Otto Vantine", "learned the trade from his father,
 * Walter", "Trained by her uncle"), someone taught them ("Prof. Anton Dravecky agreed to teach
 * her", "Stanley Kowal taught Walter"), showed them how, or was their teacher ("Her teacher, Anton
 * Dravecky,"); not "Lindqvist taught chemistry", "took the train from Boston with", "Photos
 * showed her smiling".
 */
const LEARNED_FROM =
	/\b(?:[Ll]earn(?:ed|t|s|ing)?|[Aa]pprentic(?:ed|es|ing)|[Tt]rain(?:ed|ing)|[Ss]tud(?:ied|ies|ying)|[Ll]essons|[Tt]aught|[Cc]oached|[Mm]entored)\b[^.;:!?,]{0,40}?\b(?:from|under|with|by)\s+(?:(?:his|her|their|a|an|the)\s+)?(?:[\p{Ll}-]+,?\s+){0,4}?(?:named\s+)?\p{Lu}/u;
const TAUGHT_THEM =
	/\b(?:taught|teach(?:es|ing)?|trained|training|mentor(?:ed|s|ing)|coach(?:ed|es|ing))\s+(?:(?:him|her|them|me|us)\b|\p{Lu})|\bshow(?:ed|s)?\s+(?:him|her|them|me|us)\s+how\b|\b(?:teacher|mentor|instructor|tutor),?\s+\p{Lu}/u;
const teaches = (sentence: string) => LEARNED_FROM.test(sentence) || TAUGHT_THEM.test(sentence);
/** Asked who taught someone, a name in a sentence that tells no teaching (LEARNED_FROM, TAUGHT_THEM) counts this much. */
const UNTAUGHT = 0.5;

/**
 * How something began, told as such: "It started, he said, when", "The maps began in 2016",
 * "The idea took shape after", "The idea for the reading program came two years later", "That
 * changed the Christmas after he retired", "he first noticed", "took up the fiddle", "grew out of
 * his son's struggles"; not "his first guitar", "the first month", "the first seed", "came of age"
 * nor "the idea of a new tax was rejected".
 */
const BEGINNING =
	/\b(?:start(?:ed|s)?|began|begun|took\s+(?:shape|hold|root|up)|picked\s+up|got\s+(?:into|started|hooked|interested|involved)|(?:that|this|it|everything)\s+changed|first\s+(?:noticed|saw|took|got|heard|met|came|went|fell|became|made|wrote|built|thought|began|tried|learned|picked|started|played|visited|realized|realised)|for\s+the\s+first\s+time|idea\s+(?:(?:for|of|behind)\s+(?:\S+\s+){0,4}?)?(?:came|took|first|struck|grew|began|started|was\s+born)|(?:grew|grown|came|born)\s+out\s+of|born\s+of|came\s+about|(?:got|had)\s+its\s+start|inspired)\b/giu;
/** A beginning without what it came with, or a reason for something without its beginning, answers this much. */
const ORIGIN_PART = 0.5;
/**
 * What a beginning came with, soon after it: "when he went", "after a student got lost",
 * "because"; not a time ("after dark", "after 2 p.m.", "once again").
 */
const CIRCUMSTANCE =
	/^[^.;:!?]{0,60}?\b(?:when|after|because|once)\b(?!\s+(?:\d|dark|noon|midnight|dawn|dusk|sunrise|sunset|again|more|a\s+(?:week|month|year|day))\b)/iu;

/**
 * What answers whether anyone did something: nobody did ("no one was killed", "none of the crew",
 * "no arrests had been made"), or some did ("there were people around her who"; a sentence saying
 * who did holds the question's own words).
 */
const NO_ONE =
	/\b(?:no one|no-one|nobody|none|nothing|neither(?=\s+of\b|\s+\p{L}+\s+(?:was|were|is|are|had|has|have)\b))\b|\bno\s+\p{L}{3,}(?:\s+\p{L}+)?\s+(?:was|were|is|are|had|has|have)\b/giu;
/** "There were" answers "were there any" in the question's own words. */
const THERE_WERE = /\bthere\s+(?:was|were|is|are|has been|have been|had been)\b/giu;

/**
 * The asked-for word among the words after a number, unless a function word comes between it and
 * another word the number counts: "64 full-time volunteers", "two of the workers", "five hundred
 * more volunteers" (a multiple of the number, and a word of quantity, are the number's), "40
 * doctors and nurses", but not "17 days until volunteers" (days are counted) nor "40 minutes and
 * nurses".
 */
function countedToken(words: string, counted: ReadonlySet<string>): Token | undefined {
	let past = false;
	let last = '';
	for (const token of tokenize(words)) {
		const lower = token.surface.toLowerCase();
		if (MULTIPLES.test(lower) || QUANTITY_WORDS.has(lower)) continue;
		// ("and" joins what is counted, "doctors and nurses", unless after a unit: "40 minutes and nurses".)
		if ((lower === 'and' || lower === 'or') && !UNIT.test(last)) continue;
		if (token.term === null) {
			if (past) return undefined;
			continue;
		}
		last = lower;
		if (counted.has(token.term)) return token;
		past = true;
	}
	return undefined;
}

/** Units a number measures, not things it counts ("40 minutes and nurses"). */
const UNIT =
	/^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?|yrs?|decades?|centur(?:y|ies)|times?|rounds?|innings?|miles?|mph|feet|foot|inch(?:es)?|yards?|meters?|kilometers?|km|pounds?|lbs?|kilograms?|kg|tons?|ounces?|gallons?|acres?|degrees?|dollars?|cents?|percent)$/;
/** Multiples a number is written with ("five hundred", "two dozen"). */
const MULTIPLES = /^(?:hundred|thousand|million|billion|dozen)s?$/;
/** Words of quantity between a number and what it counts ("three more firefighters", "two other men"). */
const QUANTITY_WORDS = new Set(['more', 'other', 'fewer', 'additional', 'such', 'extra']);

/**
 * Where a number of persons ends in a COUNTED match in `sentence` ("two men", "1,800 local
 * residents", "Three Americans"), past its start: the person noun first or second in a reading
 * countedWords gives (none for a year: "in 2019 the director"). Undefined when it counts no one.
 */
function personCounted(match: RegExpExecArray, sentence: string, nouns: NounKinds | undefined): number | undefined {
	if (!nouns) return undefined;
	return countedEnd(match, sentence, nouns, (words) =>
		tokenize(words)
			.slice(0, 2)
			.find((t) => t.term !== null && nouns.nounKinds(t.surface).has('person')),
	);
}

/**
 * Said of someone's work: "works as a structural engineer", "lost her job as a hospital
 * accountant", "works days as a mechanic", "worked briefly as a welder".
 */
const WORKS_AS =
	/\b(?:works?|worked|working|employed|jobs?|careers?|trained|serves?|served)(?:\s+(?:days|nights|weekdays|weekends|full[- ]time|part[- ]time|briefly|formerly|previously|currently|professionally|now|later|once|also|still))?\s+as\s+(?:(?:an?|the)\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/gu;
/**
 * Years spent as something, which is work when WordNet's first sense of it is a worker's, or it
 * was for a named body: "spent 31 years as a lineman for the Greenbrier Valley Electric
 * Cooperative", "spent the last 30 years as a nurse"; not "spent seven years as a hostage", nor
 * "four years as a student at Stanford University" (at, with or in a named place is no employer).
 */
const SPENT_AS =
	/\b(?:spent|spends|spending)\s+(?:[\p{L}\d-]+\s+){1,5}?as\s+(?:an?|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/gu;
/**
 * Said to be something, which is work when WordNet's first sense of it is a worker's: "Her
 * daughter, Ingrid Paulsen, 45, is an intensive care nurse", "their son is now an electrician"; not "is
 * a mother of three", "was a hostage", "was a farmer's wife", nor what is no one's work (NO_JOB).
 */
const IS_A =
	/\b(?:is|was|are|were|became|becomes|has\s+been|had\s+been)\s+(?:(?:now|also|still|currently|later|then|once)\s+)?an?\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)(?![\p{L}'\u2019-])/gu;
/**
 * What someone may be said to be that WordNet files as a worker but is no one's work: "was a
 * witness to the crash", "is a veteran of the Army", "is a volunteer at the shelter".
 */
const NO_JOB = new Set([
	'witness',
	'hero',
	'heroine',
	'veteran',
	'leader',
	'volunteer',
	'candidate',
	'owner',
	'member',
	'founder',
	'survivor',
	'regular',
	'fan',
	'champion',
]);
/** What a named body the work was for comes after ("for the Greenbrier Valley Electric Cooperative"). */
const FOR_A_BODY = /^\s+for\s+(?:the\s+)?\p{Lu}/u;
/** Said of someone in apposition: "Okafor, an engineer,", "Luis Velasquez, 44, a middle school math teacher,", "Vandermolen, 38, a veterinarian who runs a clinic". */
const APPOSED =
	/,\s+(?:an?|the)\s+((?:(?!(?:who|whose|that)\s)[\p{L}\d'-]+\s+){0,4}[\p{Ll}-]+)(?=\s*[,.;)]|\s+(?:who|whose|that|in|at|for|from|with)\s)/gu;
/** After an apposition, where its person works: "a large-animal veterinarian in Cookeville". */
const AT_A_PLACE = /^\s+(?:in|at|for|from|with)\s/u;
/** What counts as a named occupation: at most the words it is said in, up to a word for a person. */
const OCCUPATION_EVIDENCE = { said: 1, apposed: 0.5 };

/**
 * A person's work in `sentence`, for a question asking for it: a word for a person (WordNet's
 * noun.person: engineer, accountant, teacher) said as someone's work (1), or in apposition (0.5),
 * ending the phrase it stands in ("works as a structural engineer for the city"; not "served as a
 * warning to every driver" nor ", the owner said."), and not one of the question's own words.
 */
function occupations(
	sentence: string,
	questionWords: ReadonlySet<string>,
	nouns: NounKinds | undefined,
	every: boolean,
): { evidence: number; spans: AnswerSpan[] } {
	const spans: AnswerSpan[] = [];
	if (!nouns) return { evidence: 0, spans };
	const asked = new Set([...questionWords].map(analyzeWord));
	for (const [pattern, evidence] of [
		[WORKS_AS, OCCUPATION_EVIDENCE.said],
		[SPENT_AS, OCCUPATION_EVIDENCE.said],
		[IS_A, OCCUPATION_EVIDENCE.apposed],
		[APPOSED, OCCUPATION_EVIDENCE.apposed],
	] as const) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
			const words = match[1] ?? '';
			// The phrase ends at its first word of no content ("engineer for the city", "hard as any doctor").
			const tokens = tokenize(words);
			const end = tokens.findIndex((t) => t.term === null);
			const last = tokens[(end === -1 ? tokens.length : end) - 1];
			if (!last || asked.has(last.term) || !nouns.nounKinds(last.surface).has('person')) continue;
			// Its last word stands for a person: the apposition's last word, not one before "said";
			// or the last before where they are, for a worker only ("a veterinarian in Cookeville",
			// "a nurse at the county hospital in Tulsa"; not "a mother from Tulsa").
			const after = sentence.slice(match.index + match[0].length);
			const atPlace = end === -1 ? AT_A_PLACE.test(after) : AT_A_PLACE.test(` ${tokens[end]?.surface ?? ''} `);
			if (
				pattern === APPOSED &&
				((end !== -1 && !atPlace) || (atPlace && !worksThere(last.surface, end, tokens, words, after, nouns)))
			)
				continue;
			const start = match.index + match[0].length - words.length;
			if (pattern === SPENT_AS && !nouns.isWorker(last.surface) && !FOR_A_BODY.test(sentence.slice(start + last.end)))
				continue;
			if (pattern === IS_A && (!nouns.isWorker(last.surface) || NO_JOB.has(last.surface.toLowerCase()))) continue;
			spans.push({ start, end: start + last.end });
			if (!every) break;
		}
		if (spans.length > 0) return { evidence, spans };
	}
	return { evidence: 0, spans };
}

/**
 * Whether an apposition's last word before a preposition is a worker where they work: the place
 * is named or is a body ("a nurse at the county hospital in Tulsa", "a nurse at the county
 * hospital"; not "a witness at the scene", "a driver in the second car").
 */
function worksThere(
	word: string,
	end: number,
	tokens: ReturnType<typeof tokenize>,
	words: string,
	after: string,
	nouns: NounKinds,
): boolean {
	if (!nouns.isWorker(word)) return false;
	const place =
		(end === -1 ? after : `${words.slice(tokens[end]?.start ?? 0)}${after}`).split(
			/[,.;:)\u2014]|\s(?:who|whose|that)\s/u,
		)[0] ?? '';
	// (Named: its last word, not a weekday or a month: "in Cookeville", not "in Tuesday’s pileup on Interstate 40".)
	const head = /([\p{L}\d'\u2019-]+)\s*$/u.exec(place)?.[1];
	if (head === undefined) return false;
	if (/^\p{Lu}\p{L}/u.test(head) && !CALENDAR_WORD.test(head)) return true;
	return nouns.nounKinds(head).has('group');
}

/** A month or a weekday opening a word ("Tuesday’s"). */
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})`, 'u');

/** A determiner opening a description: "a", "the", "his", "CNN's". */
const DESCRIBING = String.raw`(?:an?|the|his|her|their|its|\p{Lu}[\p{L}.&-]*['\u2019]s)`;
/** A character of a word (a letter, a digit, an apostrophe or a hyphen), and a word of a description. */
const WORD_CLASS = String.raw`[\p{L}\d'\u2019-]`;
const WORD = `${WORD_CLASS}+`;
/** A character of a name's word: a letter, a combining accent, an apostrophe or a hyphen. */
const NAME_CHAR = /[\p{L}\p{M}'\u2019-]/u;
/** A text of printable ASCII only, whose lower case has its offsets. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const WORD_CHAR = new RegExp(WORD_CLASS, 'u');
const UPPER = /\p{Lu}/u;

/**
 * The names of `sentence` holding one of the `asked` words, as offsets: each occurrence of an asked
 * word written capitalised, widened to the run of capitalised words it stands in ("Walter J
 * Briggs"). Found from the asked words rather than by a pattern over the whole sentence: a large
 * corpus has many sentences naming a public figure, and a question reads each.
 */
function askedNamesIn(sentence: string, asked: readonly string[]): [number, number][] {
	const runs: [number, number][] = [];
	const add = (i: number) => {
		const start = runStart(sentence, i);
		if (!runs.some(([s]) => s === start)) runs.push([start, runEnd(sentence, i)]);
	};
	if (!PRINTABLE_ASCII.test(sentence)) {
		// (Folded as the asked words are, accents dropped, a text past ASCII may change its length
		// and its offsets, "ﬁ" to "fi", "e" and a combining accent to "e": where it holds an asked
		// word at all, every capitalised word is a name's start to try.)
		const folded = foldCase(sentence);
		if (asked.some((word) => folded.includes(word))) {
			CAPITALISED_WORD.lastIndex = 0;
			for (let m = CAPITALISED_WORD.exec(sentence); m; m = CAPITALISED_WORD.exec(sentence)) add(m.index);
		}
	} else {
		const folded = sentence.toLowerCase();
		for (const word of asked) {
			for (let i = folded.indexOf(word); i !== -1; i = folded.indexOf(word, i + 1)) {
				if (UPPER.test(sentence[i] as string) && !(i > 0 && WORD_CHAR.test(sentence[i - 1] as string))) add(i);
			}
		}
	}
	return runs.sort((a, b) => a[0] - b[0]);
}

/** A capitalised word's start, not inside a word. */
const CAPITALISED_WORD = new RegExp(String.raw`(?<!${WORD_CLASS})\p{Lu}`, 'gu');

/** Where the run of capitalised words separated by white space that holds the word at `i` starts. */
function runStart(sentence: string, i: number): number {
	let start = i;
	for (;;) {
		let j = start;
		while (j > 0 && isWhiteSpace(sentence.charCodeAt(j - 1))) j--;
		if (j === start || j === 0) return start;
		let before = j;
		while (before > 0 && NAME_CHAR.test(sentence[before - 1] as string)) before--;
		if (before === j || !UPPER.test(sentence[before] as string)) return start;
		if (before > 0 && WORD_CHAR.test(sentence[before - 1] as string)) return start;
		start = before;
	}
}

/** Where that run ends. */
function runEnd(sentence: string, i: number): number {
	let end = i;
	for (;;) {
		while (end < sentence.length && NAME_CHAR.test(sentence[end] as string)) end++;
		let j = end;
		while (j < sentence.length && isWhiteSpace(sentence.charCodeAt(j))) j++;
		if (j === end || j === sentence.length || !UPPER.test(sentence[j] as string)) return end;
		end = j;
	}
}
/*
 * What the article says someone is, beside their name, read from the name outwards: after it
 * ("Walter Briggs, 78, a retired mail carrier recovering from surgery,", "Okafor, the hospital's
 * chief executive."), before it ("his daughter, Ivanka Trump"), as a title before it ("hospital
 * spokeswoman Janelle Morin"), or said of them ("Van Jones is a CNN host"). Group 1 is the
 * description.
 */
const DESCRIBED_AFTER = new RegExp(
	String.raw`^,\s+(?:\d{1,3},\s+)?(${DESCRIBING}\s+(?:${WORD}\s+){0,7}?${WORD})(?=\s*[,.;:)\u2014\u2013]|\s+(?:who|whose|that)\s|$)`,
	'u',
);
const DESCRIBED_BEFORE = new RegExp(
	String.raw`(?<!${WORD_CLASS})(${DESCRIBING}\s+(?:${WORD}\s+){0,4}?[\p{Ll}\d'\u2019-]+),\s+$`,
	'u',
);
const TITLED = new RegExp(String.raw`(?<!${WORD_CLASS})([\p{Ll}-]+)\s+$`, 'u');
const SAID_TO_BE = new RegExp(
	String.raw`^\s+(?:is|was)\s+((?:an?|the)\s+(?:${WORD}\s+){0,4}?${WORD})(?=\s*[,.;:)]|\s+(?:who|whose|that|at|of|for|in|with|from)\s|$)`,
	'u',
);
/** "Johnson, who was convicted in 1996": something about them, less surely what they are. */
const NAME_WHO = new RegExp(String.raw`^,\s+(who\s+(?:${WORD}\s+){0,5}${WORD})`, 'u');
/** How far before a name a description of it is looked for, in characters; a title, in one word's. */
const DESCRIPTION_REACH = 100;
const TITLE_REACH = 30;
/** A comma and white space ending the text before a name: where a description may end. */
const COMMA_BEFORE = /,\s+$/u;
/** A clause of its own after a name and a comma, not a description: "Briggs, his attorney said." */
const REPORTED = /\b(?:said|says|told|tells|added|adds|according|stated|noted|explained|wrote|recalled)\b/iu;
/** Text ending where a name is a source, not someone described: "According to Briggs, the neighbor called". */
const SOURCE_BEFORE = /\baccording\s+to\s+$/iu;
/**
 * Text ending with a preposition or a conjunction, where a description is no apposition of the
 * name after it: "Unlike his brother, Briggs stayed", "With the help of a neighbor, Briggs got out".
 */
const LINKED_BEFORE =
	/\b(?:with|without|unlike|like|alongside|beside|besides|of|for|from|to|by|after|before|despite|than|as|about|among|against|behind|near|including|and|or|but|while)\s+$/iu;
/** How surely each says who the named one is. */
const DESCRIPTION_EVIDENCE = { described: 1, relative: 0.5 };

/**
 * Whether a name in a sentence is one the question asks who is: it holds one of the asked words
 * (`asked`, in the question's order), and where the question names someone before that word
 * ("walter briggs"), the sentence's name, if it has words before it, holds that one too ("Carol
 * Briggs" is someone else; "Walter J. Briggs" and "Alice Marie Johnson" are not).
 */
function namesAsked(name: string, asked: readonly string[]): boolean {
	const words = name.split(/\s+/).map(foldWord);
	let k = words.length - 1;
	while (k >= 0 && !asked.includes(words[k] as string)) k--;
	if (k === -1) return false;
	const before = asked.slice(0, asked.indexOf(words[k] as string));
	return k === 0 || before.length === 0 || words.slice(0, k).some((w) => before.includes(w));
}

/**
 * What `sentence` says someone the question names is, for a question asking who they are (`asked`,
 * the words of their name in the question): a description beside that name holding a word for a
 * person (WordNet's noun.person: carrier, daughter, executive); else a relative clause after the
 * name, less surely. Read around each of the sentence's names that is the asked one, not over the
 * whole sentence: a large corpus has many sentences naming a public figure.
 */
function descriptions(
	sentence: string,
	asked: readonly string[],
	nouns: NounKinds | undefined,
	every: boolean,
): { evidence: number; spans: AnswerSpan[] } {
	const described: AnswerSpan[] = [];
	const relative: AnswerSpan[] = [];
	if (!nouns) return { evidence: 0, spans: described };
	for (const [start, end] of askedNamesIn(sentence, asked)) {
		if (!namesAsked(sentence.slice(start, end), asked)) continue;
		const after = sentence.slice(end);
		const from = Math.max(0, start - DESCRIPTION_REACH);
		const before = sentence.slice(from, start);
		// (Each pattern only where the text beside the name may begin or end as it does.)
		const comma = after.charCodeAt(0) === 0x2c;
		const afterMatch = comma ? DESCRIBED_AFTER.exec(after) : null;
		const beforeMatch = COMMA_BEFORE.test(before) ? DESCRIBED_BEFORE.exec(before) : null;
		const near = before.slice(-TITLE_REACH);
		const title = TITLED.exec(near);
		const said = comma ? null : SAID_TO_BE.exec(after);
		if (
			(afterMatch &&
				namesPerson(afterMatch[1] as string, nouns) &&
				!REPORTED.test(afterMatch[1] as string) &&
				!SOURCE_BEFORE.test(before) &&
				found(afterMatch, end, described)) ||
			(beforeMatch &&
				namesPerson(beforeMatch[1] as string, nouns) &&
				!LINKED_BEFORE.test(before.slice(0, beforeMatch.index)) &&
				found(beforeMatch, from, described)) ||
			(title &&
				isTitle(title[1] as string, near.slice(0, title.index), nouns) &&
				namesPerson(title[1] as string, nouns) &&
				found(title, start - near.length, described)) ||
			(said && namesPerson(said[1] as string, nouns) && found(said, end, described)) ||
			(comma && found(NAME_WHO.exec(after), end, relative))
		) {
			if (!every && described.length > 0) break;
		}
	}
	if (described.length > 0) return { evidence: DESCRIPTION_EVIDENCE.described, spans: described };
	return { evidence: relative.length > 0 ? DESCRIPTION_EVIDENCE.relative : 0, spans: relative };
}

/**
 * Whether the word before a name (`before` is the text before it) is a title, judged by its last
 * part ("co-host": host): a noun, not a verb WordNet also knows as a person ("help", "hire") nor
 * an adjective ("young", "best"); after a word that says when someone held it ("former judge",
 * "acting chief"), after a prefix when the head is no verb ("then-chief"), or as the head of a
 * title after a singular noun ("fire chief", "school principal", "appeals court judge"), whatever
 * it is mostly used as, but a verb not after a group that does it ("Police help", "the club will
 * hire").
 */
function isTitle(word: string, before: string, nouns: NounKinds): boolean {
	const head = word.slice(word.lastIndexOf('-') + 1);
	const main = nouns.mainPartOfSpeech(head);
	if (main === 'noun') return true;
	const verb = main === 'verb';
	const found = TITLE_NOUN.exec(before);
	const previous = found?.[1]?.toLowerCase();
	// ("then" is a time only before a title that is no verb: "then chief", not "they then help".)
	if (previous !== undefined && TITLE_TIMES.has(previous)) return previous !== 'then' || !verb;
	if (head !== word) return !verb;
	if (found === null || previous === undefined) return false;
	if (analyzeWord(previous) === null || !nouns.isMainlyNoun(previous)) return false;
	// A group opening a clause does what the verb says ("Police help", "the staff help", "local
	// police help", "volunteers and police help"); inside a title it names where the title is held
	// ("appeals court judge", "said party whip").
	if (verb && nouns.nounKinds(previous).has('group') && opensClause(before.slice(0, found.index), nouns)) return false;
	return nouns.lemmas(previous).every((lemma) => lemma === previous);
}

/** The word at the end of the text before a title ("Tour" of "Tour guide Walter Briggs"). */
const TITLE_NOUN = /(?<![\p{L}\d'\u2019-])(\p{L}[\p{Ll}-]*)\s+$/u;
/**
 * Whether a group named after `before` opens a clause: after nothing, a punctuation mark or a
 * quotation mark, a determiner, "and" or "or", or an adjective or adverb ("local", "now").
 */
function opensClause(before: string, nouns: NounKinds): boolean {
	if (/(?:^|[.,;:!?"'“‘([]\s*)$/u.test(before)) return true;
	const word = TITLE_NOUN.exec(before)?.[1]?.toLowerCase();
	if (word === undefined || CLAUSE_WORDS.has(word)) return true;
	const main = nouns.mainPartOfSpeech(word);
	return main === 'adj' || main === 'adv';
}

/** Words after which a group opens a clause ("the staff help", "volunteers and police help"). */
const CLAUSE_WORDS = new Set([
	'the',
	'a',
	'an',
	'our',
	'their',
	'his',
	'her',
	'its',
	'this',
	'that',
	'these',
	'those',
	'some',
	'all',
	'both',
	'many',
	'and',
	'or',
	'but',
	'when',
	'if',
]);

/** Words before a title that say when someone held it ("former chief", "acting judge"). */
const TITLE_TIMES = new Set([
	'former',
	'acting',
	'interim',
	'retired',
	'new',
	'longtime',
	'outgoing',
	'incoming',
	'then',
	'ex',
]);

/** Does one of `words` name a person (WordNet's noun.person)? */
function namesPerson(words: string, nouns: NounKinds): boolean {
	return tokenize(words).some((t) => t.term !== null && nouns.nounKinds(t.surface).has('person'));
}

/** Adds where group 1 of `match` (of a text starting at `offset` in the sentence) stands to `into`; false without a match. */
function found(match: RegExpExecArray | null, offset: number, into: AnswerSpan[]): boolean {
	const text = match?.[1];
	if (!match || text === undefined) return false;
	const at = offset + match.index + match[0].indexOf(text);
	into.push({ start: at, end: at + text.length });
	return true;
}

/** A verb of leading something, said of someone: "chaired by", "who led the inquiry", "who is leading". */
const LEADING =
	/\b(?:chair(?:s|ed|ing)?|presid(?:es|ed|ing)|overs(?:ees|aw|eeing)|(?:led|headed|run|managed|directed)\s+by|who\s+(?:(?:is|was|has\s+been)\s+)?(?:leads|led|leading|heads|headed|heading|runs|ran|running|manages|managed|managing|directs|directed|directing))\b/iu;
/** What a name counts for, asked who leads something, in a sentence saying no one leads. */
const LEADERLESS = 0.5;

/** Does the sentence say someone leads: a verb of leading, or a noun for a leader (WordNet: executive, mayor)? */
function leads(sentence: string, nouns: NounKinds | undefined): boolean {
	if (LEADING.test(sentence)) return true;
	if (!nouns) return false;
	return tokenize(sentence).some((t) => t.term !== null && /^\p{Ll}/u.test(t.surface) && nouns.isLeader(t.surface));
}

/** What answerTypeEvidence needs of a question. */
export type AnswerQuestion = Pick<AnalyzedQuestion, 'type' | 'questionWords' | 'hint'>;

/** The same pattern, finding every match (global). */
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, `${pattern.flags}g`);

/** Dates and times by how precisely they answer each part-of-a-date question. */
const DATE_PARTS: Record<NonNullable<AnswerHint['when']>, RegExp> = {
	year: new RegExp(`\\b${YEAR_DIGITS}\\b`, 'gu'),
	month: new RegExp(`\\b${MONTHS}(?!\\p{L})`, 'gu'),
	day: new RegExp(`\\b(?:${WEEKDAYS}|${MONTHS}\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTHS}(?!\\p{L}))`, 'gu'),
	time: everywhere(CLOCK_TIME),
};

const TAKEN_TO_ALL = everywhere(TAKEN_TO);

const WEIGHT_UNIT = '(?:grams?|kilo(?:gram)?s?|kg|pounds?|lbs?|ounces?|oz|tons?|tonnes?)';
/** An amount in the units a "how heavy" or "how far" question asks for ("500 grams", "a 430-mile drive"). */
const MEASURES: Record<NonNullable<AnswerHint['measure']>, RegExp> = {
	weight: everywhere(amountOf(WEIGHT_UNIT)),
	length: everywhere(LENGTH),
	// "How big": a length said of the thing ("the 62-foot Northern Grace", "300 feet long"), not a
	// distance ("38 miles offshore"), or an area ("burned 12,000 acres").
	size: everywhere(
		new RegExp(
			`\\b${DIGITS}-${LENGTH_UNIT}\\b|\\b${NUMBER_WORD}[\\s-]+${LENGTH_UNIT}\\s+(?:long|tall|high|wide|deep|across)\\b|\\b${NUMBER_WORD}[\\s-]+${AREA_UNIT}\\b`,
			'iu',
		),
	),
	// "How hot was it": "101 degrees", "38°C", "40C", "minus 5 degrees".
	temperature: everywhere(/(?:-|\bminus\s+)?\b\d+(?:\.\d+)?\s*(?:°\s*[CF]?|degrees?\b)|\b\d+(?:\.\d+)?[CF]\b/u),
	// "How fast was the train going": "60 mph", "45 miles per hour", "20 knots"; "how fast did the
	// river come up": a distance or an area in minutes to months, or an hour ("rose about 14 feet in
	// roughly 90 minutes", "burned 5,000 acres in three hours", "rising 6 inches an hour"; not
	// "topped 30 feet in 50 years", a record, nor "20 feet a day earlier").
	// A wind's speed in words, too: "gale-force winds", "hurricane-force gusts".
	speed: everywhere(
		new RegExp(
			`\\b(?:gale|hurricane|storm|tropical[\\s-]storm)[\\s-]force\\b|\\b${NUMBER_WORD}[\\s-]+(?:mph|km/h|kph|knots|(?:miles|kilomet(?:er|re)s)\\s+(?:per|an|a)\\s+hour)(?!\\p{L})|\\b${DIGITS}\\s*(?:mph|km/h|kph)(?!\\p{L})|\\b${NUMBER_WORD}[\\s-]+(?:${LENGTH_UNIT}|${AREA_UNIT})\\s+(?:in\\s+(?:(?:about|roughly|around|nearly|almost|just|only|under|over|less\\s+than|more\\s+than|barely)\\s+)?${NUMBER_WORD}\\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?)|(?:an?|per|each)\\s+(?:second|minute|hour|day)(?!\\s+(?:earlier|later|after|before|ago|time)\\b))(?!\\p{L})`,
			'iu',
		),
	),
};

/**
 * Measures only an amount in their units answers. A length, a weight or a speed may be told
 * otherwise ("how far": "a 40-minute drive"; "how fast was it going": "covered the mile in four
 * minutes").
 */
const ONLY_MEASURED = new Set<keyof typeof MEASURES>(['temperature']);

/** Verbs of going somewhere, by their stems ("heading", "sped", "fled", "made off"). */
export const MOTION =
	'(?:head|go|goes|going|gone|went|flee|fled|driv|drove|speed|sped|run|ran|travel|mov|turn|walk|rac|escap|ma[dk]e off)\\p{L}*';
/**
 * A direction, as "which way" asks for: a verb of going and where to ("speed off towards the
 * harbour", "was heading north"), or a compass bearing made a word ("northbound", "westward").
 * Compass words in lower case only: "West" and "North" open names.
 */
const DIRECTION = new RegExp(
	`\\b${MOTION}(?:\\s+(?:off|away|out))?\\s+(?:towards?|in the direction of|(?:due\\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?)\\b|\\b(?:north|south|east|west)(?:bound|wards?)\\b`,
	'gu',
);

/** An amount of time in numbers, global (AMOUNTS): what "how long" asks for most precisely. */
const AMOUNTS_OF_TIME = AMOUNTS.map(everywhere);
/** What "how long is the wall" asks for: a length of time or of space. */
const AMOUNTS_OF_TIME_OR_LENGTH = [...AMOUNTS_OF_TIME, everywhere(LENGTH)];
/** What "how long did it take" asks for: an amount of time, or the time after an event ("50 minutes after"). */
const AMOUNTS_OF_TIME_OR_AFTER = [...AMOUNTS_OF_TIME, everywhere(TIME_AFTER)];
/** What "how many hours" asks for: an amount of time in that unit ("140 hours"; "two decades" for years). */
const IN_UNIT: Record<TimeUnit, string> = {
	year: `(?:years?|decades?|${SEASONS})`,
	month: 'months?',
	week: 'weeks?',
	day: 'days?',
	hour: 'hours?',
	minute: 'minutes?',
};
const AMOUNTS_IN_UNIT = Object.fromEntries(
	Object.entries(IN_UNIT).map(([unit, pattern]) => [
		unit,
		// (Years from one to another count years.)
		[everywhere(amountOf(pattern, NOT_BETWEEN)), ...(unit === 'year' ? [everywhere(YEAR_SPAN)] : [])],
	]),
) as Record<TimeUnit, RegExp[]>;
const AMOUNTS_IN_UNIT_OR_AFTER = Object.fromEntries(
	Object.entries(IN_UNIT).map(([unit, pattern]) => [
		unit,
		[...AMOUNTS_IN_UNIT[unit as TimeUnit], everywhere(amountOf(pattern, AFTER_EVENT))],
	]),
) as Record<TimeUnit, RegExp[]>;
/** What "how long ago" asks for most precisely, global. */
const AMOUNTS_AGO = [everywhere(AGO)];
/** The evidence of a looser answer to "how long". */
const LOOSE_DURATION = 0.75;

/** A multiple after a number: "$2.5 million", "$5m", "20k". */
const SCALE = '(?:\\s+(?:thousand|million|billion|trillion)|(?:k|m|bn)\\b)?';
/**
 * An amount of money: "$250,000", "£3.1 million", "$5m", "USD 40,000", "400,000 euros", "half a
 * million dollars".
 */
export const MONEY_PATTERN = `(?:[$€£¥₹]|\\b(?:USD|EUR|GBP)\\s?)${DIGITS}${SCALE}|\\b(?:${COUNT_WORD}|a|half a)(?:\\s+(?:thousand|million|billion|trillion))?\\s+(?:dollars|euros|pounds|yen|francs|cents)\\b`;
const MONEY = new RegExp(MONEY_PATTERN, 'giu');

/**
 * A number and the words after it, which may name what it counts: three, and four more looked at
 * but not taken (a name may come first: "1,900 Harlan Electric Cooperative customers"; see
 * countedWords).
 */
const COUNTED = new RegExp(
	`${NOT_A_COUNT}\\b${COUNT_WORD}\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)(?=((?:[^\\S\\n]+[\\p{L}'\u2019.&-]+){0,4}))`,
	'giu',
);
/** Up to four words of a name, in capitals ("Central Valley Power & Light"); case-sensitive. */
const NAME_RUN = /^(?:\p{Lu}[\p{L}'\u2019.-]*\s+(?:&\s+)?){1,4}/u;
/** The first three words. */
const THREE_WORDS = /^(?:[\p{L}-]+\s+){0,2}[\p{L}-]+/u;

/** A year, which counts nothing ("In 2019 Democrats won the House"). */
const YEAR = new RegExp(`^${YEAR_DIGITS}$`);
/** A month's name, or its abbreviation, ending the words before a number: the number is a day ("On Jan 12 Democrats"). */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_NAMES}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+$`, 'u');

/**
 * The readings of the words after a number (`match`, a COUNTED match in `sentence`) that may name
 * what it counts, in order, each with where it starts past the match's start: the first three
 * words; or, after a name, the three words after it ("1,900 Harlan Electric Cooperative customers",
 * "Five Ford workers") and the name's last word, which comes first when no noun follows the name
 * ("Three Americans were killed", "Five Democrats voted"). None for a year or a day ("In 2019
 * Democrats won", "On Jan. 12 Kentucky State Police troopers"): they count nothing.
 */
function countedWords(
	match: RegExpExecArray,
	sentence: string,
	nouns: NounKinds | undefined,
): { from: number; words: string }[] {
	const at = match[0].length - (match[1] ?? '').length;
	if (
		YEAR.test(match[0].slice(0, at).trim()) ||
		MONTH_BEFORE.test(sentence.slice(Math.max(0, match.index - 12), match.index))
	)
		return [];
	const words = `${match[1] ?? ''}${match[2] ?? ''}`;
	const name = NAME_RUN.exec(words)?.[0] ?? '';
	const rest = THREE_WORDS.exec(words.slice(name.length))?.[0];
	if (name === '' || !rest) return [{ from: at, words: THREE_WORDS.exec(words)?.[0] ?? '' }];
	const last = /(\S+)\s+(?:&\s+)?$/u.exec(name) as RegExpExecArray;
	const after = { from: at + name.length, words: rest };
	const ownWord = { from: at + last.index, words: last[1] as string };
	const next = /^[\p{L}-]+/u.exec(rest)?.[0] ?? '';
	return nouns?.isMainlyNoun(next) ? [after, ownWord] : [ownWord, after];
}

/**
 * Where what a COUNTED match counts ends, past its start: the end of the token `find` takes from
 * the first reading (countedWords) it takes one from; undefined when none.
 */
function countedEnd(
	match: RegExpExecArray,
	sentence: string,
	nouns: NounKinds | undefined,
	find: (words: string) => Token | undefined,
): number | undefined {
	for (const { from, words } of countedWords(match, sentence, nouns)) {
		const token = find(words);
		if (token) return from + token.end;
	}
	return undefined;
}

/** Where an answer stands in a sentence (offsets in its text). */
export interface AnswerSpan {
	start: number;
	end: number;
}

/**
 * How surely the sentence holds an answer of the asked type that is not just the question's own
 * words: 1 for the precise kind (a year for "what year", a count of what "how many" counts, an
 * amount of time for "how long", a known person's or organisation's name for "who"), less for a
 * looser one, 0 for none.
 */
export function answerTypeEvidence(
	question: AnswerQuestion,
	sentence: string,
	names?: ReadonlyMap<string, readonly { kind: string }[]>,
	nouns?: NounKinds,
): number {
	return findAnswers(question, sentence, names, false, nouns).evidence;
}

/** What a noun may stand for (WordNet, src/lexicon.ts): a number of persons answers "how many people". */
export type NounKinds = Pick<
	Lexicon,
	'nounKinds' | 'isLeader' | 'isMainlyNoun' | 'isPlace' | 'isWorker' | 'lemmas' | 'mainPartOfSpeech'
>;

/** The prepositions before a place a common noun names (PLACE_PHRASE). */
const PLACE_PREPOSITIONS = new Set([
	'in',
	'at',
	'inside',
	'behind',
	'on',
	'near',
	'outside',
	'from',
	'into',
	'under',
	'beneath',
	'beside',
	'across',
	'around',
]);
/**
 * A place named by a common noun, after a preposition and a determiner: "in the converted garage",
 * "in a converted chicken coop behind her farmhouse", "on a gravel bar". Group 1 holds up to three
 * words after the determiner, among which commonPlaces finds the place.
 */
const PLACE_PHRASE = new RegExp(
	`\\b(?:${[...PLACE_PREPOSITIONS].map((p) => `[${p[0]?.toUpperCase()}${p[0]}]${p.slice(1)}`).join('|')})\\s+(?:the|a|an|his|her|their|its|our|my|your|this|that|[\\p{L}'\\u2019-]+['\\u2019]s)\\s+((?:[\\p{Ll}\\d][\\p{L}\\d-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*)`,
	'gu',
);

/**
 * Nouns of a part or a position of something rather than a place of its own, which WordNet files
 * under location: "in the end", "at the top", "on the bright side", "behind the scenes", "in the
 * first place", "on the right track".
 */
const PLACE_PARTS = new Set(
	'end top bottom side edge front back rear middle center centre inside outside position place point horizon scenes track way'.split(
		' ',
	),
);

/**
 * The places of `sentence` that common nouns name (PLACE_PHRASE), as spans from the preposition to
 * the place: the run of words after the determiner up to a function word, whose last place noun
 * is the place ("on a gravel bar hours later": bar). The place, or a word before it, must be
 * one the question does not ask with ("where is the garage" is not answered by "in the garage").
 */
function commonPlaces(sentence: string, nouns: NounKinds, isNew: (text: string) => boolean): AnswerSpan[] {
	const spans: AnswerSpan[] = [];
	PLACE_PHRASE.lastIndex = 0;
	for (let match = PLACE_PHRASE.exec(sentence); match; match = PLACE_PHRASE.exec(sentence)) {
		const from = match.index + match[0].length - (match[1] as string).length;
		// The run's words and where each ends (white space of any length between them).
		const run: { word: string; end: number }[] = [];
		for (const word of (match[1] as string).matchAll(/\S+/gu)) {
			// ("in her own garage": "own" is a stop word, and no end of the run.)
			if (word[0] === 'own') continue;
			if (STOP_WORDS.has(word[0]) || PLACE_PREPOSITIONS.has(word[0])) break;
			run.push({ word: word[0], end: from + (word.index ?? 0) + word[0].length });
		}
		// (What follows the run is read again: "in the garage behind the house".)
		const last = run.at(-1);
		if (last) PLACE_PHRASE.lastIndex = last.end;
		let head = -1;
		for (let i = run.length - 1; i >= 0 && head === -1; i--) {
			const { word } = run[i] as { word: string };
			if (nouns.isMainlyNoun(word) && !PLACE_PARTS.has(word) && nouns.isPlace(word)) head = i;
		}
		if (head === -1) continue;
		const { end } = run[head] as { end: number };
		// "at the end of the day", "in the middle of the night": a part of what follows.
		if (/^\s+of\b/.test(sentence.slice(end, end + 4))) continue;
		if (!isNew(sentence.slice(from, end))) continue;
		spans.push({ start: match.index, end });
	}
	return spans;
}

/**
 * The sentence's answers of the asked type (answerTypeEvidence) and where each stands: every
 * answer of the best kind it holds, or with `every` false only the first found.
 */
export function findAnswers(
	question: AnswerQuestion,
	sentence: string,
	names?: ReadonlyMap<string, readonly { kind: string }[]>,
	every = true,
	nouns?: NounKinds,
): { evidence: number; spans: AnswerSpan[] } {
	const { type, questionWords, hint } = question;
	const isNew = (text: string) =>
		!tokenize(text).every((t) => questionWords.has(foldCase(t.surface))) &&
		!(type === 'count' && hint.amount && AMOUNT_OF_TIME.test(text));
	const spans: AnswerSpan[] = [];
	// Asked how long, a rate's part says how often ("shoes horses five days a week"), unless the
	// question asks for a length per day or week.
	const rates = type === 'duration' && !hint.rate;
	// (Kept aside: they answer, loosely, only where nothing else does.)
	const rateSpans: AnswerSpan[] = [];
	const add = (match: RegExpExecArray, length = match[0].length): boolean => {
		const span = { start: match.index, end: match.index + length };
		if (rates && ratePart(sentence, span.start, span.end)) {
			if (!rateSpans.some((r) => r.start === span.start)) rateSpans.push(span);
			return false;
		}
		spans.push(span);
		return true;
	};
	/** An age said of a name ("Osterhout is 77.") is one only of a name the corpus knows as a person's. */
	const unknownName = (pattern: RegExp, match: RegExpExecArray) =>
		type === 'age' &&
		pattern.source === NAME_IS_AGE.source &&
		!names?.get(foldWord((match[1] ?? '').split(/\s+/).at(-1) ?? ''))?.some((e) => e.kind === 'person');
	/** Adds the matches of `patterns` (global) that are not just the question's words; the first only, unless `every`. */
	const addNew = (patterns: readonly RegExp[]) => {
		for (const pattern of patterns) {
			pattern.lastIndex = 0;
			for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
				if (!isNew(match[0]) || unknownName(pattern, match)) continue;
				if (add(match) && !every) return;
			}
		}
	};
	if (type === 'who' && hint.identity) return descriptions(sentence, hint.identity, nouns, every);
	if (hint.origin) return beginnings(sentence, every);
	if (type === 'who') {
		// A capitalised name not at the start of the sentence and not named in the question: a
		// person the corpus knows is the answer; an organisation, or another capitalised word (a
		// place, a title), may be.
		let best = 0;
		const asksSaying = hint.leader === true || [...questionWords].some((w) => SAYING.test(w));
		NAME_INSIDE.lastIndex = 0;
		for (let match = NAME_INSIDE.exec(sentence); match; match = NAME_INSIDE.exec(sentence)) {
			const word = foldWord(match[0]);
			// A capitalised function word opens a quotation ("The", "We", "I'm"): it names nobody.
			if (questionWords.has(word) || STOP_WORDS.has(word) || /^i(?:'|$)/.test(word)) continue;
			// A family by its name is its people: "the Obamas", "the Kardashians".
			const family = word.endsWith('s') && !names?.has(word) ? names?.get(word.slice(0, -1)) : undefined;
			const known = family ?? names?.get(word);
			// A name after "the" and before a common noun names a thing ("the Kinloch brooch", "the
			// Trump administration"), not whom the question asks for.
			const modifier =
				!family &&
				/\bthe\s+$/i.test(sentence.slice(Math.max(0, match.index - 4), match.index)) &&
				/^\s+\p{Ll}/u.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 2));
			const named = modifier ? 0.4 : known?.some((e) => e.kind === 'person') ? 1 : known ? 0.7 : 0.4;
			// Who only says something ("Sheriff Teresa Whitfield said the order would remain") is
			// less surely whom the question asks for than who does it ("Whitfield ordered the
			// evacuation"), unless the question asks who said or who leads.
			const value =
				!asksSaying && onlySays(sentence, match.index, match.index + match[0].length, questionWords)
					? named * SAYER
					: named;
			if (value > best) spans.length = 0;
			if (value >= best) add(match);
			best = Math.max(best, value);
			if (best === 1 && !every) break;
		}
		// Asked who leads something, a name beside no word of leading ("chief executive", "mayor",
		// "chaired by") answers it less surely.
		if (hint.leader && best > 0 && !leads(sentence, nouns)) return { evidence: best * LEADERLESS, spans };
		// Asked who taught someone, a name in a sentence that tells no one's teaching ("Lindqvist
		// taught chemistry" for "who taught her to play") answers it less surely.
		if (hint.teacher && best > 0 && !teaches(sentence)) return { evidence: best * UNTAUGHT, spans };
		return { evidence: best, spans };
	}
	if (type === 'what' && hint.occupation) return occupations(sentence, questionWords, nouns, every);
	if (type === 'what' && hint.quoted) {
		addNew([QUOTED_WORDS]);
		return { evidence: spans.length > 0 ? 1 : 0, spans };
	}
	if (type === 'yesno') {
		// Only whether anyone did something is answered by an expression of a kind.
		if (hint.existential) {
			addNew([NO_ONE]);
			THERE_WERE.lastIndex = 0;
			for (let match = THERE_WERE.exec(sentence); match; match = THERE_WERE.exec(sentence)) add(match);
		}
		return { evidence: spans.length > 0 ? 1 : 0, spans };
	}
	const precise = precisePatterns(question);
	// Global patterns, read with exec from the start (matchAll would copy each pattern).
	for (const pattern of precise) {
		pattern.lastIndex = 0;
		for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
			if (!STATED_REASONS.includes(pattern) && !isNew(match[0])) continue;
			if (unknownName(pattern, match)) continue;
			if (pattern === COUNTED) {
				// The answer is the number and what it counts, up to the counted word.
				const asked = hint.counted;
				const counted = asked && countedEnd(match, sentence, nouns, (words) => countedToken(words, asked));
				if (counted !== undefined) add(match, counted);
				// For "how many people", a number of persons of any kind: "1,800 residents", "two men".
				else if (hint.countsPeople) {
					const end = personCounted(match, sentence, nouns);
					if (end !== undefined) add(match, end);
				}
			} else add(match);
			if (spans.length > 0 && !every) break;
		}
	}
	// Asked how long one of many things takes, a length said of each answers it surely; another less.
	if (spans.length > 0) return { evidence: hint.each && !SAID_OF_EACH.test(sentence) ? LOOSE_EACH : 1, spans };
	// No other number tells how hot it was ("three days before the crash").
	if (hint.measure && ONLY_MEASURED.has(hint.measure)) return { evidence: 0, spans };
	const patterns = ALL_ANSWER_PATTERNS[type];
	if (!patterns) return { evidence: 0, spans };
	addNew(patterns);
	// Where the question says precisely what it asks for, another answer of its type counts less: a
	// weekday for "what year", any number for "how many nurses" or "how much money", "after" or
	// "for" for "why" (no "because"), years for "how many months" ("served 21 years" against "working
	// on this for seven months"); a life sentence or a start ("since 2009") for "how long", which
	// names no unit, a little less; a day or a year for "what time", less still (LOOSE_TIME).
	const saysWhat =
		(type === 'when' && hint.when) ||
		(type === 'count' && (hint.counted || hint.money || hint.measure)) ||
		(type === 'where' && (hint.direction || hint.destination)) ||
		(type === 'age' && hint.now) ||
		(type === 'duration' && hint.unit) ||
		type === 'why';
	const loose = saysWhat
		? type === 'when' && hint.when === 'time'
			? LOOSE_TIME
			: 0.5
		: type === 'duration'
			? LOOSE_DURATION
			: 1;
	if (spans.length > 0) return { evidence: loose, spans };
	addNew(ALL_WEAKER_PATTERNS[type] ?? []);
	if (type === 'where' && spans.length === 0 && nouns) {
		const places = commonPlaces(sentence, nouns, isNew);
		if (places.length > 0) return { evidence: COMMON_PLACE_EVIDENCE, spans: every ? places : places.slice(0, 1) };
	}
	if (spans.length === 0 && rateSpans.length > 0) return { evidence: RATE_EVIDENCE, spans: rateSpans };
	return { evidence: spans.length > 0 ? WEAKER_EVIDENCE : 0, spans };
}

/**
 * Asked how someone took something up, a sentence telling how it began, and when, after what or
 * why ("He started doing repairs in 1983 because the only repairman he trusted had died") answers
 * it; a beginning alone, or a reason alone ("he keeps at it because"), less surely. The spans: the
 * beginnings (the first only, unless `every`) and the stated reason.
 */
function beginnings(sentence: string, every: boolean): { evidence: number; spans: AnswerSpan[] } {
	const spans: AnswerSpan[] = [];
	let began = false;
	let came = false;
	BEGINNING.lastIndex = 0;
	for (let match = BEGINNING.exec(sentence); match; match = BEGINNING.exec(sentence)) {
		const end = match.index + match[0].length;
		spans.push({ start: match.index, end });
		began = true;
		came ||= CIRCUMSTANCE.test(sentence.slice(end));
		if (!every) break;
	}
	STATED_REASON.lastIndex = 0;
	const reason = STATED_REASON.exec(sentence);
	if (reason) spans.push({ start: reason.index, end: reason.index + reason[0].length });
	const evidence = began && (reason || came) ? 1 : began || reason ? ORIGIN_PART : 0;
	return { evidence, spans };
}

/**
 * The patterns of the answer a question says precisely that it asks for (a year for "what year", a
 * count of what "how many" counts...), global; none when it does not say.
 */
function precisePatterns({ type, hint, questionWords }: AnswerQuestion): readonly RegExp[] {
	if (type === 'when' && hint.when) return [DATE_PARTS[hint.when]];
	if (type === 'count' && hint.counted) return [COUNTED];
	if (type === 'count' && hint.money) return [MONEY];
	if (type === 'count' && hint.measure) return [MEASURES[hint.measure]];
	if (type === 'where' && hint.direction) return [DIRECTION];
	if (type === 'where' && hint.destination) return [TAKEN_TO_ALL];
	if (type === 'why') return STATED_REASONS;
	if (type === 'age' && hint.now) return ALL_AGES_NOW;
	if (type !== 'duration') return [];
	if (questionWords.has('ago')) return AMOUNTS_AGO;
	if (hint.unit) return hint.elapsed ? AMOUNTS_IN_UNIT_OR_AFTER[hint.unit] : AMOUNTS_IN_UNIT[hint.unit];
	if (hint.elapsed) return AMOUNTS_OF_TIME_OR_AFTER;
	return hint.measure === 'length' ? AMOUNTS_OF_TIME_OR_LENGTH : AMOUNTS_OF_TIME;
}

/**
 * A word or a few (at most four) in quotation marks: a word or phrase named as such ("correctly
 * spelling “cymotrichous”", "the slogan 'Build it now'"), not a sentence quoted.
 */
const QUOTED_WORDS =
	/[“"‘](?:[\p{L}\d'’-]+\s){0,3}[\p{L}\d'’-]+[,.!?]?[”"’](?!\p{L})(?!\s*(?:\p{Lu}[\p{L}.'-]*\s+){0,3}(?:said|says|asked|told|added|replied)\b|\s*(?:she|he|they|I|we)\s+(?:said|says|asked|told|added|replied)\b)/gu;

/** The same patterns, each finding every match. */
const everyMatch = (byType: Partial<Record<QuestionType, RegExp[]>>) =>
	Object.fromEntries(Object.entries(byType).map(([type, patterns]) => [type, patterns.map(everywhere)])) as Partial<
		Record<QuestionType, RegExp[]>
	>;
const ALL_ANSWER_PATTERNS = everyMatch(ANSWER_PATTERNS);
const ALL_WEAKER_PATTERNS = everyMatch(WEAKER_PATTERNS);
const ALL_AGES_NOW = AGES_NOW.map(everywhere);

/** The question types recorded per sentence, one bit each. */
const KIND_BITS: QuestionType[] = ['who', 'when', 'duration', 'count', 'age', 'where', 'why'];
/** Answers only a question saying precisely what it asks for takes: a direction, for "which way". */
const PRECISE_ONLY: Partial<Record<QuestionType, RegExp[]>> = {
	where: [new RegExp(DIRECTION.source, 'u')],
	duration: [AGO, LENGTH],
	why: [new RegExp(STATED_REASON.source, 'iu'), new RegExp(AND_SO.source, 'u')],
	// A measure written as one word with its number ("the 2.6-kilogram stone", "a 62-foot boat").
	count: Object.values(MEASURES).map((pattern) => new RegExp(pattern.source, 'iu')),
};
/**
 * Phrases that may be answers once the lexicon says what their words are: a preposition before a
 * common noun, which answers "where" when WordNet has the noun as a place (commonPlaces). A
 * third of a corpus's sentences may hold one, against a sixth that name a place.
 */
const WITH_LEXICON: Partial<Record<QuestionType, RegExp[]>> = {
	where: [new RegExp(PLACE_PHRASE.source, 'u')],
};
/** Every pattern of any strength, by type: whether a sentence may hold an answer at all (mayHold). */
const ANY_ANSWER_PATTERNS = Object.fromEntries(
	KIND_BITS.map((type) => [
		type,
		[
			...(ANSWER_PATTERNS[type] ?? []),
			...(WEAKER_PATTERNS[type] ?? []),
			...(PRECISE_ONLY[type] ?? []),
			...(WITH_LEXICON[type] ?? []),
		],
	]),
) as Partial<Record<QuestionType, RegExp[]>>;
const CAPITALISED_INSIDE = /(?<=[\s,;:("\u201C])\p{Lu}[\p{L}'-]+/u;
const NAME_INSIDE = new RegExp(CAPITALISED_INSIDE.source, 'gu');

/**
 * The bit standing for answers of this type among a sentence's kinds of answer, for a caller that
 * keeps what mayHold found of each sentence, and asks it only the first time a question of the
 * type reads the sentence (most sentences of a large corpus are never read by a question);
 * 0 for a type any sentence may answer. The bits fit in 8.
 */
export function answerKindBit(type: QuestionType): number {
	const index = KIND_BITS.indexOf(type);
	return index === -1 ? 0 : 1 << index;
}

/** False when the sentence cannot answer a question of this type (no pattern of the type matches it). */
export function mayHold(text: string, type: QuestionType): boolean {
	if (!KIND_BITS.includes(type)) return true;
	return type === 'who' ? CAPITALISED_INSIDE.test(text) : (ANY_ANSWER_PATTERNS[type] ?? []).some((p) => p.test(text));
}
