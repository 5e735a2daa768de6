/**
 * Long computations written as generators that yield between units of work, so the same code can
 * run straight through (tests, the CLI) or in slices that leave the event loop free between them
 * (a reload while the bot keeps answering: a slice never runs much longer than `sliceMs`).
 *
 * A step may also yield a promise: it waits for another thread's work (src/parallel-build.ts),
 * and the sliced runner lets the event loop run until the promise settles. Such steps cannot run
 * straight through.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';

export type Steps<T> = Generator<undefined | Promise<unknown>, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
	let result = steps.next();
	while (!result.done) {
		if (result.value !== undefined) {
			steps.return(undefined as T);
			throw new Error('these steps wait for another thread: run them with runStepsSliced');
		}
		result = steps.next();
	}
	return result.value;
}

/**
 * Runs the steps in slices of about `sliceMs`, yielding to the event loop between slices and
 * while a step waits (Infinity: only while a step waits).
 */
export async function runStepsSliced<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
	let deadline = performance.now() + sliceMs;
	for (;;) {
		const result = steps.next();
		if (result.done) return result.value;
		if (result.value !== undefined) {
			// (What it waits for settles the step; a failure is the step's to see when it resumes.)
			await result.value.catch(() => {});
			deadline = performance.now() + sliceMs;
		} else if (performance.now() >= deadline) {
			await setImmediate();
			deadline = performance.now() + sliceMs;
		}
	}
}

/**
 * `items` sorted as `[...items].sort(compare)` sorts them (stably), in steps of about a thousand
 * comparisons: a bottom-up merge sort, for lists long enough that one sort would hold a reload up.
 */
export function* sortSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
	let from = [...items];
	let to = new Array<T>(from.length);
	let comparisons = 0;
	for (let width = 1; width < from.length; width *= 2) {
		for (let left = 0; left < from.length; left += 2 * width) {
			const middle = Math.min(left + width, from.length);
			const right = Math.min(left + 2 * width, from.length);
			let i = left;
			let j = middle;
			let k = left;
			while (i < middle && j < right) {
				// On a tie the left run's item comes first: the order of equals is kept.
				to[k++] = compare(from[j] as T, from[i] as T) < 0 ? (from[j++] as T) : (from[i++] as T);
				if (++comparisons % 1024 === 0) yield;
			}
			while (i < middle) to[k++] = from[i++] as T;
			while (j < right) to[k++] = from[j++] as T;
		}
		[from, to] = [to, from];
	}
	return from;
}
