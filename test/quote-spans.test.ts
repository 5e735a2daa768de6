import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../src/quote-spans.js';

const texts = (t: string) => findQuoteSpans(t).map((s) => s.text);

describe('findQuoteSpans', () => {
	it('reads curly and straight marks, mixed in one paragraph', () => {
		expect(texts('“One,” she said. "Two." “Three."')).toEqual(['One,', 'Two.', 'Three.']);
	});

	it('keeps single-quoted speech inside the outer quotation and ignores apostrophes', () => {
		expect(texts("“I said, ‘Wait, you don’t know?’ and Kardashian’s '80s song played,” she said.")).toEqual([
			"I said, ‘Wait, you don’t know?’ and Kardashian’s '80s song played,",
		]);
		expect(texts("It didn't matter to O'Brien or the players' union.")).toEqual([]);
	});

	it('flags a quotation left open at the end of the paragraph', () => {
		const [span] = findQuoteSpans('He added: “We will rebuild. Every house.');
		expect(span).toMatchObject({ text: 'We will rebuild. Every house.', unclosed: true, opensParagraph: false });
		expect(findQuoteSpans('“And then we won.”')[0]).toMatchObject({ unclosed: false, opensParagraph: true });
	});

	it('treats a new curly opening inside an open quotation as the end of the unclosed one', () => {
		expect(findQuoteSpans('“First part “Second part”').map((s) => [s.text, s.unclosed])).toEqual([
			['First part', true],
			['Second part', false],
		]);
	});

	it('never throws, whatever the marks', () => {
		const marks = ['"', '“', '”', '‘', '’', "'", ' ', 'a', '.', ','];
		let seed = 7;
		const random = () => {
			seed = (seed * 1103515245 + 12345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		for (let i = 0; i < 2000; i++) {
			const text = Array.from(
				{ length: Math.floor(random() * 30) },
				() => marks[Math.floor(random() * marks.length)],
			).join('');
			const spans = findQuoteSpans(text);
			for (const s of spans) {
				expect(s.open).toBeLessThan(s.close);
				expect(s.close).toBeLessThanOrEqual(text.length);
			}
		}
	});
});
