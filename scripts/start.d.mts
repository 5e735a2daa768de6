/** Types of scripts/start.mjs, which is plain JavaScript so that it runs before anything is compiled. */
export function newestSource(dir?: string): number;
export function isStale(dir?: string): boolean;
export function buildIfStale(): boolean;
