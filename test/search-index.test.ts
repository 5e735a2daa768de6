import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask.js';
import {
	buildIndex,
	ENTITY_KEY,
	findCandidateRecords,
	findCandidates,
	internalIdOf,
	meantByName,
	RECORD,
	rolesIn,
} from '../src/search-index.js';
import { tokenize } from '../src/text.js';
import { loadSeedStory, storyOf } from './support/story.js';

describe('the Orama index, as configured', () => {
	it('matches whole terms only: no prefix expansion (van does not find vanish, new not newer)', () => {
		const { index } = storyOf('The car will vanish.', 'A newer model arrived.', 'Van Jones spoke.');
		expect(findCandidates(index, ['van'], 10)).toEqual(['a2#1']);
		expect(findCandidates(index, ['new'], 10)).toEqual([]);
	});

	it('stems with Porter2, so -tion words match their inflections and not a mangled stem', () => {
		const { index } = storyOf('The elections were held.', 'An electric car.', 'Electricity failed.');
		expect(findCandidates(index, ['election'], 10)).toEqual(['a0#1']);
		expect(findCandidates(index, ['elected'], 10)).toEqual(['a0#1']);
	});

	it('leaves stop words out of the index', () => {
		const { index } = storyOf('The cat sat.', 'A dog ran.');
		expect(findCandidates(index, ['the'], 10)).toEqual([]);
		expect(index.documentFrequency.has('the')).toBe(false);
	});

	it("finds the ranker's candidates by record as Orama's search finds them by id, in the same order", async () => {
		const { index } = await loadSeedStory();
		const { passages } = index.table;
		const records = index.table.records;
		const idOf = (r: number) => passages[records[r + RECORD.number] as number]?.passage.id;
		const searches = [['alic', 'prison', 'year'], ['kim', 'call', 'trump'], ['news'], ['zzz'], []];
		for (const terms of searches) {
			for (const limit of [1, 5, 200]) {
				const byId = findCandidates(
					index,
					terms.map((t) => ENTITY_KEY + t),
					limit,
				);
				expect(findCandidateRecords(index, terms, limit).map(idOf)).toEqual(byId);
			}
		}
		expect(findCandidateRecords(index, ['alic'], 200).length).toBeGreaterThan(5);
		// Looking an id up numbers nothing new.
		const size = index.db.internalDocumentIDStore.internalIdToId.length;
		expect(internalIdOf(index.db, 'no-such#1')).toBe(-1);
		expect(index.db.internalDocumentIDStore.internalIdToId.length).toBe(size);
	});

	it('returns a passage matching any one query word (threshold 1) for the ranker to judge', () => {
		const { index } = storyOf('Cats purr.', 'Dogs bark.', 'Birds sing.');
		expect(findCandidates(index, ['cats', 'dogs'], 10).sort()).toEqual(['a0#1', 'a1#1']);
	});

	it('stores each passage token with where its word starts: the words of its sentences that have a term, in order, the passage’s together', async () => {
		const { index } = await loadSeedStory();
		const { tokens, vocabulary } = index;
		for (const { passage, sentences, from: first, to: last } of index.passages.values()) {
			// The passage's tokens are its sentences', one after the other.
			expect(sentences.flatMap(({ from, to }) => Array.from({ length: to - from }, (_, k) => from + k))).toEqual(
				Array.from({ length: last - first }, (_, k) => first + k),
			);
			const stored = sentences.flatMap(({ from, to }) =>
				Array.from({ length: to - from }, (_, k) => ({
					start: tokens.starts[from + k],
					term: vocabulary.strings[tokens.terms[from + k] as number],
				})),
			);
			const words = tokenize(passage.text).filter(
				(t) => t.term !== null && sentences.some((s) => t.start >= s.start && t.end <= s.end),
			);
			expect(stored).toEqual(words.map(({ start, term }) => ({ start, term })));
		}
	});

	it('never indexes non-content paragraphs', async () => {
		const { index, corpus } = await loadSeedStory();
		const furniture = corpus.articles.flatMap((a) => a.passages.filter((p) => p.kind !== 'content'));
		expect(furniture.length).toBeGreaterThan(0);
		for (const p of furniture) {
			expect(index.passages.has(p.id)).toBe(false);
			const words = tokenize(p.text).map((t) => t.surface);
			expect(findCandidates(index, words, 100)).not.toContain(p.id);
		}
		expect(index.stats).toEqual({ articles: 2, paragraphs: 37, passages: 32, skipped: 5 });
	});
});

describe('ranking effects', () => {
	it('an irrelevant passage sharing one common word is not filler', () => {
		const story = storyOf(
			'Alice was released from prison after 22 years.',
			'Alice likes gardening and long walks.',
			'The weather in Paris was mild.',
		);
		const result = ask(story.index, 'How long was Alice in prison?', { lexicon: story.lexicon });
		expect(result.results[0]?.passageId).toBe('a0#1');
		expect(result.results.map((r) => r.passageId)).not.toContain('a2#1');
	});

	it('prefers the passage holding the kind of answer asked for', () => {
		const story = storyOf(
			'The governor signed the bill about schools.',
			'The governor signed the bill on March 3, 2019, in the capitol.',
			'The governor signed the bill. It happened in the capitol, after 40 years of debate.',
		);
		const when = ask(story.index, 'When did the governor sign the bill?', { lexicon: story.lexicon });
		expect(when.results[0]?.passageId).toBe('a1#1');
		const howLong = ask(story.index, 'How long before the governor signed the bill?', { lexicon: story.lexicon });
		expect(howLong.results[0]?.passageId).toBe('a2#1');
	});

	it('matches a person under another of their names', () => {
		const story = storyOf(
			'Maria Elena Lopez founded the clinic in 2004.',
			'Lopez later said the clinic saved lives.',
			'The clinic was busy.',
		);
		const result = ask(story.index, 'What did Maria say about the clinic?', { lexicon: story.lexicon });
		expect(result.results[0]?.passageId).toBe('a1#1');
	});

	it('matches related words from WordNet below the word itself', () => {
		const story = storyOf('She phoned her lawyer at night.', 'She called her lawyer at noon.');
		const result = ask(story.index, 'Who did she call?', { lexicon: story.lexicon, limit: 5 });
		expect(result.results.map((r) => r.passageId)).toEqual(['a1#1', 'a0#1']);
	});

	it('builds an empty index from an empty corpus and answers nothing', () => {
		const index = buildIndex({ articles: [] });
		expect(ask(index, 'What is the news?').results).toEqual([]);
	});
});

describe('the passage table', () => {
	it('holds in each passage record what its objects hold: tokens, title, paragraph before, references', async () => {
		const stories = [
			await loadSeedStory(),
			storyOf(
				'Rosa Delgado leads the union. She said the strike would end.\n\n"We won," Delgado said. She smiled.\n\n. . . !',
				'The the the.\n\nMarcus Webb, 52, runs the hospital.',
			),
		];
		for (const { index } of stories) {
			const { table } = index;
			const { records } = table;
			expect(table.passages.length).toBe(index.passages.size);
			const last = table.passages.at(-1) as (typeof table.passages)[number];
			const lastRecord = table.recordByInternalId[internalIdOf(index.db, last.passage.id)] as number;
			const lastRecordEnd = lastRecord + RECORD.bounds + (records[lastRecord + RECORD.sentences] as number) + 1;
			for (const [n, indexed] of table.passages.entries()) {
				const r = table.recordByInternalId[internalIdOf(index.db, indexed.passage.id)] as number;
				expect(records[r + RECORD.number]).toBe(n);
				expect(records[r + RECORD.length]).toBe(indexed.length);
				expect([records[r + RECORD.previousFrom], records[r + RECORD.previousTo]]).toEqual(
					indexed.previous ? [indexed.previous.from, indexed.previous.to] : [0, 0],
				);
				expect([records[r + RECORD.titleFrom], records[r + RECORD.titleTo]]).toEqual([
					indexed.title?.from,
					indexed.title?.to,
				]);
				const first = records[r + RECORD.firstSentence] as number;
				expect(records[r + RECORD.sentences]).toBe(indexed.sentences.length);
				for (const [i, sentence] of indexed.sentences.entries()) {
					expect(table.sentences[first + i]).toBe(sentence);
					expect([records[r + RECORD.bounds + i], records[r + RECORD.bounds + i + 1]]).toEqual([
						sentence.from,
						sentence.to,
					]);
				}
				// Each person referred to without a name: their number, how many sentences, which.
				const list = records[r + RECORD.references] as number;
				// None listed for a passage that refers to nobody; the lists follow every record.
				if (indexed.references.size === 0) expect(list).toBe(-1);
				else expect(list).toBeGreaterThanOrEqual(lastRecordEnd);
				expect(list < 0 ? 0 : records[list]).toBe(indexed.references.size);
				let at = list + 1;
				for (const [entity, sentences] of indexed.references) {
					expect(records[at]).toBe(table.entities.get(entity));
					expect(records[at + 1]).toBe(sentences.size);
					expect([...records.subarray(at + 2, at + 2 + sentences.size)]).toEqual([...sentences]);
					at += 2 + sentences.size;
				}
			}
		}
	});
});

describe('proper names', () => {
	it("are an organisation's name words the corpus writes only capitalised, not those whose plural it writes in lower case", () => {
		const { index } = storyOf(
			'Ray Dombrowski races with the Eldon Racing Pigeon Club, and the Eldon Racing Pigeon Club meets on Fridays.\n\nHe keeps 64 pigeons on his roof, and the pigeons fly home.',
			'Rose Tanner grows roses. The roses are red, and Rose Tanner sells them.',
		);
		expect(index.properNames.has('pigeon')).toBe(false);
		const { index: other } = storyOf(
			'The Eldon Church Choir sang, and the Eldon Church Choir sang again.\n\nThe churches were full.',
			'The Berry Growers Guild met. The Berry Growers Guild met again, and picked berries.',
		);
		expect(other.properNames.has('church')).toBe(false);
		expect(other.properNames.has('berry')).toBe(false);
		expect(index.properNames.has('eldon')).toBe(true);
		// (A person's name stays one whatever the corpus writes in lower case: Rose, roses.)
		expect(index.properNames.has('rose')).toBe(true);
	});
});

describe('a family name written alone', () => {
	it("means the one of the article's namesakes it names in full first, its subject", () => {
		const { index } = storyOf(
			'Ray Dombrowski keeps pigeons on his roof.\n\nHis wife, Dolores Dombrowski, 68, feeds them.\n\nDombrowski, 71, drove a truck.',
			'Karl Dombrowski sells feed in another town.',
		);
		const family = index.entities.byWord.get('dombrowski') ?? [];
		expect(family.map((e) => e.name).sort()).toEqual(['Dolores Dombrowski', 'Karl Dombrowski', 'Ray Dombrowski']);
		const passage = index.passages.get('a0#3');
		if (!passage) throw new Error('no passage a0#3');
		expect(meantByName(family, passage, index).map((e) => e.name)).toEqual(['Ray Dombrowski']);
		// (One name alone is that person's.)
		const dolores = family.filter((e) => e.name === 'Dolores Dombrowski');
		expect(meantByName(dolores, passage, index)).toEqual(dolores);
	});

	it('means the one written in full with a nickname between the names ("Bartholomew “Bart” Quenneville")', () => {
		const { index } = storyOf(
			'Bartholomew “Bart” Quenneville, 52, owns the taco stand.\n\nQuenneville’s daughter, Odile, raised money.\n\nQuenneville was burned.',
			'Odile Quenneville, 26, started a fundraiser for her father.',
		);
		const family = index.entities.byWord.get('quenneville') ?? [];
		expect(family.map((e) => e.name).sort()).toEqual(['Bartholomew Quenneville', 'Odile Quenneville']);
		const passage = index.passages.get('a0#3');
		if (!passage) throw new Error('no passage a0#3');
		expect(meantByName(family, passage, index).map((e) => e.name)).toEqual(['Bartholomew Quenneville']);
		// A nickname of two words, and a name with an apostrophe written curly, as the text writes them.
		const { index: other } = storyOf(
			'Bartholomew “Big Bart” O’Quinn, 52, owns the taco stand.\n\nO’Quinn’s daughter, Odile, raised money.\n\nO’Quinn was burned.',
			'Odile O’Quinn, 26, started a fundraiser for her father.',
		);
		const quinns = other.entities.byWord.get("o'quinn") ?? [];
		const burned = other.passages.get('a0#3');
		if (!burned) throw new Error('no passage a0#3');
		expect(meantByName(quinns, burned, other).map((e) => e.name)).toEqual(["Bartholomew O'Quinn"]);
	});
});

describe('roles', () => {
	it('reads a role and a name in apposition, either way round', () => {
		expect(rolesIn('He moved to Garnet City, where his wife, Denise, had family.')).toEqual([['wife', 'Denise']]);
		expect(rolesIn('Denise Baptiste, his wife of 30 years, keeps the logs.')).toEqual([['wife', 'Denise Baptiste']]);
		expect(rolesIn('Dombrowski’s daughter, Karen, 50, is a nurse.')).toEqual([['daughter', 'Karen']]);
		expect(rolesIn('His late wife, Ruth, complained.')).toEqual([['wife', 'Ruth']]);
		expect(rolesIn('Their youngest son, Eli Brandt, plays.')).toEqual([['son', 'Eli Brandt']]);
		// A list of them, each its own; a name past a sentence's end or after an honorific.
		expect(rolesIn('He thanked his wife, Denise, his son, Eli, and his daughter, Karen.')).toEqual([
			['wife', 'Denise'],
			['son', 'Eli'],
			['daughter', 'Karen'],
		]);
		expect(rolesIn('Walt, his wife, Denise, and their son, Eli, fled.')).toEqual([
			['wife', 'Denise'],
			['son', 'Eli'],
		]);
		expect(rolesIn('He hugged his son, Eli. The two left.')).toEqual([['son', 'Eli']]);
		expect(rolesIn('They live in Garnet City. Denise Baptiste, his wife, said so.')).toEqual([
			['wife', 'Denise Baptiste'],
		]);
		expect(rolesIn('His wife, Dr. Denise Baptiste, said so.')).toEqual([['wife', 'Denise Baptiste']]);
		expect(rolesIn('His wife, D.J. Baptiste, said so.')).toEqual([['wife', 'D.J. Baptiste']]);
		expect(rolesIn('Her husband, Sen. Tom Lee, said so.')).toEqual([['husband', 'Tom Lee']]);
		expect(rolesIn('Denise Baptiste, his wife and a nurse, said so.')).toEqual([['wife', 'Denise Baptiste']]);
		expect(rolesIn('It showed her sister, Khloe Kardashian.')).toEqual([['sister', 'Khloe Kardashian']]);
		// No possessive, or no name beside it: a role after a preposition opening the sentence, a
		// name with "and" after its role, another's possessive.
		for (const text of [
			'In his spare time, he reads.',
			'In his spare time, Dombrowski reads.',
			'He hugged his son, I think.',
			'Like his father, Eli Brandt became a farmer.',
			'Walt Baptiste, his wife and their two sons fled.',
			'His mother, Dunleavy\u2019s daughter Caroline Price, said so.',
			'The coach, Dana Whitcombe, said so.',
			'His wife, who is 61, said so.',
			'Karen, a nurse, said so.',
		])
			expect(rolesIn(text), text).toEqual([]);
	});

	it('gives the person of each role, where the name is one person of the corpus', () => {
		const { index } = storyOf(
			'Walt Baptiste moved to Garnet City, where his wife, Denise, had family.\n\nDenise Baptiste, 61, keeps the logs.\n\nHis friend, Baptiste, said so.',
		);
		expect(index.roles.get('wife')?.map((e) => e.name)).toEqual(['Denise Baptiste']);
		// "Baptiste" is both of them: no one's.
		expect(index.roles.has('friend')).toBe(false);
	});
});
