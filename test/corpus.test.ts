import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus, parseArticle } from '../src/corpus.js';
import { CORPUS_DIR, SHARED_DIR, tempCorpus } from './support/story.js';

const article = (name: string, text: string) => {
	const result = parseArticle(name, text);
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
	return result.article;
};

describe('parseArticle', () => {
	it('reads a .txt article: title on the first non-empty line, paragraphs split by blank lines', () => {
		const a = article('my-story.txt', '\n\nThe Title\n\nFirst paragraph\ncontinues here.\n\n\n\nSecond one.\n');
		expect(a).toMatchObject({ id: 'my-story', title: 'The Title', source: null, url: null, published: null });
		expect(a.passages.map((p) => [p.id, p.paragraph, p.text, p.line])).toEqual([
			['my-story#1', 1, 'First paragraph continues here.', 5],
			['my-story#2', 2, 'Second one.', 10],
		]);
	});

	it('reads a .md article with validated front matter', () => {
		const a = article(
			'x.md',
			'---\ntitle: "A: title"\nsource: The Outlet\nurl: https://example.com/a\npublished: 2018-06-14\n---\n\nBody text.\r\n\r\nMore.',
		);
		expect(a).toMatchObject({
			title: 'A: title',
			source: 'The Outlet',
			url: 'https://example.com/a',
			published: '2018-06-14',
		});
		expect(a.passages).toHaveLength(2);
	});

	it('lists every front matter problem as file:line', () => {
		const result = parseArticle('x.md', '---\nsauce: x\nurl: ftp://x\npublished: 2018-13-01\n---\n\nBody.\n');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
			'x.md:1: title is required and must be text',
			'x.md:2: unknown front matter key "sauce" (allowed: title, source, url, published)',
			'x.md:3: url must be an http(s) URL',
			'x.md:4: published must be an ISO 8601 date such as 2018-06-14 or 2018-06-14T09:30:00Z',
		]);
	});

	it.each([
		['no front matter', 'a.md', 'Just text', 'a.md:1: a .md article must start with YAML front matter'],
		['unclosed front matter', 'a.md', '---\ntitle: x\n', 'a.md:1: front matter is not closed'],
		['broken YAML', 'a.md', '---\ntitle: [x\n---\nBody', 'a.md:2: invalid YAML front matter'],
		['an empty file', 'a.txt', '  \n\n', 'a.txt:1: file is empty'],
		['a title and no body', 'a.txt', 'Title only\n', 'a.txt:2: the article has no body'],
		['an unusable file name', 'bad name!.txt', 'T\n\nBody.', 'bad name!.txt:1: file name must be letters'],
		['another extension', 'a.html', '<p>x</p>', 'a.html:1: unsupported file type ".html"'],
	])('rejects %s', (_, name, text, expected) => {
		const result = parseArticle(name, text);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(`${result.problems[0]?.file}:${result.problems[0]?.line}: ${result.problems[0]?.message}`).toContain(
				expected,
			);
	});

	it('rejects binary and non-UTF-8 content', () => {
		const binary = parseArticle('a.txt', new Uint8Array([0x54, 0x0a, 0x0a, 0x00, 0x01, 0x02]));
		const latin1 = parseArticle('b.txt', new Uint8Array([0x54, 0x0a, 0x0a, 0xe9, 0x74, 0xe9]));
		expect(binary.ok || binary.problems[0]?.message).toMatch(/NUL/);
		expect(latin1.ok || latin1.problems[0]?.message).toMatch(/UTF-8/);
	});
});

describe('loadCorpus', () => {
	it('holds both seed articles verbatim under readable names', () => {
		const seeds = readdirSync(join(SHARED_DIR, 'seeds')).map((f) => readFileSync(join(SHARED_DIR, 'seeds', f), 'utf8'));
		const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt'));
		expect(files.sort()).toEqual([
			'kim-kardashian-alice-johnson-today-interview.txt',
			'kim-kardashian-never-say-never-politics.txt',
		]);
		const contents = files.map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8'));
		expect(contents.sort()).toEqual(seeds.sort());
	});

	it('loads the seed corpus with stable ids', async () => {
		const corpus = await loadCorpus(CORPUS_DIR);
		expect(corpus.articles.map((a) => [a.id, a.passages.length])).toEqual([
			['kim-kardashian-alice-johnson-today-interview', 23],
			['kim-kardashian-never-say-never-politics', 14],
		]);
	});

	it('is all or nothing: one bad file fails the load, listing every problem', async () => {
		const dir = tempCorpus({
			'good.txt': 'Title\n\nA paragraph.',
			'bad.md': '---\ntitle: ""\n---\n\nx',
			'worse.md': 'no front matter',
			'notes.json': '{}',
		});
		const error = await loadCorpus(dir).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(CorpusError);
		expect((error as CorpusError).problems.map((p) => `${p.file}:${p.line}`)).toEqual(['bad.md:2', 'worse.md:1']);
		expect((error as CorpusError).message).toContain('bad.md:2: title must not be empty');
	});

	it('rejects two files with the same article id', async () => {
		const dir = tempCorpus({ 'a.txt': 'T\n\nBody.', 'a.md': '---\ntitle: T\n---\n\nBody.' });
		await expect(loadCorpus(dir)).rejects.toThrow('a.txt:1: article id "a" is already used by a.md');
	});

	it('reports a missing folder as a corpus problem', async () => {
		await expect(loadCorpus('/nonexistent/corpus')).rejects.toThrow(/cannot read the corpus: folder not found/);
	});
});
