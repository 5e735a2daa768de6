import { describe, expect, it } from 'vitest';
import { random } from '../scripts/generate-corpus.js';
import { runSteps, sortSteps } from '../src/steps.js';

describe('sortSteps (src/steps.ts)', () => {
	it('sorts as Array.prototype.sort does, equal items kept in their order, in many steps', () => {
		const rng = random(3);
		for (const length of [0, 1, 2, 3, 7, 1000, 5000]) {
			// Few distinct keys: most comparisons are ties, so stability shows.
			const items = Array.from({ length }, (_, i) => ({ key: Math.floor(rng() * 10), at: i }));
			const compare = (a: { key: number }, b: { key: number }) => a.key - b.key;
			const steps = sortSteps(items, compare);
			let count = 0;
			let result = steps.next();
			while (!result.done) {
				count++;
				result = steps.next();
			}
			expect(result.value, `length ${length}`).toEqual([...items].sort(compare));
			if (length >= 5000) expect(count).toBeGreaterThan(10);
		}
	});

	it('leaves the items it was given as they were', () => {
		const items = [3, 1, 2];
		expect(runSteps(sortSteps(items, (a, b) => a - b))).toEqual([1, 2, 3]);
		expect(items).toEqual([3, 1, 2]);
	});
});
