/**
 * The live corpus: the folder on disk and the story built from it, changed only through this store.
 *
 * Every change (reload, add, remove) runs one at a time, in order. Each builds a complete new
 * story beside the live one, in slices so the bot keeps answering from the old story meanwhile,
 * and swaps it in with one assignment: readers see the old index or the new one, never half of
 * one. Files are written atomically (a temporary file, then a rename) and only after the new
 * corpus has validated and indexed; nothing is ever deleted: a replaced or removed article moves
 * to `.history/` in the corpus folder.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { UserInputError } from './ask.js';
import {
	ARTICLE_EXTENSIONS,
	articleIdOf,
	type Corpus,
	CorpusError,
	loadCorpus,
	MAX_ARTICLE_BYTES,
	parseArticle,
} from './corpus.js';
import { diffCorpora, hashArticlesSteps } from './corpus-diff.js';
import type { Lexicon } from './lexicon.js';
import type { Logger } from './logger.js';
import { logWorkerFailure, type ParallelOptions, readerFor } from './parallel-build.js';
import { buildIndexSliced } from './search-index.js';
import { runStepsSliced } from './steps.js';
import { type Story, storyFromSteps } from './story.js';
import { compareText } from './text.js';

export const HISTORY_DIR = '.history';

/** Who asked for a change: a moderator's id and name, or the operator at the host. */
export interface Actor {
	id: string;
	name: string;
}

export interface CorpusStatus {
	/** Short content hash of the corpus. */
	version: string;
	articles: number;
	passages: number;
	skipped: number;
	quotations: number;
	people: number;
	loadedAt: Date;
	loadedBy: string;
}

export interface ChangeReport {
	action: 'reload' | 'add' | 'remove';
	version: string;
	previousVersion: string;
	added: string[];
	removed: string[];
	changed: string[];
	passagesGained: number;
	passagesLost: number;
	/** Wall time of the change, reading to swap. */
	ms: number;
	/** Where a replaced or removed article's file was kept. */
	keptAs?: string;
}

/**
 * The file name an uploaded article is stored under. A name with a path in it is refused, never
 * rewritten into one; spaces and other characters become dashes.
 */
export function articleFileName(uploaded: string): string {
	const name = uploaded.normalize('NFC').trim();
	if (name === '' || /[/\\]/.test(name) || name.includes('..') || name.startsWith('.') || name.includes('\u0000')) {
		throw new UserInputError(
			`The file name “${uploaded.slice(0, 80)}” is not allowed: it must be a plain name such as my-article.md.`,
		);
	}
	const ext = extname(name).toLowerCase();
	if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(ext)) {
		throw new UserInputError(`Articles are .md or .txt files; “${name.slice(0, 80)}” is not.`);
	}
	const stem = name
		.slice(0, name.length - ext.length)
		.replace(/[^\p{L}\p{N}._-]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 100);
	const safe = `${stem}${ext}`;
	if (articleIdOf(safe) === null)
		throw new UserInputError(`The file name “${name.slice(0, 80)}” has no usable article name.`);
	return safe;
}

export interface CorpusStoreOptions {
	dir: string;
	lexicon: Lexicon;
	log?: Pick<Logger, 'info' | 'warn'>;
	/** Longest stretch the event loop is held while a new story is built. */
	sliceMs?: number;
	/**
	 * Whether a change's build reads who is who on a worker thread (src/parallel-build.ts). Off
	 * by default: the worker makes a 100,000-passage reload about a third faster, but it and its
	 * garbage collector take the second core from the slices that keep the bot answering, and
	 * handing over its results holds the event loop at once: the longest stall of such a reload
	 * went from 35–78 ms to 106–151 ms. A reload runs while the bot answers; start-up, when
	 * nothing is waiting for an answer yet, uses the worker (openStory).
	 */
	parallel?: ParallelOptions['parallel'];
}

export class CorpusStore {
	private live: Story;
	private queue: Promise<unknown> = Promise.resolve();
	readonly dir: string;

	constructor(
		story: Story,
		private readonly options: CorpusStoreOptions,
	) {
		this.live = story;
		this.dir = resolve(options.dir);
	}

	/** The story readers use now. */
	current(): Story {
		return this.live;
	}

	status(): CorpusStatus {
		const { index, quotes, loadedAt, loadedBy, version } = this.live;
		return {
			version,
			articles: index.stats.articles,
			passages: index.stats.passages,
			skipped: index.stats.skipped,
			quotations: quotes.quotations.length,
			people: quotes.people.filter((p) => p.entity.kind === 'person').length,
			loadedAt,
			loadedBy,
		};
	}

	/** Re-reads the folder; an invalid file leaves the live story as it was (CorpusError). */
	reload(by: Actor): Promise<ChangeReport> {
		return this.serially('reload', by, async () => ({ corpus: await loadCorpus(this.dir) }));
	}

	/** Adds an article (or replaces one, with `replace`), validated as a reload would. */
	add(file: { name: string; content: Uint8Array }, replace: boolean, by: Actor): Promise<ChangeReport> {
		return this.serially('add', by, async () => {
			const name = articleFileName(file.name);
			if (file.content.byteLength > MAX_ARTICLE_BYTES) {
				throw new UserInputError(`The file is ${file.content.byteLength} bytes; an article is at most 1 MB.`);
			}
			const parsed = parseArticle(name, file.content);
			if (!parsed.ok) throw new CorpusError(parsed.problems);
			const onDisk = await loadCorpus(this.dir);
			const existing = onDisk.articles.find((a) => a.id === parsed.article.id);
			if (existing && !replace) {
				throw new UserInputError(
					`An article “${existing.id}” already exists (${existing.file}). Use replace:true to replace it; the old version is kept.`,
				);
			}
			const corpus: Corpus = {
				...onDisk,
				articles: [...onDisk.articles.filter((a) => a.id !== parsed.article.id), parsed.article].sort((a, b) =>
					compareText(a.file, b.file),
				),
			};
			return {
				corpus,
				// Written only once the new corpus has been indexed.
				commit: async () => {
					let keptAs: string | undefined;
					if (existing) keptAs = await this.keep(existing.file, existing.file === name ? 'copy' : 'move');
					await this.writeAtomically(name, file.content);
					return keptAs;
				},
			};
		});
	}

	/** Moves an article's file into `.history/` and reindexes without it. */
	remove(articleId: string, by: Actor): Promise<ChangeReport> {
		return this.serially('remove', by, async () => {
			const onDisk = await loadCorpus(this.dir);
			const existing = onDisk.articles.find((a) => a.id === articleId);
			if (!existing) throw new UserInputError(`There is no article “${articleId}”. /corpus status lists the corpus.`);
			return {
				corpus: { ...onDisk, articles: onDisk.articles.filter((a) => a.id !== articleId) },
				commit: () => this.keep(existing.file, 'move'),
			};
		});
	}

	/**
	 * Runs one change after the previous ones: prepare the new corpus, build its story in slices,
	 * write files, then swap. A failure at any step leaves the live story and the folder as they were.
	 */
	private serially(
		action: ChangeReport['action'],
		by: Actor,
		prepare: () => Promise<{ corpus: Corpus; commit?: () => Promise<string | undefined> }>,
	): Promise<ChangeReport> {
		const run = this.queue.then(async () => {
			const started = performance.now();
			const before = this.live;
			try {
				const { corpus, commit } = await prepare();
				const story = await this.buildStory(corpus, by);
				const keptAs = await commit?.();
				this.live = story;
				const report: ChangeReport = {
					action,
					version: story.version,
					previousVersion: before.version,
					...diffCorpora(before.corpus, corpus),
					ms: Math.round(performance.now() - started),
					...(keptAs ? { keptAs } : {}),
				};
				this.options.log?.info({ by: by.id, moderator: by.name, ...report }, `corpus ${action}`);
				return report;
			} catch (error) {
				this.options.log?.warn({ by: by.id, moderator: by.name, action, err: error }, `corpus ${action} refused`);
				throw error;
			}
		});
		this.queue = run.catch(() => undefined);
		return run;
	}

	private async buildStory(corpus: Corpus, by: Actor): Promise<Story> {
		const { lexicon, sliceMs, parallel = false, log } = this.options;
		const reader = readerFor(corpus, lexicon, { parallel, onWorkerFailure: log && logWorkerFailure(log) });
		const index = await buildIndexSliced(corpus, lexicon, sliceMs, reader);
		// Hashing a large corpus's text takes long enough to stall the bot: done in slices too.
		await runStepsSliced(hashArticlesSteps(corpus), sliceMs);
		return runStepsSliced(storyFromSteps(corpus, index, lexicon, by.name), sliceMs);
	}

	/** Copies or moves a corpus file into `.history/` under a time-stamped name; returns that name. */
	private async keep(file: string, how: 'copy' | 'move'): Promise<string> {
		const history = join(this.dir, HISTORY_DIR);
		await mkdir(history, { recursive: true });
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const kept = `${stamp}--${basename(file)}`;
		const from = this.inside(file);
		const to = join(history, kept);
		if (how === 'copy') await copyFile(from, to);
		else await rename(from, to);
		return `${HISTORY_DIR}/${kept}`;
	}

	/** Writes a file in the corpus folder through a temporary file and a rename: never half a file. */
	private async writeAtomically(name: string, content: Uint8Array): Promise<void> {
		const target = this.inside(name);
		const temporary = join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
		try {
			await writeFile(temporary, content, { flag: 'wx' });
			await rename(temporary, target);
		} catch (error) {
			await rm(temporary, { force: true });
			throw error;
		}
	}

	/** The path of a file directly inside the corpus folder; anything else is refused. */
	private inside(name: string): string {
		const path = resolve(this.dir, name);
		if (!path.startsWith(this.dir + sep) || path.slice(this.dir.length + 1).includes(sep)) {
			throw new UserInputError('That file name would leave the corpus folder.');
		}
		return path;
	}
}
