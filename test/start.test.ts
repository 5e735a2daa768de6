import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStale } from '../scripts/start.mjs';

/** A project folder with one source file and, optionally, a build stamp, with the given times. */
function project(sourceTime: number, builtTime?: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'story-start-'));
	mkdirSync(join(dir, 'src'));
	writeFileSync(join(dir, 'src', 'main.ts'), 'export {};\n');
	utimesSync(join(dir, 'src', 'main.ts'), sourceTime, sourceTime);
	if (builtTime !== undefined) {
		mkdirSync(join(dir, 'dist'));
		writeFileSync(join(dir, 'dist', '.built'), 'x\n');
		utimesSync(join(dir, 'dist', '.built'), builtTime, builtTime);
	}
	return dir;
}

describe('npm start (scripts/start.mjs)', () => {
	it('compiles when nothing is built yet', () => {
		expect(isStale(project(1_000_000))).toBe(true);
	});

	it('compiles when a source is newer than the last build', () => {
		expect(isStale(project(2_000_000, 1_000_000))).toBe(true);
	});

	it('starts from the compiled code when it is newer than every source', () => {
		expect(isStale(project(1_000_000, 2_000_000))).toBe(false);
	});
});
