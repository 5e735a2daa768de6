import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask.js';
import { differingFigures, figuresIn } from '../src/figures.js';
import { classifyQuestion } from '../src/question.js';
import { openStory } from '../src/story.js';
import { analyzeWord } from '../src/text.js';
import { loadSeedStory, storyOf } from './support/story.js';

describe('figuresIn', () => {
	it('reads durations, ages, years and counts', () => {
		expect(
			figuresIn('duration', 'She served 21 years, then two decades more; a week later.').map((f) => [f.value, f.unit]),
		).toEqual([
			[21, 'year'],
			[20, 'year'],
			[1, 'week'],
		]);
		expect(figuresIn('duration', 'The 37-year-old reality star')).toEqual([]);
		expect(figuresIn('age', 'The 37-year-old star, aged 37').map((f) => f.value)).toEqual([37, 37]);
		expect(figuresIn('when', 'convicted in 1996, freed in 2018').map((f) => f.value)).toEqual([1996, 2018]);
		expect(figuresIn('count', 'about 1,800 residents').map((f) => [f.value, f.unit])).toEqual([[1800, 'resident']]);
		expect(figuresIn('count', 'escaped with seven pieces of jewellery').map((f) => [f.text, f.value, f.unit])).toEqual([
			['seven pieces', 7, 'piece'],
		]);
		expect(figuresIn('count', 'will eliminate 410 on-street spaces').map((f) => [f.text, f.unit])).toEqual([
			['410 on-street spaces', 'space'],
		]);
		// Not an age after a name, not a function word after the number; a decimal read whole.
		expect(figuresIn('count', 'Evelyn Marsh, 71, a retired nurse')).toEqual([]);
		expect(figuresIn('count', 'a prize of 250,000 and a medal')).toEqual([]);
		expect(figuresIn('count', 'some 2.5 million visitors').map((f) => f.value)).toEqual([2.5]);
	});

	it('reads amounts of money for a question about money, in their currency', () => {
		const amounts = (s: string) => figuresIn('count', s, true).map((f) => [f.value, f.unit]);
		expect(amounts('valued at £3.1 million, insured for £1.2m')).toEqual([
			[3_100_000, 'pound'],
			[1_200_000, 'pound'],
		]);
		expect(amounts('a prize of $250,000 and a medal; 400,000 euros')).toEqual([
			[250_000, 'dollar'],
			[400_000, 'euro'],
		]);
		expect(amounts('half a million dollars, not 14 in all')).toEqual([[500_000, 'dollar']]);
	});
});

describe('differingFigures', () => {
	const answer = (articleId: string, text: string, score: number) => ({ articleId, answer: text, score });

	it('finds another article stating a different figure of the same kind', () => {
		const found = differingFigures('duration', [
			answer('a', 'She served 21 years in prison.', 1),
			answer('a', 'She was jailed for 20 years.', 0.9),
			answer('b', 'Alice, who was incarcerated for 22 years, said.', 0.5),
		]);
		expect(found.map((f) => [f.figure.text, f.result])).toEqual([
			['21 years', 0],
			['22 years', 2],
		]);
	});

	it('stays quiet when sources agree, when the other is a weak match, or when units differ', () => {
		expect(differingFigures('duration', [answer('a', 'for 21 years', 1), answer('b', 'for 21 years', 0.8)])).toEqual(
			[],
		);
		expect(differingFigures('duration', [answer('a', 'for 21 years', 1), answer('b', 'for 22 years', 0.1)])).toEqual(
			[],
		);
		expect(differingFigures('duration', [answer('a', 'for 21 years', 1), answer('b', 'for 22 months', 0.9)])).toEqual(
			[],
		);
		expect(differingFigures('who', [answer('a', 'Kim', 1), answer('b', 'Alice', 0.9)])).toEqual([]);
	});

	it('compares counts of what a "how many" question counts, not the first number of the answer', () => {
		const answers = [
			answer('a', 'Police are searching for two men who stole eight pieces of jewelry.', 1),
			answer('b', 'Three men escaped with seven pieces of jewellery.', 0.9),
		];
		const found = differingFigures('count', answers, { counted: new Set([analyzeWord('pieces') as string]) });
		expect(found.map((f) => [f.figure.text, f.result])).toEqual([
			['eight pieces', 0],
			['seven pieces', 1],
		]);
		// Asked for something neither counts, nothing differs.
		expect(differingFigures('count', answers, { counted: new Set([analyzeWord('rings') as string]) })).toEqual([]);
		// A plural in -es is the word the question counts, not its cut-off singular ("buse").
		const buses = [answer('a', 'The city bought 12 buses.', 1), answer('b', 'The city bought 15 buses.', 0.9)];
		const counted = { counted: new Set([analyzeWord('buses') as string]) };
		expect(differingFigures('count', buses, counted).map((f) => f.figure.text)).toEqual(['12 buses', '15 buses']);
	});
});

describe('ask, when the seed articles disagree', () => {
	it('shows both figures with their sources: 21 years in one article, 22 in the other', async () => {
		const story = await loadSeedStory();
		const result = ask(story.index, 'How long was Alice in prison?', { lexicon: story.lexicon });
		expect(result.differences.map((d) => [d.figure, d.passageId])).toEqual([
			['21 years', 'kim-kardashian-never-say-never-politics#5'],
			['22 years', 'kim-kardashian-alice-johnson-today-interview#15'],
		]);
		expect(ask(story.index, 'When did Trump commute the sentence?', { lexicon: story.lexicon }).differences).toEqual(
			[],
		);
	});

	it('shows both counts when two outlets report different ones (seven pieces taken, eight)', async () => {
		const story = await openStory(join(import.meta.dirname, 'fixtures', 'airline-museum-qa', 'corpus'));
		const result = ask(story.index, 'how many pieces of jewellery were stolen', { lexicon: story.lexicon });
		// Each figure with its source, the best answer's first (the wire's opening also counts "two
		// men" before its pieces).
		const stated = result.differences.map((d) => [d.figure, d.passageId]);
		expect(stated.toSorted()).toEqual([
			['eight pieces', '203_hollis_museum_heist_wire#1'],
			['seven pieces', '202_hollis_museum_heist#1'],
		]);
		expect(result.differences[0]?.passageId).toBe(result.results[0]?.passageId);
	});

	it('stays quiet when two stories state amounts of different things, not when one story does', () => {
		const prizes = storyOf(
			'Nadia Okafor said the bakery prize comes with $25,000 and a year of mentoring.',
			'Priya Ramanathan said the Halvorsen science prize comes with $250,000 and a gold medal.',
		);
		const asked = ask(prizes.index, 'what is the prize money', { lexicon: prizes.lexicon });
		expect(asked.results.length).toBe(2);
		expect(asked.differences).toEqual([]);
		const reports = storyOf(
			'Priya Ramanathan said the Halvorsen science prize comes with $250,000 and a gold medal.',
			'Ramanathan said the Halvorsen prize comes with $200,000.',
		);
		const differing = ask(reports.index, 'what is the prize money', { lexicon: reports.lexicon });
		expect(differing.differences.map((d) => d.figure).toSorted()).toEqual(['$200,000', '$250,000']);
	});

	it('takes "how many years" as a question about a duration', () => {
		expect(classifyQuestion('How many years did Alice spend in prison?').type).toBe('duration');
	});
});
