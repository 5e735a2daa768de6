/**
 * Question understanding: what kind of answer a question wants, and which concepts it names.
 * A concept is one question word with the index terms that count as that word: itself, for a
 * name every other name of the same entity (Alice = Johnson = Alice Marie Johnson), and related
 * words from WordNet (call ~ phone), each with a weight below 1.
 */
import { MOTION } from './answer-types.js';
import { type Lexicon, RELATION_WEIGHTS } from './lexicon.js';
import { type Entity, genderOfFirstName, resolveNameSpan } from './people.js';
import { findCandidateRecords, RECORD, type StoryIndex } from './search-index.js';
import {
	analyzeWord,
	editDistance,
	escapeRegExp,
	foldCase,
	foldPunctuation,
	foldWord,
	MONTH_NAMES,
	NUMBER_WORDS,
	STOP_WORDS,
	TITLE_ABBREVIATIONS,
	type Token,
	tokenize,
} from './text.js';

export type QuestionType =
	| 'who'
	| 'when'
	| 'duration'
	| 'count'
	| 'age'
	| 'where'
	| 'why'
	| 'yesno'
	| 'what'
	| 'how'
	| 'other';

export interface QueryConcept {
	/** The question word as written. */
	word: string;
	/** Index term -> weight in [0, 1]: 1 for the word itself and for aliases, less for related words. */
	terms: Map<string, number>;
	/** Folded forms that match exactly (the word as asked, and an entity's name words). */
	forms: Set<string>;
	/** The person or organisation a name concept stands for. */
	entity?: Entity;
	/**
	 * The terms to search the index with: the word's own, a name's, and closely related words';
	 * weaker relations only rescore the passages these find.
	 */
	retrieve: string[];
	/**
	 * How much the word says, before counting how rare it is (0 to 1): less for a word of very many
	 * senses (get, make, thing) and for the noun that only names the kind of answer ("what company").
	 */
	prior: number;
	/** The word is a noun for money (money, cash, fee, salary): a sum written in figures holds it. */
	money?: true;
	/** The word is "long" in "take so long", "wait this long": a length of time written out holds it. */
	lengthOfTime?: true;
	/** The word with the particle after it, when that may be a phrasal verb ("locked up"). */
	phrase?: string;
	/** For a word taken for a typo ("walkd"), the word the corpus writes for the term it stands for ("walked"), folded. */
	corrected?: string;
	/**
	 * The words from after a form of "be" to the preposition after the word, when the word ends
	 * such a phrase ("is in charge of": in, charge, of): WordNet may define a verb by it.
	 */
	being?: string[];
	/** A verb's -ing form follows the word ("keep fighting"). */
	verbIng?: boolean;
	/**
	 * The adjective a measure question asks with ("how *deep* was the hole"): searched for as
	 * itself and, in its first sense only, its synonyms, similar adjectives and attribute (big:
	 * large, size; deep: depth), not as its other relations (profound, heavy; bad, little).
	 */
	degree?: boolean;
	/**
	 * The terms of a compound noun in order ("world cup", "law school"): the concept is the words
	 * together; each alone counts only a little (its weight in `terms`).
	 */
	compound?: string[];
	/** The word names a thing (a noun, or a word WordNet does not know): the question is about it. */
	noun: boolean;
	/**
	 * The word stands as an adjective: after "get" or "become" ("did anyone get hurt"), or, in a
	 * question opening with "is", "are", "was" or "were", the last word neither a name nor mainly a
	 * noun ("was anyone on the ship hurt", "is the museum open"). Never a noun ("did he get home").
	 */
	predicative?: boolean;
	/**
	 * The noun a yes/no question is about, as its subject ("does her *daughter* repair clocks", "is
	 * Walt's *wife* deaf"): its answer is a sentence about that, not one about something else that
	 * holds the question's other words.
	 */
	about?: boolean;
	/**
	 * The word stands in a subordinate clause of the question ("who did Kim call before she went
	 * to see Trump?"): it places the question in the story more than it says what is asked.
	 */
	subordinate: boolean;
}

export interface AnalyzedQuestion {
	text: string;
	type: QuestionType;
	concepts: QueryConcept[];
	/** Folded words of the question, to tell new information in a sentence from repeated words. */
	questionWords: Set<string>;
	/** More precisely what is asked for: what a count counts ("how many nurses"), which part of a date. */
	hint: AnswerHint;
	/** The person the question is about as its subject ("did *Alice* do", "is *Kim* going to run"). */
	subject?: Entity;
	/** The question asks about what will happen ("will she", "is he going to"). */
	future: boolean;
}

export interface AnswerHint {
	/** Terms of what a "how many" question counts (nurs for "how many nurses"). */
	counted?: Set<string>;
	/** The part of a date a "when" question asks for. */
	when?: 'year' | 'month' | 'day' | 'time';
	/** The question asks for an amount of money ("how much money", "what is the fine"). */
	money?: boolean;
	/**
	 * A yes/no question whether anyone or anything did or underwent something ("did anybody die",
	 * "were there any injuries"): "no one was killed" or "there were people who" answers it.
	 */
	existential?: boolean;
	/** A "how many people" question: a number of anyone (residents, men, volunteers) counts them. */
	countsPeople?: boolean;
	/** A "how much" question not for money nor a measure ("how much stuff"): an amount of time does not answer it. */
	amount?: boolean;
	/**
	 * What a "how heavy" or "how far" question measures: an amount in its units answers it; "how
	 * long is the wall" takes a length as well as a time.
	 */
	measure?: 'weight' | 'length' | 'size' | 'temperature' | 'speed';
	/**
	 * A "how long" question for the time between two events ("how long did it take the crew to get
	 * there", "how soon after the visit"): "50 minutes after the first call" answers it as surely as
	 * "for 50 minutes".
	 */
	elapsed?: boolean;
	/** The unit a "how many hours" question counts a length of time in: "140 hours" answers it above "a month". */
	unit?: TimeUnit;
	/**
	 * A "how long" question for a length of time in a day, a week... ("how much time does she put
	 * into chess each day"): a rate's part ("four hours a day") answers it, as it answers no other.
	 */
	rate?: boolean;
	/** A "which way did it go" question: a direction answers it ("heading north", "towards the harbour"). */
	direction?: boolean;
	/**
	 * A "where did they take it" question: where someone or something was taken answers it ("towed
	 * to an anchorage"), above where it was.
	 */
	destination?: boolean;
	/**
	 * A question for someone's work ("what does Okafor do for a living", "what was her job"): a word
	 * for a person by their work answers it ("works as a structural engineer", "Okafor, an engineer,").
	 */
	occupation?: boolean;
	/**
	 * A question for how old someone is ("how old is Brisco"), not was when something happened ("how
	 * old was she when she started"): the age they have now answers it above one they once were
	 * ("Brisco, 71," above "started umpiring at 16").
	 */
	now?: boolean;
	/** A question for who leads something ("who runs Cascade Hydro", "who is in charge of the inquiry"). */
	leader?: boolean;
	/**
	 * A question for who someone named is ("who is Walter Briggs", "who's Van Jones"), and the words
	 * of the name, folded: what the article says they are answers it ("Walter Briggs, 78, a retired
	 * mail carrier"), not another name.
	 */
	identity?: readonly string[];
	/**
	 * A question for a word or a phrase itself ("what was the winning word", "which word did she get
	 * wrong", "what was the slogan"): a few words in quotation marks answer it ("spelling “guerdon”").
	 */
	quoted?: boolean;
	/**
	 * A question for how someone took something ("how did Alice react when she heard", "how did Kim
	 * feel"): their own words in the first person tell it ("I went into full-fledged holy dance").
	 */
	reaction?: boolean;
	/**
	 * A question for how or why someone took something up ("why did he get into dancing in the first
	 * place", "what made him start restoring pianos", "how'd she become a midwife"): a sentence telling
	 * how it began answers it ("It started, he said, when he went to a holiday concert").
	 */
	origin?: boolean;
	/**
	 * A "how long" question for one of many things someone makes or does ("how long does it take her
	 * to build one harp", "to complete a single window"): a length said of each ("Each takes about
	 * 250 hours", "A single map takes him three to five weeks") answers it above another.
	 */
	each?: boolean;
	/** A question who taught someone ("who taught her to play", "who did she train under"). */
	teacher?: boolean;
}

/**
 * "How long is the new flood wall", "how long was the drive": how long a thing is, in time or in
 * space; not "how long were they stuck" nor "how long was Alice in prison", only in time.
 */
const LENGTH_OF_A_THING =
	/^how\s+long\s+(?:is|was|are|were)\s+(?:the|a|an|its|his|her|their|this|that)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\W*$/u;

/** The units of time a question may count in. */
export type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';
/** "How many hours", "how many years": the unit asked for. */
const TIME_UNIT_ASKED = /^how\s+many\s+(year|month|week|day|hour|minute)s\b(?!\s+old\b)/;

/**
 * A question for the time between two events: "how soon", "how long did it take (them) to", "how
 * long after", "how long until/till".
 */
const ELAPSED =
	/^how\s+(?:soon|quickly)\b|^how\s+long\b.*\b(?:take|takes|took|taken|taking)\b|^how\s+long\b.*\b(?:after|until|till|til)\s+\S/u;

/** Whether anyone or anything did something: an indefinite pronoun, "any" or "there" after the verb. */
const EXISTENTIAL =
	/^(?:\S+\s+)(?:(?:\S+\s+){0,4}?(?:anyone|anybody|anything|someone|somebody|something|any)\b|there\b)|^(?:anyone|anybody|anything|someone|somebody|something|any|there)\b/u;

/** "What was the winning word", "which word did he miss", "what's the slogan": the word or phrase itself. */
const WORD_ASKED =
	/^(?:what|which)(?:'s|\s+(?:is|was|are|were))?\s+(?:the\s+|their\s+|her\s+|his\s+|its\s+)?(?:[\p{L}-]+\s+)?(?:words?|terms?|phrases?|slogans?|mottos?|catchphrases?|nicknames?|password)\b(?!\s+(?:of|limits?)\b)/u;

/** "Where did they take the ship", "where was she flown", "where were the residents moved". */
const TAKING =
	/^where\s+(?:\S+\s+){1,5}?(?:take|took|taken|bring|brought|move|moved|send|sent|tow|towed|carry|carried|transfer|transferred|fly|flown|airlift|airlifted|rush|rushed|evacuate|evacuated|relocate|relocated|shipped)\b(?!\s+(?:place|on|under)\b)/;
const WHICH_WAY = /^(?:what|which)\s+(?:way|direction)\b/;
/**
 * Words about the corpus's own texts, not about the story ("how old is kim in these articles",
 * "according to the stories, ..."): nothing to search for. Only at the end of the question or
 * before a comma: "in the text messages she sent", "in the story he wrote" are the story's. A
 * report or a source may be part of the story ("what did the coroner say in the report"): only the
 * reader's words for the texts; interviews or reports only "in these" ("how old is kim k in these
 * interviews"), for "the report", "this report" or "those interviews" may be the story's.
 */
const ABOUT_THE_TEXTS =
	/\b(?:in|from|according\s+to|per|based\s+on|across|throughout)\s+(?:(?:the|these|this|those|that|both|all(?:\s+the|\s+these)?)\s+(?:(?:two|2|news|other)\s+)?(?:articles?|stories|story|texts?|pieces|passages?|coverage)|(?<=\bin\s+)these\s+(?:(?:two|2|news|other)\s+)?(?:interviews|reports|write-?ups|write\s+ups))\b(?=\s*(?:[,.;:!?]|$))/gi;
/** The words of such a question that only say it asks for someone's work (the answer says "works", "job"). */
const OCCUPATION_WORDS = /\bfor\s+(?:a\s+)?living\b/i;
/**
 * "What does she do for a living", "what did he do for work", "what does Okafor work as", "what
 * is her job", "what were their jobs", "what was the owner's occupation": someone's work, said of
 * them (a possessive), not "what is the job of the inquiry" or "what was the trade deal".
 */
const OCCUPATION = new RegExp(
	[
		// ("do for his regular job", "do for a day job"; a person named by up to six words.)
		'^what\\s+(?:does|did|do)\\s+(?:\\S+\\s+){1,6}?(?:do\\s+for\\s+(?:(?:a|his|her|their)\\s+)?(?:(?:regular|day|main|real|actual|full-time)\\s+)?(?:living|work|job(?!\\s+(?:interviews?|applications?|hunting|search|fairs?)))|work\\s+as)\\b',
		"^what(?:'s|\\s+(?:is|was|are|were))\\s+(?:\\S+\\s+){0,3}?(?:his|her|their|\\S+'s?)\\s+(?:\\S+\\s+)?(?:jobs?|occupations?|professions?|careers?|line\\s+of\\s+work)\\b",
	].join('|'),
);
/**
 * "What does his wife do", "what do her parents do now", the question ending there, of someone
 * named by whose they are (group 1: the word for them, a person's, checked in the lexicon): what
 * they do for a living. Not "what does Okafor do", who may be asked what he did, nor "what does
 * her plan do".
 */
const OCCUPATION_OF_ROLE =
	/^what\s+(?:does|do)\s+(?:his|her|their|\S+'s)\s+(?:\S+\s+)?(\S+)\s+do(?:\s+(?:now|nowadays|these\s+days))?\s*[?.!]*$/;
/** "Who is", "who was", "who's", "who are", then what: a question that may ask who someone is. */
const IDENTITY = /^who(?:['\u2019]s|\s+(?:is|was|are|were))\s+(.*)$/i;

/**
 * For "who is Walter Briggs", the words of the name asked about, folded; undefined unless every
 * word after "who is" is a word of a name the question names ("who was kim with" asks no such thing).
 */
function identityAsked(text: string, concepts: readonly QueryConcept[]): string[] | undefined {
	const rest = IDENTITY.exec(text)?.[1];
	if (rest === undefined || concepts.length === 0 || !concepts.every((c) => c.entity)) return undefined;
	const words = tokenize(rest).map((t) => foldWord(t.surface));
	const named = new Set(concepts.flatMap((c) => [...c.forms]));
	return words.length > 0 && words.every((w) => named.has(w)) ? words : undefined;
}

/** "Who runs Cascade Hydro", "who is in charge of the inquiry", "who's the boss at Northwind", "who leads the team". */
const LEADER_QUESTION =
	/^who\s+(?:runs|leads|led|heads|headed|manages|managed|directs|chairs|chaired|oversees|(?:is|was)\s+(?:in\s+charge\s+of|(?:the\s+)?(?:boss|head|leader|chief)\s+(?:of|at))\b)/;
/**
 * "Who taught her to play", "who trained him", "who taught wally to" (group 1: a word the lexicon
 * must not know as a thing's: not "who taught math to the kids"), "who showed him how to", "who did
 * she train under", "who did he learn from", "who was her teacher"; not "who taught at the school"
 * nor "who taught himself".
 */
const TEACHER_QUESTION =
	/^who(?:m)?\s+(?:(?:taught|teaches|trained|mentored|coached)\s+(?:(?:him|her|them|me|us)\b|(\S+)\s+(?:to|how)\b)|showed\s+(?:him|her|them)\s+how\b|(?:did|does|do)\s+(?:\S+\s+){1,3}?(?:learn|train|apprentice|study)\s+(?:\S+\s+){0,4}?(?:from|under|with)\b|(?:is|was)\s+(?:his|her|their)\s+(?:teacher|mentor)\b)/;

/** Does the question ask who taught someone (TEACHER_QUESTION)? */
function asksTeacher(folded: string, lexicon?: Lexicon): boolean {
	const match = TEACHER_QUESTION.exec(folded);
	if (!match) return false;
	const pupil = match[1];
	if (pupil === undefined) return true;
	return !/sel(?:f|ves)$/.test(pupil) && (genderOfFirstName(pupil) !== null || !lexicon?.isCommonNoun(pupil));
}
const GOING = new RegExp(`\\b${MOTION}`, 'u');

/** "How old is", "how old's", "how old are", "what age is": an age as it is now. */
const AGE_NOW = /\b(?:how\s+old|what\s+age)(?:\s+(?:is|are)\b|['\u2019]s\b)/u;
/**
 * A time the age is asked at ("how old is she in the interview", "when she", "at the time", "then",
 * "during the war", "as a rookie", "in 1998"): not the age as it is now. Left unsaid when in doubt.
 */
const AT_THE_TIME =
	/\b(?:when|then|at\s+the\s+time|during|after|before|until|since|as\s+an?|in\s+(?:that|the|this|his|her|their|its|\d{4})|at\s+(?:his|her|their|its|the|that|this))\b/u;

/** Prepositions before "what time", "which year": "at what time", "by what time", "since what year". */
const TIME_PREPOSITION = 'on|in|at|by|until|till|til|since|from';
/**
 * The part of a date a question opening so asks for (answerHint); "what time of year" and "what
 * time period" ask for no hour.
 */
const WHEN_PART = new RegExp(
	`^(?:(?:${TIME_PREPOSITION})\\s+)?(?:what|which)\\s+(year|month|day|date|time|hour)s?\\b(?!\\s+(?:of\\s+(?:the\\s+)?(?:year|month|season|week)|period|frame|span|zone)\\b)`,
);

/** What a question's opening words say more precisely about its answer. */
function answerHint(type: QuestionType, folded: string, money: boolean, lexicon?: Lexicon): AnswerHint {
	if (type === 'when') {
		// ("What times can you use the park", "what hours is it open": the time of day.)
		const part = WHEN_PART.exec(folded)?.[1];
		if (part === 'year' || part === 'month' || part === 'time') return { when: part };
		if (part === 'hour') return { when: 'time' };
		if (part === 'day' || part === 'date') return { when: 'day' };
		return {};
	}
	if (type === 'yesno') return EXISTENTIAL.test(folded) ? { existential: true } : {};
	if (type === 'duration') {
		if (LENGTH_OF_A_THING.test(folded)) return { measure: 'length' };
		const unit = TIME_UNIT_ASKED.exec(folded)?.[1] as TimeUnit | undefined;
		return {
			...(ELAPSED.test(folded) && { elapsed: true }),
			...(unit && { unit }),
			...(PER_UNIT.test(folded) && { rate: true }),
			...(ONE_OF_MANY.test(folded) && { each: true }),
		};
	}
	// "Which way did the van go" (not "which way did the senator vote").
	if (type === 'where') {
		if (WHICH_WAY.test(folded) && GOING.test(folded)) return { direction: true };
		return TAKING.test(folded) ? { destination: true } : {};
	}
	if (type === 'age') return AGE_NOW.test(folded) && !AT_THE_TIME.test(folded) ? { now: true } : {};
	if (type === 'how' && REACTION.test(folded)) return { reaction: true };
	if ((type === 'why' || type === 'how' || type === 'what') && asksOrigin(folded, lexicon)) return { origin: true };
	if (type === 'what')
		return OCCUPATION.test(folded) || ofPersonInRole(folded, lexicon)
			? { occupation: true }
			: WORD_ASKED.test(folded)
				? { quoted: true }
				: {};
	if (type === 'who')
		return LEADER_QUESTION.test(folded) ? { leader: true } : asksTeacher(folded, lexicon) ? { teacher: true } : {};
	if (type === 'count') {
		if (money) return { money: true };
		if (
			/^how\s+(?:heavy|much\s+(?:weight|heavier|lighter)|many\s+(?:pounds|kilos|kilograms|grams|ounces|tons|tonnes))\b/.test(
				folded,
			)
		) {
			return { measure: 'weight' };
		}
		if (/^how\s+(?:hot|cold|warm|chilly)\b/.test(folded)) return { measure: 'temperature' };
		if (/^how\s+(?:fast|windy|quickly)\b/.test(folded) || WIND_STRENGTH.test(folded)) return { measure: 'speed' };
		// "How much stuff did he save": an amount of a thing, not of time ("eight years").
		// (Not "how much longer", "how much older": those ask for a length of time or an age.)
		if (/^how\s+much\b(?!\s+(?:longer|older|younger|later|earlier|sooner|more|time)\b)/.test(folded)) {
			return { amount: true };
		}
		if (/^how\s+(?:far|(?:close|near)(?=\s+(?:to|from)\b)|tall|high|deep|wide)\b/.test(folded))
			return { measure: 'length' };
		if (/^how\s+(?:big|large)\s+(?:is|was|are|were)\b/.test(folded)) return { measure: 'size' };
		const words = /^how\s+many\s+((?:[\p{L}'-]+\s+){0,1}[\p{L}'-]+)/u.exec(folded)?.[1];
		const counted = new Set(analyzeTerms(words ?? ''));
		// (Not "how many people's homes": a number of homes.)
		if (/^(?:people|persons)\b(?!')/.test(words ?? '')) return { counted, countsPeople: true };
		// People by another word ("how many folks"): a number of people answers, as of persons of any kind.
		if (/^(?:\S+\s+)?(?:folks|individuals)\b(?!')/.test(words ?? ''))
			return { counted: new Set([...counted, ...analyzeTerms('people')]), countsPeople: true };
		// The thing counted under another of its names ("how many birders": 2,300 birdwatchers).
		// A word of one or two senses brings its first senses' synonyms of few senses themselves (not
		// "lawsuits": cases of measles); a word of many, whose other senses have synonyms for things
		// of other kinds ("bits": moments, scraps), its first sense's only, the sense the question
		// means, and of those only one whose own first sense it is too ("puppets": marionettes;
		// "kids": children; not "carriages": coaches, "countries": states, "jobs": businesses). The
		// synonym must be one word, and the word its stem spells, if any, of few senses: "witnesser"
		// is stemmed as witness, "visitant" as visit.
		for (const word of lexicon ? (words ?? '').split(/\s+/) : []) {
			if (!lexicon?.isMainlyNoun(word)) continue;
			const many = lexicon.senseCount(word) > COUNTED_BY_SYNONYMS;
			const lemmas = lexicon.lemmas(word);
			for (const synonym of lexicon.related(word, many)) {
				const term = analyzeWord(synonym);
				if (term === null || /[\s_-]/.test(synonym)) continue;
				if (!many && lexicon.senseCount(synonym) > COUNTED_BY_SYNONYMS) continue;
				if (many && !lexicon.related(synonym, true).some((w) => lemmas.includes(w))) continue;
				if (term !== synonym && lexicon.senseCount(term) > COUNTED_BY_SYNONYMS) continue;
				counted.add(term);
			}
		}
		return counted.size > 0 ? { counted } : {};
	}
	return {};
}

/** "How did she react", "how does Alice feel about", "how did he take the news". */
const REACTION =
	/^how\s+(?:did|does|do|would|will|has|have|had)\s+(?:\S+\s+){1,4}?(?:react|respond|feel|take\s+(?:it|the\s+news))\b/;

/**
 * Someone taking something up, in a why, how or "what made" question: who (group 1) and the verb
 * with what they took up after it: "get into dancing", "get into the carillon", "start making
 * quilts", "start a pantry", "take up the fiddle", "become a barber", "get interested in bees",
 * "what got him started". Whether who is a person is checked after (asksOrigin).
 */
const ORIGIN_QUESTION =
	/^(?:why|how|what\s+(?:made|got|led|inspired|prompted|drove))(?:['\u2019]d)?\s+(?:(?:did|does|do|would|could|was|were|is|has|had)\s+)?((?:[\p{L}'\u2019-]+\s+){0,2}?[\p{L}'\u2019-]+)\s+(?:(?:decide|decided|want|wanted|wanna|choose|chose|ever)\s+(?:to\s+)?)?(?:(?:get|got|gotten|getting)\s+(?:into|involved\s+(?:in|with)|interested\s+in)\s+(?:(?!\S*thing\b)\S+ing\b|(?:the|a|an|his|her|their)\s+\S|(?!(?:the|a|an|this|that|it|there|here|trouble)\b)\S+\s*(?:in\s+the\s+first\s+place)?\W*$)|(?:start|started|starting|begin|began)\s+(?:(?!\S*thing\b)\S+ing\b|(?:a|an|the|his|her|their)\s+\S)|(?:take|took|pick|picked)\s+up\s+(?:(?!\S*thing\b)\S+ing\b|(?:the|a|an)\s+\S)|(?:become|became)\s+(?:a|an)\s+\S|(?:get|got)\s+started\b)/u;
/** What someone got into, after "the": "the carillon", "the building". */
const GETTING_INTO_THE = /\b(?:get|got|gotten|getting)\s+into\s+(?:the|a|an|his|her|their)\s+([\p{L}-]+)/u;
/** Words for a person a question may take something up as: "he", "they", "you". */
const PERSONAL = /^(?:he|she|they|you|i|we|him|her|them|me|us)$/;

/**
 * Does the question ask how someone took something up ("why did he get into dancing in the first
 * place", "what made him start restoring pianos", "why did ray start a clay studio")? Who took it
 * up must be a person: a pronoun, a word for one ("the old mailman"), or a first name; not "why
 * did the fire start", "how did the mud get into everything", "why did the road become a hazard";
 * nor getting into a place ("how did the robbers get into the building").
 */
function asksOrigin(folded: string, lexicon?: Lexicon): boolean {
	const who = ORIGIN_QUESTION.exec(folded)?.[1];
	if (who === undefined) return false;
	// (Getting into a place is going in: "how did the robbers get into the building".)
	const into = GETTING_INTO_THE.exec(folded)?.[1];
	if (into !== undefined && lexicon?.isPlace(into)) return false;
	const head = who.split(/\s+/).at(-1) ?? '';
	return (
		PERSONAL.test(head) ||
		genderOfFirstName(head) !== null ||
		(lexicon !== undefined && (lexicon.senseCount(head) === 0 || lexicon.nounKinds(head).has('person')))
	);
}

/** A counted word of more senses than this brings the synonyms of its first sense only (see answerHint). */
const COUNTED_BY_SYNONYMS = 2;

function analyzeTerms(text: string): string[] {
	return tokenize(text).flatMap((t) => (t.term === null ? [] : [t.term]));
}

/** Words saying one thing, then that thing, ending the question: "one harp", "1 decoy", "a single window?". */
const ONE_THING = '\\b(?:one|1|a\\s+single|single|each)\\b(?=\\s+[\\p{L}-]+\\s*[?.!]*$)';
/**
 * Taking or spending time on one thing, the question's last words: "how long does it take her to
 * build one harp", "to make 1 decoy", "to complete a single window?".
 */
const ONE_OF_MANY = new RegExp(`\\b(?:take|takes|took|taking|spend|spends|spent)\\b.*${ONE_THING}`, 'u');
/** The words of such a question saying one: "one", "1", "a single". */
const ONE_WORDS = new RegExp(ONE_THING, 'u');
/** A unit of time a question counts per ("each day", "a week", "per shift", "weekly"). */
const PER_UNIT =
	/\b(?:(?:a|an|per|each|every)\s+(?:day|night|week|weekend|month|year|season|shift|session)|daily|nightly|weekly|monthly|yearly|annually|at\s+night)\b/;

/**
 * "How strong was the wind": a speed, as "how fast" asks, when the wind is what is strong; not
 * how strong anything else is ("the storm of criticism", "the wind farm", a hurricane's category).
 */
const WIND_STRENGTH =
	/^how\s+(?:strong|powerful)\b(?=\s+(?:is|are|was|were|will|would|could|can|might|may|should|did|do|does|had|has|have|got|gets?)\s+(?:[\p{L}'\u2019]+\s+){0,3}?(?:winds?|gusts?|breezes?|gales?)\b(?!\s+(?:chill|farm|turbine|shelter|warning|advisory|tunnel)s?\b))/u;

/** Verbs a question asks what caused something with ("what caused", "what led to"). */
const CAUSED = 'caused|causes|led\\s+to|leads\\s+to|sparked|triggered|started';

// Question openers: the type they ask for and how many leading words only say so ("how long").
const QUESTION_PATTERNS: [RegExp, QuestionType][] = [
	[/^(?:who|whom|whose)\b/, 'who'],
	// ("How quickly was the train going": how fast, not how long.)
	[new RegExp(`^how\\s+quickly\\b(?=.*\\b${MOTION})`, 'u'), 'count'],
	[/^how\s+(?:long|soon|quickly)\b/, 'duration'],
	// "How fast did the lifeguards get everyone out", "how fast did police respond": how soon, as
	// "how quickly did the crews arrive" asks, for a verb of reaching or finishing; not "how fast was
	// the wind", "how fast did the plane fly" nor "how fast did the fire spread", a speed.
	[
		/^how\s+fast\b(?=\s+(?:do|does|did|can|could|will|would)\s+(?:\S+\s+){1,4}?(?:get\s+(?!(?:during|in|on|at|to|up|by|when|while|before|after)\b)\S|(?:respond|react|arrive|evacuate|rescue|finish|clear|sell|fill|restore|fix|repair|reopen|answer|show\s+up|return)\b))(?!.*\b(?:winds?|gusts?|speeds?)\b)/,
		'duration',
	],
	[/^how\s+(?:many|much)\s+(?:years|months|weeks|days|hours|minutes|decades|time)\b/, 'duration'],
	// (How close or near to a place or a thing, a distance; not "how close are they to a deal".)
	[/^how\s+(?:close|near)(?=\s+(?:to|from)\b)/, 'count'],
	[/^how\s+(?:many|much|big|large|far|high|tall|deep|wide|heavy|fast|hot|cold|warm|chilly|windy)\b/, 'count'],
	[WIND_STRENGTH, 'count'],
	[/^how\s+(?:old|young)\b/, 'age'],
	[/^(?:at\s+)?(?:what|which)\s+age\b/, 'age'],
	[/^(?:what|which)\s+(?:years?|dates?|days?|months?|times?|hours?|seasons?|decades?)\b/, 'when'],
	[
		new RegExp(`^(?:${TIME_PREPOSITION})\\s+(?:what|which)\\s+(?:years?|dates?|days?|months?|times?|hours?)\\b`),
		'when',
	],
	[/^(?:(?:since|until|till|til|by)\s+)?when\b/, 'when'],
	// "What place did she finish", "which place did they come": a ranking (ninth), not somewhere.
	[/^(?:what|which)\s+place\s+(?=(?:\S+\s+){1,4}?(?:come|came|finish(?:ed)?|end(?:ed)?|take|took|get|got)\b)/, 'what'],
	[
		/^(?:what|which)\s+(?:city|town|country|state|place|county|region|island|street|building|venue|neighbou?rhood|way|direction)\b/,
		'where',
	],
	[/^where\b/, 'where'],
	[/^why\b/, 'why'],
	// "What made the pipe break", "what caused the crash", "what was the cause of the fire", "what do
	// they think caused it": why it did. "Made" before a clause only says so (not "what made up the
	// fund", "what made more money", "what made headlines"); "caused" or "started" is searched for
	// ("the fire was started by"), and so is who says so ("what did Kim say made her want to help").
	[
		new RegExp(
			`^what\\s+(?:(?:made|makes)\\s+(?=(?!(?:up|more|most|less)\\b)\\S+\\s+\\S+\\s+\\S)|(?:is|was)\\s+(?:the\\s+)?(?:likely\\s+|probable\\s+)?cause\\s+of\\s+|(?=(?:do|does|did)\\s+(?:\\S+\\s+){1,3}?(?:think|say|believe|suspect)\\s+(?:made|makes|${CAUSED})\\b)|(?=(?:(?:has|have|had|could\\s+have|may\\s+have|might\\s+have)\\s+)?(?:${CAUSED})\\b))`,
		),
		'why',
	],
	// "What's the reason the driver lost control", "what was the main reason for the delay": why.
	[
		/^what\s+(?:is|was|are|were)\s+(?:the\s+)?(?:main\s+|real\s+|official\s+)?reasons?\s+(?:for\s+|why\s+|that\s+|behind\s+)?/,
		'why',
	],
	[/^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might)\b/, 'yesno'],
	[/^(?:what|which)\b/, 'what'],
	[/^how\b/, 'how'],
];

/** Question words typed without their apostrophe in chat ("whos", "wheres"): who is, where is. */
const CHAT_CONTRACTION = /\b(who|what|where|when|how|why)'?s\b/gi;

/**
 * Words chat shortens, as written out: "what yr", "how many ppl", "where r they", "b4 the crash".
 * Only shortenings that are no English word, written in lower case and standing alone ("r", not
 * "R. Kelly" nor "the U.S.").
 */
const CHAT_WORDS = new Map([
	['yr', 'year'],
	['yrs', 'years'],
	['ppl', 'people'],
	['r', 'are'],
	['u', 'you'],
	['ur', 'your'],
	['thru', 'through'],
	['w', 'with'],
	['w/', 'with'],
	['b4', 'before'],
	['cuz', 'because'],
	['coz', 'because'],
	['bc', 'because'],
	['b/c', 'because'],
	['bcuz', 'because'],
	['w/o', 'without'],
	['tmrw', 'tomorrow'],
	['tmr', 'tomorrow'],
	['tonite', 'tonight'],
	['yday', 'yesterday'],
	['prolly', 'probably'],
	['smth', 'something'],
	['approx', 'approximately'],
	['wknd', 'weekend'],
	['doin', 'doing'],
	['goin', 'going'],
	['nothin', 'nothing'],
	['somethin', 'something'],
	['tho', 'though'],
	['hrs', 'hours'],
	['mins', 'minutes'],
	['wks', 'weeks'],
	['mos', 'months'],
	['govt', 'government'],
	['dept', 'department'],
	['pls', 'please'],
	['plz', 'please'],
	['abt', 'about'],
	['bday', 'birthday'],
	['fam', 'family'],
	['convo', 'conversation'],
	['mgr', 'manager'],
]);
/** Words chat opens a question with before its question word ("so", "ok", "lol"), as a regular expression's source. */
const CHAT_OPENING = '((?:(?:so|ok|okay|hey|and|but|lol|um|uh)\\b[\\s,]*)*)';
/**
 * A question word chat spells short, where the question opens ("wat did she study", "Whn did
 * the pool open", "wats her name"), after any opener: not "who designed wat arun", a temple.
 */
const CHAT_QUESTION_WORD = new RegExp(`^${CHAT_OPENING}(wat|wut|wht|whn)(?=['\u2019]?s?\\b)`, 'i');
const CHAT_QUESTION_WORDS: Record<string, string> = { wat: 'what', wut: 'what', wht: 'what', whn: 'when' };
/**
 * "Hows" before a word of degree, where the question opens ("hows long has he been married", "hows
 * many", "hows old he is"): "how", since "how's long" says nothing; not "hows the dog doing",
 * nor, where WordNet knows the two words as one ("long island", "fast food", "high school") or they
 * are hyphenated ("long-term care"), that.
 */
const HOWS_DEGREE = new RegExp(
	`^${CHAT_OPENING}hows(?=\\s+(long|many|much|old|far|soon|big|fast|often|tall|high|deep|bad)\\b(?!-)(?:\\s+([\\p{L}'-]+))?)`,
	'iu',
);
/** A month's name or abbreviation; "may" and "march", verbs too, only after a preposition. */
const MONTH_TYPED = String.raw`(?:(?<=\b(?:on|by|since|until|till|before|after|from|of|in|to|through)\s+)|(?!(?:may|march|mar)\b))(?:${MONTH_NAMES}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`;
/**
 * A day of the month typed as an ordinal ("june 5th", "Nov. 3rd", "june the 3rd", "the 3rd of
 * june"): the day, as news writes it ("June 5", "November 3"); not "may 3rd parties bid".
 */
const DAY_ORDINAL = new RegExp(
	String.raw`\b(${MONTH_TYPED})\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s*-)|\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+of\s+(${MONTH_TYPED})\b`,
	'giu',
);
/** The month an abbreviation typed for it stands for ("dec": December). */
function monthNamed(typed: string): string {
	const lower = typed.toLowerCase();
	return MONTH_NAMES.split('|').find((m) => m.toLowerCase().startsWith(lower)) ?? typed;
}
/** Around a word chat shortens, what says it stands alone: not inside a word, a URL, "r&d" or a "#tag". */
const ALONE_BEFORE = String.raw`(?<![\p{L}\d'/.&#-])`;
const ALONE_AFTER = String.raw`(?![\p{L}\d'/&-])`;
const CHAT_WORD = new RegExp(
	`${ALONE_BEFORE}(?:${[...CHAT_WORDS.keys()]
		.filter((w) => w.length > 1)
		// (Not the era: "built in 300 bc"; but "at 3 bc of the storm".)
		.map((w) => (w === 'bc' ? String.raw`(?:(?<!\d\s{0,2})bc|bc(?=\s+of\b))` : w))
		.join('|')})${ALONE_AFTER}(?!\\.\\p{L})`,
	'gu',
);

/**
 * Contractions typed without their apostrophe ("thats", "Hes", "theyre"), in either case, as
 * written with it; not those that spell a word of their own ("well", "shed", "ill", "lets").
 */
const CONTRACTIONS = new Map(
	[
		"that's",
		"they're",
		"you're",
		"i'm",
		"i've",
		"he's",
		"she's",
		"there's",
		"they've",
		"you've",
		"we've",
		"you'll",
		"they'll",
		"he'd",
		"they'd",
		"you'd",
	].map((w) => [w.replace("'", ''), w]),
);
const CONTRACTED = new RegExp(`${ALONE_BEFORE}(?:${[...CONTRACTIONS.keys()].join('|')})${ALONE_AFTER}`, 'giu');
/** Of those, the ones that are also names ("Im Sung-jae", "Jony Ive"), the more likely so when capitalised. */
const CONTRACTION_NAMES = new Set(['im', 'ive']);
/**
 * A single letter chat writes for a word ("where r they", "did u see", "w alice"): not an initial
 * ("george w. bush", "r. kelly"), not after "the" or "a" ("the r rate"), not in "r&d".
 */
const CHAT_LETTER = /(?<![\p{L}\d'/.&-])(?<!\b(?:the|a)\s)[ruw](?![\p{L}\d'/&.-])/gu;

/**
 * Words that only open a chat turn ("so is kim running", "ok, hey, who won"), before the question
 * itself or a request: not "So far, how many", "Wait times at the ER", "Yo-Yo Ma".
 */
const OPENERS =
	/^(?:(?:so|ok|okay|hey|hi|hello|yo|wait|um+|uh+|hm+|also|btw|and|but|lol|like|quick question)\b[\s,:!.-]*)+(?=(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|if|whether|any\s?one|any\s?body|any\s+(?:idea|clue)s?|(?:got|have)\s+any|tell|according|i|we)\b)/i;

/**
 * A word asking for no more than about an answer, before the question word ("around what time did
 * the fire start", "roughly how many people", "about how long did it burn", "exactly when"): what
 * is asked is the same.
 */
const APPROXIMATELY =
	/^(?:around|about|roughly|approximately|approx\.?|abt|circa|exactly|precisely)\s+(?=(?:what|which|when|how|where|who)\b)/i;

/**
 * A request to be told, in the present ("do you know", "do they know", "can someone tell me", "i
 * wonder"), not a question about the story ("did anyone know who she was").
 */
const REQUEST =
	/^(?:(?:got\s+|have\s+)?any\s+(?:idea|clue)s?|(?:do|does)\s+(?:you|u|they|any\s?one|any\s?body|some\s?one|some\s?body)\s+know|(?:any\s?one|any\s?body|you)\s+know|(?:can|could|would)\s+(?:you|u|any\s?one|any\s?body|some\s?one|some\s?body)\s+(?:please\s+)?(?:tell|remind)\s+(?:me|us)|(?:please\s+)?(?:tell|remind)\s+(?:me|us)|(?:i|we)\s+(?:wonder|was\s+wondering|want\s+to\s+know|wanna\s+know)|(?:i'm|i\s+am)\s+(?:curious|wondering))[\s,:-]+/i;

/**
 * Chat's "like" before a question word, opening the question or a sentence of it: "why did the
 * bleachers fall? like what caused it" asks what caused it; not "what did kim like about her".
 */
const LIKE_BEFORE_QUESTION = /(^|[?!.,;:]\s*)like\s*,?\s+(?=(?:who|whom|whose|what|which|when|where|why|how)\b)/gi;
/**
 * Chat's "like" before a number is "about": "why does she only take like 5 kids", "like 15
 * minutes", "like a couple of hours"; not the verb, after a pronoun or an auxiliary and its subject
 * ("would she like 2 tickets", "i like 3 of them", "did kim like 2 songs").
 */
const LIKE_BEFORE_NUMBER = new RegExp(
	String.raw`(?<!\b(?:would|do|does|did|didn't|don't|doesn't|didnt|dont|doesnt)\s+(?:(?!(?:only|just|literally|even|actually|really|ever|still|also|so)\s)\S+\s+)?|\b(?:i|you|u|we|they|he|she|who|really|id)\s+|['’]d\s+)\blike\s+(?=(?:a\s+)?(?:few|couple|dozen|hundred|thousand)\b|(?:\d[\d,.]*|${NUMBER_WORDS.join('|')})\b(?!\s+of\b))`,
	'gi',
);

/**
 * "End up" before what it came to: it says only that it came to that ("how many ppl ended up in
 * the hospital", "who ended up winning", "how many ended up injured"), and was a rare word the
 * passages never use. Not at the question's end ("how did it end up"), before "with" ("what did
 * they end up with"), nor "the dead end up the hill"; "wound up" is left alone ("why was the
 * crowd so wound up", "who wound up the clock").
 */
const END_UP = /(?<!\bdead\s+)\b(?:end|ends|ended|ending)\s+up\s+(?!with\b)(?=[\p{L}\d])/giu;

/** Words about the texts that open a question ("according to the articles, how old is she"). */
const LEADING_TEXTS = new RegExp(`^${ABOUT_THE_TEXTS.source}[\\s,:]+`, 'i');

/**
 * A request to be told after the question, after a comma: "why did it crash, do they know", "who
 * won, anyone?"; not "did the police arrest anyone".
 */
const TRAILING_REQUEST =
	/\s*[,;:-]\s*(?:(?:do|does)\s+(?:you|u|they|any\s?one|any\s?body)\s+know|(?:any\s?one|any\s?body)(?:\s+know)?|any\s+idea)\W*$/i;

/** A question word a request to be told goes on with, for it to be dropped. */
const AFTER_REQUEST = /^(?:who|whom|whose|what|which|when|where|why|how|if|whether)\b/i;

/**
 * The question as asked: its punctuation folded, chat's "whos" as "who is", and what chat puts
 * before it dropped: a turn's openers, and a request to be told when a question word follows it
 * ("do you know who won": who won; not "do you know her name"). `embedded` when the request asked
 * with "if" or "whether", dropped too ("does anyone know if she was freed"): a yes or no.
 */
export function questionText(
	question: string,
	lexicon?: Lexicon,
	index?: StoryIndex,
): { text: string; embedded: boolean } {
	const typed = foldPunctuation(question)
		.trim()
		.replace(CHAT_QUESTION_WORD, (_, opener: string, w: string) => opener + CHAT_QUESTION_WORDS[w.toLowerCase()])
		.replace(HOWS_DEGREE, (hows: string, opener: string, degree: string, next?: string) =>
			next && lexicon?.isCompound([degree.toLowerCase(), next.toLowerCase()]) ? hows : `${opener}how`,
		)
		.replace(CHAT_WORD, (w) => CHAT_WORDS.get(w) ?? w)
		.replace(CONTRACTED, (w) => {
			const lower = w.toLowerCase();
			// Not a spelling the corpus uses, as a name or a word ("Hed Mayner", "IVE", "HES figures");
			// without the corpus to ask, a capital says "Im" or "Ive" may be a name.
			const used = index
				? index.entities.byWord.has(lower) || index.documentFrequency.has(analyzeWord(lower) ?? '')
				: CONTRACTION_NAMES.has(lower) && w !== lower;
			return used ? w : (CONTRACTIONS.get(lower) ?? w);
		})
		.replace(CHAT_LETTER, (w) => CHAT_WORDS.get(w) ?? w)
		.replace(
			DAY_ORDINAL,
			(_, month?: string, day?: string, dayBefore?: string, monthAfter?: string) =>
				`${monthNamed(month ?? monthAfter ?? '')} ${day ?? dayBefore}`,
		)
		.replace(LIKE_BEFORE_QUESTION, '$1')
		.replace(LIKE_BEFORE_NUMBER, 'about ')
		.replace(END_UP, '');
	const addressed = typed.replace(ROAD_ABBREVIATED, (w, at: number, all: string) => roadWord(w, all, at, index));
	const text = (
		lexicon
			? addressed.replace(/(?<![\p{L}\d'-])[a-z]+(?![\p{L}\d'-])/gu, (w) => swappedWord(w, lexicon, index))
			: addressed
	).replace(CHAT_CONTRACTION, '$1 is');
	const trailing = TRAILING_REQUEST.exec(text);
	// (Not the whole question: "does anyone know".)
	const untrailed = trailing && /\S\s+\S/.test(text.slice(0, trailing.index)) ? text.slice(0, trailing.index) : text;
	const unopened = untrailed.slice(OPENERS.exec(untrailed)?.[0].length ?? 0);
	const opened = unopened.slice(APPROXIMATELY.exec(unopened)?.[0].length ?? 0);
	// "According to the articles, how old is she": the question follows.
	const texts = LEADING_TEXTS.exec(opened);
	const rest = texts ? opened.slice(texts[0].length) : opened;
	const request = REQUEST.exec(rest);
	const asked = request ? rest.slice(request[0].length) : '';
	if (!request || !AFTER_REQUEST.test(asked)) return { text: rest, embedded: false };
	const embedded = /^(?:if|whether)\s+/i.exec(asked);
	return embedded ? { text: asked.slice(embedded[0].length), embedded: true } : { text: asked, embedded: false };
}

/**
 * A possessive typed without its apostrophe, as a possessive; a word typed with two neighbouring
 * letters swapped, the commonest typo, as the word meant: a word WordNet does not know that one
 * swap makes into a common function word ("teh", "waht year", "thier"), or, given the corpus and
 * where the corpus does not use it either, a long word into a word WordNet knows ("wieght":
 * weight); an -ing form typed without its g ("blowin"). Written in lower case only (a name is
 * capitalised); not when two swaps make two words ("hwo": who or how).
 */
function swappedWord(word: string, lexicon: Lexicon, index?: StoryIndex): string {
	if (STOP_WORDS.has(word) || QUESTION_WORDS.has(word) || FUNCTION_WORDS.has(word)) return word;
	// A possessive typed without its apostrophe: "mens race", "kims lawyer" (a name the corpus
	// knows, where it never writes "kims").
	const owner = word.endsWith('s') ? word.slice(0, -1) : '';
	if (IRREGULAR_PLURALS.has(owner)) return `${owner}'s`;
	if (index && owner.length >= 2 && index.properNames.has(owner) && index.entities.byWord.has(owner)) {
		if (index.vocabulary.find(word) === undefined && lexicon.senseCount(word) === 0) return `${owner}'s`;
	}
	if (index?.vocabulary.find(word) !== undefined || lexicon.senseCount(word) > 0) return word;
	// An -ing form typed without its g, as said: "blowin", "showin", "somethin"; a word English uses
	// (among the word vectors' 100,000), not a first name ("darin": daring), a typo of a word the
	// story writes ("mountin": mountain), or a word and a particle it writes hyphenated ("checkin").
	if (word.length >= 4 && word.endsWith('in') && index && genderOfFirstName(word) === null) {
		const full = `${word}g`;
		if (
			(lexicon.isVerbIng(full) || lexicon.senseCount(full) > 0 || STOP_WORDS.has(full)) &&
			lexicon.vectorRow(full) >= 0 &&
			!writesWithOneMore(word, full, index) &&
			joinedToParticle(word, analyzeWord(word) ?? word, index, lexicon) === null
		)
			return full;
	}
	if (word.length >= 3 && word.length <= 5) {
		const functionWord = oneSwapTo(word, (w) => SWAPPED_OFTEN.has(w));
		if (functionWord) return functionWord;
	}
	// A letter dropped, added or mistyped in a common long function word ("befor", "becuse";
	// "shoudl" is a swap): the one such word it is one edit from, not when it is one from several
	// ("ther"), nor a first name ("shane" is no "shant", "alain" no "again").
	if (word.length >= 4 && genderOfFirstName(word) === null) {
		const near = LONG_FUNCTION_WORDS.filter((w) => withinOneEdit(word, w));
		if (near.length === 1) return near[0] as string;
	}
	// Given the corpus, a word it does not use either ("wieght": weight, where it says "weighed");
	// a long one: a short one is as likely a name ("greta", "elon").
	if (!index || word.length < 6) return word;
	const term = analyzeWord(word);
	if (term === null || index.documentFrequency.has(term)) return word;
	return oneSwapTo(word, (w) => lexicon.senseCount(w) > 0) ?? word;
}

/**
 * Does the story write a word, not a name, that is `word` with one more letter (other than `full`):
 * "mountain" for "mountin"?
 */
function writesWithOneMore(word: string, full: string, index: StoryIndex): boolean {
	return index.vocabulary.strings.some(
		(written) =>
			written.length === word.length + 1 &&
			written !== full &&
			!index.properNames.has(written) &&
			withinOneEdit(word, written),
	);
}

/**
 * The long function words a typo of four letters or more is read as: common ones a question is
 * built with, not those a name is one letter from ("shant": Shane, "really": Reilly, "being": Bing).
 */
const LONG_FUNCTION_WORDS = [
	'about',
	'after',
	'against',
	'because',
	'before',
	'between',
	'could',
	'during',
	'should',
	'their',
	'there',
	'these',
	'those',
	'through',
	'until',
	'where',
	'which',
	'while',
	'would',
];

/**
 * The kinds of road an address abbreviates (the US Postal Service's street suffixes), typed so in
 * chat, and "rt" for a route, as road signs and chat write it ("rt 14").
 */
const ROAD_ABBREVIATIONS = new Map([
	['st', 'street'],
	['ave', 'avenue'],
	['rd', 'road'],
	['hwy', 'highway'],
	['blvd', 'boulevard'],
	['pkwy', 'parkway'],
	['rte', 'route'],
	['rt', 'route'],
]);
/** Those that abbreviate nothing else ("st" is also a saint, "ave" an average, "rt" right). */
const ONLY_ROADS = new Set(['hwy', 'blvd', 'pkwy']);
const ROAD_ABBREVIATED = new RegExp(
	`(?<![\\p{L}\\d'-])(?:${[...ROAD_ABBREVIATIONS.keys()].join('|')})(?![\\p{L}\\d'-])`,
	'gu',
);

/**
 * A road's kind abbreviated as in an address ("hwy 47", "tillman ave", "rte 9") as the word, where
 * the corpus does not write the abbreviation: "hwy" always (it is no typo of "why"); one that
 * abbreviates other words too only after a name the corpus writes or before a number, and where
 * the corpus writes the word ("st louis" and "the ave price" stay).
 */
function roadWord(word: string, text: string, at: number, index?: StoryIndex): string {
	const full = ROAD_ABBREVIATIONS.get(word);
	if (full === undefined || index?.vocabulary.find(word) !== undefined) return word;
	if (ONLY_ROADS.has(word)) return full;
	if (!index?.documentFrequency.has(analyzeWord(full) ?? '')) return word;
	const before = /([\p{L}'-]+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
	// ("rt" only before a number: "did musk rt it" is a retweet.)
	const named = word !== 'rt' && before !== undefined && index.properNames.has(before);
	return named || /^\s+\d/.test(text.slice(at + word.length)) ? full : word;
}

/** Plurals that take "'s" ("men's", "children's"): typed "mens", a possessive ("peoples" is a word). */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'children']);

/**
 * The function words a swap of two letters is read as ("teh", "waht", "thier"): common ones only,
 * that no short name becomes ("amy" is no "may", "rae" no "are", "aws" no "was").
 */
const SWAPPED_OFTEN = new Set([
	'the',
	'and',
	'that',
	'this',
	'with',
	'what',
	'when',
	'where',
	'which',
	'who',
	'how',
	'why',
	'their',
	'there',
	'they',
	'from',
	'then',
	'than',
	'about',
]);

/** Function words WordNet does not list, no typos: "amid" is no "maid", "lest" no "lets". */
const FUNCTION_WORDS = new Set(['amid', 'amidst', 'atop', 'lest', 'unto', 'upon', 'amongst', 'whilst', 'alot']);

/** The one word `isWord` takes that swapping two neighbouring letters of `word` makes; undefined if none or several. */
function oneSwapTo(word: string, isWord: (word: string) => boolean): string | undefined {
	let meant: string | undefined;
	for (let i = 0; i + 1 < word.length; i++) {
		const swapped = `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
		if (swapped === word || !isWord(swapped)) continue;
		if (meant !== undefined && meant !== swapped) return undefined;
		meant = swapped;
	}
	return meant;
}

const QUESTION_WORDS = new Set(['who', 'what', 'when', 'where', 'why', 'how', 'which', 'whose']);

/**
 * What a question's opening words ask: the answer type, the words that only say so (`opener`),
 * whether an amount of money, and whether the adjective after "how" is what is measured and left
 * out of the opener to be searched for ("how *deep*": QueryConcept.degree).
 */
interface Asked {
	type: QuestionType;
	opener: string;
	money: boolean;
	degree?: true;
}

/**
 * The answer type a question asks for, from its opening words (and, given a lexicon, the noun after
 * "what"), and whether it asks for an amount of money.
 */
export function classifyQuestion(question: string, lexicon?: Lexicon, index?: StoryIndex): Asked {
	return classifyAsked(questionText(question, lexicon, index), lexicon);
}

/** The answer type of a question as asked (questionText). */
function classifyAsked(asked: { text: string; embedded: boolean }, lexicon?: Lexicon): Asked {
	const folded = foldCase(asked.text);
	if (asked.embedded) return { type: 'yesno', opener: '', money: false };
	for (const [pattern, type] of QUESTION_PATTERNS) {
		const match = pattern.exec(folded);
		if (!match) continue;
		const rest = folded.slice(match[0].length);
		if (type === 'what' && lexicon) {
			// "Which council member", "what company": the answer is someone, as for "who". Not "what
			// did police say": the noun must follow "what" directly, or after one modifier.
			const [first = '', second = ''] = rest.trim().split(/\s+/);
			const nouns = STOP_WORDS.has(first) ? [] : [first, second].filter((w) => w && !STOP_WORDS.has(w));
			if (nouns.some((w) => lexicon.nounKinds(w).size > 0)) return { type: 'who', opener: match[0], money: false };
			// "What is the salary", "what's the cash award", "what was the fine": an amount, as "how much".
			const copula = COPULA.exec(rest);
			if (copula && asksForMoney(rest.slice(copula[0].length), lexicon)) {
				return { type: 'count', opener: match[0], money: true };
			}
			// "What is the collection worth", "what's the haul worth": its value, an amount of money.
			if (copula && WORTH.test(rest)) return { type: 'count', opener: match[0], money: true };
		}
		// "How much money", "how much prize money", "how much is the fine".
		const much = type === 'count' && lexicon && /^how\s+much\s+/.exec(folded);
		const money =
			(type === 'count' && CURRENCY_ASKED.test(folded)) ||
			Boolean(much && (asksForMoney(afterCopula(folded.slice(much[0].length)), lexicon) || PRICE_VERB.test(folded)));
		// "How deep", "how cold", "how big": the adjective is searched for as what is measured (*13 feet
		// deep*, *the coldest night*), with the noun WordNet gives as its attribute (depth, temperature,
		// size; QueryConcept.degree). Not "far", mainly an adverb, that says "so far" and "far from"
		// as often.
		const degree = type === 'count' ? /^(how\s+)(?!many\b|much\b)([a-z]+)\s*$/.exec(match[0]) : null;
		if (degree && lexicon?.mainPartOfSpeech(degree[2] as string) === 'adj')
			return { type, opener: degree[1] as string, money, degree: true };
		return { type, opener: match[0], money };
	}
	return { type: 'other', opener: '', money: false };
}

/** "How much $", "how many $$", "how much in €": a currency's sign for the amount asked (not "how many $100 bills", "$gme"). */
const CURRENCY_ASKED = /^how\s+(?:much|many)\s+(?:in\s+)?[$€£¥₹](?![\d\p{L}])/u;
/**
 * A "how much" question whose verb is one of paying or pricing, with nothing between "how much"
 * and its auxiliary or subject pronoun: "how much does she charge to shoe a horse", "how much would
 * one of his mandolins cost me", "how much did the fair pay", "how much were the workers paid",
 * "how much it cost". Not "how much weight can the crane lift", "how much blood did they donate",
 * "how much longer did they spend" (a thing after "how much" is what is measured); "raise" only
 * with no object ("how much did they raise for the hospital", not "how much did the city raise the
 * drawbridge"); not "make" ("how much progress did they make").
 */
const PRICE_VERB =
	/^how\s+much\s+(?:do|does|did|is|was|are|were|will|would|can|could|should|shall|must|may|might|has|have|had|it|they|he|she|we|you|u)\s+(?:[\p{L}'-]+\s+){0,5}?(?:cost|costs|costed|charge|charges|charged|pay|pays|paid|spend|spends|spent|earn|earns|earned|sell|sells|sold|owe|owes|owed|donate|donated|fetch|fetched|bill|billed|(?:raise|raised)(?=\s*$|\s+(?:for|in|at|from|so\s+far|overall|in\s+total|altogether)\b))\b/u;

/**
 * The words before "long" in "take so long", "took this long", "waited that long", "lasted so
 * long" (the verb "last" right before "so": not the adjective, "the last bridge so long").
 */
const TAKING_LONG =
	/\b(?:(?:take|takes|took|taking|taken|wait|waits|waited|waiting)\b(?:\s+\S+)?|last|lasts|lasted|lasting)\s+(?:so|too|this|that)$/;

/**
 * Whether "long" at `i` is "take so long", "waited this long": after such words (TAKING_LONG), and
 * not before a noun it describes ("take that long way around"); a time word after it, or a word
 * after a comma, is none ("take so long yesterday", "take so long, chief").
 */
function takesLong(tokens: Token[], i: number, body: string, lexicon?: Lexicon): boolean {
	const before = tokens
		.slice(Math.max(0, i - 4), i)
		.map((t) => t.surface.toLowerCase())
		.join(' ');
	if (!TAKING_LONG.test(before)) return false;
	const after = tokens[i + 1];
	const described =
		after?.term != null &&
		!TIME_WORDS.test(after.surface) &&
		/^\s+$/.test(body.slice((tokens[i] as Token).end, after.start)) &&
		lexicon?.isMainlyNoun(after.surface) === true;
	return !described;
}

/** Words for a day or a time that may follow "so long" ("why did it take so long yesterday"). */
const TIME_WORDS = /^(?:today|tonight|yesterday|tomorrow|now|lately|recently)$/i;

/** A "what is" question ending with what its subject is worth. */
const WORTH = /\sworth\W*$/;

/** "is the", "was a", "are their"...: what opens the thing a "what is" or "how much is" question asks for. */
const COPULA = /^\s*(?:is|was|are|were)\s+(?:the|a|an|her|his|their|its)\s+/;

/** `text` after its opening copula, if it has one. */
const afterCopula = (text: string) => text.slice(COPULA.exec(text)?.[0].length ?? 0);

/**
 * Whether the noun phrase `words` open with (up to a stop word, three words at most) names money,
 * a payment or a cost in WordNet ("salary", "cash award", "prize money"; not "gift", "prize" or
 * "role of money"), and the question asks for it rather than what it is for ("what is the money for").
 */
function asksForMoney(words: string, lexicon: Lexicon): boolean {
	if (/\b(?:for|about)\W*$/.test(words)) return false;
	const phrase: string[] = [];
	for (const word of words.trim().split(/\s+/)) {
		const w = word.replace(/\W+$/, '');
		if (!w || STOP_WORDS.has(w) || phrase.length === 3) break;
		phrase.push(w);
		if (w !== word) break;
	}
	return phrase.some((w) => lexicon.isMoney(w));
}

/** Whether the word at `i` is "to" before a verb: a word that is no determiner, pronoun or name. */
function beforeVerb(tokens: Token[], i: number, index: StoryIndex): boolean {
	const next = tokens[i + 1];
	if (tokens[i]?.surface.toLowerCase() !== 'to' || !next) return false;
	return (
		!NOT_VERBS.has(next.surface.toLowerCase()) && !/^\p{Lu}/u.test(next.surface) && !entityAt(tokens, i + 1, index)
	);
}

/** Words that, with "to" and a verb, say what will or should happen. */
const SEMI_MODALS = new Set(['going', 'supposed', 'meant']);
/** "Take" as "how long does it take" uses it. */
const TAKE = new Set(['take', 'takes', 'took', 'taken', 'taking']);

/** Words that open a noun phrase rather than a verb after "to". */
const NOT_VERBS = new Set([
	'the',
	'a',
	'an',
	'this',
	'that',
	'these',
	'those',
	'my',
	'your',
	'his',
	'her',
	'its',
	'our',
	'their',
	'me',
	'you',
	'him',
	'us',
	'them',
	'it',
]);

/**
 * The words of the verb WordNet knows in two or three words starting at word `i` (`base` standing
 * for it: "gave way" is give_way, "talk out of" talk_out_of), the longest; none for a word alone.
 * Only words that follow one another with nothing but spaces between them, in lower case, none a
 * name ("did the band make Love famous"); and not two words a particle follows ("make it up" is
 * made up, not make_it).
 */
function verbPhraseAt(
	tokens: Token[],
	i: number,
	base: string,
	text: string,
	index: StoryIndex,
	lexicon: Lexicon,
): string[] | undefined {
	for (const length of [3, 2]) {
		const words = tokens.slice(i + 1, i + length);
		if (words.length !== length - 1) continue;
		const joined = words.every((t, k) => {
			const before = tokens[i + k] as Token;
			return (
				/^\p{Ll}+$/u.test(t.surface) &&
				/^\s+$/u.test(text.slice(before.end, t.start)) &&
				!entityAt(tokens, i + 1 + k, index)
			);
		});
		if (!joined) continue;
		if (length === 2 && PARTICLES.has(tokens[i + 2]?.surface.toLowerCase() ?? '')) continue;
		const next = words.map((t) => t.surface);
		if (lexicon.isVerbPhrase([base, ...next])) return [base, ...next];
	}
	return undefined;
}

/** The end of the adverbial phrase WordNet knows starting at word `i` ("in the first place"), if any. */
function adverbPhraseAt(tokens: Token[], i: number, lexicon: Lexicon): number | undefined {
	for (let end = Math.min(tokens.length, i + MAX_FORM_WORDS); end > i + 1; end--) {
		if (lexicon.isAdverbPhrase(tokens.slice(i, end).map((t) => t.surface))) return end;
	}
	return undefined;
}

/** Longest run of words, from the start, that can spell an entity's full form ("white house"). */
const MAX_FORM_WORDS = 4;

const foldName = (token: Token) => foldWord(token.surface);

/**
 * The entity the question's word at `i` names, if any: the word starts a full form of the entity
 * ("White House", "oval office"), or it is one of its name words and either the corpus writes it
 * as a proper name (kim, johnson, trump) or the question capitalises it. A common word that is
 * also part of a name ("nurses" of "Nurses Association") is only that word.
 */
function entityAt(
	tokens: Token[],
	i: number,
	index: StoryIndex,
	questionStart = true,
): { entity: Entity; end: number } | undefined {
	for (let end = Math.min(tokens.length, i + MAX_FORM_WORDS); end > i + 1; end--) {
		const entity = index.entities.byForm.get(tokens.slice(i, end).map(foldName).join(' '));
		if (entity) return { entity, end };
	}
	const token = tokens[i] as Token;
	const folded = foldName(token);
	if (!index.entities.byWord.has(folded)) return undefined;
	// Capitals count except on the question's first word (which the opener, when there is one, is).
	const capitalised = (i > 0 || !questionStart) && /^\p{Lu}/u.test(token.surface);
	if (!index.properNames.has(folded) && !capitalised) return undefined;
	const entity = resolveNameSpan({ name: folded, words: [folded] }, index.entities);
	return entity && { entity, end: i + 1 };
}

/**
 * The spellings an adjective's superlative may take by the rules of English: small, smallest;
 * large, largest; tiny, tiniest; shy, shyest or shiest; big, biggest (and the non-word bigest:
 * which is a word, the corpus says, since a form it never uses matches nothing). Irregular ones
 * (good, best; far, farthest) are not made.
 */
export function superlativesOf(adjective: string): string[] {
	if (adjective.length < 3) return [];
	if (adjective.endsWith('e')) return [`${adjective}st`];
	if (/[^aeiou]y$/.test(adjective)) {
		const iest = `${adjective.slice(0, -1)}iest`;
		// (A word of one syllable may keep its y: shyest, slyest.)
		return /^[^aeiouy]+y$/.test(adjective) ? [iest, `${adjective}est`] : [iest];
	}
	const forms = [`${adjective}est`];
	if (/[^aeiou][aeiou][bdgmnpt]$/.test(adjective)) forms.push(`${adjective}${adjective.at(-1)}est`);
	return forms;
}

/** Is the word an adjective's superlative ("tiniest", "biggest"; not "forest" nor "interest")? */
function isSuperlative(word: string, lexicon: Lexicon): boolean {
	const folded = word.toLowerCase();
	if (!folded.endsWith('est') || lexicon.mainPartOfSpeech(folded) !== 'adj') return false;
	return lexicon.lemmas(folded).some((lemma) => lemma !== folded && superlativesOf(lemma).includes(folded));
}

/** Weight of a name's common word ("office" of "Oval Office") standing for the whole name. */
const COMMON_NAME_WORD = 0.5;

/**
 * The concept of a person or organisation the question names by `word` (`asked`, folded, is the
 * name word it was written with, or none): the terms of their name words.
 */
export function entityConcept(
	entity: Entity,
	word: string,
	asked: string | undefined,
	index: StoryIndex,
	subordinate: boolean,
): QueryConcept {
	const concept: QueryConcept = {
		word,
		terms: new Map(),
		retrieve: [],
		forms: new Set(entity.words),
		entity,
		prior: 1,
		subordinate,
		noun: true,
	};
	for (const name of entity.words) {
		const term = analyzeWord(name);
		if (term === null) continue;
		// A name word shared with another entity (a family name) is weaker evidence, unless it is the
		// one asked, and a common word of a name ("office" of "Oval Office") weaker still.
		const shared = (index.entities.byWord.get(name)?.length ?? 0) > 1;
		const weight = !index.properNames.has(name) ? COMMON_NAME_WORD : shared && name !== asked ? 0.6 : 1;
		concept.terms.set(term, Math.max(weight, concept.terms.get(term) ?? 0));
		concept.retrieve.push(term);
	}
	return concept;
}

/** Words that open a subordinate clause or phrase ("before she went", "during the interview"). */
const SUBORDINATORS = new Set([
	'before',
	'after',
	'when',
	'while',
	'since',
	'until',
	'because',
	'during',
	'once',
	'whenever',
	'although',
	'though',
]);

/** Related words at least this close (a synonym, another form of the word) are searched for. */
const RETRIEVE_RELATED = 0.5;

/** A common word heading at most this many names stands for them ("the hospital")... */
const MAX_HEADED_NAMES = 3;
/** ...with this weight for their other name words. */
const HEADED_NAME = 0.6;

/**
 * Words that only say a question is about some time to come ("is walter gonna retire anytime
 * soon", "will she run for office someday", "in the near future"): not searched for.
 */
const SOME_TIME_TO_COME =
	/\b(?:any\s*time\s+soon|any\s+day\s+now|in\s+the\s+(?:near|foreseeable|distant)\s+future|some\s*day|one\s+of\s+these\s+days|down\s+the\s+road|eventually)\b/iu;
const EVERY_TIME_TO_COME = new RegExp(SOME_TIME_TO_COME.source, 'giu');
/**
 * A question about what will happen ("going to" and "gonna" before a verb are read with its words):
 * "when is the museum opening again", "when can visitors see the cubs", "when does the pool open
 * back up" and "when do they start building" (the present of what is scheduled, for a change to
 * come: not "when does the market open", a habit, nor "when does the article say it collapsed")
 * and "her next tournament" ask what is still to come, as "when did" or "when was" ask what has
 * been ("next to" is a place, "what did she do next" a past).
 */
const FUTURE =
	/\b(?:will|won't|wont|plans? to|planning to|intends? to|next\s+(?!to\b)[a-z])|^when\s+(?:is|are|can)\b|^when\s+(?:does|do)\b(?=.*\b(?:again|back|start|begin|reopen|resume|return|restart|finish|end)\b)(?!.*\b(?:say|says|think|believe|know|suspect|estimate|report|claim|mention|usually|normally|always|every)\b)/i;

/**
 * The two words, and their terms, a closed compound the corpus does not use is made of: two
 * nouns the corpus uses, either of which may be a verb used as a noun too (compoundParts:
 * "icebreaker": ice, breaker; "homeowners": home, owners; "tugboat": tug, boat; not "grand
 * children", "pack age"), each of at least three letters and no stop word; a word ending in a
 * noun's suffix only into words used as nouns ("work station", not "gene ration"); not a word
 * WordNet knows as no noun ("briefly"); of several splits, the one whose rarer part is commonest.
 */
function splitCompound(
	word: string,
	index: StoryIndex,
	lexicon: Lexicon,
): { word: string; term: string }[] | undefined {
	if (word.length < 7 || !/^\p{Ll}+$/u.test(word)) return undefined;
	const suffixed = ENDS_IN_SUFFIX.test(word);
	// A word WordNet knows must be a noun ("briefly" is no brie fly, "seeking" no see king).
	const whole = lexicon.mainPartOfSpeech(word);
	if (whole !== undefined && whole !== 'noun') return undefined;
	let best: { word: string; term: string }[] | undefined;
	let bestDf = 0;
	for (let at = 3; at <= word.length - 3; at++) {
		const words = [word.slice(0, at), word.slice(at)];
		const terms = words.map(analyzeWord);
		if (terms.some((t) => t === null)) continue;
		if (!compoundParts(words[0] as string, words[1] as string, lexicon)) continue;
		// A word ending in a noun's suffix splits only into words used as nouns: "work station",
		// not "gene ration" or "lieu tenant".
		if (suffixed && !words.every((w) => lexicon.nounUses(w) > 0)) continue;
		const df = Math.min(...terms.map((t) => index.documentFrequency.get(t as string) ?? 0));
		if (df > bestDf) {
			best = words.map((w, k) => ({ word: w, term: terms[k] as string }));
			bestDf = df;
		}
	}
	return best;
}

/**
 * Whether two words make a closed compound noun: each mainly a noun, or one mainly a verb that
 * WordNet's tagged texts use as a noun too, beside another they use as one ("tug boat", "fire
 * fighter", "pay roll"; not "dis ease" or "grandpa rents", whose other part they never use); not
 * with a noun's suffix that is a word too ("pack age", "quest ions", "kind ness").
 */
function compoundParts(first: string, second: string, lexicon: Lexicon): boolean {
	if (SUFFIX_WORDS.has(second) || SUFFIX_WORDS.has(second.replace(/s$/, ''))) return false;
	// (isMainlyNoun is mainPartOfSpeech's noun: one lookup says noun, verb or neither.)
	const kinds = [lexicon.mainPartOfSpeech(first), lexicon.mainPartOfSpeech(second)];
	if (!kinds.every((kind) => kind === 'noun' || kind === 'verb')) return false;
	return kinds.every((kind) => kind === 'noun') || (lexicon.nounUses(first) > 0 && lexicon.nounUses(second) > 0);
}

/** Suffixes that make nouns and are words too: "package" is no pack age, "questions" no quest ions. */
const SUFFIX_WORDS = new Set(['age', 'ion', 'ness', 'ant']);
/** A word ending in one of those, or in a longer suffix ending so ("generation", "lieutenant"). */
const ENDS_IN_SUFFIX = new RegExp(`(?:${[...SUFFIX_WORDS].join('|')})s?$`);

/** What one word of a compound noun counts for alone ("cup" of "world cup"). */
const COMPOUND_PART = 0.4;

/**
 * A compound noun as one concept: each of its words counts for COMPOUND_PART, and the compound as
 * the corpus writes it in one word (`closed`: "councilmember" for "council member") in full.
 */
function compoundConcept(
	word: string,
	parts: readonly { word: string; term: string }[],
	subordinate: boolean,
	closed?: string,
): QueryConcept {
	const terms = parts.map((part) => part.term);
	const weights = new Map(terms.map((term) => [term, COMPOUND_PART]));
	if (closed) weights.set(closed, 1);
	return {
		word,
		terms: weights,
		retrieve: closed ? [...terms, closed] : terms,
		forms: new Set(parts.map((part) => part.word)),
		prior: 1,
		subordinate,
		compound: terms,
		noun: true,
	};
}

const ACTION_AUXILIARIES = new Set([
	'do',
	'does',
	'did',
	'will',
	'would',
	'can',
	'could',
	'should',
	'has',
	'have',
	'had',
]);
const COPULAS = new Set(['is', 'was', 'are', 'were']);
/** A question opening with a copula: its last word is often what the subject is ("was the violin damaged"). */
const COPULA_OPENING = /^(?:is|are|was|were)\s/i;
/** Words after which a word stands in a noun phrase. */
const NOUN_PHRASE_OPENERS = new Set(
	'a an the this that these those his her its their our my your in on at of to for with from by into about after before during'.split(
		' ',
	),
);
/** Verbs after which a word describes the subject ("get hurt", "became famous"). */
const LINKING_VERBS = new Set(['get', 'gets', 'got', 'getting', 'gotten', 'become', 'becomes', 'became']);

/** Forms of "be" a phrase saying what the subject is may follow ("who is in charge of"). */
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am']);
/** Prepositions that may end such a phrase. */
const PHRASE_PREPOSITIONS = new Set(['of', 'for', 'to', 'with', 'in', 'on', 'about', 'at', 'from', 'by']);

/**
 * The words after a form of "be" up to word `i` and the preposition after it ("is in charge of",
 * "was a native of", "are fond of"): what WordNet may define a verb as (lexicon.definedAsBeing).
 * Only stop words between "be" and word `i`, two at most.
 */
function beingPhraseAt(tokens: Token[], i: number): string[] | undefined {
	const after = tokens[i + 1];
	if (after?.term !== null || !PHRASE_PREPOSITIONS.has(after.surface.toLowerCase())) return undefined;
	for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
		const word = tokens[j] as Token;
		if (BE_FORMS.has(word.surface.toLowerCase())) return tokens.slice(j + 1, i + 2).map((t) => t.surface.toLowerCase());
		if (word.term !== null) return undefined;
	}
	return undefined;
}

/** How much a word of a phrase WordNet defines a verb by counts ("charge" of "in charge of"): as a synonym. */
const DEFINED_PHRASE_WORD = RELATION_WEIGHTS.synonym;

/** Particles that can make a phrasal verb with the word before them. */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'in', 'away', 'over', 'back', 'on', 'into', 'through']);

/** Senses above which a word starts to say little by itself (get: 37, make: 51, thing: 12). */
const SPECIFIC_SENSES = 8;
/** How fast a word's prior falls with each doubling of its senses beyond SPECIFIC_SENSES. */
const SENSE_PENALTY = 0.2;
const MIN_PRIOR = 0.35;
/** Prior of the noun right after "what"/"which", which names the kind of answer more than its words. */
const FOCUS_PRIOR = 0.6;

function priorOf(word: string, lexicon?: Lexicon): number {
	const senses = lexicon?.senseCount(word) ?? 0;
	if (senses <= SPECIFIC_SENSES) return 1;
	return Math.max(MIN_PRIOR, 1 - SENSE_PENALTY * Math.log2(senses / SPECIFIC_SENSES));
}

/**
 * How specific a verb WordNet knows in several words is, by its own senses ("gave up" as give_up:
 * the first word's base forms), never less than its first word alone (`prior`); a phrase WordNet
 * does not know so is as vague as that word.
 */
function phrasePriorOf(phrase: string, prior: number, lexicon: Lexicon): number {
	const [first = '', ...rest] = phrase.split(/\s+/);
	const known = lexicon
		.lemmas(first)
		.map((lemma) => [lemma, ...rest].join('_'))
		.filter((verb) => lexicon.senseCount(verb) > 0);
	if (known.length === 0) return prior;
	return Math.max(prior, Math.min(...known.map((verb) => priorOf(verb, lexicon))));
}

/**
 * A word the corpus does not use and WordNet does not know, written as a word and a particle the
 * corpus writes hyphenated ("cookoff", "checkin": cook-off, check-in), is read as that word, the
 * particle being a stop word: the corpus term of its first part, where the corpus writes the two.
 */
function joinedToParticle(word: string, term: string, index: StoryIndex, lexicon?: Lexicon): string | null {
	if (index.documentFrequency.has(term) || !lexicon || lexicon.senseCount(word) > 0) return null;
	for (const particle of PARTICLES) {
		if (!word.endsWith(particle) || word.length - particle.length < 3) continue;
		const first = word.slice(0, -particle.length);
		const head = analyzeWord(first);
		if (head === null || !index.documentFrequency.has(head)) continue;
		// Only where the corpus writes them so ("cook-off"): not a typo ("mountin") or a chat spelling.
		const written = new RegExp(`(?<!\\p{L})${escapeRegExp(first)}[-\\s]${particle}(?!\\p{L})`, 'iu');
		if (writtenIn(index, head, JOINED_LOOKS, written)) return head;
	}
	return null;
}

/** How many of the passages using a word's first part are read for the word written with its particle. */
const JOINED_LOOKS = 20;

/** Ordinals up to the twentieth, as words: AP style writes the first nine so. */
const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth',
	'eleventh',
	'twelfth',
	'thirteenth',
	'fourteenth',
	'fifteenth',
	'sixteenth',
	'seventeenth',
	'eighteenth',
	'nineteenth',
	'twentieth',
];

/**
 * The term of an ordinal or a number up to twenty typed in figures ("who finished 2nd", "the 2
 * boys") as the corpus writes it in words ("finished second", "two boys", as news style spells
 * out numbers under ten), when the corpus never writes the figures: null otherwise. A number only
 * where it counts things (`counting`, countsThings, asked only of a number the corpus never writes).
 */
function numberWord(word: string, term: string, index: StoryIndex, counting: () => boolean): string | null {
	if (index.documentFrequency.has(term)) return null;
	const ordinal = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
	const cardinal = ordinal === null && /^\d{1,2}$/.test(word) && counting() ? word : null;
	const written = ordinal ? ORDINALS[Number(ordinal[1]) - 1] : cardinal ? CARDINALS[Number(cardinal) - 1] : undefined;
	const meant = written === undefined ? null : analyzeWord(written);
	return meant !== null && index.documentFrequency.has(meant) ? meant : null;
}

/**
 * Whether the figure at token `i` counts the things the next word names ("the 2 boys", "2 weeks"):
 * a figure alone (not in "$5", "5%", "5:30", "3-2", "9/11" or "2,500"), before a noun (not "2
 * pm", nor "want 2 do"), not after a word it labels ("route 2", "top 10 list", "covid 19").
 */
function countsThings(tokens: readonly Token[], i: number, text: string, lexicon?: Lexicon): boolean {
	const token = tokens[i] as Token;
	const beside = `${text.charAt(token.start - 1)}${text.charAt(token.end)}`;
	if (/[$%:/.,\d]/.test(beside)) return false;
	// (A hyphen only between figures: "3-2", not "2-car".)
	if (/\d-$/.test(text.slice(0, token.start)) || /^-\d/.test(text.slice(token.end))) return false;
	const next = tokens[i + 1]?.surface.toLowerCase();
	if (next === undefined || NOT_COUNTED.has(next) || !lexicon) return false;
	// A noun, or a plural WordNet reads mostly as a verb ("3 suspects", "2 votes").
	if (!lexicon.isMainlyNoun(next) && !(next.endsWith('s') && lexicon.isNoun(next))) return false;
	const previous = tokens[i - 1]?.surface.toLowerCase();
	return previous === undefined || !NUMBER_LABELS.has(previous);
}

/** Words after a figure that it does not count ("5 pm", "5 percent"). */
const NOT_COUNTED = new Set(['am', 'pm', 'a', 'p', 'percent', 'per', 'cent', 'o']);
/** Words before a figure that it labels ("route 2", "room 12", "category 4 hurricane"). */
const NUMBER_LABELS = new Set([
	'route',
	'rt',
	'rte',
	'highway',
	'hwy',
	'interstate',
	'room',
	'channel',
	'day',
	'number',
	'no',
	'top',
	'covid',
	'grade',
	'level',
	'page',
	'chapter',
	'season',
	'episode',
	'game',
	'round',
	'ward',
	'district',
	'station',
	'engine',
	'ladder',
	'gate',
	'terminal',
	'exit',
	'apartment',
	'unit',
	'suite',
	'bus',
	'flight',
	'lane',
	'section',
	'category',
	'stage',
	'type',
	'phase',
	'class',
]);

/** The numbers news style may spell out, one to twenty (CARDINALS[n - 1] is n's word). */
const CARDINALS = NUMBER_WORDS.slice(0, 20);

/**
 * A word the corpus does not use and WordNet does not know ("walkd") is most likely a typo: the
 * corpus term one edit away, the most widely used if several are; for a word of six letters or
 * more, two edits away with the same first letter if none is one away ("leapords": leopard).
 */
function correctTypo(word: string, term: string, index: StoryIndex, lexicon?: Lexicon): string | null {
	if (index.documentFrequency.has(term) || word.length < 5 || !lexicon || lexicon.senseCount(word) > 0) return null;
	if (/\d/.test(term)) return null;
	const most = word.length >= TWO_TYPOS ? 2 : 1;
	let best: string | null = null;
	let bestEdits = most + 1;
	let bestDf = 0;
	for (const [candidate, df] of index.documentFrequency) {
		if (Math.abs(candidate.length - term.length) > most) continue;
		const edits = withinOneEdit(term, candidate)
			? 1
			: most === 2 && candidate[0] === term[0] && editDistance(term, candidate) === 2
				? 2
				: 0;
		if (edits === 0 || edits > bestEdits || (edits === bestEdits && df <= bestDf)) continue;
		best = candidate;
		bestEdits = edits;
		bestDf = df;
	}
	return best;
}

/**
 * How the corpus writes `term` in the passage the index ranks first for it, folded ("walked" for
 * walk); undefined when no passage uses it. (Found through the index, not by reading the token
 * store through: only a typo's term is looked up, and a large corpus has millions of tokens.)
 */
function writtenFormOf(term: string, index: StoryIndex): string | undefined {
	const id = index.vocabulary.find(term);
	if (id === undefined) return undefined;
	const { terms, words } = index.tokens;
	const { passages, records } = index.table;
	for (const r of findCandidateRecords(index, [term], 1)) {
		const passage = passages[records[r + RECORD.number] as number];
		if (!passage) continue;
		for (let j = passage.from; j < passage.to; j++) {
			if (terms[j] === id) return index.vocabulary.strings[words[j] as number];
		}
	}
	return undefined;
}

/** Passages holding a title's abbreviation looked at for it written as one ("Capt. Dana Whitcombe"). */
const TITLE_LOOKS = 5;

/** Does the corpus write the abbreviation `short` (its term `term`) as a title, capitalised with its full stop before a name? */
function writtenAsTitle(short: string, term: string, index: StoryIndex): boolean {
	const title = new RegExp(`(?<![\\p{L}.])${short[0]?.toUpperCase()}${short.slice(1)}\\.\\s+\\p{Lu}`, 'u');
	return writtenIn(index, term, TITLE_LOOKS, title);
}

/** True when `pattern` matches the text of one of the first `looks` passages the index finds for `term`. */
function writtenIn(index: StoryIndex, term: string, looks: number, pattern: RegExp): boolean {
	const { passages, records } = index.table;
	return findCandidateRecords(index, [term], looks).some((r) => {
		const passage = passages[records[r + RECORD.number] as number];
		return passage !== undefined && pattern.test(passage.passage.text);
	});
}

/** "What are the cubs called", "what do locals call the sandbank": a question for a name. */
const NAMING =
	/^(?:what|which)(?:\s+\S+)?\s+(?:(?:is|are|was|were)\s(?:(?!\b(?:when|while|after|before|as|if)\b).)*\bcalled|(?:do|does|did)\s(?:(?!\b(?:when|while|after|before|as|if)\b).)*\bcall\s+\S.*)\W*$/i;
/** What "call" itself counts for in "what are the cubs called", against "named": a synonym's weight. */
const CALLED_AS_SAID = 0.7;

/** Words of at least this many letters may hold two typos (as Lucene's AUTO fuzziness has it: more than 5). */
const TWO_TYPOS = 6;

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return false;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true;
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	}
	return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words between a yes/no question's auxiliary and its subject's noun ("does *her* daughter"). */
const DETERMINERS = new Set('the a an this that these those her his their its my your our'.split(' '));
/** Nouns for anyone at all ("are the ppl who went to the ER still in the hospital"): no subject to look for. */
const ANYONE = new Set(['people', 'folks'].map(analyzeWord));

/**
 * The noun a yes/no question (its words after the auxiliary, `tokens`) is about, as its subject:
 * the last of a run of nouns opening it ("did the bakery next door", "is the organ lady"), or
 * after a name's possessive ("is Walt's wife deaf"); after "did" or "will", the run ends before
 * the verb it may hold. Not a name (that is the question's `subject`, or `isName`), nor a word
 * for anyone.
 */
function subjectNoun(
	opener: string,
	tokens: readonly Token[],
	concepts: readonly QueryConcept[],
	spanOf: ReadonlyMap<QueryConcept, { start: number; end: number }>,
	isName: (concept: QueryConcept) => boolean,
	isVerb: (concept: QueryConcept) => boolean,
): QueryConcept | undefined {
	let at = 0;
	while (at < tokens.length && DETERMINERS.has(tokens[at]?.surface.toLowerCase() ?? '')) at++;
	const conceptAt = (i: number) => concepts.find((c) => spanOf.get(c)?.start === i);
	let head = conceptAt(at);
	if (head?.entity) {
		// The name's last word is a possessive, and the noun comes next.
		const next = concepts[concepts.indexOf(head) + 1];
		const after = next && spanOf.get(next)?.start;
		if (after === undefined || !/['\u2019]s$/i.test(tokens[after - 1]?.surface ?? '')) return undefined;
		head = next;
	}
	if (!head || head.entity || !head.noun) return undefined;
	const run = [head];
	for (;;) {
		const next = conceptAt(spanOf.get(run.at(-1) as QueryConcept)?.end ?? -1);
		if (!next || next.entity || !next.noun) break;
		run.push(next);
	}
	// After "did" or "will" the verb follows the subject: with no other verb after the run, it is
	// the first noun of the run but its first that WordNet also knows as a verb ("did the storm
	// damage the school", "did the storm damage homes").
	const last = concepts.indexOf(run.at(-1) as QueryConcept);
	if (ACTION_AUXILIARIES.has(opener) && concepts.slice(last + 1).every((c) => c.noun)) {
		const verb = run.findIndex((c, k) => k > 0 && !c.compound && isVerb(c));
		if (verb > 0) run.length = verb;
	}
	head = run.at(-1) as QueryConcept;
	return head.retrieve.some((term) => ANYONE.has(term)) || isName(head) ? undefined : head;
}

/** Analyses a question against the index's vocabulary and entities, and related words when a lexicon is given. */
export function analyzeQuestion(question: string, index: StoryIndex, lexicon?: Lexicon): AnalyzedQuestion {
	const asked = questionText(question, lexicon, index);
	const { text } = asked;
	const { type, opener, money, degree } = classifyAsked(asked, lexicon);
	// Words that only state the question type ("how long", "what year", "for a living") are not searched for.
	const hint = answerHint(type, foldCase(text), money, lexicon);
	const rest = text.slice(opener.length);
	const blank = (m: string) => ' '.repeat(m.length);
	// (Nor "one" of "to build one harp": it says only that each is asked about.)
	const body = (
		hint.occupation ? rest.replace(OCCUPATION_WORDS, blank) : hint.each ? rest.replace(ONE_WORDS, blank) : rest
	)
		.replace(ABOUT_THE_TEXTS, blank)
		.replace(EVERY_TIME_TO_COME, blank);
	const focusNoun = /^(?:what|which)$/.test(opener.trim().toLowerCase());
	const concepts: QueryConcept[] = [];
	const byEntity = new Set<Entity>();
	const seenTerms = new Set<string>();
	const tokens = tokenize(body);
	// Words already read as part of a name ("house" of "white house").
	let consumedUntil = 0;
	let subordinate = false;
	// "Going to" or "gonna" before a verb: the question is about the future.
	let goingTo = false;
	let subject: Entity | undefined;
	// Concepts of words after a determiner or a preposition ("a suspect", "in the crash"): nouns.
	const inNounPhrase = new Set<QueryConcept>();
	// The tokens each concept stands for, from `start` to `end` (exclusive).
	const spanOf = new Map<QueryConcept, { start: number; end: number }>();
	for (const [i, token] of tokens.entries()) {
		if (SUBORDINATORS.has(token.surface.toLowerCase())) subordinate = true;
		if (i < consumedUntil) continue;
		// An adverbial phrase ("in the first place", "face to face") only says how or when.
		const adverb = lexicon && adverbPhraseAt(tokens, i, lexicon);
		if (adverb) {
			consumedUntil = adverb;
			continue;
		}
		if (token.term === null) continue;
		// "going to" before a verb marks the future ("is she going to run?"), not a journey; "supposed
		// to" and "meant to" say what should happen, not what anyone supposes or means. Not before a
		// noun phrase or a name: "going to the White House", "what has the prize meant to Okafor".
		const word = token.surface.toLowerCase();
		// "How long did it take (them) to recount": "take" only says the question is about a length
		// of time, as "how long" does.
		if (
			type === 'duration' &&
			TAKE.has(word) &&
			tokens.slice(Math.max(0, i - 3), i).some((t) => t.surface.toLowerCase() === 'it')
		) {
			continue;
		}
		if (word === 'gonna' || (SEMI_MODALS.has(word) && beforeVerb(tokens, i + 1, index))) {
			if (word === 'gonna' || word === 'going') goingTo = true;
			continue;
		}
		const folded = foldName(token);
		const named = entityAt(tokens, i, index, opener === '');
		if (named) {
			const { entity } = named;
			consumedUntil = named.end;
			// A name right after an auxiliary is the subject of an action: "did Alice do", "is Alice
			// going to" (not "who is Van Jones", which asks who he is, nor "who asked Kim").
			const auxiliary = i === 0 ? opener.trim().toLowerCase() : (tokens[i - 1]?.surface.toLowerCase() ?? '');
			const acts = ACTION_AUXILIARIES.has(auxiliary) || (type === 'yesno' && COPULAS.has(auxiliary));
			// After "what" or "which" and the thing asked for, too: "what joke did Kim make".
			const afterFocus =
				focusNoun && i <= 3 && tokens.slice(0, i - 1).every((t) => !ACTION_AUXILIARIES.has(t.surface.toLowerCase()));
			if (acts && !subordinate && (i <= 1 ? concepts.length === 0 : afterFocus)) subject = entity;
			if (byEntity.has(entity)) continue; // "Van Jones" is one concept, not two
			const concept = entityConcept(entity, token.surface, folded, index, subordinate);
			for (const term of concept.retrieve) seenTerms.add(term);
			byEntity.add(entity);
			concepts.push(concept);
			spanOf.set(concept, { start: i, end: named.end });
			continue;
		}
		// "Till" and "til" as chat types "until" ("how long till the ambulances showed up"), a
		// stop word, in a question for a time; a name is found above ("Emmett Till"), and "how much
		// was in the till" is about a till.
		if ((word === 'till' || word === 'til') && (type === 'duration' || type === 'when')) continue;
		// Two words WordNet knows as one noun ("world cup", "law school") are one concept.
		const next = tokens[i + 1];
		if (lexicon && next?.term && !entityAt(tokens, i + 1, index) && lexicon.isCompound([folded, foldName(next)])) {
			consumedUntil = i + 2;
			const parts = [
				{ word: folded, term: token.term },
				{ word: foldName(next), term: next.term },
			];
			// The compound written as one word ("councilmember" for "council member"), where the corpus does.
			const closed = analyzeWord(`${folded}${foldName(next)}`);
			const written = closed !== null && index.documentFrequency.has(closed) ? closed : undefined;
			const compound = compoundConcept(`${token.surface} ${next.surface}`, parts, subordinate, written);
			concepts.push(compound);
			spanOf.set(compound, { start: i, end: i + 2 });
			for (const { term } of parts) seenTerms.add(term);
			continue;
		}
		// A closed compound the corpus writes only as two words ("icebreaker": "ice breaker") is that
		// compound, as "council member" is "councilmember".
		const split =
			!lexicon || index.documentFrequency.has(token.term) ? undefined : splitCompound(folded, index, lexicon);
		if (split && !seenTerms.has(token.term)) {
			const compound = compoundConcept(token.surface, split, subordinate);
			concepts.push(compound);
			spanOf.set(compound, { start: i, end: i + 1 });
			for (const term of [...split.map((w) => w.term), token.term]) seenTerms.add(term);
			continue;
		}
		const corrected =
			joinedToParticle(folded, token.term, index, lexicon) ?? correctTypo(folded, token.term, index, lexicon);
		// (An ordinal in figures relates as itself: "2nd" is no length of time, as "second" may be.)
		const term =
			corrected ?? numberWord(folded, token.term, index, () => countsThings(tokens, i, body, lexicon)) ?? token.term;
		// A typo is read as the word the corpus writes for the term it stands for ("studdy" as
		// studied): WordNet knows that word, not the stem ("studi").
		const meant = (corrected !== null && writtenFormOf(corrected, index)) || folded;
		// A verb and its particle ("locked up", "kick off") mean more together than apart, and so do
		// the words of a verb WordNet knows in several ("gave way", "talk out of"); each word after the
		// first still counts by itself ("go home" is still about a home).
		const phrase = lexicon && verbPhraseAt(tokens, i, meant, body, index, lexicon);
		const particle = PARTICLES.has(tokens[i + 1]?.surface.toLowerCase() ?? '') ? tokens[i + 1]?.surface : undefined;
		if (seenTerms.has(term)) continue;
		seenTerms.add(term);
		// The first content word after "what"/"which" names the kind of answer ("what company").
		const isFocus = focusNoun && concepts.length === 0 && i <= 1;
		const terms = new Map([[term, 1]]);
		// A common word that heads a name ("hospital" of "Riverside General Hospital") also means
		// what the article calls by the rest of the name ("Riverside General").
		const heads = index.entities.byWord.get(meant) ?? [];
		if (heads.length <= MAX_HEADED_NAMES) {
			for (const entity of heads) {
				for (const nameWord of entity.words) {
					const nameTerm = analyzeWord(nameWord);
					if (nameTerm && nameWord !== meant && index.properNames.has(nameWord)) terms.set(nameTerm, HEADED_NAME);
				}
			}
		}
		const noun = !lexicon || lexicon.senseCount(meant) === 0 || lexicon.isMainlyNoun(meant);
		const concept: QueryConcept = {
			word: token.surface,
			terms,
			retrieve: [term],
			forms: new Set([folded, meant]),
			prior: priorOf(meant, lexicon) * (isFocus ? FOCUS_PRIOR : 1),
			subordinate,
			noun,
			...(!noun && LINKING_VERBS.has(tokens[i - 1]?.surface.toLowerCase() ?? '') ? { predicative: true } : {}),
			...(i === 0 && degree ? { degree } : {}),
			...(meant !== folded ? { corrected: meant } : {}),
			// (With a typo, the phrase of the word it stands for: "walkd out" is walk out.)
			...(phrase ? { phrase: phrase.join(' ') } : particle ? { phrase: `${meant} ${particle.toLowerCase()}` } : {}),
		};
		// "What is she going to do with the money": a sum of money written as one ("$25,000") says it.
		// (Asked how much, the sum is the answer, and "total" no money: "how many bees total".)
		// (In its first sense: "tip", "total" and "rate" are money only at times.)
		if (noun && type !== 'count' && lexicon?.isMoney(meant, true)) concept.money = true;
		// "Why did it take so long": a length of time ("took nearly 40 minutes") says how long.
		if (folded === 'long' && takesLong(tokens, i, body, lexicon)) concept.lengthOfTime = true;
		const being = beingPhraseAt(tokens, i);
		if (being) concept.being = being;
		if (lexicon && !noun && lexicon.isVerbIng(tokens[i + 1]?.surface ?? '')) concept.verbIng = true;
		concepts.push(concept);
		spanOf.set(concept, { start: i, end: i + 1 });
		if (NOUN_PHRASE_OPENERS.has(tokens[i - 1]?.surface.toLowerCase() ?? '')) inNounPhrase.add(concept);
	}
	// In "was anyone on the ship hurt" or "was Kim hurt in the crash", the word that is not a name
	// nor mainly a noun, nor after a determiner or a preposition, says what the subject is ("was he
	// a suspect" says what he is, a thing).
	const predicate = COPULA_OPENING.test(text)
		? concepts.findLast((c) => !c.entity && !c.compound && !c.noun && !inNounPhrase.has(c))
		: undefined;
	if (predicate) predicate.predicative = true;
	// (A word WordNet does not know as a common noun may be a name no entity was found for: "did
	// marco trust lena".)
	const isName = (c: QueryConcept) => ![...c.forms].some((form) => lexicon?.isCommonNoun(form));
	const isVerb = (c: QueryConcept) => [...c.forms].some((form) => lexicon?.isVerb(form) === true);
	const about =
		type === 'yesno' ? subjectNoun(opener.trim().toLowerCase(), tokens, concepts, spanOf, isName, isVerb) : undefined;
	if (about) about.about = true;
	// Related words count below the word itself, and only where the corpus uses them.
	if (lexicon) {
		for (const concept of concepts) {
			// Names already carry their aliases, and a word that is also a name in the corpus ("Devon")
			// means the name; one- and two-letter words have only noise for relations, unless with
			// their particle ("go down": sink).
			const short = concept.word.length < 3;
			const relateTerm = (term: string | null, weight: number, search: boolean) => {
				if (term === null || seenTerms.has(term) || !index.documentFrequency.has(term)) return;
				if (weight <= (concept.terms.get(term) ?? 0)) return;
				concept.terms.set(term, weight);
				if (search) concept.retrieve.push(term);
			};
			// A related word the corpus writes only as a name is the name, not the word ("hale", a
			// synonym of haul, is Gregory Hale), unless WordNet knows it as a common noun, which may
			// be what the named thing is (mountain: "Mount Brennan"; sandbank: "the Grey Bank").
			// Asked with a superlative ("the tiniest dog"), a related adjective counts in its superlative
			// (*the smallest cart*), which the stemmer leaves whole. (Of a word related in another sense,
			// or of another question word, a superlative is something else: "first", *lowest*.)
			const superlative = isSuperlative(concept.corrected ?? concept.word, lexicon);
			const relateSuperlatives = (word: string, weight: number, search: boolean) => {
				if (!/^[a-z]+$/.test(word)) return;
				const terms = superlativesOf(word).flatMap((form) => {
					const term = analyzeWord(form);
					return term !== null && index.documentFrequency.has(term) && !index.properNames.has(form) ? [term] : [];
				});
				if (terms.length === 0 || lexicon.mainPartOfSpeech(word) !== 'adj') return;
				for (const term of terms) relateTerm(term, weight, search);
			};
			const relate = (word: string, related: number, weight: number, search = related >= RETRIEVE_RELATED) => {
				if (superlative) relateSuperlatives(word, weight, search);
				const folded = foldCase(word);
				if (index.properNames.has(folded) && !(concept.noun && lexicon.isCommonNoun(folded))) return;
				relateTerm(analyzeWord(word), weight, search);
			};
			if (concept.compound) {
				// A compound that WordNet files with its last word ("fishing boat": a vessel, as a boat
				// is; not "last word", a statement) relates as that word does, as far as its part
				// counts, and is not searched for by it.
				const words = [...concept.forms];
				const head = words.at(-1);
				if (head && !index.properNames.has(head) && lexicon.isKindOfLast(words)) {
					for (const [word, related] of lexicon.relations(head)) relate(word, related, related * COMPOUND_PART, false);
				}
				// A closed compound WordNet relates to one of its own parts counts that part as that
				// relation ("tugboat": tug, a synonym, not just a part); its other relations, in other
				// senses of the word (tugboat: tower), do not count.
				if (!concept.word.includes(' ')) {
					for (const [word, related] of lexicon.relations(concept.word)) {
						const term = analyzeWord(word);
						const own = term === null ? undefined : concept.terms.get(term);
						if (term !== null && own !== undefined) concept.terms.set(term, Math.max(own, related * concept.prior));
					}
				}
				continue;
			}
			if (concept.entity || (short && !concept.phrase)) continue;
			if (concept.degree) {
				for (const [word, related] of lexicon.degreeRelations(concept.word))
					relate(word, related, related * concept.prior);
				continue;
			}
			if (index.properNames.has(concept.corrected ?? foldCase(concept.word))) continue;
			// Someone the corpus names by this role ("his wife, Denise"): their name stands for it.
			for (const term of namesInRole(concept.corrected ?? concept.word, index, lexicon)) {
				if ((concept.terms.get(term) ?? 0) >= ROLE_NAME) continue;
				concept.terms.set(term, ROLE_NAME);
				concept.retrieve.push(term);
			}
			// A verb WordNet knows in several words is as specific as its own senses make it, not as
			// vague as its first word's ("pass away" has 2 senses, "pass" 42: died is what it means).
			const phrasePrior = concept.phrase ? phrasePriorOf(concept.phrase, concept.prior, lexicon) : concept.prior;
			const relations: [ReadonlyMap<string, number>, number][] = [
				[short ? new Map() : lexicon.relations(concept.corrected ?? concept.word, concept.predicative), concept.prior],
				[concept.phrase ? lexicon.relations(concept.phrase) : new Map(), phrasePrior],
			];
			// Before another verb's -ing form, a verb means what WordNet says it means there ("keep
			// fighting": continue), however many other senses it has.
			if (concept.verbIng) {
				for (const [word, related] of lexicon.relationsBeforeVerbIng(concept.word)) relate(word, related, related);
			}
			// A title the corpus writes abbreviated is the word ("captain": *Capt. Dana Whitcombe*); the
			// abbreviation is always capitalised, so it is no common word of the corpus to relate.
			const abbreviate = (word: string, weight: number) => {
				const short = TITLE_ABBREVIATIONS.get(word);
				const term = short === undefined ? null : analyzeWord(short);
				if (term === null || !index.documentFrequency.has(term) || weight <= (concept.terms.get(term) ?? 0)) return;
				// (Only where the corpus writes it as a title: not "fema.gov" nor "sales reps".)
				if (!writtenAsTitle(short as string, term, index)) return;
				concept.terms.set(term, weight);
				if (weight >= RETRIEVE_RELATED) concept.retrieve.push(term);
			};
			for (const lemma of lexicon.lemmas(concept.corrected ?? concept.word)) abbreviate(lemma, 1);
			// The relations of a word of many senses (get, go) are as vague as the word.
			for (const [related, prior] of relations) {
				for (const [word, relation] of related) {
					relate(word, relation, relation * prior);
					abbreviate(word, relation * prior);
				}
			}
			// "Is in charge of" means the verbs WordNet defines so (head, lead, direct), however vague
			// "charge" alone (a fee, an attack, an accusation), and the word itself no more than they.
			const defined = concept.being ? lexicon.definedAsBeing(concept.being) : undefined;
			if (defined && defined.size > 0) {
				for (const [term, weight] of concept.terms) concept.terms.set(term, Math.min(weight, DEFINED_PHRASE_WORD));
				for (const [word, related] of defined) relate(word, related, related);
			}
		}
	}
	// "What are the cubs called", "what do locals call the sandbank": what they are named.
	if (lexicon && NAMING.test(text)) {
		const callTerm = analyzeWord('call') as string;
		const call = concepts.find((c) => !c.entity && analyzeWord(c.word) === callTerm);
		const name = analyzeWord('named');
		if (call && name && index.documentFrequency.has(name)) {
			call.terms.set(name, 1);
			// ("calling the birth a milestone" is no name.)
			call.terms.set(callTerm, CALLED_AS_SAID);
		}
	}
	// A name in the possessive is the name ("Alice's case": Alice); and whom the question names is
	// named by each word of their name ("which cnn host asked kim": not Kardashian).
	const questionWords = new Set([
		...tokenize(text).flatMap((t) => {
			const folded = foldCase(t.surface);
			const owner = foldWord(t.surface);
			return owner !== folded && owner !== '' ? [folded, owner] : [folded];
		}),
		...concepts.flatMap((c) => c.entity?.words ?? []),
	]);
	// "Who is Walter Briggs": nothing but names after "who is".
	const identity = type === 'who' ? identityAsked(text, concepts) : undefined;
	return {
		text,
		type,
		concepts,
		questionWords,
		hint: identity ? { ...hint, identity } : hint,
		future: goingTo || FUTURE.test(text) || SOME_TIME_TO_COME.test(text),
		...(subject ? { subject } : {}),
	};
}

/** How much a name counts for the role the corpus gives its person ("his wife, Denise": wife). */
const ROLE_NAME = 0.8;
/** How many people of the corpus may have a role for their names to stand for it. */
const ROLE_PEOPLE_LIMIT = 3;

/**
 * The analysed name words of the people the corpus names in apposition with `word` as their role
 * (StoryIndex.roles), for a word for a person: each word that is no other person's.
 */
function namesInRole(word: string, index: StoryIndex, lexicon: Lexicon): string[] {
	const term = analyzeWord(word);
	const people = term === null ? undefined : index.roles.get(term);
	// (A role many people of the corpus have says whom it means no better than the word does.)
	if (!people || people.length > ROLE_PEOPLE_LIMIT || !lexicon.nounKinds(word).has('person')) return [];
	const terms: string[] = [];
	for (const person of people) {
		for (const name of person.words) {
			// Only a name word that is a name, and no one else's ("Hope" is hope too).
			if ((index.entities.byWord.get(name)?.length ?? 0) !== 1 || !index.properNames.has(name)) continue;
			const analysed = analyzeWord(name);
			if (analysed !== null && index.documentFrequency.has(analysed)) terms.push(analysed);
		}
	}
	return terms;
}

/** Does the question ask what someone named by whose they are does (OCCUPATION_OF_ROLE), of a word for a person? */
function ofPersonInRole(folded: string, lexicon?: Lexicon): boolean {
	const word = OCCUPATION_OF_ROLE.exec(folded)?.[1];
	return word !== undefined && lexicon?.nounKinds(word).has('person') === true;
}
