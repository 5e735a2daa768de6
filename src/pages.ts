/**
 * Paged results kept in memory so Previous/Next buttons can show further pages without searching
 * again: a small least-recently-used store whose entries expire. Its ids are short enough for a
 * button's custom_id.
 */
import { randomBytes } from 'node:crypto';

export interface PagedEntry<T> {
	/** Who may page through it. */
	userId: string;
	value: T;
}

export class PageStore<T> {
	private readonly entries = new Map<string, { entry: PagedEntry<T>; expires: number }>();

	constructor(
		private readonly capacity = 1000,
		private readonly ttlMs = 15 * 60_000,
		private readonly now: () => number = Date.now,
	) {}

	/** Stores an entry and returns its id (12 characters). */
	save(entry: PagedEntry<T>): string {
		const id = randomBytes(9).toString('base64url');
		this.entries.set(id, { entry, expires: this.now() + this.ttlMs });
		while (this.entries.size > this.capacity) {
			const oldest = this.entries.keys().next().value as string;
			this.entries.delete(oldest);
		}
		return id;
	}

	/** The entry, or undefined when unknown or expired. Reading it makes it the most recent. */
	get(id: string): PagedEntry<T> | undefined {
		const found = this.entries.get(id);
		if (!found) return undefined;
		this.entries.delete(id);
		if (found.expires <= this.now()) return undefined;
		this.entries.set(id, found);
		return found.entry;
	}

	get size(): number {
		return this.entries.size;
	}
}
