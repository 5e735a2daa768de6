import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask.js';
import { parseArticle } from '../src/corpus.js';
import { withDescribedPerson } from '../src/described-person.js';
import { defaultLexicon } from '../src/lexicon.js';
import { analyzeQuestion } from '../src/question.js';
import { createStory, type Story } from '../src/story.js';
import { loadSeedStory } from './support/story.js';

/** A story of articles a0, a1... each given as its title and paragraphs. */
function storyOfArticles(...articles: [string, ...string[]][]): Story {
	return createStory({
		articles: articles.map(([title, ...paragraphs], i) => {
			const result = parseArticle(`a${i}.txt`, [title, ...paragraphs].join('\n\n'));
			if (!result.ok) throw new Error('bad test article');
			return result.article;
		}),
	});
}

const falconer: [string, ...string[]] = [
	'Former trucker keeps gulls off the landfill',
	'MILLTOWN, Ohio — Gus Brenner flies his hawks over the county landfill most mornings.',
	'Brenner, 58, drove a truck for 20 years. Now he flies hawks for a living.',
	'His hawks chase away the gulls, and he said the birds never tire of it.',
];
const crash: [string, ...string[]] = [
	'Nurse stops to help after a crash on Route 9',
	'Dana Whitlock, 34, a nurse at Mercy Hospital, stopped to help the injured.',
	'She said the crash was the worst she had seen.',
];
const carillon: [string, ...string[]] = [
	'The bells of Ridgemont ring again',
	'Harriet Olsen plays the 49 bells of the carillon at Ridgemont University three afternoons a week.',
	'She is 72 years old, and she did not touch the instrument until her fifties.',
	'Devon Parks, 20, a student, said he signed up after hearing Olsen play the bells.',
];

const firstAnswer = (story: Story, question: string) =>
	ask(story.index, question, { lexicon: story.lexicon }).results[0]?.text;

/** The people `withDescribedPerson` adds to the question's concepts. */
function describedIn(story: Story, question: string): string[] {
	const analyzed = analyzeQuestion(question, story.index, story.lexicon);
	const changed = withDescribedPerson(story.index, analyzed, story.lexicon);
	return [...new Set(changed.concepts.filter((c) => !analyzed.concepts.includes(c)).map((c) => c.entity?.name ?? '?'))];
}

describe('a person the question describes instead of naming', () => {
	const story = storyOfArticles(falconer, crash, carillon);

	it('is the person the sentences holding the description are about', () => {
		expect(describedIn(story, 'how old is the hawk guy')).toEqual(['Gus Brenner']);
		expect(describedIn(story, 'how old is the lady who plays the bells at ridgemont')).toEqual(['Harriet Olsen']);
		expect(describedIn(story, 'how old was the nurse who stopped to help')).toEqual(['Dana Whitlock']);
		// (An adjective before the word describes no one in particular.)
		expect(describedIn(story, 'how old is the little hawk guy')).toEqual(['Gus Brenner']);
	});

	it("answers an age question with that person's age, not another's", () => {
		expect(firstAnswer(story, 'how old is the hawk guy')).toContain('Brenner, 58');
		// Only a reference to her says it ("She is 72 years old"), after the paragraph that describes her.
		expect(firstAnswer(story, 'how old is the lady who plays the bells at ridgemont')).toContain('She is 72');
	});

	it('is no one when the question names someone, says "a", asks of several, or asks something else than an age', () => {
		expect(describedIn(story, 'how old is Gus Brenner the hawk guy')).toEqual([]);
		expect(describedIn(story, 'how old is a hawk guy')).toEqual([]);
		expect(describedIn(story, 'how old are the hawk guys')).toEqual([]);
		expect(describedIn(story, 'why does the hawk guy fly hawks')).toEqual([]);
	});

	it('is no one when the description is of someone else than the person whose age is asked', () => {
		expect(describedIn(story, 'how old is the son of the hawk guy')).toEqual([]);
		expect(describedIn(story, 'how old is the kid who heard the lady play the bells')).toEqual([]);
		expect(describedIn(story, 'how old is the carillon the lady plays')).toEqual([]);
		expect(describedIn(story, 'how old was the woman that the hawk guy saved')).toEqual([]);
	});

	it('is no one of another sex than the word for them says, unless that one clearly counts less', () => {
		expect(describedIn(story, 'how old is the hawk lady')).toEqual([]);
		const family = storyOfArticles(
			[...falconer, 'His wife, Ann Brenner, 55, runs a bakery, and Brenner said she has never held a hawk.'],
			crash,
		);
		expect(describedIn(family, 'how old is the hawk lady')).toEqual([]);
		expect(describedIn(family, 'how old is the hawk guy')).toEqual(['Gus Brenner']);
	});

	it('is described by a thing after "the" whose rarer sense is a person ("the tool library": a tool)', () => {
		const story = storyOfArticles(
			[
				'Retired stenographer lends tools from her garage',
				'KENMORE HEIGHTS, Ohio — Twice a week, Marjorie Pruett opens her garage, and her neighbors borrow tools.',
				'Pruett, 67, runs the tool library in her garage with her late father’s tools.',
				'The tool library in her garage lends drills, ladders and saws to 212 households.',
			],
			crash,
		);
		expect(describedIn(story, 'how old is the lady who runs the tool library out of her garage')).toEqual([
			'Marjorie Pruett',
		]);
		expect([
			story.lexicon.nounKinds('tool').has('person'),
			story.lexicon.nounKinds('tool', true).has('person'),
		]).toEqual([true, false]);
		// (Not when what comes after "the" is a person first: "the lady who helped the nurse".)
		expect(describedIn(story, 'how old is the lady who helped the nurse')).toEqual([]);
	});

	it('is described by a compound written whole ("the border collie guy"), not only by its parts', () => {
		const story = storyOfArticles(
			[
				'Retired bus driver trains sheepdogs',
				'BARRE, Vt. — Walt Hennessey trains border collies on a hillside farm outside town.',
				'Hennessey, 71, drove a school bus for 30 years.',
				'He said his border collies learn to move sheep in a few weeks.',
			],
			crash,
		);
		expect(describedIn(story, 'how old is the border collie guy')).toEqual(['Walt Hennessey']);
	});

	it('is the subject of the article whose headline holds the description, the first named in its lead', () => {
		const story = storyOfArticles(
			[
				'Former tugboat captain builds rocking horses for sick children',
				'SALTON, Ore. — For 30 years, Emmett Varga piloted tugboats on the Columbia River.',
				'Varga, 66, has built 214 of them since 2017 in a shed behind his house.',
				'His wife, Denise Varga, 63, paints every horse.',
			],
			crash,
		);
		expect(describedIn(story, 'how old is the rocking horse guy')).toEqual(['Emmett Varga']);
		expect(firstAnswer(story, 'how old is the rocking horse guy')).toContain('Varga, 66');
	});

	it('is no one when two people are described alike', () => {
		const two = storyOfArticles(
			[
				'Two falconers at the landfill',
				'Gus Brenner and Tom Kowalski fly hawks over the landfill.',
				'Brenner, 58, and Kowalski, 61, both drove trucks.',
			],
			crash,
		);
		expect(describedIn(two, 'how old is the hawk guy')).toEqual([]);
	});

	it('is not whom a sentence opening with the description names ("The reality star broke the news to Alice")', async () => {
		const seed = await loadSeedStory();
		expect(describedIn(seed, 'how old is the reality star')).not.toContain('Alice Marie Johnson');
	});

	it('is not who only says the sentences holding the description, when they name someone else', () => {
		const told = storyOfArticles(
			[
				'Falconer keeps the gulls away',
				'Gus Brenner flies hawks over the landfill, Mayor Tom Kowalski said.',
				'Brenner, 58, drove trucks for 20 years. Kowalski, 61, was elected in 2019.',
			],
			crash,
		);
		expect(describedIn(told, 'how old is the hawk guy')).toEqual(['Gus Brenner']);
		// Who says something of themselves is not only who says it.
		const own = storyOfArticles(
			[
				'Falconer keeps the gulls away',
				'Gus Brenner said Mayor Tom Kowalski hired him to fly hawks over the landfill.',
				'Brenner, 58, drove trucks for 20 years. Kowalski, 61, was elected in 2019.',
			],
			crash,
		);
		expect(describedIn(own, 'how old is the hawk guy')).not.toEqual(['Tom Kowalski']);
	});
});

describe('a described person among namesakes, places and roles', () => {
	const pigeons: [string, ...string[]] = [
		'Retired trucker races pigeons from his roof',
		'PORT ELDON, N.J. — Every morning Ray Dombrowski lets his pigeons loose over the city from a loft on his roof.',
		'Dombrowski, 71, drove a truck for 38 years before he retired.',
		'He learned to keep pigeons from his grandfather, Stanislaw Dombrowski, who kept a loft in Bayonne.',
		'His wife, Dolores Dombrowski, 68, said the pigeons keep him young.',
		'Dombrowski races with the Eldon Racing Pigeon Club, and he keeps the club trophies on the mantel.',
		'His grandson, Tyler Lutz, 14, helps at the loft on weekends.',
	];

	it('takes a family name written alone for the article’s subject, not every namesake', () => {
		const story = storyOfArticles(pigeons, crash);
		expect(describedIn(story, 'how old is the pigeon guy')).toEqual(['Ray Dombrowski']);
		expect(firstAnswer(story, 'how old is the pigeon guy')).toContain('Dombrowski, 71');
	});

	it('takes a family name for the namesake whose first name stands beside it, and only then', () => {
		const driving = [
			...pigeons,
			'Dombrowski and Dolores drive the pigeons to the race in a van.',
			'On race days Dombrowski and Dolores wait for the pigeons on the roof.',
			'Dombrowski and Dolores clean the pigeon loft every Sunday.',
			'Dombrowski and Dolores name the pigeons after truck parts.',
		] as [string, ...string[]];
		const story = storyOfArticles(driving, crash);
		expect(describedIn(story, 'how old is the pigeon guy')).toEqual(['Ray Dombrowski']);
		expect(firstAnswer(story, 'how old is the pigeon guy')).toContain('Dombrowski, 71');
		// A namesake named in full is that namesake, not the subject.
		const welder = storyOfArticles(
			[
				...pigeons,
				'Stanislaw Dombrowski welded ship hulls at the Bayonne shipyard for 40 years.',
				'Stanislaw Dombrowski taught other welders at the shipyard too.',
			] as [string, ...string[]],
			crash,
		);
		expect(describedIn(welder, 'how old is the shipyard welder guy')).toEqual(['Stanislaw Dombrowski']);
	});

	it('is not the place the description names, the dateline’s ("the pigeon guy in port eldon")', () => {
		const story = storyOfArticles(pigeons, crash);
		expect(describedIn(story, 'how old is the pigeon guy in port eldon')).toEqual(['Ray Dombrowski']);
	});

	it('is the one person the corpus names by the word for them ("His grandson, Tyler Lutz")', () => {
		const story = storyOfArticles(pigeons, crash);
		expect(describedIn(story, 'how old is the grandson that helps him w the birds')).toEqual(['Tyler Lutz']);
		expect(firstAnswer(story, 'how old is the grandson that helps him w the birds')).toContain('Tyler Lutz, 14');
		// Not when the description is of another story's grandson, whom no role names.
		const fire = storyOfArticles(pigeons, [
			'Teen carries grandmother from burning house',
			'Marcus Bell, 17, carried his grandmother out of the house fire on Elm Street.',
			'Bell, who is her only grandson, said the smoke was thick.',
		]);
		expect(describedIn(fire, 'how old is the teen grandson in the house fire')).not.toContain('Tyler Lutz');
	});
});

describe('the people a described person may be', () => {
	it('leave out a place the people model takes for a person by a first name ("Kansas City" for a woman)', () => {
		const story = storyOfArticles([
			'Clockmaker keeps the courthouse tower ticking',
			'Margit Solheim climbs the courthouse tower every week to wind its clock.',
			'“It was waiting for somebody stubborn,” Solheim, 66, said as she oiled a gear.',
			'An inspector from the clock makers guild in Kansas City said the clock was sound.',
			'The clock repair work in Kansas City is slow, the inspector said.',
		]);
		const kansasCity = story.index.entities.entities.find((e) => e.name === 'Kansas City');
		expect([kansasCity?.kind, kansasCity?.gender]).toEqual(['person', 'female']);
		expect(describedIn(story, 'how old is the clock lady')).toEqual(['Margit Solheim']);
	});

	it('take a nicknamed name for a person by its family name, not the nickname ("Harriet “Peg” Vollmer")', () => {
		const story = storyOfArticles(
			[
				'Former nurse rescues honeybee swarms',
				'GRANTHAM, Ky. — Harriet “Peg” Vollmer climbs into attics with a cardboard box and a soft brush.',
				'Vollmer, 64, has moved more than 150 bee swarms out of barns and sheds.',
				'The rescued bees go to an orchard, where Vollmer keeps the hives.',
			],
			crash,
		);
		expect(describedIn(story, 'how old is the bee lady')).toEqual(['Harriet Vollmer']);
	});
});

describe('Lexicon.genderOf', () => {
	const lexicon = defaultLexicon();

	it('reads the sex a word for a person says from WordNet, for its first sense only', () => {
		for (const word of ['lady', 'woman', 'girl', 'wife', 'daughter'])
			expect(lexicon.genderOf(word), word).toBe('female');
		for (const word of ['guy', 'man', 'boy', 'son', 'dude']) expect(lexicon.genderOf(word), word).toBe('male');
		// (A nurse's second sense, a nursemaid, is a woman.)
		for (const word of ['nurse', 'kid', 'person', 'librarian', 'hawk']) expect(lexicon.genderOf(word), word).toBe(null);
	});
});
