import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ask, UserInputError } from '../src/ask.js';
import { CorpusError, loadCorpus } from '../src/corpus.js';
import { articleFileName, CorpusStore } from '../src/corpus-store.js';
import { createStory } from '../src/story.js';
import { CORPUS_DIR, loadSeedStory } from './support/story.js';

const seed = await loadSeedStory();
const moderator = { id: '42', name: 'mod' };
const MOON =
	'---\ntitle: Moon Landing\nsource: Daily Planet\n---\n\nThe first crewed moon landing took place in July 1969.\n';

/** A store over a private copy of the seed corpus. */
async function seedStore(sliceMs?: number) {
	const dir = mkdtempSync(join(tmpdir(), 'story-corpus-'));
	cpSync(CORPUS_DIR, dir, { recursive: true });
	const story = createStory(await loadCorpus(dir), seed.lexicon);
	return { dir, store: new CorpusStore(story, { dir, lexicon: seed.lexicon, sliceMs }) };
}

const answers = (store: CorpusStore, q: string) => ask(store.current().index, q, { lexicon: seed.lexicon }).results;
const filesIn = (dir: string) => readdirSync(dir).sort();

describe('CorpusStore', () => {
	it('reports its status', async () => {
		const { store } = await seedStore();
		expect(store.status()).toMatchObject({
			articles: 2,
			passages: 32,
			skipped: 5,
			quotations: 19,
			loadedBy: 'startup',
		});
		expect(store.status().version).toMatch(/^[0-9a-f]{10}$/);
		// Kim Kardashian West, Alice Marie Johnson, Khloe Kardashian, Donald Trump, Ivanka Trump, Hoda Kotb,
		// Van Jones (not "KKW Beauty", nor "Beauty CEO").
		expect(store.status().people).toBe(7);
	});

	it('reloads, reporting articles added, removed and changed and passages gained and lost', async () => {
		const { dir, store } = await seedStore();
		const before = store.status().version;
		writeFileSync(join(dir, 'moon.md'), MOON);
		const file = join(dir, 'kim-kardashian-never-say-never-politics.txt');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace('But hey, she also said "never say never."', 'A new last line.'),
		);
		const report = await store.reload(moderator);
		expect(report).toMatchObject({
			action: 'reload',
			previousVersion: before,
			added: ['moon'],
			removed: [],
			changed: ['kim-kardashian-never-say-never-politics'],
			passagesGained: 2,
			passagesLost: 1,
		});
		expect(report.version).not.toBe(before);
		expect(store.status()).toMatchObject({ version: report.version, articles: 3, loadedBy: 'mod' });
		expect(answers(store, 'When was the moon landing?')[0]?.passageId).toBe('moon#1');
	});

	it('keeps the live corpus when a file is invalid, and lists every problem', async () => {
		const { dir, store } = await seedStore();
		const before = store.status().version;
		writeFileSync(join(dir, 'bad.md'), '---\ntitle: ""\n---\n\nText.');
		writeFileSync(join(dir, 'worse.txt'), '');
		const error = await store.reload(moderator).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CorpusError);
		expect((error as CorpusError).problems.map((p) => `${p.file}:${p.line}`)).toEqual(['bad.md:2', 'worse.txt:1']);
		expect(store.status().version).toBe(before);
		expect(answers(store, 'Who is Van Jones?').length).toBeGreaterThan(0);
	});

	it('answers from the old story while the new one is built, then swaps at once', async () => {
		const { dir, store } = await seedStore(0);
		const old = store.current();
		writeFileSync(join(dir, 'moon.md'), MOON);
		const reload = store.reload(moderator);
		let seenDuringRebuild: string | undefined;
		let settled = false;
		void reload.then(() => {
			settled = true;
		});
		// The build yields to the event loop: readers keep being served meanwhile, from the old story.
		await setImmediate();
		if (!settled) seenDuringRebuild = store.current().version;
		await reload;
		expect(seenDuringRebuild).toBe(old.version);
		expect(answers(store, 'When was the moon landing?')[0]?.passageId).toBe('moon#1');
		expect(store.current()).not.toBe(old);
	});

	it('runs changes one after another: two reloads at once both complete and report correctly', async () => {
		const { dir, store } = await seedStore(0);
		writeFileSync(join(dir, 'moon.md'), MOON);
		const [first, second] = await Promise.all([store.reload(moderator), store.reload({ id: '7', name: 'other' })]);
		expect(first.added).toEqual(['moon']);
		expect(second.added).toEqual([]);
		expect(second.previousVersion).toBe(first.version);
		expect(store.status().loadedBy).toBe('other');
	});

	it('adds an article atomically, refuses to overwrite one without replace, and keeps the old version', async () => {
		const { dir, store } = await seedStore();
		const added = await store.add({ name: 'moon.md', content: Buffer.from(MOON) }, false, moderator);
		expect(added).toMatchObject({ action: 'add', added: ['moon'] });
		expect(readFileSync(join(dir, 'moon.md'), 'utf8')).toBe(MOON);
		expect(answers(store, 'When was the moon landing?')[0]?.source).toBe('Daily Planet');

		const newer = MOON.replace('July 1969', 'the summer of 1969');
		await expect(store.add({ name: 'moon.md', content: Buffer.from(newer) }, false, moderator)).rejects.toThrow(
			/already exists .*replace:true/,
		);
		expect(readFileSync(join(dir, 'moon.md'), 'utf8')).toBe(MOON);

		const replaced = await store.add({ name: 'moon.md', content: Buffer.from(newer) }, true, moderator);
		expect(replaced).toMatchObject({ changed: ['moon'], passagesGained: 1, passagesLost: 1 });
		expect(replaced.keptAs).toMatch(/^\.history\/.+--moon\.md$/);
		expect(readFileSync(join(dir, replaced.keptAs as string), 'utf8')).toBe(MOON);
		expect(readFileSync(join(dir, 'moon.md'), 'utf8')).toBe(newer);
		expect(filesIn(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('refuses a malformed, binary or oversized article and changes nothing', async () => {
		const { dir, store } = await seedStore();
		const before = { version: store.status().version, files: filesIn(dir) };
		await expect(
			store.add({ name: 'x.md', content: Buffer.from('no front matter') }, false, moderator),
		).rejects.toThrow('x.md:1: a .md article must start with YAML front matter');
		await expect(store.add({ name: 'x.txt', content: Buffer.from([0x54, 0, 1, 2]) }, false, moderator)).rejects.toThrow(
			/not a text file/,
		);
		const big = Buffer.alloc(1024 * 1024 + 1, 'a');
		await expect(store.add({ name: 'x.txt', content: big }, false, moderator)).rejects.toThrow(/at most 1 MB/);
		expect({ version: store.status().version, files: filesIn(dir) }).toEqual(before);
	});

	it('removes an article by moving its file into .history, never deleting it', async () => {
		const { dir, store } = await seedStore();
		const report = await store.remove('kim-kardashian-never-say-never-politics', moderator);
		expect(report).toMatchObject({ action: 'remove', removed: ['kim-kardashian-never-say-never-politics'] });
		expect(existsSync(join(dir, 'kim-kardashian-never-say-never-politics.txt'))).toBe(false);
		expect(readFileSync(join(dir, report.keptAs as string), 'utf8')).toContain('Never Say Never');
		expect(answers(store, 'Who is Van Jones?')).toEqual([]);
		await expect(store.remove('nope', moderator)).rejects.toBeInstanceOf(UserInputError);
	});
});

describe('articleFileName', () => {
	it.each(['../evil.md', '../../etc/passwd.md', 'a/b.md', 'a\\b.md', '.hidden.md', '..md', '', 'x.exe', 'x'])(
		'refuses %j',
		(name) => {
			expect(() => articleFileName(name)).toThrow(UserInputError);
		},
	);

	it('turns spaces and odd characters into dashes', () => {
		expect(articleFileName('My Article (final).MD')).toBe('My-Article-final.md');
		expect(articleFileName('été 2024.txt')).toBe('été-2024.txt');
	});
});
