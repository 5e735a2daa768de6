import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
		expect(vectors.similarity(word, words[GENERAL_WORDS - 1] as string)).toBe(0);
		expect(vectors.has(word) && vectors.has(words[0] as string) && !vectors.has('unheard')).toBe(true);
	});

	it('refuses bytes that are not a whole vectors file', () => {
		const encoded = encodeWordVectors(words, dims, data);
		expect(() => decodeWordVectors(Buffer.from('not vectors at all, just text'))).toThrow(WordVectorsError);
		expect(() => decodeWordVectors(encoded.subarray(0, encoded.length - 1))).toThrow(/header describes/);
		expect(() => decodeWordVectors(Buffer.concat([encoded, Buffer.from([0])]))).toThrow(WordVectorsError);
		expect(() => encodeWordVectors(words, dims, data.subarray(1))).toThrow(WordVectorsError);
	});
});

describe('loadWordVectorsOrWarn', () => {
	it('goes on without vectors, with one warning saying how to prepare them, when the file is missing or unreadable', () => {
		const dir = tempCorpus({});
		const missing = join(dir, 'missing.bin');
		const broken = join(dir, 'broken.bin');
		const whole = encodeWordVectors(['strike', 'walkout'], 2, new Float32Array([1, 0, 1, 1]));
		writeFileSync(broken, whole.subarray(0, whole.length - 1));
		for (const [file, reason] of [
			[missing, /No prepared word vectors/],
			[broken, /unreadable \(the file is \d+ bytes/],
		] as const) {
			const warnings: string[] = [];
			expect(loadWordVectorsOrWarn(file, (m) => warnings.push(m))).toBeNull();
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toMatch(reason);
			expect(warnings[0]).toContain('prepare-word-vectors');
		}
	});
});

describe('extractWordVectors', () => {
	// The layout of the package's JSON: words most frequent first, then each word's components
	// (the vector, then its length and rank, which are not part of it).
	const json = (dimensions: number | null) =>
		Buffer.from(
			`{"precision":8,${dimensions === null ? '' : `"dimensions":${dimensions},`}"size":6,` +
				`"words":["the",",","quote\\"d","Paris","walk-out","2019","strike"],` +
				`"vectors":{"the":[1,0,0,1,0],",":[0,1,0,1,1],"quote\\"d":[1,1,1,1,2],"Paris":[0,0,1,1,3],` +
				`"2019":[1,1,0,1,4],"strike":[0.5,-0.25,1,1.2,5],"walk-out":[0.5,-0.5,1,1.2,6]},"unkVector":[0,0,0,0,0]}`,
		);

	it('keeps the plain lower-case words in order of frequency, with the first `dimensions` components', () => {
		const { words, dimensions, components } = extractWordVectors(json(3));
		expect(words).toEqual(['the', 'walk-out', 'strike']);
		expect(dimensions).toBe(3);
		expect([...components]).toEqual([1, 0, 0, 0.5, -0.5, 1, 0.5, -0.25, 1]);
	});

	it('keeps at most `limit` words', () => {
		expect(extractWordVectors(json(3), 2).words).toEqual(['the', 'walk-out']);
	});

	it('refuses a file that does not say its dimensions or has a short vector', () => {
		expect(() => extractWordVectors(json(null))).toThrow(/dimensions/);
		expect(() => extractWordVectors(json(9))).toThrow(/components/);
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
