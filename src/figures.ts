/**
 * Figures in answers (durations, counts, ages, years) and where sources state different ones for
 * the same thing: "incarcerated for 22 years" in one article, "served 21 years" in another.
 */
import type { QuestionType } from './question.js';
import { analyzeWord } from './text.js';

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
const singular = (unit: string) => unit.toLowerCase().replace(/s$/, '');

/** The figures of the kind a question asks for, in one sentence. */
export function figuresIn(type: QuestionType, sentence: string): Figure[] {
	const found: Figure[] = [];
	const push = (text: string, value: number, unit: string, counted?: string) => {
		if (Number.isFinite(value)) found.push({ text, value, unit, ...(counted ? { counted } : {}) });
	};
	if (type === 'duration') {
		for (const m of sentence.matchAll(
			/\b(\d(?:[\d,]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|an)[\s-]+(years?|months?|weeks?|days?|hours?|decades?)\b(?!-old)/giu,
		)) {
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
		for (const m of sentence.matchAll(
			/\b(\d(?:[\d,]*\d)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu,
		)) {
			// What is counted: the noun after the number, past one compound modifier ("410 on-street spaces").
			const [, count = '', first = '', second] = m;
			const counted = first.includes('-') && second ? second : first;
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
	{ counted, minShareOfBest = 0.4 }: { counted?: ReadonlySet<string>; minShareOfBest?: number } = {},
): Stated[] {
	const best = answers[0];
	if (!best) return [];
	const figures = figuresIn(type, best.answer);
	const bestFigure = counted ? figures.find((f) => counted.has(analyzeWord(f.counted ?? '') ?? '')) : figures[0];
	if (!bestFigure) return [];
	for (const [i, other] of answers.entries()) {
		if (i === 0 || other.articleId === best.articleId || other.score < best.score * minShareOfBest) continue;
		const figure = figuresIn(type, other.answer).find((f) => f.unit === bestFigure.unit);
		if (figure && figure.value !== bestFigure.value) {
			return [
				{ figure: bestFigure, result: 0 },
				{ figure, result: i },
			];
		}
	}
	return [];
}
