import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/generate-corpus.js';
import { corpusVersion, diffCorpora, hashArticlesSteps } from '../src/corpus-diff.js';
import { loadSeedStory } from './support/story.js';

describe('corpus versions (src/corpus-diff.ts)', async () => {
	const { corpus: seed } = await loadSeedStory();
	const corpus = generateCorpus(seed, 200);

	it('hashes a corpus one article per step, so a reload can hash it in slices, to the same version', () => {
		const fresh = generateCorpus(seed, 200);
		let steps = 0;
		for (const _ of hashArticlesSteps(fresh)) steps++;
		expect(steps).toBe(fresh.articles.length);
		expect(corpusVersion(fresh)).toBe(corpusVersion(corpus));
	});

	it('gives another version when one passage changes, and names the article that changed', () => {
		const [first, ...rest] = corpus.articles;
		if (!first) throw new Error('empty corpus');
		const changed = {
			...corpus,
			articles: [
				{ ...first, passages: first.passages.map((p, i) => (i === 0 ? { ...p, text: `${p.text}!` } : p)) },
				...rest,
			],
		};
		expect(corpusVersion(changed)).not.toBe(corpusVersion(corpus));
		expect(diffCorpora(corpus, changed).changed).toEqual([first.id]);
	});
});
