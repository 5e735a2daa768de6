import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { classifyParagraph } from '../src/paragraphs.js';
import { CORPUS_DIR } from './support/story.js';

describe('classifyParagraph', () => {
	it('flags exactly the furniture of the seed articles', async () => {
		const corpus = await loadCorpus(CORPUS_DIR);
		const flagged = corpus.articles.flatMap((a) =>
			a.passages.filter((p) => p.kind !== 'content').map((p) => `${p.id} ${p.kind}`),
		);
		expect(flagged).toEqual([
			'kim-kardashian-alice-johnson-today-interview#6 prompt',
			'kim-kardashian-alice-johnson-today-interview#21 headline',
			'kim-kardashian-alice-johnson-today-interview#22 headline',
			'kim-kardashian-alice-johnson-today-interview#23 headline',
			'kim-kardashian-never-say-never-politics#3 caption',
		]);
	});

	// Forms that other articles use; none of these strings appears in the rules.
	it.each([
		['[Image: Getty Images for the Met Gala]', 'caption'],
		['(Credit: Jane Doe/AP)', 'caption'],
		['Listen to the full episode here:', 'prompt'],
		['See the photos below:', 'prompt'],
		['Read more: Kanye West Opens Up About His New Album', 'navigation'],
		['RELATED: Inside the Pardon Campaign That Freed a Grandmother', 'navigation'],
		['Related: https://example.com/story', 'navigation'],
		['How Reality Stars Became Prison Reform Advocates', 'headline'],
		['https://example.com/story', 'link'],
		['Advertisement', 'fragment'],
		['Getty Images', 'fragment'],
	])('flags %j as %s', (text, kind) => {
		expect(classifyParagraph(text)).toBe(kind);
	});

	it.each([
		'Kim Kardashian West and Alice Marie Johnson are forever linked!',
		'So will the business mogul and famed A-lister try her hand at politics full time?',
		'A week later, Trump commuted Johnson’s sentence and she was released.',
		'“Trump Is President, It Could Happen,” Jones Said',
		'Update: The White House said on Friday that the sentence had been commuted.',
		'But hey, she also said "never say never."',
	])('keeps %j as content', (text) => {
		expect(classifyParagraph(text)).toBe('content');
	});
});
