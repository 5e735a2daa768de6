/**
 * The quote book: who said what in the corpus, and how users name them. Built once per corpus
 * version from the attribution; lookups and autocomplete read only memory.
 */
import type { Lexicon } from './lexicon.js';
import { type Entity, type EntityIndex, HONORIFICS, resolveNameSpan } from './people.js';
import type { Attribution, Quotation, QuotedSpan } from './quotes.js';
import { runSteps, type Steps, sortSteps } from './steps.js';
import { analyze, compareText, editDistance, foldCase } from './text.js';

export interface Person {
	entity: Entity;
	name: string;
	/** Other names that find this person: forms seen in the corpus and unambiguous name words. */
	aliases: string[];
	/** Their quotations in article and paragraph order. */
	quotations: Quotation[];
	/** Name and aliases normalised as typed names are (normalizeName), to match them. */
	keys: string[];
	/** The words of those, each once. */
	keyWords: string[];
}

export interface QuoteBook {
	people: Person[];
	quotations: Quotation[];
	abstained: QuotedSpan[];
	/** Entity -> person. */
	byEntity: Map<Entity, Person>;
	/** Normalised name or alias -> the first person in `people` it names. */
	byKey: Map<string, Person>;
	entities: EntityIndex;
}

export function buildQuoteBook(attribution: Attribution, entities: EntityIndex): QuoteBook {
	return runSteps(buildQuoteBookSteps(attribution, entities));
}

/**
 * The same, in steps of a person or a thousand, so a reload of a corpus naming thousands can run in slices.
 * `made`, when given, are the names of `entities`' people, made ahead (personNamesSteps).
 */
export function* buildQuoteBookSteps(
	attribution: Attribution,
	entities: EntityIndex,
	made?: PeopleNames,
): Steps<QuoteBook> {
	const { quotations, abstained, extraEntities } = attribution;
	const listed = entities.entities;
	const { names, byName } = made ?? (yield* personNamesSteps(entities));
	if (names.length !== listed.length || byName.length !== listed.length) {
		throw new Error(`names were made for ${Math.min(names.length, byName.length)} of ${listed.length} people`);
	}
	const byEntity = new Map<Entity, Person>();
	const listedPeople: Person[] = [];
	for (const [i, entity] of listed.entries()) {
		const person: Person = { entity, name: entity.name, ...(names[i] as PersonNames), quotations: [] };
		byEntity.set(entity, person);
		listedPeople.push(person);
		if (i % 1024 === 0) yield;
	}
	const extraPeople: Person[] = [];
	for (const entity of extraEntities) {
		yield;
		const person: Person = { entity, name: entity.name, ...personNames(entity, entities), quotations: [] };
		byEntity.set(entity, person);
		extraPeople.push(person);
	}
	for (const [i, quotation] of quotations.entries()) {
		byEntity.get(quotation.speaker)?.quotations.push(quotation);
		if (i % 1024 === 0) yield;
	}
	// Most quoted first, then by name; between equal names, the entity index's people first, in its
	// order, then the speakers attribution added, in theirs. The entity index's people come in
	// order of name as made; the few others are put in among them.
	const byNameOrder = (a: Person, b: Person) => compareText(a.name, b.name);
	const named: Person[] = [];
	let next = 0;
	for (const person of yield* sortSteps(extraPeople, byNameOrder)) {
		// After every person of the index whose name comes before this one's or is the same.
		let low = next;
		let high = byName.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (byNameOrder(person, listedPeople[byName[middle] as number] as Person) < 0) high = middle;
			else low = middle + 1;
		}
		for (; next < low; next++) named.push(listedPeople[byName[next] as number] as Person);
		named.push(person);
		yield;
	}
	for (; next < byName.length; next++) named.push(listedPeople[byName[next] as number] as Person);
	const people = yield* mostQuotedFirstSteps(named);
	const byKey = new Map<string, Person>();
	for (const person of people) {
		yield;
		for (const key of person.keys) if (!byKey.has(key)) byKey.set(key, person);
	}
	return { people, quotations, abstained, byEntity, byKey, entities };
}

/** `people` with the most quoted first, in their order between people quoted as often (a counting sort). */
function* mostQuotedFirstSteps(people: readonly Person[]): Steps<Person[]> {
	let most = 0;
	for (const person of people) most = Math.max(most, person.quotations.length);
	// Where the people quoted n times start, at most - n.
	const starts = new Int32Array(most + 2);
	for (const person of people) {
		const key = most - person.quotations.length + 1;
		starts[key] = (starts[key] as number) + 1;
	}
	for (let i = 1; i < starts.length; i++) starts[i] = (starts[i] as number) + (starts[i - 1] as number);
	const sorted = new Array<Person>(people.length);
	for (const [i, person] of people.entries()) {
		const key = most - person.quotations.length;
		const at = starts[key] as number;
		starts[key] = at + 1;
		sorted[at] = person;
		if (i % 4096 === 0) yield;
	}
	return sorted;
}

/** What finds a person, from their entity alone: Person's aliases, keys and key words. */
export type PersonNames = Pick<Person, 'aliases' | 'keys' | 'keyWords'>;

/** The names of an entity index's people, made ahead of the quote book (personNamesSteps). */
export interface PeopleNames {
	/** Each person's names, in the entity index's order. */
	names: PersonNames[];
	/** The people's places in the entity index, in order of name (compareText); in its order between equal names. */
	byName: Int32Array;
}

/**
 * The names of every person of `entities`, in its order, a step each, and their order by name:
 * made ahead of the quote book by the build's worker, idle while this thread finishes the index
 * (src/parallel-build.ts). (Ordering tens of thousands of names takes most of a quote book's build.)
 */
export function* personNamesSteps(entities: EntityIndex): Steps<PeopleNames> {
	const listed = entities.entities;
	const names: PersonNames[] = [];
	for (const entity of listed) {
		names.push(personNames(entity, entities));
		yield;
	}
	const byName = yield* sortSteps(
		listed.map((_, i) => i),
		(a, b) => compareText((listed[a] as Entity).name, (listed[b] as Entity).name),
	);
	return { names, byName: Int32Array.from(byName) };
}

/**
 * A person's names: their aliases are the forms the corpus writes their name in, then each of
 * their name words that names them alone, title-cased; each once, their name left out.
 * (Small lists, built without a Set or a spread each: a corpus names tens of thousands.)
 */
function personNames(entity: Entity, entities: EntityIndex): PersonNames {
	const aliases: string[] = [];
	const add = (alias: string) => {
		if (alias !== entity.name && !aliases.includes(alias)) aliases.push(alias);
	};
	for (const form of entity.forms) add(form);
	for (const word of entity.words) {
		if (resolveNameSpan({ name: word, words: [word] }, entities) === entity) add(titleCase(word));
	}
	const keys = [normalizeName(entity.name)];
	for (const alias of aliases) keys.push(normalizeName(alias));
	const keyWords: string[] = [];
	for (const key of keys) for (const word of key.split(' ')) if (!keyWords.includes(word)) keyWords.push(word);
	return { aliases, keys, keyWords };
}

function titleCase(word: string): string {
	// (A word of plain letters, as most are, without the pattern: a corpus names tens of thousands.)
	if (PLAIN_WORD.test(word)) return word.charAt(0).toUpperCase() + word.slice(1);
	return word.replace(/(^|[-'\s])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const PLAIN_WORD = /^[a-z]+$/i;
/** Words of ASCII letters and digits, one space between them: normalised by lower case alone. */
const PLAIN_NAME = /^[a-z0-9]+(?: [a-z0-9]+)*$/i;

const normalizeName = (name: string) =>
	PLAIN_NAME.test(name)
		? name.toLowerCase()
		: foldCase(name)
				.replace(/['\u2019]s\b/g, '')
				.replace(/['\u2019]/g, '')
				.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
				.replace(/\s+/g, ' ')
				.trim();

export type PersonLookup = { person: Person } | { person: null; suggestions: Person[] };

/**
 * The person a typed name means: a full name or alias, any of their name words ("Kim",
 * "Johnson"), with or without an honorific. Unknown names get the closest known names.
 */
export function findPerson(book: QuoteBook, query: string): PersonLookup {
	let q = normalizeName(query);
	// Titles and honorifics are not part of the name ("Judge Moorcroft", "Ms. Johnson").
	while (q.includes(' ') && HONORIFICS.has(q.slice(0, q.indexOf(' ')))) q = q.slice(q.indexOf(' ') + 1);
	if (q === '') return { person: null, suggestions: [] };
	const exact = book.byKey.get(q);
	if (exact) return { person: exact };
	const words = q.split(' ');
	const entity = resolveNameSpan({ name: q, words }, book.entities);
	const person = entity ? book.byEntity.get(entity) : undefined;
	if (person) return { person };
	return { person: null, suggestions: suggestPeople(book, q) };
}

/**
 * Known people whose names are closest to `query`: every typed word close to one of their name
 * words (a prefix of it, or a few spelling edits: one for a short word, up to three for a long one).
 */
export function suggestPeople(book: QuoteBook, query: string, limit = 3): Person[] {
	const typed = normalizeName(query).split(' ').filter(Boolean);
	if (typed.length === 0) return [];
	const score = (p: Person): number => {
		let total = 0;
		for (const word of typed) {
			const allowed = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
			let best = Number.POSITIVE_INFINITY;
			for (const w of p.keyWords) {
				if (word.length >= 3 && w.startsWith(word)) best = Math.min(best, 0.5);
				// Words further apart in length than allowed are further apart in spelling too.
				else if (Math.abs(word.length - w.length) <= allowed) best = Math.min(best, editDistance(word, w));
			}
			if (best > allowed) return Number.POSITIVE_INFINITY;
			total += best;
		}
		return total;
	};
	return book.people
		.map((p) => ({ p, d: score(p) }))
		.filter(({ d }) => Number.isFinite(d))
		.sort((a, b) => a.d - b.d || b.p.quotations.length - a.p.quotations.length)
		.slice(0, limit)
		.map(({ p }) => p);
}

/**
 * Autocomplete: people whose name or alias starts with what is typed, then those containing it,
 * speakers first, at most `limit`. An empty box lists the most quoted people.
 */
export function completePeople(book: QuoteBook, typed: string, limit = 25): Person[] {
	const q = normalizeName(typed);
	if (q === '' && typed.trim() !== '') return [];
	const tier = (p: Person) => {
		if (q === '') return 0;
		const all = p.keys;
		if (all.includes(q)) return 0;
		if (all.some((n) => n.startsWith(q)) || p.keyWords.some((w) => w.startsWith(q))) return 1;
		if (all.some((n) => n.includes(q))) return 2;
		return -1;
	};
	return book.people
		.filter((p) => p.entity.kind === 'person' || p.quotations.length > 0)
		.map((p) => ({ p, t: tier(p) }))
		.filter(({ t }) => t >= 0)
		.sort((a, b) => a.t - b.t || b.p.quotations.length - a.p.quotations.length || compareText(a.p.name, b.p.name))
		.slice(0, limit)
		.map(({ p }) => p);
}

/** The quoted words of a quotation: its spans joined with an ellipsis. */
export function quotationText(quotation: Quotation): string {
	return quotation.spans.map((s) => s.text.replace(/[,;:]$/, '')).join(' … ');
}

/** A person's quotations about a topic, most relevant first: words shared with the topic, rarer words weighing more. */
export function quotationsAbout(person: Person, topic: string, lexicon?: Lexicon): Quotation[] {
	const topicTerms = new Set(analyze(topic));
	for (const word of topic.split(/\s+/)) {
		if (word.length < 3) continue;
		for (const related of lexicon?.related(word) ?? []) for (const t of analyze(related)) topicTerms.add(t);
	}
	const exact = new Set(analyze(topic));
	const scored = person.quotations.map((q) => {
		const terms = analyze(quotationText(q));
		let score = 0;
		for (const t of new Set(terms)) if (topicTerms.has(t)) score += exact.has(t) ? 1 : 0.5;
		return { q, score };
	});
	return scored
		.filter((s) => s.score > 0)
		.sort((a, b) => b.score - a.score)
		.map((s) => s.q);
}
