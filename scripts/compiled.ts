/**
 * The bot's own modules as `npm start` runs them: compiled by tsc into dist/ (first, when a source
 * changed since the last build), not transpiled as they load by tsx. tsx has esbuild keep function
 * names, which wraps each function made while the code runs in a call that names it: the ranker
 * makes many (callbacks, closures), and measured on the seed corpus in one session /ask took
 * 0.24 ms at the median compiled and 0.31 to 0.51 ms through tsx. A benchmark measures the code
 * the bot runs.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfStale } from './start.mjs';

const root = join(import.meta.dirname, '..');
let built = false;

/** Compiles the bot into dist/ when a source changed since the last build (once per process). */
export function ensureBuilt(): void {
	if (built) return;
	if (!buildIfStale())
		throw new Error('The benchmark measures the compiled bot: install the dev dependencies (TypeScript).');
	built = true;
}

/** The compiled module of a source under src/ or commands/ (`path` as "src/story.js"). */
export async function compiled<T>(path: string): Promise<T> {
	ensureBuilt();
	return (await import(pathToFileURL(join(root, 'dist', path)).href)) as T;
}
