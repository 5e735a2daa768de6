import { describe, expect, it } from 'vitest';
import { analyze, analyzeWord, splitSentences } from '../src/text.js';

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
	it('gives offsets into the original text', () => {
		const text = 'One here.  Two there.';
		for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});
