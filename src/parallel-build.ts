/**
 * Who is who in a large corpus, read on a second thread while this one indexes the passages.
 *
 * A build's work is about half reading who is who (the corpus's names, then who said each
 * quotation) and half indexing the passages' text, and the two need each other only at the end
 * (src/search-index.ts). On a machine with two cores, a worker thread (src/build-worker.ts) reads
 * the names while this thread indexes; it hands them over, then attributes the quotations of the
 * corpus's later articles while this thread attributes those of its first ones. Attribution reads
 * an article at a time, and only speakers named once as a lone word (Attribution.extraEntities)
 * are shared across articles: the two halves are put together as one reading in order would have
 * made them (mergeAttributions). What comes back is the same, object for object, as a build in one
 * thread: the tests compare the two on every fixture corpus.
 *
 * The corpus goes to the worker in batches of articles, a step each, so that handing over 100,000
 * passages never holds the event loop long. The quotations come back as numbers (entities, passages
 * and articles by position) in typed arrays, moved rather than copied. Should the worker fail, the
 * build reads what is missing in this thread and says so through `onWorkerFailure`.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Article, Corpus, Passage } from './corpus.js';
import { defaultLexicon, type Lexicon } from './lexicon.js';
import type { Logger } from './logger.js';
import { type Entity, type EntityIndex, indexEntitiesSteps, readingOf } from './people.js';
import type { PeopleNames } from './quote-book.js';
import {
	type Attribution,
	type AttributionRule,
	attributeQuotesSteps,
	extraEntityKey,
	type Quotation,
	type QuotedSpan,
} from './quotes.js';
import { runSteps, type Steps } from './steps.js';
import { readInThread, type WhoIsWho, type WhoIsWhoReader, whoIsWhoSteps } from './who-is-who.js';

/**
 * Content passages from which a build reads who is who on a worker. Below, starting one (its
 * modules, its WordNet) and sharing the machine's two cores cost more than it saves: measured on
 * generated corpora, one thread against two, 1.1-1.3 s against 1.9 s at 10,000 passages, 2.9-3.0
 * against 3.3-3.7 s at 25,000, 6.1 against 5.5-5.7 s at 50,000, 13 against 10.7 s at 100,000.
 */
export const PARALLEL_FROM_PASSAGES = 40_000;

/**
 * About how many passages a part of the quotations' attribution covers (whole articles): this
 * thread takes parts from the first article on, the worker from the last one back, each claiming
 * a part before it reads it, until they meet. Whichever thread is ahead takes more, and neither
 * waits for the other longer than a part takes.
 */
export const PASSAGES_PER_PART = 1000;

/** About how many passages go to the worker in one message. */
const PASSAGES_PER_MESSAGE = 2000;
/** How many entries a step of decoding the worker's attribution reads. */
const ENTRIES_PER_STEP = 2048;
/** Who claimed a part (src/build-worker.ts claims with WORKER). */
export const CLAIMED_BY = { nobody: 0, main: 1, worker: 2 } as const;

/** Claims `part` in `claims` for `by`; false when the other thread has it. */
export function claim(claims: Int32Array, part: number, by: (typeof CLAIMED_BY)['main' | 'worker']): boolean {
	return Atomics.compareExchange(claims, part, CLAIMED_BY.nobody, by) === CLAIMED_BY.nobody;
}

/** The attribution of the articles from `from` to `to` (a part), read alone. */
export function attributePart(
	articles: readonly Article[],
	[from, to]: [number, number],
	entities: EntityIndex,
	lexicon: Lexicon,
): Steps<Attribution> {
	return attributeQuotesSteps({ articles: articles.slice(from, to) }, entities, lexicon);
}

/** What to tell `log` when the build worker failed (onWorkerFailure). */
export function logWorkerFailure(log: Pick<Logger, 'warn'>): (error: Error) => void {
	return (error) => log.warn({ err: error }, 'the build worker failed: its part was read in the main thread');
}

export interface ParallelOptions {
	/** Read who is who on a worker: 'auto' (the default) from PARALLEL_FROM_PASSAGES content passages. */
	parallel?: boolean | 'auto';
	/** Told when the worker failed and its part was read in this thread instead. */
	onWorkerFailure?: (error: Error) => void;
	/** PASSAGES_PER_PART unless given (the tests cut parts of one article). */
	passagesPerPart?: number;
	/** The worker's module: src/build-worker unless given (the tests give ones that fail). */
	worker?: URL;
}

/**
 * Whether a build of `corpus` reads who is who on a worker: when asked to, or on 'auto' for a
 * large corpus, and only with the default lexicon (the worker loads its own; another cannot be sent).
 */
export function readsInWorker(
	corpus: Corpus,
	lexicon: Lexicon,
	parallel: ParallelOptions['parallel'] = 'auto',
): boolean {
	const wanted = parallel === 'auto' ? contentPassages(corpus.articles) >= PARALLEL_FROM_PASSAGES : parallel;
	return wanted && lexicon === defaultLexicon();
}

/** How a build of `corpus` reads who is who (readsInWorker). */
export function readerFor(corpus: Corpus, lexicon: Lexicon, options: ParallelOptions = {}): WhoIsWhoReader {
	return readsInWorker(corpus, lexicon, options.parallel)
		? readInWorker(corpus, lexicon, options)
		: readInThread(corpus, lexicon);
}

function contentPassages(articles: readonly Article[]): number {
	let count = 0;
	for (const article of articles) for (const passage of article.passages) if (passage.kind === 'content') count++;
	return count;
}

/** The parts of the attribution: ranges of whole articles, [from, to), of about `passages` content passages. */
export function partsOf(articles: readonly Article[], passages: number): [number, number][] {
	const parts: [number, number][] = [];
	let from = 0;
	let count = 0;
	for (let i = 0; i < articles.length; i++) {
		count += contentPassages([articles[i] as Article]);
		if (count >= passages || i === articles.length - 1) {
			parts.push([from, i + 1]);
			from = i + 1;
			count = 0;
		}
	}
	return parts;
}

/** Messages to the worker. */
export type ToWorker =
	| { type: 'articles'; articles: Article[] }
	/**
	 * All articles are in: read the names, then attribute the parts, from the last back, each once
	 * claimed in `claims` (an Int32Array, a slot per part).
	 */
	| { type: 'read'; people: Corpus['people']; parts: [number, number][]; claims: SharedArrayBuffer };

/** Messages from the worker. */
export type FromWorker =
	/** The entity index's entities (their index is built again from them: smaller to send). */
	| { type: 'entities'; entities: Entity[] }
	/** The attribution of one part, sent as soon as it is read. */
	| { type: 'part'; part: number; wire: AttributionWire }
	/** Every part the worker claimed is sent. */
	| { type: 'attributed' }
	/** Then the names of the entity index's people, made while this thread finishes the index. */
	| { type: 'names'; names: PeopleNames }
	| { type: 'failed'; message: string };

function readInWorker(corpus: Corpus, lexicon: Lexicon, options: ParallelOptions): WhoIsWhoReader {
	const parts = partsOf(corpus.articles, options.passagesPerPart ?? PASSAGES_PER_PART);
	const claims = new Int32Array(new SharedArrayBuffer(4 * parts.length));
	let worker: Worker | undefined;
	let failure: Error | undefined;
	let names: PeopleNames | undefined;
	const inbox: FromWorker[] = [];
	let wake: () => void = () => {};
	const arrived = () => new Promise<void>((resolve) => (wake = resolve));

	const fail = (error: Error) => {
		failure ??= error;
		wake();
	};
	const stop = () => {
		const stopping = worker;
		worker = undefined;
		if (stopping) void stopping.terminate();
	};
	/** The next message, once it arrives; null when the worker failed instead. */
	function* receive(): Steps<FromWorker | null> {
		for (;;) {
			const message = inbox.shift();
			if (message) return message;
			if (failure) return null;
			yield arrived();
		}
	}
	/**
	 * The next message, as receive() gives it; until it arrives, `ahead` runs a step at a time,
	 * with a turn of the event loop every few milliseconds to let the message in.
	 */
	function* receiveReadingAhead(ahead: Iterator<void>): Steps<FromWorker | null> {
		let turn = performance.now() + AHEAD_MS;
		while (inbox.length === 0 && !failure && !ahead.next().done) {
			if (performance.now() < turn) continue;
			yield setImmediate();
			turn = performance.now() + AHEAD_MS;
		}
		return yield* receive();
	}
	/** The worker failed: what it did not send is read here; the failure is told once (by default as a process warning). */
	const fallBack = () => {
		stop();
		const error = failure ?? new Error('the build worker sent nothing');
		if (options.onWorkerFailure) options.onWorkerFailure(error);
		else process.emitWarning(`${error.message}: its part was read in the main thread`, 'BuildWorkerWarning');
	};
	// Whether the worker is left to make its people's names once finish has given who is who.
	let working = false;
	const partOf = (part: number, entities: EntityIndex) =>
		attributePart(corpus.articles, parts[part] as [number, number], entities, lexicon);

	return {
		*start() {
			try {
				worker = startWorker(
					options.worker ?? new URL(`./build-worker${extensionOf(import.meta.url)}`, import.meta.url),
				);
				worker.on('message', (message: FromWorker) => {
					// A failure and the people's names are kept aside as they come; the rest waits in order.
					if (message.type === 'failed') fail(new Error(`the build worker failed: ${message.message}`));
					else if (message.type === 'names') names = message.names;
					else inbox.push(message);
					wake();
				});
				worker.on('error', fail);
				worker.on('messageerror', fail);
				worker.on('exit', (code) => fail(new Error(`the build worker stopped (exit code ${code})`)));
				let batch: Article[] = [];
				let size = 0;
				for (const article of corpus.articles) {
					batch.push(article);
					size += article.passages.length;
					if (size >= PASSAGES_PER_MESSAGE) {
						worker.postMessage({ type: 'articles', articles: batch } satisfies ToWorker);
						batch = [];
						size = 0;
						yield;
					}
				}
				worker.postMessage({ type: 'articles', articles: batch } satisfies ToWorker);
				worker.postMessage({ type: 'read', people: corpus.people, parts, claims: claims.buffer } satisfies ToWorker);
			} catch (error) {
				fail(error instanceof Error ? error : new Error(String(error)));
			}
		},
		*finish() {
			try {
				const named = yield* receiveReadingAhead(readAhead(corpus.articles, lexicon));
				if (named?.type !== 'entities') {
					// Nothing from the worker yet: claim every part, so that it attributes none.
					for (let part = 0; part < parts.length; part++) Atomics.store(claims, part, CLAIMED_BY.main);
					fallBack();
					return yield* whoIsWhoSteps(corpus, lexicon);
				}
				const entities = yield* indexEntitiesSteps(named.entities);
				const attributed: (Attribution | undefined)[] = new Array(parts.length);
				let at: Places | undefined;
				let sentAll = false;
				// The worker's parts that have arrived, put back together between this thread's own.
				function* unpack(): Steps<void> {
					for (let message = inbox.shift(); message; message = inbox.shift()) {
						if (message.type === 'part') {
							at ??= placesOf(corpus.articles);
							attributed[message.part] = yield* decodeAttribution(message.wire, entities, at);
						} else if (message.type === 'attributed') sentAll = true;
					}
				}
				for (let part = 0; part < parts.length; part++) {
					if (!claim(claims, part, CLAIMED_BY.main)) break;
					attributed[part] = yield* partOf(part, entities);
					// Lets the worker's messages in: each decoded now is not decoded once the two meet.
					yield setImmediate();
					yield* unpack();
				}
				for (;;) {
					yield* unpack();
					if (sentAll || failure) break;
					yield arrived();
				}
				if (!sentAll) fallBack();
				// Parts the worker claimed but could not send are read here.
				for (let part = 0; part < parts.length; part++) attributed[part] ??= yield* partOf(part, entities);
				const attribution = yield* mergeAttributions(attributed as Attribution[]);
				// The worker goes on to make its people's names (personNames).
				working = sentAll;
				return { entities, attribution } satisfies WhoIsWho;
			} finally {
				if (!working) stop();
			}
		},
		*personNames() {
			try {
				while (!names && !failure && worker) yield arrived();
				return names;
			} finally {
				stop();
			}
		},
	};
}

/** How long reading ahead goes on between two looks for the worker's message. */
const AHEAD_MS = 4;

/**
 * Reads ahead, a paragraph a step, what attributing the first articles' quotations will read of
 * each paragraph and needs no entity for (its quotations, its narration, the names of its text
 * and of its narration, remembered with the paragraph): the parts this thread attributes start
 * from the first article, and it has nothing else to do until the worker's names arrive.
 */
function* readAhead(articles: readonly Article[], lexicon: Lexicon): Generator<void> {
	for (const article of articles) {
		for (const passage of article.passages) {
			if (passage.kind !== 'content') continue;
			const reading = readingOf(passage);
			reading.names(passage.text, lexicon);
			reading.names(reading.narration, lexicon);
			yield;
		}
	}
}

/** The extension of this module's own file: .ts when run from the sources (tsx, the tests), .js compiled. */
function extensionOf(url: string): string {
	return url.endsWith('.ts') ? '.ts' : '.js';
}

/**
 * A worker running `module`. Compiled, the module is loaded as it is; from the sources (a .ts
 * file), through src/ts-worker.mjs, which registers tsx in the worker first.
 */
export function startWorker(module: URL): Worker {
	if (!module.pathname.endsWith('.ts')) return new Worker(module);
	return new Worker(new URL('./ts-worker.mjs', import.meta.url), { workerData: { module: module.href } });
}

/**
 * The attributions of consecutive parts of a corpus, each read alone, as one: what attributing
 * them all in order gives. A speaker named once as a lone word in several parts is one entity,
 * the first part's (named as first met).
 */
export function* mergeAttributions(parts: readonly Attribution[]): Steps<Attribution> {
	const byKey = new Map<string, Entity>();
	const extraEntities: Entity[] = [];
	const quotations: Quotation[] = [];
	const abstained: QuotedSpan[] = [];
	const references: Attribution['references'] = new Map();
	const described: Attribution['described'] = new Map();
	for (const part of parts) {
		const same = new Map<Entity, Entity>();
		for (const entity of part.extraEntities) {
			const key = extraEntityKey(entity.name);
			const known = byKey.get(key);
			if (known) same.set(entity, known);
			else {
				byKey.set(key, entity);
				extraEntities.push(entity);
			}
		}
		const as = (entity: Entity) => same.get(entity) ?? entity;
		for (const quotation of part.quotations) {
			quotations.push(same.has(quotation.speaker) ? { ...quotation, speaker: as(quotation.speaker) } : quotation);
		}
		abstained.push(...part.abstained);
		for (const [into, from] of [
			[references, part.references],
			[described, part.described],
		] as const) {
			for (const [passage, byEntity] of from) {
				into.set(passage, namesAnother(byEntity, same) ? new Map([...byEntity].map(([e, s]) => [as(e), s])) : byEntity);
			}
		}
		yield;
	}
	return { quotations, references, described, abstained, extraEntities };
}

/** Whether any entity of `byEntity` is one `same` gives another for (most passages' entities are not). */
function namesAnother(byEntity: ReadonlyMap<Entity, unknown>, same: ReadonlyMap<Entity, Entity>): boolean {
	if (same.size === 0) return false;
	for (const entity of byEntity.keys()) if (same.has(entity)) return true;
	return false;
}

/**
 * An attribution as numbers: each entity by its place in the entity index's list, or after it
 * among the attribution's own extra entities; each passage and article by its place in the
 * corpus. Texts and labels are strings.
 */
export interface AttributionWire {
	/** Per quotation: speaker, article, number of spans, then per span: passage, start, end. */
	quotations: Int32Array;
	/** Per quotation: its rule and how the speaker was found. */
	labels: string[];
	/** Per span, the quotations' then the abstained spans': its text. */
	texts: string[];
	/** Per abstained span: passage, start, end. */
	abstained: Int32Array;
	/** Per passage with references: passage, number of entities, then per entity: entity, number of sentences, sentences. */
	references: Int32Array;
	described: Int32Array;
	extraEntities: Entity[];
}

/** Where each passage and article of a corpus stands in it: numbers for the wire. */
export type Places = ReturnType<typeof placesOf>;

/** Every passage of `articles` in order, and each passage's and article's place. */
export function placesOf(articles: readonly Article[]) {
	const passages: Passage[] = [];
	const passageAt = new Map<string, number>();
	const articleAt = new Map<string, number>();
	for (const [i, article] of articles.entries()) {
		articleAt.set(article.id, i);
		for (const passage of article.passages) {
			passageAt.set(passage.id, passages.length);
			passages.push(passage);
		}
	}
	const place = (map: Map<string, number>, id: string) => {
		const at = map.get(id);
		if (at === undefined) throw new Error(`${id} is not in the corpus`);
		return at;
	};
	return {
		articles,
		passages,
		passage: (id: string) => place(passageAt, id),
		article: (id: string) => place(articleAt, id),
	};
}

/**
 * How a worker reads the parts it claims of `articles` (the corpus it was sent) and sends each:
 * given a part's number and its range, the part's attribution as a message, with the buffers that
 * move with it rather than being copied. Entities and places are numbered once for every part.
 */
export function partReader(
	articles: readonly Article[],
	entities: EntityIndex,
	lexicon: Lexicon,
): (part: number, range: [number, number]) => { message: FromWorker; transfer: ArrayBuffer[] } {
	const numbers = numbersOf(entities);
	const at = placesOf(articles);
	return (part, range) => {
		const wire = encodeAttribution(runSteps(attributePart(articles, range, entities, lexicon)), numbers, at);
		const transfer = [wire.quotations, wire.abstained, wire.references, wire.described].map(
			(a) => a.buffer as ArrayBuffer,
		);
		return { message: { type: 'part', part, wire }, transfer };
	};
}

/** Each entity of an entity index by its place in the index's list: how the wire names it. */
export function numbersOf(entities: EntityIndex): ReadonlyMap<Entity, number> {
	return new Map(entities.entities.map((entity, n) => [entity, n]));
}

/**
 * `attribution` of (part of) a corpus as numbers (in the worker), with `numbers` its entity
 * index's (numbersOf, worked out once for every part) and `at` its places.
 */
export function encodeAttribution(
	attribution: Attribution,
	numbers: ReadonlyMap<Entity, number>,
	at: Places,
): AttributionWire {
	const extra = new Map(attribution.extraEntities.map((entity, i) => [entity, numbers.size + i]));
	const number = (entity: Entity) => {
		const n = numbers.get(entity) ?? extra.get(entity);
		if (n === undefined) throw new Error(`${entity.name} is not among the entities`);
		return n;
	};
	const texts: string[] = [];
	const span = (out: number[], s: QuotedSpan) => {
		out.push(at.passage(s.passage.id), s.start, s.end);
		texts.push(s.text);
	};
	const quotations: number[] = [];
	const labels: string[] = [];
	for (const q of attribution.quotations) {
		quotations.push(number(q.speaker), at.article(q.article.id), q.spans.length);
		for (const s of q.spans) span(quotations, s);
		labels.push(q.rule, q.via);
	}
	const abstained: number[] = [];
	for (const s of attribution.abstained) span(abstained, s);
	const references = (map: Attribution['references']) => {
		const out: number[] = [];
		for (const [passage, byEntity] of map) {
			out.push(at.passage(passage), byEntity.size);
			for (const [entity, sentences] of byEntity) out.push(number(entity), sentences.size, ...sentences);
		}
		return Int32Array.from(out);
	};
	return {
		quotations: Int32Array.from(quotations),
		labels,
		texts,
		abstained: Int32Array.from(abstained),
		references: references(attribution.references),
		described: references(attribution.described),
		extraEntities: attribution.extraEntities,
	};
}

/** The attribution a wire holds, over this thread's `entities` and the places of its corpus. */
export function* decodeAttribution(wire: AttributionWire, entities: EntityIndex, at: Places): Steps<Attribution> {
	const { articles } = at;
	const listed = entities.entities;
	const entity = (n: number) => {
		const found = n < listed.length ? listed[n] : wire.extraEntities[n - listed.length];
		if (!found) throw new Error(`entity ${n} is not among the entities`);
		return found;
	};
	const passage = (n: number) => {
		const found = at.passages[n];
		if (!found) throw new Error(`passage ${n} is not in the corpus`);
		return found;
	};
	let text = 0;
	const span = (numbers: Int32Array, i: number): QuotedSpan => ({
		text: wire.texts[text++] as string,
		passage: passage(numbers[i] as number),
		start: numbers[i + 1] as number,
		end: numbers[i + 2] as number,
	});
	const quotations: Quotation[] = [];
	const q = wire.quotations;
	for (let i = 0, n = 0; i < q.length; n++) {
		const speaker = entity(q[i] as number);
		const article = articles[q[i + 1] as number];
		if (!article) throw new Error(`article ${q[i + 1]} is not in the corpus`);
		const count = q[i + 2] as number;
		i += 3;
		const spans: QuotedSpan[] = [];
		for (let s = 0; s < count; s++, i += 3) spans.push(span(q, i));
		const rule = wire.labels[2 * n] as AttributionRule;
		const via = wire.labels[2 * n + 1] as Quotation['via'];
		quotations.push({ speaker, spans, article, rule, via });
		if (n % ENTRIES_PER_STEP === 0) yield;
	}
	const abstained: QuotedSpan[] = [];
	for (let i = 0; i < wire.abstained.length; i += 3) abstained.push(span(wire.abstained, i));
	function* references(numbers: Int32Array): Steps<Attribution['references']> {
		const map: Attribution['references'] = new Map();
		for (let i = 0, n = 0; i < numbers.length; n++) {
			const id = passage(numbers[i] as number).id;
			const count = numbers[i + 1] as number;
			i += 2;
			const byEntity = new Map<Entity, Set<number>>();
			for (let e = 0; e < count; e++) {
				const who = entity(numbers[i] as number);
				const sentences = numbers[i + 1] as number;
				byEntity.set(who, new Set(numbers.subarray(i + 2, i + 2 + sentences)));
				i += 2 + sentences;
			}
			map.set(id, byEntity);
			if (n % ENTRIES_PER_STEP === 0) yield;
		}
		return map;
	}
	return {
		quotations,
		references: yield* references(wire.references),
		described: yield* references(wire.described),
		abstained,
		extraEntities: wire.extraEntities,
	};
}
