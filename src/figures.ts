/**
 * Figures in answers (durations, counts, ages, years) and where sources state different ones for
 * the same thing: "incarcerated for 22 years" in one article, "served 21 years" in another.
 */
import { DIGITS, MONEY_PATTERN } from './answer-types.js';
import type { QuestionType } from './question.js';
import { analyzeWord, STOP_WORDS } from './text.js';

export interface Figure {
	/** As written: "21 years". */
	text: string;
	value: number;
	/** What is counted: "year" (a duration in years), "age", "calendar-year"... */
	unit: string;
	/** For a count, the word counted as written ("buses"), to compare with a question's words. */
	counted?: string;
}

const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	hundred: 100,
};

const number = (text: string) => NUMBER_WORDS[text.toLowerCase()] ?? Number(text.replace(/,/g, ''));

const MONEY = new RegExp(MONEY_PATTERN, 'giu');
const NUMBER_AT = new RegExp(DIGITS);
/** The currency of an amount of money as written (MONEY_PATTERN), lower case: a sign or a word. */
const CURRENCY = /[$€£¥₹]|\b(?:usd|eur|gbp|dollars|euros|pounds|yen|francs|cents)\b/;
const SCALES: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	m: 1e6,
	million: 1e6,
	bn: 1e9,
	billion: 1e9,
	trillion: 1e12,
};
const CURRENCIES: Record<string, string> = {
	$: 'dollar',
	usd: 'dollar',
	dollars: 'dollar',
	'€': 'euro',
	eur: 'euro',
	euros: 'euro',
	'£': 'pound',
	gbp: 'pound',
	pounds: 'pound',
	'¥': 'yen',
	yen: 'yen',
	'₹': 'rupee',
	francs: 'franc',
	cents: 'cent',
};

/** An amount of money as written (MONEY_PATTERN) as a figure: its value, its currency the unit. */
function moneyFigure(text: string): Figure | null {
	const lower = text.toLowerCase();
	const currency = CURRENCY.exec(lower)?.[0];
	const digits = NUMBER_AT.exec(lower)?.[0];
	const words = /^(?:half a|a|[a-z]+)\b/.exec(lower)?.[0];
	let value = digits !== undefined ? Number(digits.replace(/,/g, '')) : words === 'half a' ? 0.5 : number(words ?? '');
	const scale = /(?:\d|\s)(thousand|million|billion|trillion|k|m|bn)\b/.exec(lower)?.[1];
	if (scale) value *= SCALES[scale] ?? 1;
	const unit = currency && CURRENCIES[currency];
	if (!unit || !Number.isFinite(value)) return null;
	return { text, value, unit };
}

const singular = (unit: string) => unit.toLowerCase().replace(/s$/, '');

// A number, not the end of another ("3.1 million" is no "1 million"), and its unit or what it counts.
const NOT_INSIDE_A_NUMBER = '(?<![\\d.,])\\b';
const NUMBER_NAMES = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty';
const DURATIONS = new RegExp(
	`${NOT_INSIDE_A_NUMBER}(${DIGITS}|one|${NUMBER_NAMES}|a|an)[\\s-]+(years?|months?|weeks?|days?|hours?|decades?)\\b(?!-old)`,
	'giu',
);
const COUNTS = new RegExp(
	`${NOT_INSIDE_A_NUMBER}(${DIGITS}|${NUMBER_NAMES})\\s+([\\p{L}-]+)(?:\\s+([\\p{L}-]+))?`,
	'giu',
);

/** The figures of the kind a question asks for (an amount of money, with `money`), in one sentence. */
export function figuresIn(type: QuestionType, sentence: string, money = false): Figure[] {
	const found: Figure[] = [];
	if (money) {
		for (const m of sentence.matchAll(MONEY)) {
			const figure = moneyFigure(m[0]);
			if (figure) found.push(figure);
		}
		return found;
	}
	const push = (text: string, value: number, unit: string, counted?: string) => {
		if (Number.isFinite(value)) found.push({ text, value, unit, ...(counted ? { counted } : {}) });
	};
	if (type === 'duration') {
		for (const m of sentence.matchAll(DURATIONS)) {
			const unit = singular(m[2] as string);
			// Two decades and 20 years are the same figure.
			const value = number(m[1] as string) * (unit === 'decade' ? 10 : 1);
			push(m[0], value, unit === 'decade' ? 'year' : unit);
		}
	} else if (type === 'age') {
		for (const m of sentence.matchAll(/\b(\d{1,3})-year-old\b|\baged?\s+(\d{1,3})\b/giu))
			push(m[0], Number(m[1] ?? m[2]), 'age');
	} else if (type === 'when') {
		for (const m of sentence.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/gu)) push(m[0], Number(m[1]), 'calendar-year');
	} else if (type === 'count') {
		for (const m of sentence.matchAll(COUNTS)) {
			// What is counted: the noun after the number, past one compound modifier ("410 on-street spaces");
			// not a function word ("250,000 and").
			const [, count = '', first = '', second] = m;
			const counted = first.includes('-') && second ? second : first;
			if (STOP_WORDS.has(counted.toLowerCase())) continue;
			push(`${count} ${counted === first ? first : `${first} ${second}`}`, number(count), singular(counted), counted);
		}
	}
	return found;
}

export interface Stated {
	figure: Figure;
	/** Index of the result stating it. */
	result: number;
}

/**
 * When the best answer states a figure and an answer from another article states a different one
 * of the same kind, both, best first; otherwise nothing. `counted` is what a "how many" question
 * counts, as analysed terms: the best answer's figure is then a count of that ("eight pieces",
 * not the "two men" before it), and there is none when it counts nothing of it.
 */
export function differingFigures(
	type: QuestionType,
	answers: { articleId: string; answer: string; score: number }[],
	{
		counted,
		money = false,
		minShareOfBest = 0.4,
		sameStory = () => true,
	}: {
		counted?: ReadonlySet<string>;
		money?: boolean;
		minShareOfBest?: number;
		/** Whether answer `i` tells the best answer's story (in a corpus of several, a figure of another is no disagreement). */
		sameStory?: (i: number) => boolean;
	} = {},
): Stated[] {
	const best = answers[0];
	if (!best) return [];
	const figures = figuresIn(type, best.answer, money);
	const bestFigure = counted ? figures.find((f) => counted.has(analyzeWord(f.counted ?? '') ?? '')) : figures[0];
	if (!bestFigure) return [];
	for (const [i, other] of answers.entries()) {
		if (i === 0 || other.articleId === best.articleId || other.score < best.score * minShareOfBest) continue;
		const figure = figuresIn(type, other.answer, money).find((f) => f.unit === bestFigure.unit);
		if (figure && figure.value !== bestFigure.value && sameStory(i)) {
			return [
				{ figure: bestFigure, result: 0 },
				{ figure, result: i },
			];
		}
	}
	return [];
}
