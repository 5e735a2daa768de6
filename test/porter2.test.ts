import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import winkStem from 'wink-porter2-stemmer';
import { random } from '../scripts/generate-corpus.js';
import { loadCorpus } from '../src/corpus.js';
import { wordNetDirectory } from '../src/lexicon.js';
import { stem } from '../src/porter2.js';
import { words } from '../src/text.js';
import { corpusDirs } from './support/story.js';

/** The words `stem` gives another stem than wink-porter2-stemmer's, with both stems. */
function differences(list: Iterable<string>): [string, string, string][] {
	const found: [string, string, string][] = [];
	for (const word of list) {
		const ours = stem(word);
		const theirs = winkStem(word);
		if (ours !== theirs) found.push([word, ours, theirs]);
	}
	return found;
}

// Every suffix a step of Porter2 reads, and what goes before them: regions, short syllables, exceptions.
const SUFFIXES =
	"ational ization fulness ousness iveness tional biliti lessli entli ation alism aliti ousli iviti fulli enci anci abli izer ator alli bli logi ogi li alize icate iciti ative ical ness ful ement ance ence able ible ment ant ent ism ate iti ous ive ize sion tion ion al er ic eed eedly ed edly ingly ing sses ied ies us ss s y e l ll 's s' ' \u2019s".split(
		' ',
	);
const STEMS = 'gener commun arsen y ay b ab bab cat hop tr fizz agre bleed sky lie inn out succ ear'.split(' ');

describe('Porter2 (src/porter2.ts), against wink-porter2-stemmer', () => {
	it('stems every word of WordNet as wink does', () => {
		const lemmas = new Set<string>();
		for (const part of ['noun', 'verb', 'adj', 'adv']) {
			for (const line of readFileSync(join(wordNetDirectory(), `index.${part}`), 'utf8').split('\n')) {
				if (line === '' || line.startsWith(' ')) continue;
				const lemma = line.slice(0, line.indexOf(' '));
				lemmas.add(lemma);
				for (const word of lemma.split(/[_-]/)) lemmas.add(word);
			}
		}
		expect(lemmas.size).toBeGreaterThan(150_000);
		expect(differences(lemmas)).toEqual([]);
	});

	it('stems every word of the corpora as wink does, in any case', async () => {
		const seen = new Set<string>();
		for (const dir of ['corpus', ...corpusDirs()]) {
			for (const article of (await loadCorpus(dir)).articles) {
				for (const passage of article.passages) for (const [word] of words(passage.text)) seen.add(word);
			}
		}
		expect(seen.size).toBeGreaterThan(3_000);
		expect(differences(seen)).toEqual([]);
		expect(differences([...seen].map((w) => w.toUpperCase()))).toEqual([]);
	});

	it('stems every suffix after every kind of stem, and made-up strings, as wink does', () => {
		const made = new Set<string>([
			'',
			'a',
			'ie',
			"'s'",
			'y',
			'yy',
			'yay',
			'caf\u00e9s',
			'na\u00efve',
			'stra\u00dfe',
			'line\nbreak',
		]);
		for (const head of STEMS) {
			for (const suffix of SUFFIXES) {
				made.add(head + suffix);
				for (const more of SUFFIXES) made.add(head + suffix + more);
			}
		}
		// Strings of the letters the steps tell apart (vowels, y and its mark 3, w, x, doubles), digits and apostrophes.
		const next = random(7);
		const alphabet = "aeiouybcdlmnrstgzfpkwx31'\u2019";
		for (let i = 0; i < 200_000; i++) {
			let word = '';
			for (let n = 1 + Math.floor(next() * 12); n > 0; n--) word += alphabet[Math.floor(next() * alphabet.length)];
			made.add(word);
		}
		expect(differences(made)).toEqual([]);
	});
});
