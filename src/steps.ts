/**
 * Long computations written as generators that yield between units of work, so the same code can
 * run straight through (tests, the CLI) or in slices that leave the event loop free between them
 * (a reload while the bot keeps answering: a slice never runs much longer than `sliceMs`).
 */
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';

export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
	let result = steps.next();
	while (!result.done) result = steps.next();
	return result.value;
}

/** Runs the steps in slices of about `sliceMs`, yielding to the event loop between slices. */
export async function runStepsSliced<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
	let deadline = performance.now() + sliceMs;
	for (;;) {
		const result = steps.next();
		if (result.done) return result.value;
		if (performance.now() >= deadline) {
			await setImmediate();
			deadline = performance.now() + sliceMs;
		}
	}
}
