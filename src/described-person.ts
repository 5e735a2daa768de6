/**
 * A person an age question describes instead of naming: "how old is the hawk guy", "how old is
 * the lady who plays the bells at ridgemont", "how old is the clock repair lady". People ask that
 * way about someone whose name they did not keep, and the passage that answers may hold none of
 * the description ("She is 72 years old"), only refer to the person.
 *
 * The described person is whom the corpus's sentences holding the description are about: each
 * such sentence counts, by how much of the description it holds, for each person it names or
 * refers to (IndexedPassage.references), and a headline holding it for the article's subject, whom
 * its first paragraph names first (subjectOf). Of the people whose sentences hold the most of it, the
 * one of the sex the word for them says ("lady", "guy") they count most for in all is meant, by
 * a clear margin, unless someone of the other sex counts clearly more. The question then asks about that person as if it named them: their
 * name stands for the word for them, the words describing them count as that person's wherever
 * a passage refers to them, and an age the corpus gives someone else is no answer
 * (src/ranking.ts, askedPerson).
 *
 * Only age questions are read so. Reading every kind of question so (the why, what and where of
 * "the book lady", "the fire captain") cost more than it gained, measured with an earlier form of
 * this reading: one answer fewer first over the evaluation sets, and six fewer first on the mixed
 * index, where other stories' people fit a description too.
 */
import lemmatizer from 'wink-lemmatizer';
import type { Article } from './corpus.js';
import type { Lexicon } from './lexicon.js';
import { type Entity, genderOfFirstName, nameWord } from './people.js';
import { type AnalyzedQuestion, entityConcept, type QueryConcept } from './question.js';
import {
	findCandidateRecords,
	type IndexedPassage,
	meantByName,
	namesInFull,
	ofArticle,
	RECORD,
	type StoryIndex,
	subjectOf,
} from './search-index.js';
import { analyzeWord, escapeRegExp, STOP_WORDS } from './text.js';

/** How many passages holding the description are read for whom they are about. */
export const DESCRIBED_PASSAGES = 50;
/** How much more the person described must count than anyone else. */
export const DESCRIBED_MARGIN = 1.5;
/** How much of the description (by weight) one sentence about the person must hold. */
export const DESCRIBED_MIN_SHARE = 0.5;
/** People whose best sentence holds this share of the best one's are told apart by how many sentences hold it. */
export const DESCRIBED_TIE = 0.9;

export type DescribingLexicon = Pick<
	Lexicon,
	'nounKinds' | 'genderOf' | 'isCommonNoun' | 'isCommonPersonNoun' | 'mainPartOfSpeech' | 'isWorker'
>;

/**
 * The question with the person it describes as if it named them (see above); the question itself
 * when it names a person, describes none, or the corpus does not say clearly whom it means.
 */
export function withDescribedPerson(
	index: StoryIndex,
	question: AnalyzedQuestion,
	lexicon: DescribingLexicon,
): AnalyzedQuestion {
	const { concepts } = question;
	if (question.type !== 'age' || concepts.some((c) => c.entity?.kind === 'person')) return question;
	// (The last word for a person: "guy", described by "canoe builder", in "the canoe builder guy".)
	for (const word of [...concepts].reverse()) {
		const words = describingWords(word, question.text, lexicon);
		if (!words) continue;
		// (Each word of a compound: "coffee shop".)
		// (Before the word, no adjective: "the little boy" is no one in particular, "the hawk guy" and
		// "the clock repair lady" are.)
		const weightOf = (c: QueryConcept) => {
			const parts = c.word.toLowerCase().split(/\s+/);
			const weight = parts.every((p) => words.has(p)) ? Math.max(...parts.map((p) => words.get(p) as number)) : 0;
			return weight === 1 && lexicon.mainPartOfSpeech(c.word.toLowerCase()) === 'adj' ? 0 : weight;
		};
		const description: QueryConcept[] = [];
		const weights: number[] = [];
		for (const c of concepts) {
			const weight = c === word ? 0 : weightOf(c);
			if (weight > 0) {
				description.push(c);
				weights.push(weight);
			}
		}
		// Someone the corpus names by this word for them, alone ("His grandson, Tyler Lutz, 14,"), is
		// the one meant by it ("the grandson that helps him w the birds"), when their article holds
		// what describes them (not a grandson in another story: "the teen grandson in the house fire").
		const term = analyzeWord(word.word);
		const inRole = term === null ? undefined : index.roles.get(term);
		if (inRole?.length === 1 && (description.length === 0 || articleHolds(index, inRole[0] as Entity, description))) {
			const named = entityConcept(inRole[0] as Entity, word.word, undefined, index, word.subordinate);
			return { ...question, concepts: concepts.map((c) => (c === word ? named : c)) };
		}
		// (Not "hawk" in "the hawk guy", a word for a person in one of its senses, with nothing before it.)
		if (description.length === 0) continue;
		// The word for them too when it says their work, where the corpus uses it ("the nurse who
		// stopped to help": "a registered nurse"); not "lady", which may name a violin ("Lady Harwood").
		if (
			lexicon.isWorker(word.word) &&
			word.retrieve[0] !== undefined &&
			index.documentFrequency.has(word.retrieve[0])
		) {
			description.push(word);
			weights.push(AFTER_WEIGHT);
		}
		const person = describedPerson(index, description, weights, word.word, lexicon);
		if (!person) return question;
		// The person stands for the word for them, and the words describing them count as theirs: a
		// passage referring to the person holds them ("She is 72 years old" for "the lady who plays
		// the bells"), and one holding the words is still about the person.
		const named = entityConcept(person, word.word, undefined, index, word.subordinate);
		return {
			...question,
			concepts: concepts.map((c) => (c === word ? named : description.includes(c) ? { ...c, entity: person } : c)),
		};
	}
	return question;
}

const WORDS = /[\p{L}\p{N}'-]+/gu;

/** After a name, a verb of saying ending the sentence: "…, Superintendent Annette Charron said." */
const SAID_LAST =
	/^(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}(?:,\s+\d{1,3},)?\s+(?:said|says|added|recalled|explained|noted)\s*[.!?"\u201D]*\s*$/u;
/** Before a name, a verb of saying after a comma or a quotation, and up to three words of a title: "…, said Fire Chief". */
const SAID_BEFORE = /(?:,|[\u201D"])\s*(?:said|says|added)\s+(?:\S+\s+){0,3}$/u;
/** After that name, the sentence's end or an apposition: "…, said Dana Price." "…, said Dana Price, a neighbor." */
const NAME_ENDS =
	/^(?:\s+\p{Lu}[\p{L}'\u2019-]*){0,2}(?:,\s+\d{1,3})?\s*(?:[.!?"\u201D]*\s*$|,\s+(?:a|an|the|who|whose|his|her|their)\b)/u;

/** Is the name at `start`..`end` of the sentence only who says it, after what they say? */
function saysLast(text: string, start: number, end: number): boolean {
	const after = text.slice(end);
	return SAID_LAST.test(after) || (SAID_BEFORE.test(text.slice(0, start)) && NAME_ENDS.test(after));
}

/**
 * How much a word after the word for the person counts in describing them, against one before
 * it: a relative clause often says what the question asks about ("the coffee shop lady that saw
 * it happen"), the words before only who is meant.
 */
export const AFTER_WEIGHT = 0.5;

/** Words that may open what follows a word for a person to describe them: "who plays", "that runs", "in wexley", "w/ the broken pelvis". */
const DESCRIPTION_AFTER = /^\s+(?:who|who's|whos|that|whose|with|w\/?|in|at|from|on|near|by)\b/iu;
/** Words before a noun that make it someone of its own ("the lady who helped *the nurse*"). */
const DETERMINER = /^(?:the|a|an|that|this|his|her|their|its|my|your|our)$/;

/**
 * When `concept` is the word for one person whose age the question asks, right after "how old
 * is the" or "that" (not "a barber", someone's "daughter", "the guys", "the son of the hawk guy"
 * or "the carillon the lady plays"), the words that describe them: those between (the "hawk" of
 * "the hawk guy") and after it, from a relative pronoun or a preposition on ("who plays the bells
 * at ridgemont"), unless those name someone else ("the kid who heard the lady play"). Otherwise
 * undefined.
 */
function describingWords(
	concept: QueryConcept,
	text: string,
	lexicon: DescribingLexicon,
): Map<string, number> | undefined {
	if (concept.entity || concept.compound || !concept.noun) return undefined;
	const word = concept.word.toLowerCase();
	// (Singular: the word is its own lemma, "guy" and not "guys".)
	if (!lexicon.nounKinds(word).has('person') || lemmatizer.noun(word) !== word) return undefined;
	const phrase = new RegExp(
		`\\b(?:how\\s+old|what\\s+age)(?:\\s+(?:is|was|are|were)|['\u2019]s)\\s+(?:the|that|this)\\s+((?:(?!(?:the|a|an|that|this|his|her|their|its)\\s)[\\p{L}'-]+\\s+){0,3})${escapeRegExp(word)}\\b(.*)$`,
		'iu',
	).exec(text);
	if (!phrase) return undefined;
	const words = new Map<string, number>();
	const after = DESCRIPTION_AFTER.test(phrase[2] as string)
		? ((phrase[2] as string).toLowerCase().match(WORDS) ?? [])
		: [];
	for (const [i, w] of after.entries()) {
		const determined = after.slice(Math.max(0, i - 2), i).some((d) => DETERMINER.test(d));
		if (determined && lexicon.nounKinds(w, true).has('person') && lemmatizer.noun(w) === w) return undefined;
		words.set(w, AFTER_WEIGHT);
	}
	for (const w of (phrase[1] as string).toLowerCase().match(WORDS) ?? []) words.set(w, 1);
	return words;
}

/**
 * The person the sentences holding `description` are about: counted for every person a sentence
 * names or refers to, by the weight of the description it holds (each concept by its rarity, at
 * its related term's weight). Of those with a sentence holding DESCRIBED_MIN_SHARE of it and within
 * DESCRIBED_TIE of the most any holds, the one not of another sex than `gender` counted most, when
 * that is DESCRIBED_MARGIN times the next such one, and no one of another sex counts
 * DESCRIBED_MARGIN times as much.
 */
function describedPerson(
	index: StoryIndex,
	description: readonly QueryConcept[],
	weights: readonly number[],
	head: string,
	lexicon: DescribingLexicon,
): Entity | undefined {
	const gender = lexicon.genderOf(head);
	// A sentence opening with the word for them ("The 37-year-old reality star was the one to break
	// the news to Alice"), no name set off after it, calls its subject so: whom it names are others.
	const opensWith = new RegExp(
		`^\\W*(?:the|a|an)\\s+(?:[\\p{L}\\d'\u2019-]+\\s+){0,4}?${escapeRegExp(head)}\\b(?!\\s*,\\s*\\p{Lu})`,
		'iu',
	);
	const { vocabulary, tokens, documentFrequency } = index;
	const { records, passages } = index.table;
	const n = index.passages.size;
	// Each description term's vocabulary number -> [concept, weight] pairs.
	const byTerm = new Map<number, [number, number][]>();
	const rarity: number[] = [];
	description.forEach((concept, c) => {
		const df = Math.min(n, Math.max(0, ...concept.retrieve.map((t) => documentFrequency.get(t) ?? 0)));
		rarity.push((weights[c] as number) * Math.log(1 + (n - df + 0.5) / (df + 0.5)));
		for (const [term, weight] of concept.terms) {
			const id = vocabulary.find(term);
			if (id === undefined) continue;
			const list = byTerm.get(id) ?? [];
			list.push([c, weight]);
			byTerm.set(id, list);
		}
	});
	// Each compound's terms in order, by vocabulary number, where the corpus has them all.
	const compounds: [number, number[]][] = [];
	description.forEach((concept, c) => {
		const parts = concept.compound?.map((term) => vocabulary.find(term));
		if (parts?.every((id) => id !== undefined)) compounds.push([c, parts as number[]]);
	});
	const total = rarity.reduce((a, b) => a + b, 0);
	if (total === 0) return undefined;
	const retrieve = description.flatMap((c) => c.retrieve);
	const counts = new Map<Entity, number>();
	const held = new Map<Entity, number>();
	const best = new Float64Array(description.length);
	// Of the people a name word may be, those each article names in full, by article and word.
	const namesakes = new Map<string, Entity[]>();
	// How much of the description the tokens `from` to `to` hold, by rarity.
	const holding = (from: number, to: number): number => {
		best.fill(0);
		for (let j = from; j < to; j++) {
			for (const [c, weight] of byTerm.get(tokens.terms[j] as number) ?? [])
				best[c] = Math.max(best[c] as number, weight);
			// (A compound written whole, "rocking horse", is all of it, not its parts' weights.)
			for (const [c, parts] of compounds) {
				if (j + parts.length <= to && parts.every((part, k) => tokens.terms[j + k] === part)) best[c] = 1;
			}
		}
		let score = 0;
		for (let c = 0; c < description.length; c++) score += (rarity[c] as number) * (best[c] as number);
		return score;
	};
	// A sentence or a headline holding `score` of the description counts so for a person it is about.
	const credit = (entity: Entity, score: number) => {
		counts.set(entity, (counts.get(entity) ?? 0) + score);
		held.set(entity, Math.max(held.get(entity) ?? 0, score / total));
	};
	const headlines = new Set<Article>();
	for (const r of findCandidateRecords(index, retrieve, DESCRIBED_PASSAGES)) {
		const passage = passages[records[r + RECORD.number] as number];
		if (!passage) continue;
		// A headline holding the description is about the article's subject ("Former oil-rig welder
		// builds rocking horses for sick children"), whom its first paragraph names first.
		const { title, article } = passage;
		if (title && !headlines.has(article)) {
			headlines.add(article);
			const score = holding(title.from, title.to);
			const subject = score > 0 ? subjectOf(article, index) : undefined;
			if (subject) credit(subject, score);
		}
		passage.sentences.forEach((sentence, i) => {
			const score = holding(sentence.from, sentence.to);
			if (score === 0) return;
			// Whom the sentence names, and whether only as who says it, at its end ("..., Superintendent
			// Annette Charron said"): the sentence is about the others it names, if any. (Not "Gus
			// Brenner said Mayor Tom Kowalski hired him", where what is said may be of the speaker.)
			const named = new Map<Entity, boolean>();
			// (A sentence opening with the word for them names others only.)
			const opens = opensWith.test(sentence.text);
			const names: (NameAt & { says: boolean })[] = [];
			for (let j = opens ? sentence.to : sentence.from; j < sentence.to; j++) {
				const word = vocabulary.strings[tokens.words[j] as number] as string;
				const people = index.entities.byWord.get(word);
				if (!people) continue;
				// (A family name is of those the article names in full.)
				const key = `${passage.article.id}\n${word}`;
				let meant = namesakes.get(key);
				if (!meant) {
					meant = ofArticle(people, passage);
					namesakes.set(key, meant);
				}
				const start = (tokens.starts[j] as number) - sentence.start;
				const end = start + word.length;
				names.push({ meant, word, start, end, says: saysLast(sentence.text, start, end) });
			}
			for (const name of names) {
				const { says } = name;
				for (const entity of namesakeMeant(name, names, sentence.text, passage, index))
					named.set(entity, (named.get(entity) ?? true) && says);
			}
			for (const [entity, sentences] of passage.references) if (sentences.has(i)) named.set(entity, false);
			const about = [...named].some(([entity, says]) => !says && entity.kind === 'person');
			for (const [entity, says] of named) {
				if (entity.kind !== 'person' || (says && about)) continue;
				credit(entity, score);
			}
		});
	}
	// The people of the sentences holding most of the description, and of those the one they count
	// most for; no one when that person is of the other sex than the word for them says.
	const people = [...held].filter(([entity]) => isPersonsName(entity, index, lexicon));
	const most = Math.max(0, ...people.map(([, share]) => share));
	if (most < DESCRIBED_MIN_SHARE) return undefined;
	const ranked = people
		.filter(([, share]) => share >= DESCRIBED_TIE * most)
		.map(([entity]) => entity)
		.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
	// (Of a family sharing a name, the one of the right sex, unless one of the other counts clearly
	// more: "the hawk guy" and not his daughter, but not "the hawk lady" for his wife.)
	const fits = (e: Entity) => !gender || !e.gender || e.gender === gender;
	const [first, ...rest] = ranked.filter(fits);
	if (!first) return undefined;
	const outweighs = (e: Entity) => (counts.get(e) as number) >= DESCRIBED_MARGIN * (counts.get(first) as number);
	if (ranked.some((e) => !fits(e) && outweighs(e))) return undefined;
	const second = rest[0] ? (counts.get(rest[0]) as number) : 0;
	return (counts.get(first) as number) >= DESCRIBED_MARGIN * second ? first : undefined;
}

/** Does a passage holding a word of the description belong to an article naming `person`? */
function articleHolds(index: StoryIndex, person: Entity, description: readonly QueryConcept[]): boolean {
	const { records, passages } = index.table;
	const read = new Set<Article>();
	for (const r of findCandidateRecords(
		index,
		description.flatMap((c) => c.retrieve),
		DESCRIBED_PASSAGES,
	)) {
		const article = passages[records[r + RECORD.number] as number]?.article;
		if (!article || read.has(article)) continue;
		if (namesInFull(article, person)) return true;
		read.add(article);
	}
	return false;
}

/** A name word of a sentence, where it stands, and the people of its article it may be. */
interface NameAt {
	meant: Entity[];
	word: string;
	start: number;
	end: number;
}

/**
 * Whom a name word shared by several people of the article means in a sentence: those of them whose
 * other name word, a proper name, stands right beside it ("Dolores Dombrowski"; not "Since
 * Baptiste", a sentence's opening word taken into a name); else, alone, the article's subject
 * (meantByName), however the sentence goes on ("Dombrowski and Dolores drive").
 */
function namesakeMeant(
	name: NameAt,
	names: readonly NameAt[],
	text: string,
	passage: IndexedPassage,
	index: StoryIndex,
): Entity[] {
	const { meant } = name;
	if (meant.length < 2) return meant;
	const beside = names.filter(
		(n) =>
			index.properNames.has(n.word) &&
			((n.end <= name.start && /^\s+$/.test(text.slice(n.end, name.start))) ||
				(n.start >= name.end && /^\s+$/.test(text.slice(name.end, n.start)))),
	);
	const together = meant.filter((e) => e.kind === 'person' && beside.some((n) => n.meant.includes(e)));
	return together.length > 0 ? together : meantByName(meant, passage, index);
}

/**
 * Is the entity named as a person is, where the people model may take something else for one:
 * a place by a first name ("Kansas City" for a woman, "San Antonio" for a man), words opening a
 * sentence ("Since Baptiste"), a thing's name ("Lady Harwood", a violin)? A person's name is one
 * the corpus refers to ("she", "he", a description; its references can be wrong, "Kansas City" has
 * some), or whose first word it writes only as a name and is a first name; and it ends in no
 * common noun for something other than a person ("Second Street", "Laurel Valley Medical Center";
 * nor, so, "Kim Kardashian West", whose "west" is one).
 */
function isPersonsName(entity: Entity, index: StoryIndex, lexicon: DescribingLexicon): boolean {
	const { words } = entity;
	const first = words[0] ?? '';
	// (The family name is the name's last word: a nickname's word joins the words after it.)
	const last = nameWord(entity.name.split(/\s+/).at(-1) ?? '');
	if (entity.kind !== 'person' || STOP_WORDS.has(first) || !index.properNames.has(last)) return false;
	const referred = (index.referencedIn.get(entity)?.size ?? 0) > 0;
	const firstName = words.length > 1 && genderOfFirstName(first) !== null && index.properNames.has(first);
	return (referred || firstName) && !(lexicon.isCommonNoun(last) && !lexicon.isCommonPersonNoun(last));
}
