/**
 * CORPUS_WATCH=1: reloads the corpus when its files change, debounced, through the same store (so
 * with the same validation and the same all-or-nothing swap as /corpus reload).
 */
import { type FSWatcher, watch } from 'node:fs';
import { isArticleFile } from './corpus.js';
import type { CorpusStore } from './corpus-store.js';
import type { Logger } from './logger.js';
import { PEOPLE_FILE } from './people-file.js';

export const WATCHER = { id: 'watcher', name: 'file watcher' } as const;

export function watchCorpus(
	store: CorpusStore,
	log: Pick<Logger, 'info' | 'warn'>,
	debounceMs = 500,
): { close(): void } {
	let timer: NodeJS.Timeout | undefined;
	const watcher: FSWatcher = watch(store.dir, (_event, file) => {
		// Temporary files, history and other files are not the corpus.
		if (file && !isArticleFile(file) && file !== PEOPLE_FILE) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			store.reload(WATCHER).then(
				(report) =>
					log.info(
						{ version: report.version, added: report.added, removed: report.removed, changed: report.changed },
						'corpus reloaded after a file change',
					),
				(error: unknown) => log.warn({ err: error }, 'corpus change not loaded: the live corpus stays'),
			);
		}, debounceMs);
	});
	watcher.on('error', (error) => log.warn({ err: error }, 'corpus watcher failed'));
	return {
		close() {
			clearTimeout(timer);
			watcher.close();
		},
	};
}
