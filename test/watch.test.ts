import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { CorpusStore } from '../src/corpus-store.js';
import { createLogger } from '../src/logger.js';
import { createStory } from '../src/story.js';
import { watchCorpus } from '../src/watch.js';
import { loadSeedStory, tempCorpus } from './support/story.js';

const closers: (() => void)[] = [];
afterEach(() => {
	for (const close of closers.splice(0)) close();
});

async function until<T>(check: () => T | undefined, ms = 5000): Promise<T> {
	const end = Date.now() + ms;
	for (;;) {
		const value = check();
		if (value !== undefined) return value;
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

describe('CORPUS_WATCH', () => {
	it('reloads after files change, debounced, and keeps the live corpus when a change is invalid', async () => {
		const { lexicon } = await loadSeedStory();
		const dir = tempCorpus({ 'one.md': '---\ntitle: Moon\n---\n\nThe moon landing was in 1969.' });
		const store = new CorpusStore(createStory(await loadCorpus(dir), lexicon), { dir, lexicon });
		const logged: string[] = [];
		const sink = new Writable({
			write(chunk: Buffer, _encoding, done) {
				for (const line of chunk.toString().split('\n').filter(Boolean)) logged.push(JSON.parse(line).msg);
				done();
			},
		});
		const log = createLogger('info', [], sink);
		closers.push(watchCorpus(store, log, 50).close);
		const first = store.status().version;
		writeFileSync(join(dir, 'mars.txt'), 'Mars\n\nA rover landed on Mars in 2021.');
		writeFileSync(join(dir, 'venus.txt'), 'Venus\n\nA probe reached Venus.');
		await until(() => (store.status().articles === 3 ? true : undefined));
		expect(store.status().loadedBy).toBe('file watcher');
		expect(store.status().version).not.toBe(first);

		const good = store.status().version;
		writeFileSync(join(dir, 'broken.md'), 'no front matter');
		await until(() => (logged.includes('corpus change not loaded: the live corpus stays') ? true : undefined));
		expect(store.status().version).toBe(good);
	});
});
