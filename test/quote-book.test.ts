import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../src/corpus.js';
import { evaluateQuotes, normalizeQuote, QuoteSetSchema } from '../src/evaluate.js';
import type { Entity } from '../src/people.js';
import { parsePeopleFile } from '../src/people-file.js';
import {
	buildQuoteBookSteps,
	completePeople,
	findPerson,
	personNamesSteps,
	quotationsAbout,
	quotationText,
} from '../src/quote-book.js';
import type { Quotation } from '../src/quotes.js';
import { runSteps } from '../src/steps.js';
import { createStory } from '../src/story.js';
import { compareText } from '../src/text.js';
import { loadSeedStory, SHARED_DIR, tempCorpus } from './support/story.js';

const story = await loadSeedStory();
const book = story.quotes;

describe('the seed quotations (../shared/eval/quotes-seed.json)', () => {
	const set = QuoteSetSchema.parse(JSON.parse(readFileSync(join(SHARED_DIR, 'eval', 'quotes-seed.json'), 'utf8')));
	const report = evaluateQuotes(book, set);

	it('finds every quotation and attributes each correctly: precision and recall 1.0', () => {
		expect(report.wrong).toEqual([]);
		expect(report.missed).toEqual([]);
		expect(report.precision).toBe(1);
		expect(report.recall).toBe(1);
		expect(report.expected).toBe(28);
	});

	it('finds each speaker under every name a user may type', () => {
		expect(report.names.filter((n) => n.found !== n.expected)).toEqual([]);
	});

	it('knows the people who are never quoted, with no one else’s words', () => {
		expect(report.neverQuoted).toEqual(set.noQuotes.map((name) => ({ name, found: name, quotations: 0 })));
	});
});

describe.each([
	['heldout-quotes', 0.97],
	['fresh-quotes', 0.95],
])('articles written without seeing the rules (test/fixtures/%s)', async (name, minRecall) => {
	const dir = join(import.meta.dirname, 'fixtures', name);
	const other = createStory(await loadCorpus(join(dir, 'corpus')), story.lexicon);
	const raw = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { unattributed?: string[] };
	const set = QuoteSetSchema.parse(raw);
	const report = evaluateQuotes(other.quotes, set);

	it('never attributes a quotation to the wrong speaker, and finds nearly all of them', () => {
		expect(report.wrong).toEqual([]);
		expect(report.precision).toBe(1);
		expect(report.recall).toBeGreaterThanOrEqual(minRecall);
	});

	it('leaves signs, chants and anonymous sources without a speaker', () => {
		const attributed = new Set(other.quotes.quotations.flatMap((q) => q.spans.map((s) => normalizeQuote(s.text))));
		for (const text of raw.unattributed ?? []) expect(attributed.has(normalizeQuote(text)), text).toBe(false);
	});

	it('finds the speakers by the names users type, and knows who is never quoted', () => {
		const misses = report.names.filter((n) => n.found !== n.expected);
		expect(misses.length).toBeLessThanOrEqual(2);
		expect(report.neverQuoted.filter((n) => n.found === null || n.quotations > 0)).toEqual([]);
	});
});

describe('findPerson', () => {
	it('suggests the closest names for an unknown one', () => {
		const found = findPerson(book, 'Kimm Kardashain');
		expect(found.person).toBeNull();
		if (!found.person) expect(found.suggestions.map((p) => p.name)).toContain('Kim Kardashian West');
		expect(findPerson(book, 'Zebulon')).toEqual({ person: null, suggestions: [] });
	});

	it('accepts honorifics, case and possessives', () => {
		expect(findPerson(book, 'Ms. Johnson').person?.name).toBe('Alice Marie Johnson');
		expect(findPerson(book, "KIM'S").person?.name).toBe('Kim Kardashian West');
	});
});

describe('completePeople', () => {
	it('suggests speakers whose name starts with or contains what is typed, with quote counts first', () => {
		expect(completePeople(book, 'Kim')[0]?.name).toBe('Kim Kardashian West');
		expect(completePeople(book, 'kard').map((p) => p.name)).toEqual(['Kim Kardashian West', 'Khloe Kardashian']);
		expect(completePeople(book, 'ones').map((p) => p.name)).toEqual(['Van Jones']);
		expect(completePeople(book, '').length).toBeLessThanOrEqual(25);
		expect(
			completePeople(book, '')
				.slice(0, 2)
				.map((p) => p.name),
		).toEqual(['Kim Kardashian West', 'Alice Marie Johnson']);
		expect(completePeople(book, '\u0000[]*?')).toEqual([]);
	});
});

describe('quotationsAbout', () => {
	it('ranks a person’s quotations by relevance to a topic', () => {
		const kim = findPerson(book, 'Kim').person;
		if (!kim) throw new Error('Kim not found');
		const about = quotationsAbout(kim, 'politics', story.lexicon).map(quotationText);
		expect(about.length).toBeGreaterThanOrEqual(3);
		expect(about.every((t) => /politic/i.test(t))).toBe(true);
		expect(quotationsAbout(kim, 'gardening', story.lexicon)).toEqual([]);
	});
});

describe('people.yaml', () => {
	it('adds aliases, merges and renames people', async () => {
		const dir = tempCorpus({
			'a.txt': 'Title\n\nAlexandra Ocasio-Cortez spoke first. “We won,” Ocasio-Cortez said.\n\nAOC thanked everyone.',
			'people.yaml': 'people:\n  - name: Rep. Alexandra Ocasio-Cortez\n    aliases: [AOC, Alexandra Ocasio-Cortez]\n',
		});
		const custom = createStory(await loadCorpus(dir), story.lexicon);
		const person = findPerson(custom.quotes, 'AOC').person;
		expect(person?.name).toBe('Rep. Alexandra Ocasio-Cortez');
		expect(person?.quotations.map(quotationText)).toEqual(['We won']);
	});

	it('is validated: problems name the file and line, and fail the load', async () => {
		const parsed = parsePeopleFile('people:\n  - name: X\n    nickname: Y\n  - aliases: [Z]\n');
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
				'people.yaml:2: people.0: unknown key "nickname" (allowed: name, aliases, kind)',
				'people.yaml:4: people.1.name: must be text',
			]);
		}
		const dir = tempCorpus({ 'a.txt': 'T\n\nBody.', 'people.yaml': 'people: [' });
		await expect(loadCorpus(dir)).rejects.toBeInstanceOf(CorpusError);
	});
});

describe('the order of the quote book’s people', () => {
	it('is most quoted first, then by name, as one sort of them all gives, with names made ahead or not', () => {
		const { attribution, entities } = story.index;
		const listed = entities.entities;
		expect(listed.length).toBeGreaterThan(5);
		// Speakers the attribution adds (named once as a lone word): before, among and after the
		// index's people by name, two of the same name, one with the name of an index's person.
		const extra = (name: string): Entity => ({
			name,
			forms: [],
			words: [name.toLowerCase()],
			mentions: 0,
			kind: 'person',
			gender: null,
		});
		const twin = { ...(listed[2] as Entity) };
		const extraEntities = [extra('Zola'), extra('Aaberg'), twin, extra('Kimball'), extra('Kimball'), extra('Lowe')];
		// As often quoted as people of the index, so that names decide between them: the twin as
		// often as the person it shares its name with, the two of one name as often as each other.
		const quotedAs = (entity: Entity) => attribution.quotations.filter((q) => q.speaker === entity).length;
		const times = [1, 0, quotedAs(listed[2] as Entity), 0, 0, 1];
		expect(listed.filter((e) => quotedAs(e) === 0).length).toBeGreaterThan(2);
		const quotations = [...attribution.quotations];
		for (const [i, entity] of extraEntities.entries()) {
			for (let n = 0; n < (times[i] as number); n++) {
				quotations.push({ ...(attribution.quotations[n] as Quotation), speaker: entity });
			}
		}
		const withExtras = { ...attribution, quotations, extraEntities };
		const expected = (() => {
			const people = [...listed, ...extraEntities].map((entity) => ({
				entity,
				count: quotations.filter((q) => q.speaker === entity).length,
			}));
			return people.sort((a, b) => b.count - a.count || compareText(a.entity.name, b.entity.name)).map((p) => p.entity);
		})();
		const made = runSteps(personNamesSteps(entities));
		for (const book of [
			runSteps(buildQuoteBookSteps(withExtras, entities)),
			runSteps(buildQuoteBookSteps(withExtras, entities, made)),
		]) {
			// By place, not by value: the twin's entity equals its namesake's.
			const all = [...listed, ...extraEntities];
			expect(book.people.map((p) => all.indexOf(p.entity))).toEqual(expected.map((e) => all.indexOf(e)));
			expect(book.people.map((p) => p.quotations.length)).toEqual(
				expected.map((e) => quotations.filter((q) => q.speaker === e).length),
			);
		}
	});
});
