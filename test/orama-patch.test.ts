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

	it('is applied: a leaf of the radix tree shares one empty children map until it gets a child', () => {
		for (const build of ['esm', 'commonjs']) {
			const radix = readFileSync(join(dist, build, 'trees', 'radix.js'), 'utf8');
			expect(radix, `${build} build`).toContain('c = EMPTY_CHILDREN;');
			expect(radix.match(/\.c\.set\(/g), `${build} build: only addChild writes children`).toHaveLength(1);
		}
	});

	it('builds the same tree with shared leaf maps: every word found, prefixes included, the shared map left empty', () => {
		const db = create({ schema: { text: 'string' } as const });
		const words = ['car', 'cart', 'carton', 'cat', 'dog', 'do', 'dot', 'a', 'ab', 'abc'];
		for (const [i, word] of words.entries()) insert(db, { id: String(i), text: word });
		for (const [i, word] of words.entries()) {
			const exact = search(db, { term: word, exact: true });
			if (exact instanceof Promise) throw new Error('unexpected async search');
			expect(exact.hits.map((h) => h.id)).toContain(String(i));
		}
		const prefix = search(db, { term: 'car' });
		if (prefix instanceof Promise) throw new Error('unexpected async search');
		expect(prefix.hits.map((h) => h.id).sort()).toEqual(['0', '1', '2']);
		type Node = { c: Map<string, Node> };
		const root = (db.data.index.indexes.text as unknown as { node: Node }).node;
		const maps = new Set<Map<string, Node>>();
		const visit = (node: Node) => {
			maps.add(node.c);
			for (const child of node.c.values()) visit(child);
		};
		visit(root);
		// Leaves share one map, and it has no entries.
		expect([...maps].filter((m) => m.size === 0)).toHaveLength(1);
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
