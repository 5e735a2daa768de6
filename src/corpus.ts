/**
 * The corpus: a folder of articles, `.md` with YAML front matter or `.txt` with the title on the
 * first line, each body being paragraphs separated by blank lines. Loading is all or nothing: one
 * invalid file fails the whole load, with every problem listed as `file:line: message`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { classifyParagraph, type ParagraphKind } from './paragraphs.js';
import { PEOPLE_FILE, type PeopleFile, parsePeopleFile } from './people-file.js';

export const ARTICLE_EXTENSIONS = ['.md', '.txt'] as const;
export const MAX_TITLE_LENGTH = 300;
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export interface Passage {
	/** `<article-id>#<n>` */
	id: string;
	articleId: string;
	/** 1-based position of the paragraph in the article body. */
	paragraph: number;
	text: string;
	kind: ParagraphKind;
	/** Line of the file where the paragraph starts. */
	line: number;
}

export interface Article {
	id: string;
	/** File name inside the corpus folder. */
	file: string;
	title: string;
	source: string | null;
	url: string | null;
	published: string | null;
	passages: Passage[];
}

export interface Corpus {
	articles: Article[];
	/** Corrections to name clustering, from the corpus folder's people.yaml. */
	people?: PeopleFile;
}

export interface CorpusProblem {
	file: string;
	line: number;
	message: string;
}

export function formatProblem(problem: CorpusProblem): string {
	return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** A load that failed: every problem found, in file order. */
export class CorpusError extends Error {
	readonly problems: CorpusProblem[];
	constructor(problems: CorpusProblem[]) {
		super(
			problems.length === 1
				? formatProblem(problems[0] as CorpusProblem)
				: `${problems.length} problems in the corpus:\n${problems.map(formatProblem).join('\n')}`,
		);
		this.name = 'CorpusError';
		this.problems = problems;
	}
}

const ARTICLE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

/** The article id a file name gives (its name without extension), or null if the name is not usable. */
export function articleIdOf(fileName: string): string | null {
	const ext = extname(fileName);
	const id = fileName.slice(0, fileName.length - ext.length);
	return ARTICLE_ID.test(id) ? id : null;
}

export function isArticleFile(fileName: string): boolean {
	return (
		!fileName.startsWith('.') && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(fileName).toLowerCase())
	);
}

const isoDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
	error: 'published must be an ISO 8601 date such as 2018-06-14 or 2018-06-14T09:30:00Z',
});

export const FrontMatterSchema = z.strictObject({
	title: z
		.string({ error: 'title is required and must be text' })
		.trim()
		.min(1, 'title must not be empty')
		.max(MAX_TITLE_LENGTH, `title must be at most ${MAX_TITLE_LENGTH} characters`),
	source: z.string({ error: 'source must be text (the outlet)' }).trim().min(1, 'source must not be empty').optional(),
	url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }).optional(),
	published: z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), isoDate).optional(),
});

type ParseResult = { ok: true; article: Article } | { ok: false; problems: CorpusProblem[] };

/**
 * Parses one article file. Pure: takes the file name and its bytes, returns the article or every
 * problem found.
 */
export function parseArticle(fileName: string, content: Uint8Array | string): ParseResult {
	const problems: CorpusProblem[] = [];
	const problem = (line: number, message: string) => problems.push({ file: fileName, line, message });
	const id = articleIdOf(fileName);
	const ext = extname(fileName).toLowerCase();
	if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
		problem(1, `unsupported file type "${ext || '(none)'}": articles are .md or .txt`);
		return { ok: false, problems };
	}
	if (id === null) {
		problem(1, "file name must be letters, digits, '.', '_' or '-' (at most 100) before the extension");
	}
	let text: string;
	if (typeof content === 'string') {
		text = content;
	} else {
		if (content.byteLength > MAX_ARTICLE_BYTES) {
			problem(1, `file is ${content.byteLength} bytes; an article is at most ${MAX_ARTICLE_BYTES} bytes`);
			return { ok: false, problems };
		}
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(content);
		} catch {
			problem(1, 'not a UTF-8 text file');
			return { ok: false, problems };
		}
	}
	if (text.includes('\u0000')) {
		problem(1, 'not a text file (it contains NUL bytes)');
		return { ok: false, problems };
	}
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

	let title = '';
	let meta: { source: string | null; url: string | null; published: string | null } = {
		source: null,
		url: null,
		published: null,
	};
	let bodyStart = 0; // index into lines
	if (ext === '.md') {
		const front = parseFrontMatter(lines, problem);
		if (front) {
			title = front.title;
			meta = { source: front.source ?? null, url: front.url ?? null, published: front.published ?? null };
			bodyStart = front.bodyStart;
		}
	} else {
		const titleIndex = lines.findIndex((l) => l.trim() !== '');
		if (titleIndex === -1) {
			problem(1, 'file is empty: the first non-empty line must be the title');
		} else {
			title = (lines[titleIndex] as string).trim();
			if (title.length > MAX_TITLE_LENGTH) {
				problem(titleIndex + 1, `the first line is the title and must be at most ${MAX_TITLE_LENGTH} characters`);
			}
			bodyStart = titleIndex + 1;
		}
	}

	const passages: Passage[] = [];
	const articleId = id ?? fileName;
	let current: string[] = [];
	let currentLine = 0;
	const flush = () => {
		if (current.length === 0) return;
		const paragraph = passages.length + 1;
		const paragraphText = current.join(' ');
		passages.push({
			id: `${articleId}#${paragraph}`,
			articleId,
			paragraph,
			text: paragraphText,
			kind: classifyParagraph(paragraphText),
			line: currentLine,
		});
		current = [];
	};
	for (let i = bodyStart; i < lines.length; i++) {
		const line = (lines[i] as string).trim();
		if (line === '') {
			flush();
		} else {
			if (current.length === 0) currentLine = i + 1;
			current.push(line);
		}
	}
	flush();
	if (problems.length === 0 && passages.length === 0) {
		problem(Math.min(bodyStart + 1, lines.length), 'the article has no body: paragraphs must follow the title');
	}
	if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
	return { ok: true, article: { id: articleId, file: fileName, title, ...meta, passages } };
}

function parseFrontMatter(
	lines: string[],
	problem: (line: number, message: string) => void,
): { title: string; source?: string; url?: string; published?: string; bodyStart: number } | null {
	if (lines[0]?.trim() !== '---') {
		problem(1, 'a .md article must start with YAML front matter between two "---" lines');
		return null;
	}
	const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
	if (close === -1) {
		problem(1, 'front matter is not closed: add a "---" line after it');
		return null;
	}
	const yamlText = lines.slice(1, close).join('\n');
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
	// Line in the file of an offset in the YAML text (front matter starts on the file's line 2).
	const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			problem(lineOf(error.pos[0]), `invalid YAML front matter: ${error.message.split('\n')[0]}`);
		}
		return null;
	}
	const data: unknown = doc.toJS() ?? {};
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		problem(2, 'front matter must be a mapping of keys such as title, source, url, published');
		return null;
	}
	const parsed = FrontMatterSchema.safeParse(data);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const keys = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path[0]];
			for (const key of keys) {
				const pair = doc.contents && 'items' in doc.contents ? findPair(doc.contents.items, key) : undefined;
				const line = pair !== undefined ? lineOf(pair) : 1;
				const message =
					issue.code === 'unrecognized_keys'
						? `unknown front matter key "${String(key)}" (allowed: title, source, url, published)`
						: issue.message;
				problem(line, message);
			}
		}
		return null;
	}
	return { ...parsed.data, bodyStart: close + 1 };
}

// The offset of a top-level key in the front matter, for error lines.
function findPair(items: unknown[], key: PropertyKey | undefined): number | undefined {
	for (const item of items) {
		if (typeof item !== 'object' || item === null || !('key' in item)) continue;
		const k = (item as { key: { value?: unknown; range?: [number, number, number] } | null }).key;
		if (k && k.value === key && k.range) return k.range[0];
	}
	return undefined;
}

/** Reads every article file of `dir`. Throws a CorpusError listing every problem if any file is invalid. */
export async function loadCorpus(dir: string): Promise<Corpus> {
	let names: string[];
	try {
		names = (await readdir(dir, { withFileTypes: true }))
			.filter((entry) => entry.isFile() && isArticleFile(entry.name))
			.map((entry) => entry.name)
			.sort();
	} catch (error) {
		const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : String(error);
		throw new CorpusError([{ file: dir, line: 0, message: `cannot read the corpus: ${reason}` }]);
	}
	const problems: CorpusProblem[] = [];
	const articles: Article[] = [];
	const seen = new Map<string, string>();
	for (const name of names) {
		const result = parseArticle(name, await readFile(join(dir, name)));
		if (!result.ok) {
			problems.push(...result.problems);
			continue;
		}
		const other = seen.get(result.article.id);
		if (other) {
			problems.push({ file: name, line: 1, message: `article id "${result.article.id}" is already used by ${other}` });
			continue;
		}
		seen.set(result.article.id, name);
		articles.push(result.article);
	}
	let people: PeopleFile | undefined;
	const peopleText = await readFile(join(dir, PEOPLE_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return undefined;
		throw error;
	});
	if (peopleText !== undefined) {
		const parsed = parsePeopleFile(peopleText);
		if (parsed.ok) people = parsed.people;
		else problems.push(...parsed.problems);
	}
	if (problems.length > 0) throw new CorpusError(problems);
	return people ? { articles, people } : { articles };
}
