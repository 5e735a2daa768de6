import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, insert, search } from '@orama/orama';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const dist = dirname(dirname(require.resolve('@orama/orama')));

describe('the Orama patch (patches/@orama+orama+*.patch, applied on install)', () => {
	it('is applied: collecting a word’s documents no longer checks each against all the others', () => {
		for (const build of ['esm', 'commonjs']) {
			const radix = readFileSync(join(dist, build, 'trees', 'radix.js'), 'utf8');
			expect(radix, `${build} build`).not.toContain('docs.includes(docID)');
			expect(radix, `${build} build`).toContain('story-bot patch');
		}
	});

	it('still returns every document of a common word, once each', () => {
		const db = create({ schema: { text: 'string' } as const });
		for (let i = 0; i < 3000; i++) insert(db, { id: String(i), text: i % 3 === 0 ? 'common rare' : 'common' });
		const all = search(db, { term: 'common', limit: 5000 });
		if (all instanceof Promise) throw new Error('unexpected async search');
		expect(all.count).toBe(3000);
		expect(new Set(all.hits.map((h) => h.id)).size).toBe(3000);
	});
});
