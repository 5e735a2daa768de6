/**
 * A person an age question describes instead of naming: "how old is the hawk guy", "how old is
 * the lady who plays the bells at ridgemont", "how old is the clock repair lady". People ask that
 * way about someone whose name they did not keep, and the passage that answers may hold none of
 * the description ("She is 72 years old"), only refer to the person.
 *
 * The described person is whom the corpus's sentences holding the description are about: each
 * such sentence counts, by how much of the description it holds, for each person it names or
 * refers to (IndexedPassage.references). Of the people whose sentences hold the most of it, the
 * one with the most such sentences is meant, by a clear margin, and when their sex fits the word
 * for them ("lady", "guy"). The question then asks about that person as if it named them: their
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
import type { Lexicon } from './lexicon.js';
import { type Entity, genderOfFirstName } from './people.js';
import { type AnalyzedQuestion, entityConcept, type QueryConcept } from './question.js';
import { findCandidateRecords, ofArticle, RECORD, type StoryIndex } from './search-index.js';

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
	'nounKinds' | 'genderOf' | 'isCommonNoun' | 'isCommonPersonNoun' | 'mainPartOfSpeech'
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
		const description = concepts.filter((c) => c !== word && weightOf(c) > 0);
		// (Not "hawk" in "the hawk guy", a word for a person in one of its senses, with nothing before it.)
		if (description.length === 0) continue;
		const weights = description.map(weightOf);
		// The word for them too, where the corpus uses it ("the nurse who stopped to help": "a registered nurse").
		if (word.retrieve[0] !== undefined && index.documentFrequency.has(word.retrieve[0])) {
			description.push(word);
			weights.push(AFTER_WEIGHT);
		}
		const person = describedPerson(index, description, weights, lexicon.genderOf(word.word), lexicon);
		if (!person) return question;
		// The person stands for the word for them; the words describing them stay, as where the corpus
		// holds them they still say which passages are about the person.
		const named = entityConcept(person, word.word, undefined, index, word.subordinate);
		return {
			...question,
			concepts: concepts.map((c) => (c === word ? named : description.includes(c) ? { ...c, entity: person } : c)),
		};
	}
	return question;
}

const WORDS = /[\p{L}\p{N}'-]+/gu;

/**
 * How much a word after the word for the person counts in describing them, against one before
 * it: a relative clause often says what the question asks about ("the coffee shop lady that saw
 * it happen"), the words before only who is meant.
 */
export const AFTER_WEIGHT = 0.5;

/** Words that may open what follows a word for a person to describe them: "who plays", "that runs", "in wexley", "w/ the broken pelvis". */
const DESCRIPTION_AFTER = /^\s+(?:who|who's|whos|that|whose|with|w\/?|in|at|from|on|of|near|by)\b/iu;

/**
 * When `concept` is a word for one person, "the" or "that" before it (not "a barber", someone's
 * "daughter", or "the guys"), the words that describe them: those between (the "hawk" of "the hawk
 * guy") and after it, from a relative pronoun or a preposition on ("who plays the bells at
 * ridgemont"). Otherwise undefined.
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
		`\\b(?:the|that|this)\\s+((?:[\\p{L}'-]+\\s+){0,3})${escapeRegExp(word)}\\b(.*)$`,
		'iu',
	).exec(text);
	if (!phrase) return undefined;
	const words = new Map<string, number>();
	const after = DESCRIPTION_AFTER.test(phrase[2] as string) ? (phrase[2] as string) : '';
	for (const w of after.toLowerCase().match(WORDS) ?? []) words.set(w, AFTER_WEIGHT);
	for (const w of (phrase[1] as string).toLowerCase().match(WORDS) ?? []) words.set(w, 1);
	return words;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The person the sentences holding `description` are about: counted for every person a sentence
 * names or refers to, by the weight of the description it holds (each concept by its rarity, at
 * its related term's weight), when one counts DESCRIBED_MARGIN times anyone else, holds
 * DESCRIBED_MIN_SHARE of the description in a sentence, and is not of another sex than `gender`.
 */
function describedPerson(
	index: StoryIndex,
	description: readonly QueryConcept[],
	weights: readonly number[],
	gender: Entity['gender'],
	lexicon: DescribingLexicon,
): Entity | undefined {
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
	const total = rarity.reduce((a, b) => a + b, 0);
	if (total === 0) return undefined;
	const retrieve = description.flatMap((c) => c.retrieve);
	const counts = new Map<Entity, number>();
	const held = new Map<Entity, number>();
	const best = new Float64Array(description.length);
	for (const r of findCandidateRecords(index, retrieve, DESCRIBED_PASSAGES)) {
		const passage = passages[records[r + RECORD.number] as number];
		if (!passage) continue;
		passage.sentences.forEach((sentence, i) => {
			best.fill(0);
			const named = new Set<Entity>();
			for (let j = sentence.from; j < sentence.to; j++) {
				for (const [c, weight] of byTerm.get(tokens.terms[j] as number) ?? [])
					best[c] = Math.max(best[c] as number, weight);
				const people = index.entities.byWord.get(vocabulary.strings[tokens.words[j] as number] as string);
				// (A family name is of those the article names in full.)
				if (people) for (const entity of ofArticle(people, passage)) named.add(entity);
			}
			let score = 0;
			for (let c = 0; c < description.length; c++) score += (rarity[c] as number) * (best[c] as number);
			if (score === 0) return;
			for (const [entity, sentences] of passage.references) if (sentences.has(i)) named.add(entity);
			// (A sentence about several people counts a share for each.)
			const people = [...named].filter((e) => e.kind === 'person');
			for (const entity of people) {
				counts.set(entity, (counts.get(entity) ?? 0) + score);
				held.set(entity, Math.max(held.get(entity) ?? 0, score / total));
			}
		});
	}
	// The people of the sentences holding most of the description, and of those the one the most
	// such sentences are about.
	const people = [...held].filter(
		([entity]) => isPersonsName(entity, index, lexicon) && !(gender && entity.gender && entity.gender !== gender),
	);
	const most = Math.max(0, ...people.map(([, share]) => share));
	if (most < DESCRIBED_MIN_SHARE) return undefined;
	const [first, ...rest] = people
		.filter(([, share]) => share >= DESCRIBED_TIE * most)
		.map(([entity]) => entity)
		.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
	const second = rest[0] ? (counts.get(rest[0]) as number) : 0;
	return first && (counts.get(first) as number) >= DESCRIBED_MARGIN * second ? first : undefined;
}

/**
 * Is the entity named as a person is, where the people model may take a place or an institution
 * for one ("Kansas City" and "Laurel Valley Medical Center" for women, by a first name)?
 */
function isPersonsName(entity: Entity, index: StoryIndex, lexicon: DescribingLexicon): boolean {
	const { words } = entity;
	const last = words.at(-1) ?? '';
	if (entity.kind !== 'person' || !index.properNames.has(last)) return false;
	// (Named as "she" or "he" somewhere, or by a first name the corpus writes only as a name: not
	// "West Germany", whose "west" it also writes in lower case.)
	const first = words[0] ?? '';
	const firstName = genderOfFirstName(first) !== null && index.properNames.has(first);
	if (!index.referencedIn.get(entity)?.size && !firstName) return false;
	// (A common noun for no person: "Second Street", "Kansas City", "Laurel Valley Medical Center".)
	return !(lexicon.isCommonNoun(last) && !lexicon.isCommonPersonNoun(last));
}
