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

/** Random bytes drawn a batch at a time: one draw per id cost a call into the system's generator per reply. */
const ID_BYTES = 9;
const POOL_IDS = 64;
let pool = Buffer.alloc(0);
let poolAt = 0;

function randomId(): string {
	if (poolAt + ID_BYTES > pool.length) {
		pool = randomBytes(ID_BYTES * POOL_IDS);
		poolAt = 0;
	}
	const id = pool.toString('base64url', poolAt, poolAt + ID_BYTES);
	poolAt += ID_BYTES;
	return id;
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
		const id = randomId();
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
