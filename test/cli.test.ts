import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './support/run.js';
import { tempCorpus } from './support/story.js';

const cli = (...args: string[]) => runScript('src/cli.ts', args, { env: { CORPUS_DIR: 'corpus' } });

describe('npm run cli -- ask', () => {
	it('prints exactly one JSON object with --json', async () => {
		const { code, stdout } = await cli('ask', 'When did Trump commute the sentence?', '--json', '--limit', '2');
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(Object.keys(json)).toEqual(['question', 'results']);
		expect(json.results).toHaveLength(2);
		expect(Object.keys(json.results[0])).toEqual([
			'rank',
			'passageId',
			'title',
			'source',
			'url',
			'paragraph',
			'text',
			'answer',
			'score',
		]);
		expect(json.results[0]).toMatchObject({
			rank: 1,
			passageId: 'kim-kardashian-never-say-never-politics#6',
			paragraph: 6,
		});
	});

	it('gives empty results for an out-of-scope question', async () => {
		const { code, stdout } = await cli('ask', 'What is the boiling point of water?', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({ question: 'What is the boiling point of water?', results: [] });
	});

	it('reads another corpus with --corpus', async () => {
		const dir = tempCorpus({ 'one.md': '---\ntitle: Moon\nsource: Daily\n---\n\nThe moon landing was in 1969.' });
		const { stdout } = await cli('ask', 'When was the moon landing?', '--json', '--corpus', dir);
		expect(JSON.parse(stdout).results[0]).toMatchObject({ passageId: 'one#1', title: 'Moon', source: 'Daily' });
	});

	it('lists a person’s quotations as exactly one JSON object with cli quote --json', async () => {
		const { code, stdout } = await cli('quote', 'Jones', '--json');
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({
			query: 'Jones',
			person: { name: 'Van Jones', aliases: ['Van', 'Jones'] },
			quotes: [
				{
					text: 'Trump is president it, it could happen',
					passageId: 'kim-kardashian-never-say-never-politics#4',
					title: "Kim Kardashian Addresses Possible Future in Politics: 'Never Say Never'",
					paragraph: 4,
				},
			],
		});
		const unknown = JSON.parse((await cli('quote', 'Nobody Here', '--json')).stdout);
		expect(unknown).toEqual({ query: 'Nobody Here', person: null, quotes: [] });
		const about = JSON.parse((await cli('quote', 'Kim', '--about', 'Ivanka', '--json')).stdout);
		expect(about.quotes.map((q: { text: string }) => q.text)).toEqual([
			'I called Ivanka, and we had a really great conversation about women and wanting to help each other … I knew that she would have understood Alice, and she immediately was so receptive and so great.',
		]);
	});

	it('manages the corpus from the host: status, add, remove, reload', async () => {
		const dir = tempCorpus({ 'one.md': '---\ntitle: Moon\n---\n\nThe moon landing was in 1969.' });
		const file = join(tempCorpus({ 'mars.txt': 'Mars\n\nA rover landed on Mars in 2021.' }), 'mars.txt');
		const status = JSON.parse((await cli('corpus', 'status', '--json', '--corpus', dir)).stdout);
		expect(status).toMatchObject({ articles: 1, passages: 1, quotations: 0, loadedBy: 'startup' });
		const added = JSON.parse((await cli('corpus', 'add', file, '--json', '--corpus', dir)).stdout);
		expect(added).toMatchObject({ action: 'add', added: ['mars'], previousVersion: status.version });
		expect(readFileSync(join(dir, 'mars.txt'), 'utf8')).toContain('rover');
		const again = await cli('corpus', 'add', file, '--corpus', dir);
		expect(again.code).toBe(2);
		expect(again.stderr).toContain('already exists');
		const removed = await cli('corpus', 'remove', 'mars', '--corpus', dir);
		expect(removed.stdout).toContain('Articles removed: `mars`');
		expect(readdirSync(join(dir, '.history'))[0]).toMatch(/--mars\.txt$/);
		const reloaded = JSON.parse((await cli('corpus', 'reload', '--json', '--corpus', dir)).stdout);
		expect(reloaded).toMatchObject({ action: 'reload', version: status.version, added: [], removed: [] });
	});

	it.each([
		[['corpus', 'explode'], 'usage: cli'],
		[['corpus', 'remove'], 'usage: cli'],
		[['quote', ' '], 'Please name a person: it is empty.'],
		[['ask', ''], 'Please ask a question: it is empty.'],
		[['ask', 'x'.repeat(301)], 'The question is 301 characters long; please keep it to 300.'],
		[['ask', 'Who is Kim?', '--limit', '11'], 'The number of results must be a whole number from 1 to 10.'],
		[['ask', 'Who is Kim?', '--corpus', '/no/such/dir'], '/no/such/dir:0: cannot read the corpus: folder not found'],
		[['ask'], 'give the question as one quoted argument'],
		[['ask', 'Who?', '--bogus'], "Unknown option '--bogus'"],
	])('exits 2 with a one-line reason for %j', async (args, message) => {
		const { code, stdout, stderr } = await cli(...args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(message);
	});
});
