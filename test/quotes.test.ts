import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/corpus.js';
import { findNameSpans, findNames } from '../src/people.js';
import { analyzeQuestion } from '../src/question.js';
import { quotationText } from '../src/quote-book.js';
import { isPunctuatedTitle } from '../src/quote-spans.js';
import { createStory, defaultLexicon } from '../src/story.js';

/** Attributes the quotations of one article (paragraphs given as strings). */
function attribute(...paragraphs: string[]) {
	const parsed = parseArticle('story.txt', `A Headline\n\n${paragraphs.join('\n\n')}`);
	if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
	const story = createStory({ articles: [parsed.article] }, defaultLexicon());
	return {
		story,
		said: story.quotes.quotations.map((q) => [q.speaker.name, quotationText(q)]),
		abstained: story.quotes.abstained.map((s) => s.text),
		/** Whom paragraph `n` refers to without naming them, and in which of its sentences. */
		referred: (n: number) =>
			[...(story.index.passages.get(`story#${n}`)?.references ?? [])].map(([e, s]) => [e.name, [...s]]),
	};
}

describe('attributeQuotes', () => {
	it('reads the common attribution patterns', () => {
		const { said } = attribute(
			'Mayor Linda Park and coach Tom Reyes spoke on Monday.',
			'“We will rebuild,” said Linda Park.',
			'“The team is ready,” Reyes said.',
			'Park said: “Every street will be cleared.”',
			'Reyes told reporters, “We train at dawn.”',
			'Park, smiling, said, “Thank you all.”',
		);
		expect(said).toEqual([
			['Linda Park', 'We will rebuild'],
			['Tom Reyes', 'The team is ready'],
			['Linda Park', 'Every street will be cleared.'],
			['Tom Reyes', 'We train at dawn.'],
			['Linda Park', 'Thank you all.'],
		]);
	});

	it('joins a quotation split around one attribution, and the sentence after it', () => {
		const { said } = attribute(
			'Dana Whitfield spoke to the press.',
			'“The plan,” Whitfield said, “is simple.” “It starts today.”',
		);
		expect(said).toEqual([['Dana Whitfield', 'The plan … is simple. … It starts today.']]);
	});

	it('skips an appositive between the speaker and the verb, in any inflection', () => {
		const { said } = attribute(
			'Dana Whitfield has run the shelter for a decade.',
			'“We never closed,” Whitfield, who founded the shelter in 2009, recalls.',
		);
		expect(said).toEqual([['Dana Whitfield', 'We never closed']]);
	});

	it('reads a speaker written with an abbreviated honorific, before or after the verb', () => {
		expect(attribute('“We spoke for an hour,” said Ms. Julia Reyes. Later, she flew home.').said).toEqual([
			['Julia Reyes', 'We spoke for an hour'],
		]);
		expect(attribute('“The anchor held,” Capt. Dana Whitcombe said.').said).toEqual([
			['Dana Whitcombe', 'The anchor held'],
		]);
	});

	it('takes a name under a title at the start of a sentence as its subject ("Search manager Marc Thibodeau said")', () => {
		const { said } = attribute(
			'Golden Search and Rescue led the response; Golden sent 34 volunteers, and he would say so.',
			'Search manager Marc Thibodeau said the weather grounded the helicopter. “We went up on foot,” he said.',
		);
		expect(said).toEqual([['Marc Thibodeau', 'We went up on foot']]);
	});

	it('leaves a title of several words out of the name it stands before ("Kessler Falls Fire Chief Martin Ruiz")', () => {
		const { said } = attribute(
			'Kessler Falls Fire Chief Martin Ruiz, 58, said the first crew found a haze.',
			'“You could see it hanging over the road,” Ruiz said. Parks Director Luis Ortega said: “We closed the trail.”',
		);
		expect(said).toEqual([
			['Martin Ruiz', 'You could see it hanging over the road'],
			['Luis Ortega', 'We closed the trail.'],
		]);
	});

	it('keeps a first name that is a common noun too as the name it opens ("Ruth Ellen Haverkamp")', () => {
		const { said } = attribute(
			'In a coop behind her farmhouse, Ruth Ellen Haverkamp leans over a block of wood.',
			'“It is slow work,” Ruth Ellen Haverkamp said.',
		);
		expect(said).toEqual([['Ruth Ellen Haverkamp', 'It is slow work']]);
	});

	it('takes the speaker before "told", never the listener after it', () => {
		const { said } = attribute('Omar Haddad met Julia Brandt in Berlin.', 'Haddad told Brandt: “The deal is done.”');
		expect(said).toEqual([['Omar Haddad', 'The deal is done.']]);
	});

	it("takes no date for a sentence's subject, nor a name after a preposition in a thing's description", () => {
		const { referred } = attribute(
			'Ms. Gloria Abernathy, a crossing guard, said she loved the work.',
			'On Friday, June 13, she worked her final shift.',
			'For 31 years, the school day at Lincoln Elementary has started with her.',
		);
		expect(referred(2).map(([name]) => name)).toEqual(['Gloria Abernathy']);
		expect(referred(3)).toEqual([]);
	});

	it('takes a definite description for whom the article described so, by its head or by its age', () => {
		expect(
			attribute(
				'Kim Kardashian West, 37, met Alice Marie Johnson.',
				'The crowd cheered for Alice Marie Johnson.',
				'The 37-year-old reality star broke the news to Alice.',
			).referred(3),
		).toEqual([['Kim Kardashian West', [0]]]);
		// A noun in -ing before the head modifies it; a participle after the head does not.
		const { referred } = attribute(
			'Tom Reyes, the crossing guard, waved to the crowd.',
			'The crowd cheered.',
			'On Friday, the crossing guard worked his final shift.',
			'The crowd cheered again.',
			'On Monday, the crossing guard standing in the road waved.',
		);
		expect(referred(3)).toEqual([['Tom Reyes', [0]]]);
		expect(referred(5)).toEqual([['Tom Reyes', [0]]]);
	});

	it('leaves a description nothing ties to someone to nobody', () => {
		const nobody = (sentence: string) =>
			attribute('A pickup truck struck Gloria Abernathy on the corner.', sentence).referred(2);
		// Someone new, though the one person in reach: a role, with an age or without.
		expect(nobody('On Friday, the 45-year-old driver stayed at the scene.'), 'age').toEqual([]);
		expect(nobody('On Friday, the driver stayed at the scene.'), 'role').toEqual([]);
		// Another than the one described so.
		expect(
			attribute(
				'Gloria Abernathy, 78, stood on the corner.',
				'The crowd cheered.',
				'On Friday, the other 78-year-old guard left.',
			).referred(3),
		).toEqual([]);
	});

	it('takes a guess at a described person for no speaker of a quotation after it', () => {
		const { said } = attribute(
			'Police arrested Tom Reyes on Friday after a chase.',
			'The 30-year-old victim was taken to a hospital.',
			'“He had a knife,” the victim said.',
		);
		expect(said).toEqual([]);
	});

	it('does not take a subject pronoun for someone named after it in its own sentence', () => {
		const { referred } = attribute(
			'In late May, Ms. Dana Whitfield met Governor Tom Reyes to present the plan. Before that meeting, she had called his daughter, Julia Reyes.',
		);
		expect(referred(1)).toEqual([['Dana Whitfield', [1]]]);
	});

	it('does not take a subject pronoun for a speaker quoted after it, and counts its sentence from the paragraph', () => {
		const { referred } = attribute(
			'In late May, Ms. Dana Whitfield met Governor Tom Reyes.',
			'Before that meeting, she had called his daughter. The call was short. “We spoke for an hour,” said Julia Reyes.',
		);
		expect(referred(2)).toEqual([
			['Julia Reyes', [2]],
			['Dana Whitfield', [0]],
		]);
	});

	it('still reads "a statement from X said" as X, and June Carter as a person, not a date', () => {
		expect(
			attribute(
				'Harwick Borough Council met on Monday.',
				'"The road will reopen," a statement from Harwick Borough Council said.',
			).said,
		).toEqual([['Harwick Borough Council', 'The road will reopen']]);
		expect(
			attribute(
				'June Carter, the council leader, spoke later.',
				'June arrived at the park and added: "I love this town."',
			).said,
		).toEqual([['June Carter', 'I love this town.']]);
	});

	it('resolves a pronoun to the last person of the same gender', () => {
		const { said } = attribute(
			'Mayor Linda Park said her office would reopen. Ms. Park thanked the volunteers.',
			'Mr. Tom Reyes, the coach, praised them too, and he thanked the city.',
			'“We owe them everything,” she said.',
			'“Me too,” he added.',
		);
		expect(said).toEqual([
			['Linda Park', 'We owe them everything'],
			['Tom Reyes', 'Me too'],
		]);
	});

	it('lets organisations speak, by name or as "the company"', () => {
		const { said } = attribute(
			'The recall was announced by the Acme Corporation on Friday.',
			'“Safety comes first,” the Acme Corporation said in a statement.',
			'“No injuries were reported,” the company added.',
		);
		expect(said).toEqual([
			['Acme Corporation', 'Safety comes first'],
			['Acme Corporation', 'No injuries were reported'],
		]);
	});

	it('reads partial quotes and "according to"', () => {
		const { said } = attribute(
			'Judge Maria Okafor ruled on Tuesday.',
			'Okafor described the appeal as “without merit.”',
			'The ruling “changes nothing,” according to Samuel Obi, a lawyer for the family.',
		);
		expect(said).toEqual([
			['Maria Okafor', 'without merit.'],
			['Samuel Obi', 'changes nothing'],
		]);
	});

	it('resolves a description only with a subject or speaker just before it', () => {
		const resolved = attribute(
			'Coach Tom Reyes watched the final from the bench.',
			'“It was the best night of my life,” the 54-year-old coach said.',
		);
		expect(resolved.said).toEqual([['Tom Reyes', 'It was the best night of my life']]);
		const unresolved = attribute(
			'The final ended late.',
			'“It was the best night of my life,” the 54-year-old coach said.',
		);
		expect(unresolved.said).toEqual([]);
		expect(unresolved.abstained).toEqual(['It was the best night of my life,']);
	});

	it('continues a quotation over two paragraphs when the first never closes', () => {
		const { said } = attribute(
			'Linda Park addressed the council.',
			'“We lost forty homes,” Park said. “We lost the bakery and the school.',
			'“But we did not lose each other.”',
		);
		expect(said).toEqual([
			['Linda Park', 'We lost forty homes … We lost the bakery and the school. … But we did not lose each other.'],
		]);
	});

	it('does not take titles or scare quotes for speech', () => {
		const { said, abstained } = attribute(
			'Linda Park reads “The Old Man and the Sea” every summer.',
			'The so-called “reform” passed anyway.',
		);
		expect(said).toEqual([]);
		expect(abstained).toEqual([]);
	});

	it("takes a title ended by the sentence's comma or full stop inside the marks for no name, and speech so ended for speech", () => {
		const { story, said } = attribute(
			'Gloria Abernathy crossed her last class on Friday. \u201CI will miss it,\u201D Abernathy said.',
			'The council will put up a sign reading \u201CGloria Abernathy Corner.\u201D Her chili, \u201CMailbox Fire,\u201D won.',
			'\u201CThanks, Milo,\u201D said Tom Reyes. \u201CMerry Christmas,\u201D he said. \u201CWell. Here we are.\u201D Reyes said.',
		);
		// The person keeps her own name: a sign's title is no longer form of it.
		expect(story.index.entities.entities.map((e) => e.name)).toContain('Gloria Abernathy');
		expect(story.index.entities.entities.map((e) => e.name)).not.toContain('Gloria Abernathy Corner');
		// Speech, however capitalised, is still speech.
		expect(said).toEqual([
			['Gloria Abernathy', 'I will miss it'],
			['Tom Reyes', 'Thanks, Milo'],
			['Tom Reyes', 'Merry Christmas'],
			['Tom Reyes', 'Well. Here we are.'],
		]);
		expect(isPunctuatedTitle('Mailbox Fire,')).toBe(true);
		expect(isPunctuatedTitle('The Call of the Wild,')).toBe(true);
		for (const speech of [
			'Thanks, Milo,',
			'Sorry, Mike.',
			'Absolutely,',
			'Me too,',
			'Well. Here we are.',
			'Mailbox Fire',
		])
			expect(isPunctuatedTitle(speech), speech).toBe(false);
	});

	it('abstains when two people of unknown gender could be meant', () => {
		const { said } = attribute('Alex Morgan met Sam Rivera on Monday.', '“It went well,” they said.');
		expect(said).toEqual([]);
	});
});

describe('findNames', () => {
	it('does not take a number word opening a sentence for part of a name', () => {
		expect(findNames('Two Amur leopard cubs were born at Pinecrest Zoo.')).toEqual(['Pinecrest Zoo']);
		expect(findNames('Seven Hollis Museum pieces were taken.')).toEqual(['Hollis Museum']);
		expect(findNames('Every Millbrook family lost something.')).toEqual([]);
	});

	it('takes a lone name written with an age or "who" after it for a person, not a company', () => {
		const { story, said } = attribute(
			'\u201CWe were six seconds away,\u201D said Achterberg, a 17-year-old senior.',
			'The team thanked Achterberg, who will study engineering. An analyst at Greyline Capital, who expects more cuts, agreed.',
			'Greyline Capital cut its forecast.',
		);
		const kind = (name: string) => story.index.entities.entities.find((e) => e.name === name)?.kind;
		expect(kind('Achterberg')).toBe('person');
		expect(kind('Greyline Capital')).toBe('organization');
		expect(said.map(([speaker]) => speaker)).toEqual(['Achterberg']);
	});

	it('takes a name holding a possessive before another word for no person\'s ("St. Brendan\'s Hospital")', () => {
		const { story } = attribute(
			"Twelve patients went to St. Brendan's Hospital, and four to Vienna's Konzerthaus clinic.",
			"St. Brendan's Hospital sent them home that afternoon.",
		);
		const kinds = story.index.entities.entities.filter((e) => /['’]s\s/.test(e.name)).map((e) => [e.name, e.kind]);
		expect(kinds.length).toBeGreaterThan(0);
		for (const [name, kind] of kinds) expect(kind, name).toBe('organization');
	});

	it("takes a name of several words ending in a word for an institution for no person's, whatever its first word", () => {
		const { story } = attribute(
			'Harmony Springs High School closed early. Frances Mahon Deaconess Hospital treated two students.',
			'“We were ready,” said Grace Church, 61, a nurse there.',
		);
		const kind = (name: string) => story.index.entities.entities.find((e) => e.name === name)?.kind;
		expect(kind('Harmony Springs High School')).toBe('organization');
		expect(kind('Frances Mahon Deaconess Hospital')).toBe('organization');
		// Written as a person's, with an age after it.
		expect(kind('Grace Church')).toBe('person');
	});

	it("takes the place opening an article's dateline for no person's name, with or without its state, date or agency", () => {
		const kinds = (...paragraphs: string[]) => {
			const { story } = attribute(...paragraphs);
			return story.index.entities.entities.filter((e) => /^[A-Z ]+$/.test(e.name)).map((e) => [e.name, e.kind]);
		};
		for (const [opening, place] of [
			['PORT ELDON, N.J. — Ray Dombrowski keeps pigeons.', 'PORT ELDON'],
			['PORT ADLEY, Oct. 13 — Dana Okafor won the race.', 'PORT ADLEY'],
			['PORT ADLEY — A wall of mud slid across the highway.', 'PORT ADLEY'],
			['PORT ELDON, N.J., Oct. 13, 2024 — Ray Dombrowski keeps pigeons.', 'PORT ELDON'],
			['CORNER BROOK, Newfoundland and Labrador — The ferry docked.', 'CORNER BROOK'],
		])
			expect(kinds(opening as string, 'It was late.'), opening).toEqual([[place, 'organization']]);
		// (Not a name opening a later paragraph, nor one written as a person's.)
		expect(kinds('A wall of mud slid across the highway.', 'MARLA KEYES — a nurse — stopped to help.')).toEqual([
			['MARLA KEYES', 'person'],
		]);
		// Nor a first name and a surname in capitals with a dash alone (a transcript's speaker).
		expect(kinds('SAVANNAH GUTHRIE — Thank you for joining us.', 'She smiled.')).toEqual([
			['SAVANNAH GUTHRIE', 'person'],
		]);
	});

	it('takes no name for a place that opens a first paragraph unless a dateline writes it so, whole and in capitals', () => {
		const kind = (name: string, ...paragraphs: string[]) =>
			attribute(...paragraphs).story.index.entities.entities.find((e) => e.name === name)?.kind;
		expect(kind('Dana Okafor', 'Dana Okafor — a chemistry teacher — won the race.', 'She is 41.')).toBe('person');
		expect(kind('Dana Okafor', 'Dana Okafor - a chemistry teacher - won the race.', 'She is 41.')).toBe('person');
		expect(kind('Harriet Olsen', 'Harriet Olsen (1931-2024) — a carillonneur — died.', 'She was 93.')).toBe('person');
		expect(kind('Gus Brenner', 'Gus Brenner, 58 — a former trucker — flies hawks.', 'He smiled.')).toBe('person');
		// (Nor a dateline's town for another article's longer name holding it.)
		const articles = [
			[
				'Storm floods the city',
				'HOUSTON, Texas — The storm flooded the bayou overnight.',
				'Crews pumped water all day.',
			],
			['A singer remembered', 'Whitney Houston sang at the rodeo in 1985.', 'She was 21, and she sang again in 1986.'],
		].map(([title, ...paragraphs], i) => {
			const parsed = parseArticle(`a${i}.txt`, [title, ...paragraphs].join('\n\n'));
			if (!parsed.ok) throw new Error('bad test article');
			return parsed.article;
		});
		const story = createStory({ articles }, defaultLexicon());
		expect(story.index.entities.entities.find((e) => e.name === 'Whitney Houston')?.kind).toBe('person');
	});

	it('counts a surname written alone for whom its article last named in full with it, and a place word for nobody', () => {
		const { story } = attribute(
			'Gordon Pellerin builds guitars in Fresno County. In 2012, Pellerin started.',
			'Every neck, Pellerin said, is sanded by hand. He sells them in Fresno.',
			'Darlene Pellerin, his wife, keeps the books.',
		);
		const mentions = (name: string) => story.index.entities.entities.find((e) => e.name === name)?.mentions;
		expect(mentions('Gordon Pellerin')).toBe(3);
		expect(mentions('Darlene Pellerin')).toBe(1);
		expect(mentions('Fresno County')).toBe(1);
		// So a question naming "Pellerin" alone asks about him.
		expect(analyzeQuestion('what does pellerin build', story.index, story.lexicon).subject?.name).toBe(
			'Gordon Pellerin',
		);
		// The son named after his father is whom "Kowalczyk" then means.
		const son = attribute(
			'Mark Kowalczyk watched his son, Jake Kowalczyk, run.',
			'Jake Kowalczyk, 17, set a school record. In March, Kowalczyk said he would run again.',
			'On Saturday, Kowalczyk will run in Boston.',
		).story;
		expect(analyzeQuestion('what record did kowalczyk set', son.index, son.lexicon).subject?.name).toBe(
			'Jake Kowalczyk',
		);
		// "According to" names a person, not a place.
		const source = attribute(
			'Gordon Pellerin builds guitars. Darlene Pellerin keeps the books.',
			'The shop will close in May, according to Pellerin.',
		).story;
		expect(source.index.entities.entities.find((e) => e.name === 'Darlene Pellerin')?.mentions).toBe(2);
		// A place named as a person's first name is not.
		for (const place of ['shipped to Dallas', 'shipped from Dallas', 'the pride of Dallas']) {
			const city = attribute('Dallas Thompson opened a bakery.', `Her cakes are ${place} and Houston.`).story;
			expect(city.index.entities.entities.find((e) => e.name === 'Dallas Thompson')?.mentions, place).toBe(1);
		}
	});

	it('keeps a first name and a surname WordNet files as a group for a person\'s ("Charlotte Church")', () => {
		const { story, said } = attribute(
			'Charlotte Church sang the anthem in Cardiff. George W. Bush watched.',
			'“I was nervous,” she said. “The crowd was lovely.”',
		);
		const kind = (name: string) => story.index.entities.entities.find((e) => e.name === name)?.kind;
		expect(kind('Charlotte Church')).toBe('person');
		expect(said.map(([speaker]) => speaker)).toContain('Charlotte Church');
	});

	it('ends a name at a full stop after a possessive ("to Johnson\'s. Kim Kardashian")', () => {
		expect(findNames("Her case is like Alice Johnson's. Kim Kardashian West took it to Trump.")).toEqual([
			'Alice Johnson',
			'Kim Kardashian West',
		]);
		// Still one name where the possessive stands inside it, before a single word.
		expect(findNames("She died at St Aidan's Hospice. Mary Kerr said so.")).toEqual([
			"St Aidan's Hospice",
			'Mary Kerr',
		]);
	});

	it('reads a word after a quotation closing a sentence, or after a blanked quotation, as a sentence start', () => {
		const names = (text: string) => findNameSpans(text).map((span) => span.name);
		// A lone capitalised word opening a sentence is no name unless known as one.
		expect(names('\u201CWe are going home.\u2019\u201D Though she noted it, Kim Kardashian went.')).toEqual([
			'Kim Kardashian',
		]);
		// A paragraph's narration, its quotation blanked: what follows opens the paragraph.
		expect(names(`${' '.repeat(40)}Though she noted it, Kim Kardashian went.`)).toEqual(['Kim Kardashian']);
		// Not after a comma: "Johnson" is named inside the sentence.
		expect(names(`She said, ${' '.repeat(30)} Johnson nodded.`)).toEqual(['Johnson']);
	});

	it('ends a sentence at a full stop after a lower-case word, not at the closing mark of a question', () => {
		const names = (text: string) => findNameSpans(text).map((span) => span.name);
		// "president." is no honorific ("Dr."): "Though" opens a sentence, and is no name.
		expect(names('Kim Kardashian thanked the president. Though she disagreed, she stayed.')).toEqual([
			'Kim Kardashian',
		]);
		// The attribution after a question goes on with its sentence: "Hale" is named in it.
		expect(names('\u201CWhy now?\u201D Hale asked.')).toEqual(['Hale']);
	});

	it('leaves a role written as an acronym out of the name before it ("The KKW Beauty CEO")', () => {
		const names = (text: string) => findNameSpans(text, defaultLexicon()).map((span) => span.name);
		expect(names('The KKW Beauty CEO had a big win.')).toEqual(['KKW Beauty']);
		// Not a name's last word that is a person's noun but no acronym, nor an acronym naming no person.
		expect(names('Kim Baker met the Ashgrove NAACP.')).toEqual(['Kim Baker', 'Ashgrove NAACP']);
		// A surname written in capitals: a longer word, or after a first name in capitals.
		expect(names('Kim CARTER met Hillary CLINTON.')).toEqual(['Kim CARTER', 'Hillary CLINTON']);
		expect(names('By JOHN SMITH and BILL GUY, staff writers.')).toEqual(['JOHN SMITH', 'BILL GUY']);
	});

	it('reads a pronoun after a name with an initial as that person\'s ("Zorvath R. Quinn said she")', () => {
		const { story } = attribute('The court heard Zorvath R. Quinn on Monday. Zorvath R. Quinn said she would appeal.');
		expect(story.index.entities.entities.find((e) => e.name === 'Zorvath R Quinn')?.gender).toBe('female');
	});

	it('reads the first word of a quotation as a sentence start ("Now I know")', () => {
		expect(findNames('She said, \u201CNow I know what we lost.\u201D', defaultLexicon())).toEqual([]);
		expect(findNames('She said, \u201CAlice Johnson called me.\u201D', defaultLexicon())).toEqual(['Alice Johnson']);
	});
});
