/**
 * Finds the double-quoted spans of a paragraph. Curly and straight marks may be mixed (an
 * article may open with “ and close with "); single quotes inside a double-quoted span are part
 * of it (they belong to the outer speaker) and apostrophes are never marks, since only double
 * marks delimit spans. Unbalanced marks never throw: a span left open runs to the end of the
 * paragraph and is flagged, so a quotation continued in the next paragraph can be joined to it.
 */
import { splitsIntoMore } from './text.js';

export interface QuoteSpan {
	/** Offset of the opening mark. */
	open: number;
	/** Offset just past the closing mark, or the paragraph's end when unclosed. */
	close: number;
	/** The quoted words, without the marks. */
	text: string;
	/** True when the paragraph ended before the quotation closed. */
	unclosed: boolean;
	/** True when the span opens the paragraph (after white space). */
	opensParagraph: boolean;
}

const OPENING = '\u201C';
const CLOSING = '\u201D';
const STRAIGHT = '"';

/** Whether a straight mark at `i` opens a quotation: nothing but space or an opening bracket before it. */
function straightOpens(text: string, i: number): boolean {
	const before = i === 0 ? ' ' : (text[i - 1] as string);
	return /[\s([{\u2014\u2013-]/.test(before);
}

export function findQuoteSpans(text: string): QuoteSpan[] {
	const spans: QuoteSpan[] = [];
	let openAt = -1;
	const push = (open: number, close: number, unclosed: boolean) => {
		const inner = text.slice(open + 1, unclosed ? close : close - 1).trim();
		if (inner.length > 0) {
			spans.push({ open, close, text: inner, unclosed, opensParagraph: text.slice(0, open).trim() === '' });
		}
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch !== OPENING && ch !== CLOSING && ch !== STRAIGHT) continue;
		if (openAt === -1) {
			// A closing mark with nothing open is stray; ignore it.
			if (ch === CLOSING || (ch === STRAIGHT && !straightOpens(text, i))) continue;
			openAt = i;
		} else if (ch === OPENING) {
			// A curly opening while one is open: the earlier quotation was never closed.
			push(openAt, i, true);
			openAt = i;
		} else {
			push(openAt, i + 1, false);
			openAt = -1;
		}
	}
	if (openAt !== -1) push(openAt, text.length, true);
	return spans;
}

/** A short title-case span without sentence punctuation is a title or headline ("The Apprentice"), not speech. */
export function isTitleLike(text: string): boolean {
	// (Read from the end and the first nine words only: most spans are quotations, whole sentences.)
	const last = text.charCodeAt(text.length - 1);
	// [.,;:] at the end
	if (last === 0x2e || last === 0x2c || last === 0x3b || last === 0x3a) return false;
	// A question or exclamation mark at the end left out
	const body = last === 0x3f || last === 0x21 ? text.slice(0, -1) : text;
	return !splitsIntoMore(body, 8) && capitalisedWords(body) > 0;
}

/**
 * How many significant words (longer than three letters, or capitalised) `text` has when every one
 * of them is capitalised or a number, as a title's are ("The Call of the Wild": 3); 0 when one is not.
 */
function capitalisedWords(text: string): number {
	const significant = text.split(/\s+/).filter((w) => w.length > 3 || /^\p{Lu}/u.test(w));
	return significant.every((w) => /^[\p{Lu}\d]/u.test(w)) ? significant.length : 0;
}

/**
 * A title written American style, the sentence's comma or full stop inside its marks (“Mailbox
 * Fire,”, “Gloria Abernathy Corner.”): two capitalised words or more and nothing else but short
 * ones, no comma inside. Only for finding names, where a sign's or a dish's name is no person's:
 * speech ends so too (“Thank You,” “Merry Christmas,” he said), and stays speech for /quote.
 */
export function isPunctuatedTitle(text: string): boolean {
	if (!/[.,;:]$/.test(text)) return false;
	const body = text.slice(0, -1);
	if (/[,.!?;:]\s/.test(body) || splitsIntoMore(body, 8)) return false;
	return capitalisedWords(body) >= 2;
}
