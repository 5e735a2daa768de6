import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeWord, forEachWord, splitSentences, words } from '../src/text.js';
import { corpusDirs } from './support/story.js';

describe('analyzeWord', () => {
	it('stems regular inflections with Porter2, keeping -sion/-tion words whole', () => {
		expect(analyzeWord('commuted')).toBe(analyzeWord('commute'));
		expect(analyzeWord('elections')).toBe('elect');
		expect(analyzeWord('election')).not.toBe('elec');
		expect(analyzeWord('supportive')).toBe(analyzeWord('support'));
	});
	it('lemmatises irregular forms from WordNet', () => {
		expect(analyzeWord('met')).toBe(analyzeWord('meet'));
		expect(analyzeWord('broke')).toBe(analyzeWord('break'));
		expect(analyzeWord('said')).toBe(analyzeWord('say'));
		expect(analyzeWord('taught')).toBe(analyzeWord('teaching'));
	});
	it('drops stop words, possessives and curly apostrophes', () => {
		expect(analyzeWord('the')).toBeNull();
		expect(analyzeWord('didn’t')).toBeNull();
		expect(analyzeWord('Kardashian’s')).toBe('kardashian');
		expect(analyzeWord('never')).toBe('never');
		// "Whose" as "who" and "whom" ("the farmer whose shed got hit"): not a typo for "whole".
		expect(analyzeWord('whose')).toBeNull();
		// A degree adverb, as "very" and "too" ("why did kim care so much about alice").
		expect(analyzeWord('much')).toBeNull();
		// Chat around a question ("how did kim break the ice w trump lol").
		for (const filler of ['lol', 'omg', 'tbh', 'btw', 'nah']) expect(analyzeWord(filler), filler).toBeNull();
		// A place as indefinite as "someone" ("or are they still playing somewhere"); "anywhere" and
		// "everywhere" are kept, for "before it went anywhere", "was there glass everywhere".
		expect(analyzeWord('somewhere')).toBeNull();
		expect(analyzeWord('everywhere')).toBe('everywher');
		expect(analyzeWord('anywhere')).toBe('anywher');
	});
	it('keeps a verb whose lemma is a stop word, unless it is an auxiliary', () => {
		// "who owns spin city", "the company that owned the ride"; "their own truck" says nothing.
		expect(analyzeWord('owns')).toBe('own');
		expect(analyzeWord('owned')).toBe('own');
		expect(analyzeWord('own')).toBeNull();
		// ("done" is no stop word itself, but its lemma "do" is, an auxiliary.)
		for (const auxiliary of ['done', 'does', 'did', 'having', 'had', 'being', 'was'])
			expect(analyzeWord(auxiliary), auxiliary).toBeNull();
	});
	it('splits hyphenated words and keeps numbers', () => {
		expect(analyze('a 37-year-old, non-violent offense in 1996')).toEqual([
			'37',
			'year',
			'old',
			'non',
			'violent',
			'offens',
			'1996',
		]);
	});
});

describe('splitSentences', () => {
	it('splits after closing quotes and keeps abbreviations and initials inside sentences', () => {
		const text = '“It wasn’t an instant thing.” Ms. Johnson met Dr. J. Smith in the U.S. today. Was it? Yes!';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'“It wasn’t an instant thing.”',
			'Ms. Johnson met Dr. J. Smith in the U.S. today.',
			'Was it?',
			'Yes!',
		]);
	});
	it('keeps every title news abbreviates before a name inside its sentence ("Det.", "Supt.", "Mx.")', () => {
		for (const title of ['Det.', 'Supt.', 'Cmdr.', 'Insp.', 'Mx.', 'Sgt.', 'Capt.']) {
			const text = `${title} Maria Lopez said the car was found. It was empty.`;
			expect(
				splitSentences(text).map((s) => s.text),
				title,
			).toEqual([`${title} Maria Lopez said the car was found.`, 'It was empty.']);
		}
	});
	it('gives offsets into the original text', () => {
		const text = 'One here.  Two there.';
		for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

describe('forEachWord', () => {
	const found = (text: string) => {
		const out: [string, number, number][] = [];
		forEachWord(text, (word, start, end) => out.push([word, start, end]));
		return out;
	};
	const expected = (text: string) =>
		[...words(text)].map((m): [string, number, number] => [m[0], m.index, m.index + m[0].length]);

	it('finds the words words() finds, with their offsets', () => {
		const texts = [
			'',
			'   ',
			'Kim’s mission: "I can’t stop," she said — 22 years, 1,800 residents.',
			"rock'n5 O'Neil ʼtwas 'quoted' don't''s",
			'naïve café Łódź 東京 Ελλάδα',
			// Letters and digits beyond the BMP, a lone surrogate, an emoji between words.
			'𝐀𝐁c d𝟘𝟙 \ud835 x \ud835\udc00y 😀a😀 b \ud835z \udc00w',
		];
		for (const text of texts) expect(found(text)).toEqual(expected(text));
	});

	it('finds the same words in every paragraph of the seed and test corpora', () => {
		let checked = 0;
		for (const dir of corpusDirs()) {
			for (const file of readdirSync(dir)) {
				const text = readFileSync(join(dir, file), 'utf8');
				expect(found(text)).toEqual(expected(text));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});

	it('may be called again from inside its visit', () => {
		const pairs: string[] = [];
		forEachWord('one two', (outer) => forEachWord('a b', (inner) => pairs.push(`${outer}-${inner}`)));
		expect(pairs).toEqual(['one-a', 'one-b', 'two-a', 'two-b']);
	});
});
