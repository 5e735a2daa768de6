import { describe, expect, it } from 'vitest';
import { answerTypeEvidence, findAnswers, mayHold } from '../src/answer-types.js';
import { ask } from '../src/ask.js';
import { parseArticle } from '../src/corpus.js';
import { defaultLexicon } from '../src/lexicon.js';
import {
	type AnswerHint,
	analyzeQuestion,
	classifyQuestion,
	questionText,
	superlativesOf,
	withinOneEdit,
} from '../src/question.js';
import { RANKING, scoreCandidates } from '../src/ranking.js';
import { createStory } from '../src/story.js';
import { analyzeWord } from '../src/text.js';
import { markedWords, scoredIn, storyOf } from './support/story.js';

const lexicon = defaultLexicon();

/** The id of the passage `/ask` ranks first for the question over the story, undefined for none. */
const firstPassage = (story: { index: Parameters<typeof ask>[0] }, question: string) =>
	ask(story.index, question, { lexicon }).results[0]?.passageId;

describe('classifyQuestion', () => {
	it.each([
		['whos amaras coach', 'who'],
		["where's the chess prodigy from?", 'where'],
		["when's her next big tournament", 'when'],
		['which council member was behind the plan?', 'who'],
		['what company does she run?', 'who'],
		['what did police say?', 'what'],
		['which outlet reported it?', 'what'],
		['how much time does she put into chess each day?', 'duration'],
		['how big a pay bump did the nurses get', 'count'],
		['which way did the getaway van go', 'where'],
		['what place did she finish in?', 'what'],
		['what place did the team come in last year', 'what'],
		['what place did they visit first', 'where'],
		['at what age did she start?', 'age'],
		['what year will the network be done?', 'when'],
		['Will Kim run for president someday?', 'yesno'],
		["what's the cash bonus for the winner?", 'count'],
		['what was the fine', 'count'],
		['what is her salary?', 'count'],
		["what's the whole haul worth", 'count'],
		['what is the stolen collection worth?', 'count'],
		['what was the worth of the deal to her', 'what'],
		['what prize did the bakery win?', 'what'],
		['what was the prize?', 'what'],
		['what was the gift?', 'what'],
		['what is the money for?', 'what'],
		['what is the role of money in the recovery', 'what'],
		['what is the bakery called?', 'what'],
		['so is kim running for office or not', 'yesno'],
		['ok, hey, who won the race?', 'who'],
		['do you know how long alice was in prison', 'duration'],
		['can someone tell me when the crash happened?', 'when'],
		['does anyone know if alice was released', 'yesno'],
		['i wonder why she did it', 'why'],
		['any idea why the bleachers fell? like what caused it', 'why'],
		['got any clue when the fair reopens', 'when'],
		['ok any idea why the bleachers fell', 'why'],
		['hey, got any clue when the fair reopens', 'when'],
		['so like what happened', 'what'],
		['lol like who won', 'who'],
		['did anyone know who the thief was?', 'yesno'],
		['do they know what started the fire', 'why'],
		['what made the street cave in', 'why'],
		['what do they think caused the crash', 'why'],
		['what led to the strike?', 'why'],
		['what did the crash cause', 'what'],
		['what was the cause of the fire', 'why'],
		["what's the reason the driver lost control", 'why'],
		['whats the reason they shut the road', 'why'],
		['what was the main reason for the delay', 'why'],
		['what reasons did she give', 'what'],
		['what could have caused the crash', 'why'],
		['what did kim say made her want to help', 'why'],
		['what made up most of the money raised', 'what'],
		['which made more money, the raffle or the shirts', 'what'],
		['what made headlines', 'what'],
		['what cause does the fundraiser support', 'what'],
		['how quickly was the train going', 'count'],
		['how soon after the visit was she freed', 'duration'],
		['how quickly did the crews arrive', 'duration'],
		['how fast did the lifeguards get everybody out of the water', 'duration'],
		['how fast did the car go', 'count'],
		['how fast were the winds', 'count'],
		['how fast did police respond', 'duration'],
		['how fast did the plane fly', 'count'],
		['how fast did the train take the curve', 'count'],
		['how fast did the fire spread', 'count'],
		['how fast did the winds get', 'count'],
		['how fast did the winds reach', 'count'],
		['how fast did the winds get during the storm', 'count'],
		['what times can u use the skate park now', 'when'],
		['what hours is the pool open', 'when'],
		['which days is the market on', 'when'],
		['what yr was alice convicted', 'when'],
		['wat did she study', 'what'],
		['wut time did it start', 'when'],
		['whn did the pool open', 'when'],
		['Wat did she study', 'what'],
		['so wats her name', 'what'],
		['who designed wat arun', 'who'],
		['hows long has he been maried to his wife', 'duration'],
		['so hows many ppl were there', 'count'],
		['hows the dog doing', 'how'],
		['hows long island doing after the storm', 'how'],
		['hows fast food doing', 'how'],
		['hows long?', 'duration'],
		['hows long they been married', 'duration'],
		['hows long r they staying', 'duration'],
		['hows old he is', 'age'],
		['hows far away is tulsa', 'count'],
		['hows high school going for her', 'how'],
		['hows long-term care going', 'how'],
		['hows old-school baseball doing', 'how'],
		['where r the evacuees staying', 'where'],
		['why did the train come off the tracks, do they know', 'why'],
	])('%s -> %s', (question, type) => {
		expect(classifyQuestion(question, lexicon).type).toBe(type);
	});

	it('leaves alone what only looks like chat (a review of the chat reading)', () => {
		const text = (q: string, index?: Parameters<typeof questionText>[2]) => questionText(q, lexicon, index).text;
		// "anyone" ending a yes/no question is part of it; after a comma it is a request.
		expect(text('did the police arrest anyone?')).toBe('did the police arrest anyone?');
		expect(text('who won, anyone?')).toBe('who won');
		// A stop word is no name's possessive ("this" and a Nguyen Thi Lan).
		const thi = storyOf('Nguyen Thi Lan won the award. Thi Lan said so.').index;
		expect(text('what is this award for', thi)).toBe('what is this award for');
		// Initials, "r&d", "the r rate", openers before no question, a word that is a word.
		for (const q of [
			'george w. bush said what',
			'how much did they spend on r&d',
			'what was the r rate',
			'So far, how many people have died?',
			'Wait times at the ER',
			'how many indigenous peoples live there',
			'what happened amid the crash',
			'what did amy say',
		])
			expect(text(q, thi)).toBe(q);
		// A short word the corpus lacks is as likely a name as a typo ("greta" is no "great").
		expect(text('what did greta say', thi)).toBe('what did greta say');
		// Embedded, a yes or no whether anyone did something is still one.
		expect(analyzeQuestion('Do you know if anyone was hurt', thi, lexicon).hint.existential).toBe(true);
		// The texts are the reader's words only at the end or before a comma.
		const words = (q: string) => analyzeQuestion(q, thi, lexicon).concepts.map((c) => c.word);
		expect(words('what was in the text messages she sent')).toContain('text');
		expect(classifyQuestion('what hour did the shooting start', lexicon).type).toBe('when');
		expect(classifyQuestion('in what years did she win', lexicon).type).toBe('when');
	});

	it('reads a question asked for about an answer, or for a time something ended or began by, as the question it is', () => {
		const { index } = storyOf('The fire at the plant started Tuesday night.');
		const asked = (q: string) => analyzeQuestion(q, index, lexicon);
		for (const q of [
			'around what time did the fire start tues night',
			'about what time did the fire start',
			'roughly what time did it start',
			'by what time was the fire out',
			'until what time was the order in place',
		]) {
			expect(asked(q).type, q).toBe('when');
			expect(asked(q).hint.when, q).toBe('time');
		}
		expect(asked('since what year has she played').hint.when).toBe('year');
		for (const q of ['around when did the fire start', 'since when has she played', 'until when is it closed'])
			expect(asked(q).type, q).toBe('when');
		expect(asked('approximately how many people came').type).toBe('count');
		expect(asked('about how long did it burn').type).toBe('duration');
		expect(asked('exactly how old is she').type).toBe('age');
		// The word only says how near an answer is: it is no word of the question's.
		expect(asked('around what time did the fire start').concepts.map((c) => c.word)).toEqual(['fire', 'start']);
		// Not "about" after the question word, nor before anything else.
		expect(asked('what was the fight about').type).toBe('what');
		expect(asked('about the fire, when did it start').concepts.map((c) => c.word)).toContain('fire');
	});

	it('reads the words chat shortens as written out, not a capital or an initial', () => {
		expect(questionText('how many ppl had to leave b4 the storm').text).toBe(
			'how many people had to leave before the storm',
		);
		expect(questionText('how many ppl lost power bc of the balloon').text).toBe(
			'how many people lost power because of the balloon',
		);
		expect(questionText('why did they go w/o him b/c of the storm tmrw').text).toBe(
			'why did they go without him because of the storm tomorrow',
		);
		expect(questionText('is anyone else in her fam learning it, per the mgr convo').text).toBe(
			'is anyone else in her family learning it, per the manager conversation',
		);
		expect(questionText('when did BC Hydro restore power').text).toBe('when did BC Hydro restore power');
		expect(questionText('how long has gene been doin the route').text).toBe('how long has gene been doing the route');
		// Contractions without their apostrophe: "thats", found nowhere, outweighed every other word.
		expect(questionText('how old is the mailman thats retiring, ive heard hes 66').text).toBe(
			"how old is the mailman that's retiring, i've heard he's 66",
		);
		// In capitals too, as a phone types the first word: "Hes", "Thats"; and "hed".
		expect(questionText('Hes retiring? what did he say hed do').text).toBe("he's retiring? what did he say he'd do");
		// Not a name ("Ive", "Im") where the corpus has someone so named, nor a contraction that
		// spells a word of its own ("we'll": well).
		expect(questionText('what did Ive design, well?').text).toBe('what did Ive design, well?');
		const ive = storyOf('Jony Ive designed the lamp. Ive said it took three years.').index;
		expect(questionText('what did ive design', undefined, ive).text).toBe('what did ive design');
		// Nor any spelling the corpus uses, as a name or a word ("Hed Mayner", the group IVE).
		const used = storyOf('Hed Mayner showed a coat in Paris.', 'The group IVE released an album in May.').index;
		expect(questionText('what did Hed show, and what did IVE release', undefined, used).text).toBe(
			'what did Hed show, and what did IVE release',
		);
		expect(questionText('what did he design, Im sure', undefined, storyOf('He designed a lamp.').index).text).toBe(
			"what did he design, i'm sure",
		);
		// Not the era ("300 bc"), a hashtag ("#tmrw"), nor "cos".
		expect(questionText('what was built in 300 bc').text).toBe('what was built in 300 bc');
		expect(questionText('did the fair close at 3 bc of the storm').text).toBe(
			'did the fair close at 3 because of the storm',
		);
		expect(questionText('is #tmrw trending').text).toBe('is #tmrw trending');
		expect(questionText('how many cos were fined').text).toBe('how many cos were fined');
		expect(analyzeQuestion('is he goin to retire', storyOf('He will retire.').index, lexicon).future).toBe(true);
		expect(questionText('is the U.S. involved').text).toBe('is the U.S. involved');
		expect(questionText('what did R. Kelly say').text).toBe('what did R. Kelly say');
		const { index } = storyOf('About 50 people had to leave.');
		expect(analyzeQuestion('how many ppl had to leave', index, lexicon).hint.countsPeople).toBe(true);
	});

	it('reads an ordinal or a number typed in figures as the corpus writes it in words ("2nd": second, "2": two)', () => {
		const terms = (q: string, ...paragraphs: string[]) =>
			analyzeQuestion(q, storyOf(...paragraphs).index, lexicon).concepts.find((c) => c.word === '2nd')?.terms;
		const race = terms('who finished 2nd in the race', 'Margaret Doyle finished second in 2:33:05, a minute behind.');
		expect(race?.get(analyzeWord('second') as string)).toBe(1);
		// Not a length of time: "2nd" relates as the ordinal it is.
		expect(race?.has(analyzeWord('minute') as string)).toBe(false);
		// Not a day after its month: "june 5th" is June 5, as news writes it.
		expect(questionText('what did the board do on june 5th').text).toBe('what did the board do on June 5');
		expect(questionText('was it Nov. 3rd or sept 21st').text).toBe('was it November 3 or September 21');
		expect(questionText('was it june the 3rd or the 4th of july').text).toBe('was it June 3 or July 4');
		expect(questionText('what happened on may 3rd').text).toBe('what happened on May 3');
		// ("May" and "march" are verbs too.)
		expect(questionText('may 3rd parties bid on the contract').text).toBe('may 3rd parties bid on the contract');
		expect(questionText('did they march 3rd street').text).toBe('did they march 3rd street');
		// Where the corpus writes the figures, the figures.
		expect(terms('who lives on 2nd street', 'She lives on 2nd Street, second house on the left.')?.get('2nd')).toBe(1);
		// A number up to twenty, too: news spells out those under ten ("the 2 boys": *two boys*);
		// only where it counts things, not as a label, a time, a share or part of a larger number.
		const twos = storyOf('The two boys were found at dawn, two hours later; ten made it to the top.').index;
		const written = (q: string, figure: string, word: string) =>
			analyzeQuestion(q, twos, lexicon)
				.concepts.find((c) => c.word === figure)
				?.terms.has(analyzeWord(word) as string) === true;
		expect(written('where were the 2 boys found', '2', 'two')).toBe(true);
		expect(written('were they found 2 hours later', '2', 'two')).toBe(true);
		for (const q of ['were they found at 2', 'was it 2%', 'what does she want 2 do', 'who was number 2'])
			expect(written(q, '2', 'two'), q).toBe(false);
		expect(written('were 2,500 boys found', '2', 'two')).toBe(false);
		expect(written('were they found at 2 pm', '2', 'two')).toBe(false);
		expect(written('were they found at 2 p.m.', '2', 'two')).toBe(false);
		expect(written('who made the top 10 list', '10', 'ten')).toBe(false);
		// (A plural WordNet reads mostly as a verb is still counted: "2 votes".)
		expect(written('were there 2 votes', '2', 'two')).toBe(true);
		expect(written('within a week 2 boys were found', '2', 'two')).toBe(true);
		const route = storyOf('Gene drove Route 2 and the two lanes of Route 9.').index;
		expect(
			analyzeQuestion('who drove route 2', route, lexicon)
				.concepts.find((c) => c.word === '2')
				?.terms.has('2'),
		).toBe(true);
	});

	it('reads chat\'s "like" before a number as "about" ("take like 5 kids"), not before other words', () => {
		for (const [typed, read] of [
			['why does she only take like 5 kids at a time', 'why does she only take about 5 kids at a time'],
			['was it like a dozen ppl', 'was it about a dozen people'],
			['it took like 15 minutes', 'it took about 15 minutes'],
			['it took like a couple of hours', 'it took about a couple of hours'],
			['she went to like 5 stores', 'she went to about 5 stores'],
			['why did only like 5 people show up', 'why did only about 5 people show up'],
		])
			expect(questionText(typed as string).text, typed).toBe(read);
		// Not the verb, after a subject or an auxiliary, nor before other words.
		for (const typed of [
			'would she like 2 tickets',
			'did kim like 2 songs',
			'there were like 2 of them',
			'what did kim like about her',
			'did they like the 5 new songs',
		])
			expect(questionText(typed).text, typed).toBe(typed);
	});

	it('asks for a time of day with "what times" or "what hours"', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('The park is open from 7 a.m.').index, lexicon).hint;
		expect(hint('what times can u use the skate park now').when).toBe('time');
		expect(hint('what hours is the park open').when).toBe('time');
		expect(hint('which days is the park open').when).toBe('day');
	});

	it('searches for the question, not for what chat puts before it', () => {
		const { index } = storyOf('Alice Johnson was released from prison. Tell me about it, she said.');
		const words = (q: string) => analyzeQuestion(q, index, lexicon).concepts.map((c) => c.word.toLowerCase());
		expect(words('so do you know how long alice was in prison')).toEqual(['alice', 'prison']);
		expect(words('does anyone know if alice was released')).toEqual(['alice', 'released']);
		expect(words('how long was alice in prison, do you know')).toEqual(['alice', 'prison']);
		expect(words('who freed alice, anyone?')).toEqual(['freed', 'alice']);
		expect(questionText('does anyone know').text).toBe('does anyone know');
		expect(words('any idea why alice was released? like who freed her')).toEqual(['alice', 'released', 'freed']);
		// "End up" only says it came to that.
		expect(words('how many ppl ended up in the prison')).toEqual(['people', 'prison']);
		expect(words('did alice end up getting released')).toEqual(['alice', 'getting', 'released']);
		expect(words('how did it end up')).toContain('end');
		expect(words('what did alice end up with')).toContain('end');
		expect(words('how many ppl ended up injured')).toEqual(['people', 'injured']);
		expect(questionText('why was the crowd so wound up before the match').text).toContain('wound up');
		expect(questionText('what is at the dead end up the hill').text).toContain('end up');
		// "Like" as a word of the question stays.
		expect(words('what did alice like about prison')).toEqual(['alice', 'like', 'prison']);
		// A request with its own object keeps it: "tell me about the crash" is about a crash.
		expect(words('tell me about the prison')).toEqual(['tell', 'prison']);
		expect(words('do you know her name')).toContain('know');
	});

	it('takes only "how fast" for the opener of a question asking how soon ("how fast did the lifeguards get ...")', () => {
		const { index } = storyOf('Lifeguards cleared the water within four minutes.');
		const words = (q: string) => analyzeQuestion(q, index, lexicon).concepts.map((c) => c.word.toLowerCase());
		expect(words('how fast did the lifeguards get everybody out of the water')).toEqual(['lifeguards', 'get', 'water']);
	});

	it('reads a function word typed with two letters swapped, a long one a letter off, or an -ing form without its g, as that word', () => {
		expect(classifyQuestion('waht year did alice get out', lexicon).type).toBe('when');
		const { index } = storyOf('Five men spent 10 hours in a raft.');
		const words = (q: string) => analyzeQuestion(q, index, lexicon).concepts.map((c) => c.word.toLowerCase());
		expect(words('how long were they stuck in teh raft')).toEqual(['stuck', 'raft']);
		expect(words('were thier injuries bad')).toEqual(['injuries', 'bad']);
		// A name is capitalised, or a word the corpus writes ("Ms. Teh"); a word with two readings
		// is left ("hwo": who or how).
		expect(words('what did Teh say')).toEqual(['teh', 'say']);
		const teh = storyOf('Ms. Teh spent 10 hours in a raft.').index;
		expect(analyzeQuestion('what did teh say', teh, lexicon).concepts.map((c) => c.word)).toEqual(['teh', 'say']);
		expect(classifyQuestion('hwo long were they in the raft', lexicon).type).toBe('other');
		// A long function word with a letter dropped, added or mistyped; not one word of several ("ther":
		// there, their or other).
		expect(words('who did they call befor the raft sank')).toEqual(['call', 'raft', 'sank']);
		expect(words('did they sink becuse of the storm')).toEqual(['sink', 'storm']);
		expect(words('was ther a raft')).toEqual(['ther', 'raft']);
		// An -ing form typed without its g, as said ("blowin", "somethin"); not a first name ("darin":
		// daring), a word English hardly uses ("plugin": pluging), a typo of a word the story writes
		// ("mountin": mountain, below), or a word and a particle it hyphenates ("checkin": check-in).
		const desk = storyOf('Guests used the hotel’s check-in desk.').index;
		const read = (q: string, at = index) => questionText(q, lexicon, at).text;
		expect(read('how fast was the wind blowin')).toBe('how fast was the wind blowing');
		expect(read('was there somethin in the raft')).toBe('was there something in the raft');
		for (const kept of ['where does darin live', 'was the plugin broken']) expect(read(kept)).toBe(kept);
		expect(read('where was the checkin desk', desk)).toBe('where was the checkin desk');
		// A road's kind abbreviated as in an address, where the corpus does not abbreviate it ("hwy" is no "why").
		const road = storyOf('Police closed Highway 47 and Tillman Avenue.').index;
		const roadWords = (q: string, at = road) => analyzeQuestion(q, at, lexicon).concepts.map((c) => c.word);
		expect(roadWords('when did they close hwy 47')).toEqual(['close', 'highway', '47']);
		// ("Tillman Avenue" is then the name the corpus writes.)
		expect(roadWords('is tillman ave open')).toEqual(['tillman', 'open']);
		expect(analyzeQuestion('is tillman ave open', road, lexicon).concepts[0]?.entity?.name).toBe('Tillman Avenue');
		// Not a saint, an average, or a road the corpus does not write.
		const prices = storyOf('The average price of gas rose in Saint Louis, on Main Street and on Tillman Avenue.').index;
		expect(questionText('what happened in st louis', lexicon, prices).text).toBe('what happened in st louis');
		expect(questionText('what was the ave price of gas', lexicon, prices).text).toBe('what was the ave price of gas');
		expect(questionText('is tillman ave open', lexicon, prices).text).toBe('is tillman avenue open');
		expect(questionText('is kessler rd open', lexicon, prices).text).toBe('is kessler rd open');
		expect(questionText('is rte 9 open', lexicon, road).text).toBe('is rte 9 open');
		const route = storyOf('Police closed Route 9 near the school.').index;
		expect(questionText('is rte 9 open', lexicon, route).text).toBe('is route 9 open');
		expect(questionText('how long was rt 9 shut down', lexicon, route).text).toBe('how long was route 9 shut down');
		// ("rt" alone is no road: "did they get it rt"; nor after a name: "did musk rt it".)
		expect(questionText('did they get it rt', lexicon, route).text).toBe('did they get it rt');
		const musk = storyOf('Elon Musk posted it on Route 9.').index;
		expect(questionText('did musk rt it', lexicon, musk).text).toBe('did musk rt it');
		const abbreviated = storyOf('Police closed Hwy. 47.').index;
		expect(roadWords('when did they close hwy 47', abbreviated)).toEqual(['close', 'hwy', '47']);
		// Nor a name one letter from a function word ("shane": shan't, "reilly": really).
		expect(words('what did shane say about the raft')).toEqual(['shane', 'say', 'raft']);
		expect(words('did reilly see the raft')).toEqual(['reilly', 'see', 'raft']);
		// Given the corpus, a word neither it nor WordNet knows, as the word WordNet knows.
		const dog = storyOf('Biscuit weighed 19 pounds when he was found.').index;
		const weight = analyzeQuestion('how much wieght did the dog lose', dog, lexicon);
		expect(weight.concepts.map((c) => c.word)).toEqual(['weight', 'dog', 'lose']);
		expect(weight.hint.measure).toBe('weight');
		// A possessive typed without its apostrophe: a plural's, a name's the corpus never writes so.
		const race = storyOf("The men's race was won by Tomas Rehak. Kim Vance's lawyer spoke.").index;
		expect(questionText('who won the mens race', lexicon, race).text).toBe("who won the men's race");
		expect(questionText('what did kims lawyer say', lexicon, race).text).toBe("what did kim's lawyer say");
		expect(analyzeQuestion('who won the mens race', race, lexicon).concepts[1]?.terms.has('man')).toBe(true);
		// Not a word WordNet knows ("times"), nor without the corpus.
		expect(questionText('how many times did rehak win', lexicon, race).text).toBe('how many times did rehak win');
		expect(questionText('what did kims lawyer say', lexicon).text).toBe('what did kims lawyer say');
		// Not inside a word ("hadn't" is no "hand").
		expect(analyzeQuestion("Did Biscuit know he hadn't eaten", dog, lexicon).concepts.map((c) => c.word)).toEqual([
			'Biscuit',
			'know',
			'eaten',
		]);
	});

	it("does not search for the reader's words for the texts themselves", () => {
		const { index } = storyOf('Alice Johnson, 63, read the report. The story ran in 2018.');
		const words = (q: string) => analyzeQuestion(q, index, lexicon).concepts.map((c) => c.word.toLowerCase());
		expect(words('how old is alice in these articles')).toEqual(['alice']);
		expect(words('according to the stories, how old is alice?')).toEqual(['alice']);
		// A report may be part of the story, and so may a story told in it.
		expect(words('what did alice say in the report')).toEqual(['alice', 'say', 'report']);
		expect(words('what story did alice tell')).toContain('story');
		// Interviews or reports as the reader's texts only "in these"; "this report" or "those
		// interviews" may be the story's.
		expect(words('how old is alice in these interviews')).toEqual(['alice']);
		expect(words('what did alice say in the interview')).toEqual(['alice', 'say', 'interview']);
		expect(words('what did alice find in this report')).toContain('report');
		expect(words('what did alice learn from those interviews')).toContain('interviews');
	});

	it('says when a yes/no question asks whether anyone or anything did something', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('Rosa Delgado was convicted.').index, lexicon).hint;
		expect(hint('Did anybody die in the flood?').existential).toBe(true);
		expect(hint('has anyone been arrested over the theft').existential).toBe(true);
		expect(hint('were there any injuries').existential).toBe(true);
		expect(hint('Did Kim call Ivanka?').existential).toBeUndefined();
		expect(hint('who died in the flood').existential).toBeUndefined();
	});

	it('says when a question asks for an amount of money', () => {
		const money = (q: string) => classifyQuestion(q, lexicon).money;
		expect(money('how much prize money does the champion get')).toBe(true);
		expect(money('how much is the fine')).toBe(true);
		expect(money('what was the fine')).toBe(true);
		expect(money("what's the whole haul worth")).toBe(true);
		expect(money('how much snow fell')).toBe(false);
		expect(money('how many nurses walked out')).toBe(false);
	});
});

describe('withinOneEdit', () => {
	it('accepts one insertion, deletion, substitution or swap, and nothing else', () => {
		expect(withinOneEdit('walkd', 'walked')).toBe(true);
		expect(withinOneEdit('peices', 'pieces')).toBe(true);
		expect(withinOneEdit('strike', 'strake')).toBe(true);
		expect(withinOneEdit('strike', 'strike')).toBe(false);
		expect(withinOneEdit('strike', 'stroke!')).toBe(false);
		expect(withinOneEdit('abcd', 'badc')).toBe(false);
	});
});

describe('analyzeQuestion', () => {
	const story = storyOf(
		'More than 1,800 nurses walked out. The nurses, represented by the Avalon County Nurses Association, struck for 12 days.',
		'Rosa Delgado, 52, leads the Avalon County Nurses Association. Delgado has worked at Riverside General Hospital for 27 years.',
		'Riverside General Hospital said the deal was fair. Kim Kardashian West was not involved.',
	);
	const concepts = (q: string) => analyzeQuestion(q, story.index, lexicon).concepts;

	it('reads a common word that is part of a name as that word, and a name typed in lower case as the person', () => {
		const [nurses] = concepts('how many nurses walked out');
		expect(nurses?.entity).toBeUndefined();
		const [delgado] = concepts('how old is delgado');
		expect(delgado?.entity?.name).toBe('Rosa Delgado');
		const [kim] = concepts('is kim involved');
		expect(kim?.entity?.name).toBe('Kim Kardashian West');
	});

	it('lets a common word heading a name stand for the rest of it ("the association" for Avalon County Nurses)', () => {
		const [association] = concepts('what did the association decide');
		expect(association?.terms.get('avalon')).toBeGreaterThan(0);
		expect(association?.terms.get('associ')).toBe(1);
	});

	it('corrects a word one edit away from the corpus that no dictionary knows', () => {
		const [, walked] = concepts('how many nurses walkd out');
		expect(walked?.terms.has('walk')).toBe(true);
		// With its particle, as the word it stands for: "walkd out" relates as "walked out" does.
		const [, spelled] = concepts('how many nurses walked out');
		expect([...(walked?.terms.keys() ?? [])]).toEqual([...(spelled?.terms.keys() ?? [])]);
		expect(walked?.terms.has('strike')).toBe(true);
		// Read as the word the corpus writes for it, not its stem ("happi"), which WordNet does not
		// know; and a typo of a name as the name, with no dictionary words ("devon": a county).
		const typos = storyOf(
			'She was happy for it.',
			'Everyone was glad.',
			'Devon Achterberg will study.',
			'The county fair opened.',
		);
		const termsOf = (q: string, word: string) =>
			analyzeQuestion(q, typos.index, lexicon).concepts.find((c) => c.word === word)?.terms;
		expect(termsOf('was she happpy', 'happpy')?.has(analyzeWord('glad') as string)).toBe(true);
		expect(termsOf('is devonn going to college', 'devonn')?.has(analyzeWord('county') as string)).toBe(false);
		expect(termsOf('is devon going to college', 'devon')?.has(analyzeWord('county') as string)).toBe(false);
	});

	it('corrects a long word two edits away from the corpus, with the same first letter ("leapords")', () => {
		const zoo = storyOf('Fewer than 130 Amur leopards survive in the wild.', 'The zoo has two cubs.');
		const terms = (q: string, word: string) =>
			analyzeQuestion(q, zoo.index, lexicon).concepts.find((c) => c.word === word)?.terms;
		expect(terms('how many leapords are left', 'leapords')?.has('leopard')).toBe(true);
		// A shorter word two edits away is left as it is (as is one that does not start alike).
		expect(terms('is it still wyldd', 'wyldd')?.has('wild')).toBe(false);
		expect(terms('how many beopardd are left', 'beopardd')?.has('leopard')).toBe(false);
	});

	it('reads a word joined to its particle as the word the corpus hyphenates ("cookoff": cook-off)', () => {
		const fair = storyOf(
			'The chili cook-off drew a record crowd on Saturday.',
			'The parade was held on Sunday, after the plant’s shut-down.',
			'Hikers climbed the mountain to Mount Brennan; the cook stayed behind.',
		);
		const terms = (q: string, word: string) =>
			analyzeQuestion(q, fair.index, lexicon).concepts.find((c) => c.word === word)?.terms;
		expect(terms('who won the cookoff', 'cookoff')?.has('cook')).toBe(true);
		expect(firstPassage(fair, 'when was the cookoff')).toBe('a0#1');
		// Not a word WordNet knows ("shutdown"), nor one the corpus does not write with its particle:
		// "mountin" is a typo of mountain, not "mount in".
		expect(terms('was there a shutdown', 'shutdown')?.get('shut') ?? 0).toBeLessThan(1);
		const mountin = terms('how long were hikers on the mountin', 'mountin');
		expect(mountin?.get('mountain')).toBe(1);
		expect(mountin?.get('mount') ?? 0).toBeLessThan(1);
	});

	it('corrects a typo to the term the passages used first when two are as common (titles do not count)', () => {
		const articles = [
			'Zorbal sighting reported\n\nA zorbak appeared over the bay at dawn.',
			'Second report\n\nA zorbal appeared over the hills.',
		].map((text, i) => {
			const parsed = parseArticle(`z${i}.txt`, text);
			if (!parsed.ok) throw new Error('bad test article');
			return parsed.article;
		});
		const zorbas = createStory({ articles }, lexicon);
		const word = analyzeQuestion('When did the zorbaq appear?', zorbas.index, lexicon).concepts.find(
			(c) => c.word === 'zorbaq',
		);
		expect([...(word?.terms.keys() ?? [])]).toEqual(['zorbak']);
	});

	it('relates a common word that is also part of a name ("bridge" of "Calder Street Bridge"), not a proper name', () => {
		const bridge = storyOf(
			'The Calder Street Bridge collapsed on March 14. Engineers had warned about the bridge.',
			'The span fell into the river, Devon Hale said.',
		);
		const terms = (q: string, word: string) =>
			analyzeQuestion(q, bridge.index, lexicon).concepts.find((c) => c.word === word)?.terms;
		expect(terms('when did the bridge fall', 'bridge')?.get('span')).toBeGreaterThan(0);
	});

	it('reads "what are the cubs called" as asking for their name, and "when she called" as calling', () => {
		const zoo = storyOf(
			'Two leopard cubs were born at the zoo, which announced it on Thursday, calling the birth a milestone.',
			'The zoo has not yet named the cubs.',
		);
		const [first] = ask(zoo.index, 'what are the cubs called', { lexicon }).results;
		expect(first?.passageId).toBe('a1#1');
		const called = (q: string) =>
			analyzeQuestion(q, zoo.index, lexicon)
				.concepts.find((c) => c.word === 'called')
				?.terms.get('name');
		expect(called('what are the cubs called')).toBe(1);
		expect(called('what did the zoo say when it called') ?? 0).toBeLessThan(1);
	});

	it('matches a compound noun written as one word where the corpus writes it so ("councilmember")', () => {
		const council = storyOf(
			'Councilmember Daniel Reyes, who sponsored the measure, said the bike plan was overdue.',
			'Behind the scenes, the council approved the bike plan after a member of the public spoke for it.',
		);
		const question = analyzeQuestion('which council member was behind the bike plan?', council.index, lexicon);
		const compound = question.concepts.find((c) => c.compound);
		expect(compound?.terms.get(analyzeWord('councilmember') as string)).toBe(1);
		const [first] = ask(council.index, 'which council member was behind the bike plan?', { lexicon }).results;
		expect(first?.passageId).toBe('a0#1');
		// Not where the corpus never writes it so.
		expect(concepts('Did Delgado go to law school?').find((c) => c.compound)?.terms.size).toBe(2);
	});

	it('keeps a compound noun together and marks subordinate clauses', () => {
		const compound = concepts('Did Delgado go to law school?').find((c) => c.compound);
		expect(compound?.word).toBe('law school');
		const [kim, call, ...rest] = concepts('who did kim call before she went to the hospital');
		expect([kim?.subordinate, call?.subordinate]).toEqual([false, false]);
		expect(rest.every((c) => c.subordinate)).toBe(true);
	});

	it('reads "going to", "supposed to" and "meant to" before a verb as what will or should happen, not as words asked about', () => {
		const words = (q: string) => concepts(q).map((c) => c.word);
		expect(words('where are the nurses supposed to go')).toEqual(['nurses', 'go']);
		expect(words('what was the deal meant to fix')).toEqual(['deal', 'fix']);
		expect(words('is delgado going to sign')).toEqual(['delgado', 'sign']);
		// Not before "to", nor before a noun phrase or a name: words like any other.
		expect(words('who supposed the deal was fair')).toContain('supposed');
		expect(words('is delgado going to the hospital')).toContain('going');
		expect(words('what has the deal meant to Delgado')).toContain('meant');
		// Only "going to" before a verb is about the future.
		const future = (q: string) => analyzeQuestion(q, story.index, lexicon).future;
		expect([future('is delgado going to sign'), future('will delgado sign')]).toEqual([true, true]);
		expect(future('is delgado going to the hospital')).toBe(false);
	});

	it('reads "take" of "how long did it take" as part of asking for a length of time, not a word asked about', () => {
		const words = (q: string) => concepts(q).map((c) => c.word);
		expect(words('how long did it take them to recount everything')).toEqual(['recount']);
		expect(words('how long does it take to drive there')).toEqual(['drive']);
		expect(words('how long does it usually take to drive there')).not.toContain('take');
		// Anyone's taking is a word like any other.
		expect(words('how long did she take to answer')).toContain('take');
		expect(words('what did it take to win')).toContain('take');
	});

	it('reads a closed compound the corpus writes as two words as both ("icebreaker": ice breaker)', () => {
		const story = storyOf(
			'Kim said she had the perfect ice breaker for the president.',
			'The ice on the lake broke early this year.',
			'Kim met the president in May.',
		);
		const concept = analyzeQuestion('what was her icebreaker', story.index, lexicon).concepts[0];
		expect([concept?.terms.get('ice'), concept?.terms.get('breaker')]).toEqual([0.4, 0.4]);
		expect(firstPassage(story, 'what was her icebreaker')).toBe('a0#1');
		// Not a word the corpus uses, nor a split into a stop word ("therapist": the rapist).
		const used = storyOf('The icebreaker ship left port.', 'The therapist said so.', 'A rapist was jailed.');
		expect([
			...(analyzeQuestion('what was her icebreaker', used.index, lexicon).concepts[0]?.terms.keys() ?? []),
		]).not.toContain('ice');
		expect([
			...(analyzeQuestion('who was the therapist', used.index, lexicon).concepts[0]?.terms.keys() ?? []),
		]).not.toContain('rapist');
		// A noun after a noun, or after a verb that is a noun too ("tugboat": tug boat, though "tug"
		// is used mostly as a verb); not after an adjective: "grandchildren" are no grand children.
		const tug = storyOf('The tug, a small boat, reached the ferry.', 'The storm passed.');
		expect(analyzeQuestion('when did the tugboat arrive', tug.index, lexicon).concepts[0]?.compound).toBeDefined();
		const grand = storyOf('The grand jury met. The children left.');
		expect(analyzeQuestion('does she have grandchildren', grand.index, lexicon).concepts[0]?.compound).toBeUndefined();
		// Nor a noun's suffix that is a word too ("pack age"), nor a word WordNet knows as no noun.
		const parts = storyOf(
			'They pack a bag at any age and quest for ions.',
			'I see the king.',
			'A brie and a fly.',
			'The fire fighter came.',
			'Grandpa rents a house.',
			'Her work station was clean.',
			'Every gene and every ration, kind words and a pay roll.',
		);
		const split = (q: string) => analyzeQuestion(q, parts.index, lexicon).concepts[0]?.compound !== undefined;
		// (Nor a verb beside a part the tagged texts never use as a noun: "grandpa rents".)
		expect(
			[
				'package',
				'questions',
				'seeking',
				'briefly',
				'grandparents',
				'kindness',
				'generation',
				'firefighter',
				'workstation',
				'payroll',
			].map(split),
		).toEqual([false, false, false, false, false, false, false, true, true, true]);
	});

	it('reads "till" as "until", a word of no content, unless it is a name', () => {
		const words = (q: string) => concepts(q).map((c) => c.word);
		expect(words('how long till the ambulances showed up')).not.toContain('till');
		// A till in a question for something else is a till.
		expect(words('how much was in the till')).toContain('till');
		const named = storyOf('Emmett Till was 14. Till had travelled from Chicago.');
		expect(analyzeQuestion('who was emmett till', named.index, lexicon).concepts.map((c) => c.entity?.name)).toEqual([
			'Emmett Till',
		]);
	});

	it('reads "when is", "when can", "when does" and "next" as asking about what is still to come', () => {
		const future = (q: string) => analyzeQuestion(q, story.index, lexicon).future;
		expect(future('when is the hospital opening again')).toBe(true);
		expect(future("when's the next strike")).toBe(true);
		expect(future('when can the nurses go back')).toBe(true);
		expect(future('when does the pool open back up')).toBe(true);
		expect(future('when do they start building the lanes')).toBe(true);
		expect(future('when does the farmers market open')).toBe(false);
		expect(future('when does the article say the bridge started to give way')).toBe(false);
		expect(future('when did the hospital open')).toBe(false);
		expect(future('who sat next to delgado')).toBe(false);
		expect(future('what did delgado do next')).toBe(false);
		expect(future('when was delgado hired')).toBe(false);
	});

	it('ranks a passage lower when its article does not name whom the question names', () => {
		const story = storyOf(
			'Kim Kardashian West met Alice Johnson at the prison in May.\n\nShe said she wants to help more people like Alice.',
			'Thomas Reyes, the chief executive of Cascade Hydro, said the company wants to help the two towns rebuild.',
		);
		const ranked = ask(story.index, 'Who does Kim want to help?', { lexicon, limit: 3 }).results.map(
			(r) => r.passageId,
		);
		// The other story's passage holds more of the question's words than the one naming Kim.
		expect(ranked).toEqual(['a0#2', 'a0#1', 'a1#1']);
	});

	it('takes no other word of a name the question asks about for the answer to "who" ("asked kim": not Kardashian)', () => {
		const story = storyOf(
			'Kim Kardashian West sat down with CNN host Van Jones.',
			'When asked about running for office, Kardashian laughed.',
		);
		const question = analyzeQuestion('which cnn host asked kim about running for office', story.index, lexicon);
		expect(question.type).toBe('who');
		const names = story.index.entities.byWord;
		expect(answerTypeEvidence(question, 'When asked about running for office, Kardashian laughed.', names)).toBe(0);
		expect(answerTypeEvidence(question, 'Kim Kardashian West sat down with CNN host Van Jones.', names)).toBe(1);
	});

	it('answers how long one of many things takes with a length said of each ("Each takes about 250 hours")', () => {
		const story = storyOf(
			'Ingrid Solheim spent four years apprenticing with a harp builder in Wisconsin.',
			'Each harp takes about 250 hours of work, and she sells them for $3,800.',
			'The church closed two years ago.',
			'The old organ was sold to a collector in Iowa.',
		);
		const asked = (q: string) => analyzeQuestion(q, story.index, lexicon);
		for (const q of ['how long does it take her to build one harp', 'how long does it take to make a single harp?'])
			expect(asked(q).hint.each, q).toBe(true);
		for (const q of ['how long did it take to get everyone off the lift', 'how long did it take to fix up a studio'])
			expect(asked(q).hint.each, q).toBeUndefined();
		// ("One" only says each is asked about: it is not searched for.)
		expect(asked('how long does it take her to build one harp').concepts.map((c) => c.word)).toEqual(['build', 'harp']);
		const evidence = (sentence: string) =>
			answerTypeEvidence(asked('how long does it take her to build one harp'), sentence);
		expect(evidence('Each harp takes about 250 hours of work.')).toBe(1);
		expect(evidence('A single map takes him three to five weeks.')).toBe(1);
		expect(evidence('She spent four years apprenticing with a harp builder.')).toBe(0.5);
		expect(firstPassage(story, 'how long does it take her to build one harp')).toBe('a1#1');
	});

	it('asked with a superlative, matches a related adjective in its superlative ("tiniest": *the smallest*), which the stemmer leaves whole', () => {
		expect(superlativesOf('small')).toEqual(['smallest']);
		expect(superlativesOf('large')).toEqual(['largest']);
		expect(superlativesOf('tiny')).toEqual(['tiniest']);
		expect(superlativesOf('shy')).toEqual(['shiest', 'shyest']);
		expect(superlativesOf('big')).toContain('biggest');
		const story = storyOf(
			'The smallest kayak in the fleet belongs to a nine-year-old named Theo.',
			'Town clerks have become some of her steadiest customers, and the lowest bid came from Ames.',
			'The old forest trail reopened in June.',
		);
		const terms = (q: string, word: string) => [
			...(analyzeQuestion(q, story.index, lexicon)
				.concepts.find((c) => c.word === word)
				?.terms.keys() ?? []),
		];
		expect(terms('whats the tiniest boat in the fleet', 'tiniest')).toContain('smallest');
		// Only a superlative asks so: "guy" and "first" are related to adjectives in other senses
		// (steady, low).
		expect(terms('how old is the guy who paddles it', 'guy')).not.toContain('steadiest');
		expect(terms('who came in first', 'first')).not.toContain('lowest');
	});

	it('answers how old someone is at an occasion the paragraph before sets ("in the today interview")', () => {
		const parsed = parseArticle(
			'kim.txt',
			[
				'Kim and Alice meet at last',
				'',
				'The pair met for the first time just ahead of their Today show interview on Thursday.',
				'',
				'“It became this mission,” said Kim Kardashian West, 37, of the case.',
			].join('\n'),
		);
		if (!parsed.ok) throw new Error('bad test article');
		const story = createStory({ articles: [parsed.article] });
		expect(firstPassage(story, 'how old is kim in the today interview')).toBe('kim#2');
		// Only for one person the question names (ageOwner then tells whose an age is): not for "lund's
		// wife", whom Lund's age after a paragraph about his wife would answer.
		const pilot = parseArticle(
			'lund.txt',
			[
				'Pilot lands on the highway',
				'',
				'His wife was waiting at the airport.',
				'',
				'Lund, 52, said he saw only trucks.',
			].join('\n'),
		);
		if (!pilot.ok) throw new Error('bad test article');
		const scored = scoredIn(createStory({ articles: [pilot.article] }), "how old is lund's wife")('lund#2');
		expect(scored).toBeDefined();
		expect(scored?.gateContent).toBe(scored?.content);
		const kim = scoredIn(story, 'how old is kim in the today interview')('kim#2');
		expect(kim?.gateContent).toBeGreaterThan(kim?.content ?? 1);
	});

	it('answers what time with an hour surely, and with another kind of date ("Tuesday morning", "in 2019") little', () => {
		const story = storyOf(
			'A delivery van slid off Route 9 on Tuesday morning, police said.',
			'The van left the road at 7:12 a.m. near the county line.',
		);
		const asked = (q: string) => analyzeQuestion(q, story.index, lexicon);
		const evidence = (q: string, sentence: string) => answerTypeEvidence(asked(q), sentence);
		const q = 'what time did the van go off the road';
		expect(evidence(q, 'A delivery van slid off Route 9 on Tuesday morning, police said.')).toBe(0.3);
		expect(evidence(q, 'The van was bought in 2019.')).toBe(0.3);
		for (const hour of ['at 7:12 a.m.', 'at 17:45', 'shortly after midnight'])
			expect(evidence(q, `The van left the road ${hour}.`), hour).toBe(1);
		// ("2:1", a score, and "10:00-12:00", a range of hours, are not an hour.)
		expect(evidence(q, 'The score was 2:1 at the half.')).toBe(0);
		expect(evidence(q, 'The road is closed 10:00-12:00 daily.')).toBe(0);
		// Asked for another part of a date, another kind of date still counts half; "what time of
		// year" asks for no hour.
		expect(evidence('what year did the van go off the road', 'It slid off on Tuesday morning.')).toBe(0.5);
		expect(asked('what time of year is the festival held').hint.when).toBeUndefined();
		expect(asked('what time period did the fort date from').hint.when).toBeUndefined();
	});

	it('takes the years from one to another for a length of time ("from 1986 to 2012")', () => {
		const story = storyOf('Dale Fennimore trains sheepdogs.');
		const asked = (q: string) => analyzeQuestion(q, story.index, lexicon);
		const evidence = (q: string, sentence: string) => answerTypeEvidence(asked(q), sentence);
		const worked = 'He worked for Green Mountain Mutual from 1986 to 2012, mostly handling farm claims.';
		for (const q of ['how many years did he work in insurance', 'how long did he work in insurance'])
			expect(evidence(q, worked), q).toBe(1);
		expect(evidence('how long did he work there', 'He worked there between May 2014 and 2024.')).toBe(1);
		// A year alone, or the years of two things, is no length of time.
		expect(evidence('how many years did he work in insurance', 'He started in insurance in 1986.')).toBe(0);
		expect(evidence('how many years did he work in insurance', 'He moved from Boston in 1986 to Vermont.')).toBe(0);
	});

	it('answers who taught someone with a name the sentence says taught them, above another name', () => {
		const story = storyOf(
			'Harriet Lindqvist taught chemistry at Crandall High School for 31 years.',
			'Prof. Anton Dravecky agreed to teach her.',
			'Walter Dombrowski learned to play at age 8 from his uncle Stanley Kowal.',
		);
		const asked = (q: string) => analyzeQuestion(q, story.index, lexicon);
		for (const q of [
			'who taught her to play',
			'who trained him',
			'who showed him how to fix pianos',
			'who did she train under to learn harp building',
			'who did he learn accordion from',
			'who was her teacher',
		])
			expect(asked(q).hint.teacher, q).toBe(true);
		for (const q of [
			'who taught at the high school for 31 years?',
			'who learned to play',
			'who taught himself to play',
			'who taught math to the kids',
			'who taught meditation at the center',
		])
			expect(asked(q).hint.teacher, q).toBeUndefined();
		const names = story.index.entities.byWord;
		const evidence = (sentence: string) => answerTypeEvidence(asked('who taught her to play'), sentence, names);
		expect(evidence('Prof. Anton Dravecky agreed to teach her.')).toBe(1);
		expect(evidence('Walter Dombrowski learned to play at age 8 from his uncle Stanley Kowal.')).toBe(1);
		expect(evidence('Harriet Lindqvist taught chemistry at Crandall High School for 31 years.')).toBe(0.5);
		expect(evidence('She was taught by her grandmother, Anton Dravecky.')).toBe(1);
		expect(evidence('Her teacher, Anton Dravecky, was strict.')).toBe(1);
		expect(evidence('She took the train from Boston with Anton Dravecky.')).toBe(0.5);
		expect(evidence('Photos showed her smiling beside Anton Dravecky.')).toBe(0.5);
	});

	it('answers how someone took something up with a sentence telling how it began', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('A passage.').index, lexicon).hint.origin;
		for (const q of [
			'why did he get into dancing in the first place',
			'what made him start restoring pianos',
			"how'd she get into making guitars",
			'why did she decide to start a pantry for pets',
			"why'd he become a barber",
			'how did she become an organist',
			'why did she take up the fiddle',
			'how did she get interested in bees',
			'what got him started making crosswords in the first place',
		])
			expect(hint(q), q).toBe(true);
		// Not something that is no one ("the fire", "the road"), nor going into a place.
		for (const q of [
			'how did the robbers get into the building',
			'why did the organizers let the race start if storms were coming',
			'why did the fire start',
			'why did the fire start in the first place',
			'why did the bus start sliding',
			'why did the road become a hazard',
			'how did the mud get into everything',
			'whats the reason the gas got released in the first place',
			'why did the nurses strike in the first place',
		])
			expect(hint(q), q).toBeUndefined();
		const asked = analyzeQuestion(
			'why did he get into fixing accordions in the first place',
			storyOf('A passage.').index,
			lexicon,
		);
		const evidence = (sentence: string) => answerTypeEvidence(asked, sentence);
		expect(evidence('It started, he said, when he went to a polka festival.')).toBe(1);
		expect(evidence('He started doing repairs in 1983 because the only repairman he trusted had died.')).toBe(1);
		expect(evidence('The shop grew out of his grief after his wife died.')).toBe(1);
		expect(evidence('The idea for the reading program came two years later, after a girl asked him.')).toBe(1);
		expect(evidence('He keeps at it because the work calms him.')).toBe(0.5);
		expect(evidence('His first accordion took 14 months to rebuild.')).toBe(0);
		// A beginning that is something else, or what came with it only a time.
		expect(evidence('He came of age in Scranton when the mills were closing.')).toBe(0);
		expect(evidence('He is the first seed in the tournament once again.')).toBe(0);
		expect(evidence('The idea of a new tax was rejected by the council when it met in May.')).toBe(0);
		expect(evidence('Work on the accordion started at 8 a.m. and ended after dark.')).toBe(0.5);
		const story = storyOf(
			'Walter Dombrowski, 76, has been fixing accordions in his garage in Mercer Falls for more than 40 years.',
			'Dombrowski keeps fixing accordions because, he said, the polka bands of Mercer Falls still need them.',
			'He started fixing accordions in 1983 after the only repairman he trusted, a man in Wilkes-Barre, died.',
			'The Mercer Falls polka festival drew about 4,000 people to the fairgrounds in July.',
			'His wife, Irene, 74, is a retired school librarian.',
			'The city council approved a new parking garage on Orchard Street on Tuesday.',
		);
		expect(firstPassage(story, 'why did he get into fixing accordions in the first place')).toBe('a2#1');
	});

	it('answers how someone took something with their own words in the first person', () => {
		const story = storyOf(
			"Alice Johnson's family reacted to the pardon with relief on Wednesday.",
			'“I started screaming and jumping,” Johnson said of the pardon.',
			'The White House released a statement on Thursday.',
			'Kim Kardashian West met Donald Trump in the Oval Office in May.',
		);
		expect(analyzeQuestion('how did alice react to the pardon', story.index, lexicon).hint.reaction).toBe(true);
		expect(analyzeQuestion('how did alice take the news', story.index, lexicon).hint.reaction).toBe(true);
		expect(analyzeQuestion('how did alice get the pardon', story.index, lexicon).hint.reaction).toBeUndefined();
		const top = (q: string) => firstPassage(story, q);
		expect(top('how does alice feel about her pardon')).toBe('a1#1');
		// Another's words about them are not theirs, and the "I" of "I-95" is no one.
		const others = storyOf(
			'Alice Johnson wept as she hugged her grandchildren outside the gate.',
			'“We were overjoyed to see Alice freed,” said her lawyer, Brittany Barnett.',
			'Trooper Dana Reyes was patrolling I-95 when she heard about the pardon.',
		);
		expect(scoredIn(others, 'how did alice react when she was freed')('a1#1')?.parts.answer ?? 0).toBe(0);
		expect(scoredIn(others, 'how did reyes feel about the pardon')('a2#1')?.parts.answer ?? 0).toBe(0);
	});

	it('takes a length of time for "long" in "why did it take so long" ("took nearly 40 minutes")', () => {
		const story = storyOf(
			'The chief thanked the long line of parents who waited for the players.',
			'The head count took nearly 40 minutes because players had scattered to cars and a diner.',
		);
		const long = (q: string) => analyzeQuestion(q, story.index, lexicon).concepts.find((c) => c.word === 'long');
		expect(long('why did the head count take so long')?.lengthOfTime).toBe(true);
		expect(long('why did they wait this long')?.lengthOfTime).toBe(true);
		expect(long('why was the line so long')?.lengthOfTime).toBeUndefined();
		expect(long('why is the last bridge so long')?.lengthOfTime).toBeUndefined();
		expect(long('why did the convoy take that long way around')?.lengthOfTime).toBeUndefined();
		// The verb "last"; a time word or a word after a comma is no noun "long" describes.
		expect(long('why did the storm last so long')?.lengthOfTime).toBe(true);
		expect(long('why did the head count take so long yesterday')?.lengthOfTime).toBe(true);
		expect(long('why did the fire department take so long, chief')?.lengthOfTime).toBe(true);
		expect(firstPassage(story, 'why did it take so long to find all the players')).toBe('a1#1');
	});

	it('takes a sum in figures for a noun for money the corpus never writes ("do with the money": "$2,500")', () => {
		const story = storyOf(
			'Nadia Velasquez practised with her grandmother every night before the county final.',
			'Velasquez said $2,500 of the prize will go into a college fund.',
		);
		const top = (q: string) => firstPassage(story, q);
		expect(top('what is velasquez gonna do with the money')).toBe('a1#1');
		expect(top('what will velasquez do with the cash')).toBe('a1#1');
		// A weight in pounds is no sum, and a word money only in a later sense ("tip") no word for money.
		const honey = storyOf(
			'The beekeepers used the donations from neighbors to replace the hives.',
			'The beekeepers salvaged about 4,000 pounds of honey from the wrecked truck.',
		);
		expect(firstPassage(honey, 'what did the beekeepers do with the money')).not.toBe('a1#1');
		expect(analyzeQuestion('what tip led police to him', story.index, lexicon).concepts.some((c) => c.money)).toBe(
			false,
		);
		// Asked how much, the sum is the answer, not a word of the question; "total" is no money there.
		const bees = analyzeQuestion('how many bees total were on that truck', story.index, lexicon);
		expect(bees.concepts.filter((c) => c.money)).toEqual([]);
	});

	it('counts a date for less, asked when something will happen, in a sentence not about the future', () => {
		const museum = storyOf(
			'The Hollis Museum, which opened in 1921 and has 11 full-time staff, is one of the smallest museums in the city.',
			'The Hollis Museum will remain closed until at least Wednesday.',
		);
		const top = (q: string) => firstPassage(museum, q);
		expect(top('when is the hollis museum opening again')).toBe('a1#1');
		// Asked when it did happen, the date of what happened answers.
		expect(top('when did the hollis museum open')).toBe('a0#1');
		// "Is scheduled to", "is expected to" and their kin are about the future too, and so is a
		// scheduled event told in the present ("reopens on March 3").
		for (const scheduled of ['is scheduled to reopen', 'is set to reopen', 'is expected to reopen', 'reopens']) {
			const reopening = storyOf(
				`The Hollis Museum ${scheduled} on March 3.`,
				'The Hollis Museum will add a new wing, its director said on Tuesday.',
			);
			const asked = analyzeQuestion('when will the hollis museum reopen', reopening.index, lexicon);
			const { scored } = scoreCandidates(reopening.index, asked, RANKING, lexicon);
			const reopens = scored.find((x) => x.indexed.passage.id === 'a0#1');
			expect(reopens?.parts.future, scheduled).toBeGreaterThan(0);
			expect(reopens?.parts.answer, scheduled).toBe(RANKING.typedAnswer);
			expect(firstPassage(reopening, asked.text), scheduled).toBe('a0#1');
		}
	});

	it('reads "anytime soon", "someday" and "in the near future" as asking about the future, not as words to search for', () => {
		const story = storyOf(
			'Walter Lund has repaired typewriters on Main Street since 1961.',
			'Lund said her father has no plans to retire.',
			'The shop is open six days a week.',
			'A customer drove three hours from Duluth with a 1938 Royal.',
		);
		const asked = (q: string) => analyzeQuestion(q, story.index, lexicon);
		for (const q of [
			'is walter gonna retire anytime soon?',
			'will walter retire someday',
			'does walter retire in the near future',
		])
			expect([asked(q).future, asked(q).concepts.map((c) => c.word)], q).toEqual([true, ['walter', 'retire']]);
		expect(asked('did walter retire').future).toBe(false);
		expect(firstPassage(story, 'is walter gonna retire anytime soon?')).toBe('a1#1');
	});

	it('takes "is expected within 30 days" and "next week" as the future; not "next door" nor "the next day"', () => {
		const futureOf = (sentence: string) => {
			const one = storyOf(sentence);
			const asked = analyzeQuestion('when will the report on the garage come out', one.index, lexicon);
			return scoreCandidates(one.index, asked, RANKING, lexicon).scored[0]?.parts.future;
		};
		for (const sentence of [
			'A report on the garage is expected within 30 days.',
			'A report on the garage is now expected within 30 days.',
			'The garage report’s expected within 30 days.',
			'The garage report comes out next week.',
			'A report on the garage is due by Friday.',
			'The garage report is due Friday.',
			'A report on the garage could come in the next few weeks.',
			'The board takes up the garage report at its next meeting.',
			'The garage report is due Sept. 30.',
			'The garage report is due to come out in May.',
			'A decision on the garage report could come in the next few days.',
			'The garage report could come within the next 48 hours.',
			'The council takes up the garage report at its next city council meeting.',
			'The garage report will be ready before the next school year.',
			'The garage report will shape repairs over the next two years.',
			// What someone expects or hoped of it, in reported speech.
			'The mayor said she expects the garage report to come out Saturday.',
			'The mayor said she expects it to come out Saturday, the garage report.',
			'The mayor hoped to have the garage report out by next weekend.',
		])
			expect(futureOf(sentence), sentence).toBeGreaterThan(0);
		for (const sentence of [
			'The garage next door collapsed at 9:42 p.m., and a report followed.',
			'A report on the garage came out the next week.',
			'A report on the garage was expected within 30 days.',
			'The cost of the garage report is due in part to higher steel prices.',
			'The cost of the garage report is due in no small part to steel prices.',
			'Her next-door neighbor said a report on the garage came out in 2019.',
			'Next, inspectors released a report on the garage in 2019.',
			'A report on the garage was read aloud in the next room in 2019.',
			'Over the next two weeks, a report on the garage was written and released in 2019.',
			'Police withheld the garage report pending notification of next of kin.',
			'The delay of the garage report is due to the storm.',
			'The delay of the garage report is due to cracks found in a beam.',
			'Opponents of the garage report rallied next to the meeting hall in 2019.',
			'The suspect was next seen near the garage in 2019, a report said.',
			'At the next intersection the truck hit the garage, a report said.',
		])
			expect(futureOf(sentence), sentence).toBe(0);
		// A time limit says when; a short time between two things does not.
		const asked = { type: 'when' as const, questionWords: new Set(['report']), hint: {} };
		const limitOf = (sentence: string) =>
			findAnswers(asked, sentence, undefined, true, lexicon).spans.map((span) => sentence.slice(span.start, span.end));
		expect(limitOf('A report is expected within 30 days.')).toEqual(['within 30 days']);
		for (const limit of [
			'within the next few weeks',
			'within six to eight weeks',
			'within 30 business days',
			'within the hour',
		])
			expect(limitOf(`A report is expected ${limit}.`)).toEqual([limit]);
		expect(limitOf('Both engines shut down within seconds of each other.')).toEqual([]);
		expect(limitOf('The plant sits within the second tier of report suppliers.')).toEqual([]);
		expect(limitOf('The report changed little within the day-to-day work.')).toEqual([]);
		expect(limitOf('A report is expected within two weeks’ time.')).toEqual(['within two weeks']);
		for (const limit of ['within the next couple of weeks', 'within a couple weeks'])
			expect(limitOf(`A report is expected ${limit}.`)).toEqual([limit]);
		const garage = storyOf(
			'The garage deck gave way at 9:42 p.m. Wednesday while a concert went on next door.',
			'An engineering firm was hired, and a report on the cause of the collapse is expected within 30 days.',
		);
		expect(firstPassage(garage, 'when r they expecting the report on what caused the collapse')).toBe('a1#1');
	});

	it('finds the subject of an action question, not of an identity question', () => {
		expect(analyzeQuestion('did Delgado sign the deal?', story.index, lexicon).subject?.name).toBe('Rosa Delgado');
		expect(analyzeQuestion('who is Delgado?', story.index, lexicon).subject).toBeUndefined();
		expect(analyzeQuestion('who asked Delgado?', story.index, lexicon).subject).toBeUndefined();
	});

	it('finds the subject after "what" or "which" and the thing asked for ("what joke did Kim make")', () => {
		const subject = (q: string) => analyzeQuestion(q, story.index, lexicon).subject?.name;
		expect(subject('what joke did kim make in the office')).toBe('Kim Kardashian West');
		expect(subject('which union did Delgado lead')).toBe('Rosa Delgado');
		expect(subject('what else did delgado say')).toBe('Rosa Delgado');
		expect(subject('what hospital did the union tell Delgado about')).toBeUndefined();
	});

	it('expands words with related words from WordNet, weighted below the word itself', () => {
		const relations = lexicon.relations('phd');
		expect(relations.get('doctorate')).toBeGreaterThan(0);
		expect(lexicon.relations('die').get('kill')).toBeGreaterThan(0);
		expect(lexicon.relations('open').get('closed')).toBeGreaterThan(0);
		for (const weight of lexicon.relations('call').values()) expect(weight).toBeLessThan(1);
		// The narrower words of the first sense of a part of speech less used than the word's main
		// one, if not much less: "plan", used as a verb a little more than as a noun (90 uses to 79
		// in WordNet's sense-tagged texts), is a noun of which a schedule and a blueprint are kinds;
		// but "set" (50 uses as a noun to 117 as a verb) has narrower nouns of other senses (a set
		// of teeth).
		expect(lexicon.relations('plan').get('schedule')).toBeGreaterThan(0);
		expect(lexicon.relations('plan').get('blueprint')).toBeGreaterThan(0);
		expect(lexicon.relations('set').has('teeth')).toBe(false);
		// The adjective a measure question asks with relates, in its first sense, to its synonyms, the
		// adjectives WordNet gives as similar, and its attribute, the quality it is a value of; not to
		// its opposite nor its other senses' words (big: bad, great, little).
		expect(lexicon.degreeRelations('cold').get('temperature')).toBe(0.5);
		expect(lexicon.degreeRelations('deep').get('depth')).toBe(0.5);
		expect(lexicon.degreeRelations('big').get('large')).toBe(0.7);
		for (const w of ['little', 'small', 'bad']) expect(lexicon.degreeRelations('big').has(w), w).toBe(false);
		// (Nor does a noun relate to the adjectives whose attribute it is: temperature, hot.)
		expect(lexicon.relations('temperature').has('hot')).toBe(false);
	});

	it('searches for the adjective a measure question asks with, and its attribute ("how cold": the coldest night, 9 degrees)', () => {
		const { index } = storyOf(
			'Residents left on the coldest night of the winter, when the temperature had fallen to 9 degrees. A little dog and a large crowd watched.\n\nThe trench was 12 feet deep. So far no one has been charged, and the town is far from the city.',
		);
		const words = (q: string) => {
			const asked = analyzeQuestion(q, index, lexicon);
			return { type: asked.type, hint: asked.hint, concepts: asked.concepts.map((c) => c.word) };
		};
		expect(words('how cold was it when they left')).toEqual({
			type: 'count',
			hint: { measure: 'temperature' },
			concepts: ['cold', 'left'],
		});
		const cold = analyzeQuestion('how cold was it when they left', index, lexicon).concepts[0];
		expect(cold?.terms.get('temperatur')).toBeGreaterThan(0);
		expect(words('how deep was the trench').concepts).toEqual(['deep', 'trench']);
		// (Only as itself, its synonyms, the similar adjectives and its attribute: not its opposite.)
		const big = analyzeQuestion('how big was the trench', index, lexicon).concepts[0];
		expect(big?.terms.get('larg')).toBeGreaterThan(0);
		expect(big?.terms.has('littl')).toBe(false);
		// Not "far", an adverb more than an adjective ("so far", "far from"); nor "many" or "much".
		expect(words('how far was the trench from the road').concepts).toEqual(['trench', 'road']);
		expect(words('how many feet deep was the trench').concepts).not.toContain('many');
		// How close to a place or a thing is a distance too (and "close", mainly a verb, is not searched
		// for: closed, shut); how close they are to a deal, or came to winning, is not.
		expect(words('how close to the road was the trench')).toEqual({
			type: 'count',
			hint: { measure: 'length' },
			concepts: ['road', 'trench'],
		});
		expect(words('how near to the road was the trench').hint).toEqual({ measure: 'length' });
		for (const q of ['how close are they to a deal', 'how close did she come to winning', 'how near is a deal']) {
			expect(words(q).type, q).not.toBe('count');
			expect(words(q).concepts, q).toContain(q.split(' ')[1]);
		}
	});

	it("takes a word's main part of speech to be the one WordNet's sense-tagged texts use it in most, not the one with most senses seen there", () => {
		// "cause" has five tagged senses as a noun and two as a verb, but is used as a verb 155 times
		// to 41; "pilot" has one tagged sense as a noun and two as a verb, but 6 uses to 2.
		expect(lexicon.isMainlyNoun('cause')).toBe(false);
		expect(lexicon.isMainlyNoun('pilot')).toBe(true);
		expect(lexicon.isMainlyNoun('plant')).toBe(true);
		expect(lexicon.isMainlyNoun('house')).toBe(true);
		expect(lexicon.isMainlyNoun('hurt')).toBe(false);
		expect(lexicon.mainPartOfSpeech('cause')).toBe('verb');
		expect(lexicon.mainPartOfSpeech('tug')).toBe('verb');
		expect(lexicon.mainPartOfSpeech('grand')).toBe('adj');
		expect(lexicon.mainPartOfSpeech('house')).toBe('noun');
		expect(lexicon.mainPartOfSpeech('xqzzt')).toBeUndefined();
		// An inflected verb is the verb, unless used more as a noun or an adjective.
		// ("slain": a noun once, against no uses of "slay", is too few to say.)
		expect(
			['walked', 'evening', 'troops', 'tired', 'wedding', 'slain'].map((w) => lexicon.mainPartOfSpeech(w)),
		).toEqual(['verb', 'noun', 'noun', 'adj', 'noun', 'verb']);
		// Not mainly a noun where it is mainly an adverb ("back": 181 uses as one, 69 as a noun).
		expect(lexicon.isMainlyNoun('back')).toBe(false);
		// No word is empty or holds a space (the licence header, "ice n" for "ice").
		expect([lexicon.senseCount(''), lexicon.senseCount('ice n'), lexicon.isAdverb('')]).toEqual([0, 0, false]);
		// The main part of speech's relations count in full: "pilot" to "aviator", a noun's (0.35
		// while "pilot" was taken for a verb).
		expect(lexicon.relations('pilot').get('aviator')).toBeGreaterThanOrEqual(0.5);
	});

	it('counts a word\'s rarer senses as weak evidence ("when she picked up chess": learned)', () => {
		const pickedUp = lexicon.relations('picked up');
		// Its first senses count as before; "learn" is one of its sixteen, not of the first three.
		expect(pickedUp.get('lift')).toBe(0.5);
		expect(pickedUp.get('learn')).toBeGreaterThan(0);
		expect(pickedUp.get('learn')).toBeLessThan(0.3);
	});

	it('reads a word standing as an adjective with its adjective senses ("was anyone hurt": injured)', () => {
		const hurt = (q: string) => analyzeQuestion(q, story.index, lexicon).concepts.find((c) => c.word === 'hurt');
		for (const q of ['was anyone on the bus hurt?', 'was Delgado hurt in the crash', 'did anyone get hurt']) {
			expect(hurt(q)?.predicative).toBe(true);
		}
		expect(lexicon.relations('hurt', true).get('injured')).toBeGreaterThan(
			lexicon.relations('hurt').get('injured') ?? 0,
		);
		// A verb is a verb ("did the news hurt her"), and a noun a thing ("was he a suspect", "did she get home").
		expect(hurt('did the news hurt her')?.predicative).toBeUndefined();
		const last = (q: string) => analyzeQuestion(q, story.index, lexicon).concepts.at(-1);
		expect(last('was the driver a suspect')?.predicative).toBeUndefined();
		expect(last('did the nurse get home')?.predicative).toBeUndefined();
		expect(last('is the museum closed')?.predicative).toBe(true);
	});

	it('reads the thing a yes/no question is about, as its subject', () => {
		const about = (q: string) =>
			analyzeQuestion(q, story.index, lexicon)
				.concepts.filter((c) => c.about)
				.map((c) => c.word);
		expect(about('does her daughter do clock repair too?')).toEqual(['daughter']);
		expect(about("is walt's wife deaf too")).toEqual(['wife']);
		expect(about('did the bakery next door get wrecked')).toEqual(['bakery']);
		// The last of a run of nouns: "the organ lady" is a lady.
		expect(about('is the organ lady retiring')).toEqual(['lady']);
		// Not a name (the question's subject), a verb, a word for anyone, nor asked otherwise than yes or no.
		expect(about('is kim going to run for office')).toEqual([]);
		expect(about('was running the ferry hard')).toEqual([]);
		expect(about('are the ppl who went to the ER still in the hospital')).toEqual([]);
		expect(about('what company owns the ferris wheel')).toEqual([]);
		// After "did", a noun with no verb after it is the verb: "did the storm damage the school".
		expect(about('did the storm damage the school')).toEqual(['storm']);
		expect(about('did the storm damage homes')).toEqual(['storm']);
		expect(about('did the kids go outside')).toEqual(['kids']);
		// A compound the corpus writes in two words is one word of the question ("icebreaker").
		const ship = storyOf('The ice breaker reached the harbour. Its captain, Ole Berg, was unhurt.');
		const aboutShip = (q: string) =>
			analyzeQuestion(q, ship.index, lexicon)
				.concepts.filter((c) => c.about)
				.map((c) => c.word);
		expect(aboutShip('is the icebreaker captain ok')).toEqual(['captain']);
	});

	it('reads a verb WordNet knows in several words as one ("give way": collapse, "talk out of": dissuade)', () => {
		expect(lexicon.isVerbPhrase(['gave', 'way'])).toBe(true);
		expect(lexicon.isVerbPhrase(['talk', 'out', 'of'])).toBe(true);
		expect(lexicon.isVerbPhrase(['give', 'money'])).toBe(false);
		const bridge = storyOf('The old bridge collapsed on March 14.', 'Engineers said the bridge was safe in 2020.');
		const give = analyzeQuestion('when did the bridge give way', bridge.index, lexicon).concepts.find(
			(c) => c.word === 'give',
		);
		expect(give?.phrase).toBe('give way');
		expect(give?.terms.get(analyzeWord('collapsed') as string)).toBeGreaterThan(0);
		// Each word after the first still counts by itself.
		expect(
			analyzeQuestion('when did the bridge give way', bridge.index, lexicon).concepts.map((c) => c.word),
		).toContain('way');
		const phraseOf = (q: string, word: string, story = bridge) =>
			analyzeQuestion(q, story.index, lexicon).concepts.find((c) => c.word === word)?.phrase;
		expect(phraseOf('who tried to talk out of it', 'talk')).toBe('talk out of');
		expect(lexicon.relations('talk out of').has('dissuade')).toBe(true);
		// Not across a comma or a name, nor two words a particle follows ("make it up" is made up).
		expect(phraseOf('when did the dam give, way', 'give')).toBeUndefined();
		expect(phraseOf('why did Smith make it up', 'make')).toBeUndefined();
		const band = storyOf('Courtney Love sang with the band in May.');
		expect(phraseOf('why did they make Love famous', 'make', band)).toBeUndefined();
	});

	it('relates a verb WordNet knows in several words by its own senses, not its first word’s ("pass away": died)', () => {
		const story = storyOf('His wife, Ruth, died of cancer in 2014.', 'He walked past the lake.');
		const pass = analyzeQuestion('when did his wife pass away', story.index, lexicon).concepts.find(
			(c) => c.word === 'pass',
		);
		expect(pass?.phrase).toBe('pass away');
		// "pass" has 42 senses, "pass away" 2: died counts as WordNet relates it, not as vaguely as "pass".
		expect(pass?.terms.get(analyzeWord('died') as string)).toBeCloseTo(
			lexicon.relations('pass away').get('die') as number,
		);
		// The first word's own relations stay as vague as it is.
		const walk = pass?.terms.get(analyzeWord('walked') as string) ?? 0;
		expect(walk).toBeLessThan(lexicon.relations('pass').get('walk') ?? 1);
		// Past or present, the phrase is as specific as WordNet's give_up (12 senses), not more.
		const quit = storyOf('She quit the band in 2019.');
		const weightOf = (q: string) =>
			analyzeQuestion(q, quit.index, lexicon)
				.concepts.find((c) => c.phrase?.endsWith(' up'))
				?.terms.get(analyzeWord('quit') as string);
		expect(weightOf('when did she give up the band')).toBeGreaterThan(0);
		expect(weightOf('when did she gave up the band')).toBeCloseTo(weightOf('when did she give up the band') as number);
		expect(weightOf('when did she give up the band')).toBeLessThan(lexicon.relations('give up').get('quit') as number);
	});

	it('reads "be" and a phrase as the verb WordNet defines by it ("is in charge of": head, lead, direct)', () => {
		const charge = lexicon.definedAsBeing(['in', 'charge', 'of']);
		for (const word of ['head', 'lead', 'direct', 'manage', 'leader', 'director', 'chair']) {
			expect(charge.get(word)).toBeGreaterThan(0);
		}
		// The narrower verbs of very many senses say nothing ("hold, have, make, give" a party, under direct).
		for (const word of ['make', 'give', 'have']) expect(charge.has(word)).toBe(false);
		expect(lexicon.definedAsBeing(['a', 'native', 'of']).has('hail')).toBe(true);
		// A verb of the most senses is no help, even as the verb defined so ("come" from).
		expect(lexicon.definedAsBeing(['a', 'native', 'of']).has('come')).toBe(false);
		expect(lexicon.definedAsBeing(['in', 'charge'])).toEqual(new Map());
		const probe = storyOf(
			'Omar Pike, who owns the building, said the probe into the fire would take months.',
			'Captain Ana Ruiz of the state police is leading the probe.',
			'Pike faces two charges over the fire.',
		);
		const chargeOf = (q: string) => analyzeQuestion(q, probe.index, lexicon).concepts.find((c) => c.word === 'charge');
		expect(chargeOf('who is in charge of the probe?')?.being).toEqual(['in', 'charge', 'of']);
		expect(chargeOf('who was put in charge of the probe?')?.being).toBeUndefined();
		expect(chargeOf('what charge did the landlord face?')?.being).toBeUndefined();
		// "Charges" (accusations) count no more than the verbs the phrase means.
		const terms = chargeOf('who is in charge of the probe?')?.terms;
		expect(terms?.get(analyzeWord('charges') as string)).toBeLessThanOrEqual(terms?.get('lead') ?? 0);
		expect(chargeOf('what charge did the landlord face?')?.terms.get(analyzeWord('charges') as string)).toBe(1);
		const [first] = ask(probe.index, 'who is in charge of the probe?', { lexicon }).results;
		expect(first?.passageId).toBe('a1#1');
	});

	it('reads a verb before a verb -ing in the senses WordNet gives that frame ("keep fighting": continue)', () => {
		expect(lexicon.relationsBeforeVerbIng('keep').get('continue')).toBeGreaterThanOrEqual(0.7);
		expect(lexicon.relationsBeforeVerbIng('kept').get('continue')).toBeGreaterThanOrEqual(0.7);
		expect(lexicon.relationsBeforeVerbIng('stop').has('cease')).toBe(true);
		// Of "keep", the senses of holding and supporting are not what "keep fighting" means, nor is a
		// verb of very many senses ("hold", "get") what one sense means.
		expect(lexicon.relationsBeforeVerbIng('keep').has('support')).toBe(false);
		expect(lexicon.relationsBeforeVerbIng('keep').has('hold')).toBe(false);
		expect(lexicon.relationsBeforeVerbIng('start').has('get')).toBe(false);
		for (const word of ['fighting', 'working', 'going']) expect(lexicon.isVerbIng(word)).toBe(true);
		for (const word of ['thing', 'spring', 'morning', 'king', 'fight', 'evening', 'wedding']) {
			expect(lexicon.isVerbIng(word)).toBe(false);
		}
		const story = storyOf('She plans on continuing the work.', 'She kept a diary in prison.');
		const keep = (q: string) => analyzeQuestion(q, story.index, lexicon).concepts.find((c) => c.word === 'keep');
		const continuing = analyzeWord('continuing') as string;
		expect(keep('will she keep fighting?')?.verbIng).toBe(true);
		expect(keep('will she keep fighting?')?.terms.get(continuing)).toBeGreaterThanOrEqual(0.7);
		// Before a noun, "keep" is any of its senses, as vague as the word.
		expect(keep('will she keep the diary?')?.verbIng).toBeUndefined();
		expect(keep('will she keep the diary?')?.terms.get(continuing) ?? 0).toBeLessThan(0.7);
	});

	it('relates a noun made of a phrasal verb to its verb ("walkout": walked off), unless the verb is vague ("takeover")', () => {
		expect(lexicon.relations('walkout').get('walk')).toBeGreaterThan(0.5);
		expect(lexicon.relations('shutdown').get('shut')).toBeGreaterThan(0.5);
		expect(lexicon.relations('takeover').has('take')).toBe(false);
		// Nor when the word is more an adverb or an adjective than a verb.
		expect(lexicon.relations('backup').has('back')).toBe(false);
		expect(lexicon.relations('blackout').has('black')).toBe(false);
		const strike = storyOf(
			'The union said the strike was the longest in its history.',
			'Bus drivers walked off the job at 6 a.m. on March 3.',
		);
		const [first] = ask(strike.index, 'when did the walkout begin?', { lexicon }).results;
		expect(first?.passageId).toBe('a1#1');
	});

	it('relates a two-letter verb with its particle ("go down": sink), though not the verb alone', () => {
		const story = storyOf('The boat was sinking fast.', 'Prices fell sharply.');
		const go = (q: string) => analyzeQuestion(q, story.index, lexicon).concepts.find((c) => c.word === 'go');
		expect(go('why did the boat go down')?.phrase).toBe('go down');
		expect(go('why did the boat go down')?.terms.get('sink')).toBeGreaterThan(0);
		expect([...(go('where did the boat go')?.terms.keys() ?? [])]).toEqual(['go']);
	});

	it('reads a noun as WordNet lists it when that is the more used lemma ("boss", not the genus "bos")', () => {
		expect(lexicon.relations('boss').get('chief')).toBeGreaterThan(0);
		expect(lexicon.relations('boss').has('genus')).toBe(false);
		// A plural WordNet also lists for rarer senses ("words": lyrics, a quarrel) is still the plural.
		expect(lexicon.relations('words')).toEqual(lexicon.relations('word'));
		expect(lexicon.relations('glasses')).toEqual(lexicon.relations('glass'));
	});

	it('knows money, payments and costs from the nouns above them in WordNet', () => {
		for (const word of ['salary', 'cash', 'fine', 'fee', 'ransom', 'revenue']) expect(lexicon.isMoney(word)).toBe(true);
		for (const word of ['gift', 'prize', 'property', 'bakery', 'fine-tuning'])
			expect(lexicon.isMoney(word)).toBe(false);
	});
});

describe('answerTypeEvidence', () => {
	const question = (type: 'when' | 'count' | 'where' | 'age' | 'duration' | 'how', hint: AnswerHint = {}) => ({
		type,
		questionWords: new Set<string>(),
		hint,
	});

	it('rates the precise kind of answer above a looser one', () => {
		expect(answerTypeEvidence(question('when', { when: 'year' }), 'She was convicted in 1996.')).toBe(1);
		expect(answerTypeEvidence(question('when', { when: 'year' }), 'She was convicted on Tuesday.')).toBe(0.5);
		const counted = { counted: new Set(['nurs']) };
		expect(answerTypeEvidence(question('count', counted), 'More than 1,800 nurses walked out.')).toBe(1);
		expect(answerTypeEvidence(question('count', counted), 'They struck for 12 days.')).toBe(0.5);
		expect(answerTypeEvidence(question('count', counted), 'They struck.')).toBe(0);
		// The number counts the asked word through words of its own ("1,800 unionized nurses", "two
		// of the nurses"), not across another thing counted and a function word ("12 days until nurses").
		expect(answerTypeEvidence(question('count', counted), 'Some 1,800 unionized nurses walked out.')).toBe(1);
		expect(answerTypeEvidence(question('count', counted), 'Two of the nurses walked out.')).toBe(1);
		expect(answerTypeEvidence(question('count', counted), 'It was 12 days until nurses walked out.')).toBe(0.5);
		expect(answerTypeEvidence(question('count', counted), 'Five hundred more nurses walked out.')).toBe(1);
		expect(answerTypeEvidence(question('count', counted), 'It took 40 minutes and nurses were called.')).toBe(0.5);
		expect(answerTypeEvidence(question('count', counted), 'Some 40 doctors and nurses walked out.')).toBe(1);
		expect(answerTypeEvidence(question('count', counted), 'It happened 3 times and nurses were hurt.')).toBe(0.5);
		// "Every one of", "no one", "each one" and "every 10 minutes" count nothing.
		const guys = question('count', { counted: new Set(['guy']) });
		expect(answerTypeEvidence(guys, 'The swimmer hugged every one of those guys.')).toBe(0);
		expect(answerTypeEvidence(guys, 'No one saw the guys; each one of them was cold.')).toBe(0);
		expect(answerTypeEvidence(guys, 'He checked on the guys every 10 minutes.')).toBe(0);
		expect(answerTypeEvidence(guys, 'He checked on the guys every 1.5 hours.')).toBe(0);
		expect(answerTypeEvidence(guys, 'The guys rested every 2,000 feet of the climb.')).toBe(0);
		expect(answerTypeEvidence(guys, 'Five guys were pulled from the raft, and one of the guys was hurt.')).toBe(1);
	});

	it('takes no place of the question\'s own words, a name in the possessive included ("Alice\'s case": Alice)', () => {
		const story = storyOf('Kim broke the news to Alice.');
		const where = analyzeQuestion("Where did Kim go to plead Alice's case to Trump?", story.index, lexicon);
		expect(where.questionWords.has('alice')).toBe(true);
		expect(answerTypeEvidence(where, 'Kim broke the news to Alice.')).toBe(0);
		expect(answerTypeEvidence(where, 'Kim flew to Washington.')).toBe(1);
	});

	it('takes a few words in quotation marks for "what was the winning word", not a quoted sentence', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('She spelled the word.').index, lexicon).hint;
		for (const q of ['what was the winning word', 'which word did the runner up get wrong', "what's their slogan"])
			expect(hint(q).quoted, q).toBe(true);
		for (const q of [
			'what did she say about the word',
			'what was the prize',
			'what happened to the word list',
			'what were the terms of the deal',
		])
			expect(hint(q).quoted, q).toBeUndefined();
		const word = { type: 'what' as const, questionWords: new Set(['word']), hint: { quoted: true } };
		expect(answerTypeEvidence(word, 'She won on Thursday night, correctly spelling “ceanothus.”')).toBe(1);
		expect(answerTypeEvidence(word, 'He stumbled on "sphragistics," a word for the study of seals.')).toBe(1);
		expect(answerTypeEvidence(word, 'The slogan was ‘Build it now’ all along.')).toBe(1);
		expect(answerTypeEvidence(word, '“I knew it the second they said it,” Velasquez said.')).toBe(0);
		// A short quotation is still a quotation: "No," she said.
		expect(answerTypeEvidence(word, '“No,” she said, and left.')).toBe(0);
		expect(answerTypeEvidence(word, '"I won," Nadia Velasquez said.')).toBe(0);
		expect(answerTypeEvidence(word, 'She spelled the word correctly.')).toBe(0);
		// Not the question's own words in quotation marks.
		expect(answerTypeEvidence(word, 'It was the last “word” of the night.')).toBe(0);
	});

	it('takes a reason said as such for why ("because", "citing"), words that may give one ("after", "for") loosely', () => {
		const why = { type: 'why' as const, questionWords: new Set(['pike', 'recount']), hint: {} };
		expect(answerTypeEvidence(why, 'Pike requested the recount, citing the narrow margin.')).toBe(1);
		expect(answerTypeEvidence(why, 'We walked out because our patients were waiting hours.')).toBe(1);
		expect(answerTypeEvidence(why, 'Pike requested the recount after the count on Tuesday.')).toBe(0.5);
		expect(answerTypeEvidence(why, 'Pike requested the recount.')).toBe(0);
		// "And so" says what follows from what came before: a reason, not "and so on" nor "and so did Pike".
		expect(answerTypeEvidence(why, 'The margin was 12 votes, and so Pike requested the recount.')).toBe(1);
		expect(answerTypeEvidence(why, 'Pike counted the ballots, the envelopes and so on.')).toBe(0.5);
		expect(answerTypeEvidence(why, 'Her rival asked for a recount, and so did Pike.')).toBe(0.5);
		expect(answerTypeEvidence(why, 'Pike asked for a recount with Min Park and So-young Lee.')).toBe(0.5);
		expect(answerTypeEvidence(why, 'Pike and so-called experts asked for a recount.')).toBe(0.5);
		expect(answerTypeEvidence(why, 'Pike said the clerk was warm and so funny.')).toBe(0.5);
		// What something caused or led to is a reason only loosely: it may be what it caused.
		const crash = { type: 'why' as const, questionWords: new Set(['crash', 'happen']), hint: {} };
		expect(answerTypeEvidence(crash, 'The crash caused a six-mile backup on Route 9.')).toBe(0.5);
		expect(answerTypeEvidence(crash, 'Gregory Hale scored 31 points to lead the Falcons past Dover.')).toBe(0);
		// A cause, as news states one.
		for (const sentence of [
			'Officials said a cracked hull fitting may have been to blame.',
			'Early findings pointed to fuel contaminated with water.',
			'The early investigation points to tire failure.',
			'The outage was blamed on a failed transformer.',
			'The recount was triggered by a margin of 12 votes.',
			'The fire was caused by a downed power line.',
			'The cause of the fire is under investigation.',
		]) {
			expect(answerTypeEvidence(why, sentence), sentence).toBe(1);
			// (A sentence with no looser word of reason may hold one, as the ranker first asks.)
			expect(mayHold(sentence, 'why'), sentence).toBe(true);
		}
	});

	it('takes a month for when only as a word of its own, not the start of "Mayor" or "Marchers"', () => {
		const when = question('when');
		expect(answerTypeEvidence(when, 'Mayor Linda Castellanos said she would ask the utility.')).toBe(0);
		expect(answerTypeEvidence(when, 'Marchers filled the square.')).toBe(0);
		expect(answerTypeEvidence(when, 'The council will vote in May.')).toBe(1);
		expect(answerTypeEvidence(when, 'The line reopened Jan. 2.')).toBe(1);
		expect(answerTypeEvidence(question('when', { when: 'month' }), 'Mayor Pike said so.')).toBe(0);
	});

	it('takes a place for where: after a preposition, "City, State", or visited ("visit the Oval Office")', () => {
		const where = question('where');
		// After a part of it: "in southeast Asia", "in northern Minnesota"; not "in the morning Kim".
		expect(answerTypeEvidence(where, 'It normally spends the winter in southeast Asia.')).toBe(1);
		expect(answerTypeEvidence(where, 'The storm hit hardest in northern Minnesota.')).toBe(1);
		expect(answerTypeEvidence(where, 'Early in the morning Kim called.')).toBe(0);
		expect(answerTypeEvidence(where, 'The cubs were born at Pinecrest Zoo.')).toBe(1);
		expect(answerTypeEvidence(where, 'The zoo is a short drive from Spokane, Washington.')).toBe(1);
		expect(answerTypeEvidence(where, 'When it came time to visit the Oval Office, she joked.')).toBe(1);
		// A date or a word opening a sentence before its comma is no place; a dateline is.
		expect(answerTypeEvidence(where, 'In late May, Kim met with President Donald Trump.')).toBe(0);
		expect(answerTypeEvidence(where, 'However, Kim met with President Donald Trump.')).toBe(0);
		expect(answerTypeEvidence(where, 'SALEM, Ore. - The company that owned the dam delayed repairs.')).toBe(1);
	});

	it('takes a street or a road by its name for where (a home’s drive without its number), not "on" before any capital', () => {
		const where = question('where');
		expect(answerTypeEvidence(where, 'She opened her studio in 2019 in a storefront on Canal Street.')).toBe(1);
		expect(answerTypeEvidence(where, 'The shop moved to 412 Elm Ave. last spring.')).toBe(1);
		expect(answerTypeEvidence(where, 'The shop is now at 412 Elm Ave. downtown.')).toBe(1);
		expect(answerTypeEvidence(where, 'The truck broke down off Route 9 after midnight.')).toBe(1);
		expect(answerTypeEvidence(where, 'The crash happened on North Harbor Road.')).toBe(1);
		expect(answerTypeEvidence(where, 'On Canal Street, the lights went out.')).toBe(1);
		expect(answerTypeEvidence(where, 'The deli sits at 350 W. 42nd St. now.')).toBe(1);
		expect(answerTypeEvidence(where, 'The truck stalled on U.S. Route 1.')).toBe(1);
		// A day, a network, a road not named, a source, a drive or a lane with no number: no place.
		expect(answerTypeEvidence(where, 'They met on Thanksgiving and talked on CNN.')).toBe(0);
		expect(answerTypeEvidence(where, 'She walked on the road for an hour.')).toBe(0);
		expect(answerTypeEvidence(where, 'The deputy was named, according to Sheriff Tom Pike.')).toBe(0);
		expect(answerTypeEvidence(where, 'The files were kept on Google Drive.')).toBe(0);
		expect(answerTypeEvidence(where, 'It was a walk down Memory Lane.')).toBe(0);
		// But a home's or a workplace's drive or lane is one without its number.
		expect(answerTypeEvidence(where, 'He builds them in a workshop behind his house on Bayou Teche Drive.')).toBe(1);
		expect(answerTypeEvidence(where, 'Twice a week, the door of her garage on Linden Terrace rolls up.')).toBe(1);
	});

	it('takes an amount of time for how long, a life sentence or a start ("since 2009") only loosely', () => {
		const howLong = question('duration');
		expect(answerTypeEvidence(howLong, 'We had been working on this for seven months.')).toBe(1);
		// With a fraction.
		expect(answerTypeEvidence(howLong, 'They made the drive, a trip of three and a half hours.')).toBe(1);
		expect(answerTypeEvidence(howLong, 'The boat sank in less than half an hour.')).toBe(1);
		expect(answerTypeEvidence(howLong, 'A year and a half later, she was freed.')).toBe(0.75);
		// A length of space answers how long a thing is, not how long anyone was somewhere.
		const thing = analyzeQuestion('How long is the new levee?', storyOf('The levee held.').index, lexicon);
		expect(thing.hint.measure).toBe('length');
		expect(answerTypeEvidence(thing, 'The new levee is 2.3 miles long.')).toBe(1);
		expect(answerTypeEvidence(thing, 'The levee took seven months to build.')).toBe(1);
		const stuck = analyzeQuestion('how long were they stuck in the raft', storyOf('The raft drifted.').index, lexicon);
		expect(stuck.hint.measure).toBeUndefined();
		expect(answerTypeEvidence(stuck, 'The raft had drifted several miles north by then.')).toBe(0);
		expect(answerTypeEvidence(stuck, 'They spent nearly 10 hours in the raft.')).toBe(1);
		// The time between two events is a length of time, loosely.
		expect(answerTypeEvidence(howLong, 'A week later, Trump commuted her sentence.')).toBe(0.75);
		expect(answerTypeEvidence(howLong, 'The first ambulances arrived roughly 25 minutes later.')).toBe(0.75);
		expect(answerTypeEvidence(howLong, 'Six months afterwards, she left the firm.')).toBe(0.75);
		expect(answerTypeEvidence(howLong, 'Two weeks later she had served 21 years.')).toBe(1);
		expect(answerTypeEvidence(howLong, 'She replayed a game she lost three weeks ago.')).toBe(0);
		// The time between two events is a length of time, less surely.
		expect(answerTypeEvidence(howLong, 'They were rescued about nine hours after the boat sank.')).toBe(0.75);
		// Unless the question asks how long ago.
		const ago = analyzeQuestion('how long ago did she lose the game', storyOf('She lost a game.').index, lexicon);
		expect(ago.type).toBe('duration');
		expect(answerTypeEvidence(ago, 'She replayed a game she lost three weeks ago.')).toBe(1);
		expect(answerTypeEvidence(ago, 'She has played for seven years.')).toBeLessThan(1);
		// Asked how long it took, or how soon after, the time after an event answers it as surely.
		const analyzed = (q: string) => analyzeQuestion(q, storyOf('The team arrived.').index, lexicon);
		for (const q of [
			'how long did it take for the hazmat crew to get there',
			'how soon after the call did the team arrive',
			'how long after the crash did the team arrive',
			'how long till the ambulances showed up',
		]) {
			expect(analyzed(q).hint.elapsed, q).toBe(true);
			expect(answerTypeEvidence(analyzed(q), 'The team arrived about 50 minutes after the first call.'), q).toBe(1);
		}
		expect(analyzed('how long has it taken').hint.elapsed).toBe(true);
		expect(analyzed('how long was the team at the scene').hint.elapsed).toBeUndefined();
		expect(analyzed('how long was the money in the till').hint.elapsed).toBeUndefined();
		// Asked how many hours, an amount of hours answers it; another length of time, less surely, as
		// a date of another kind does for "what year" (0.5), not as loosely as a length of time does for
		// "how long" (0.75), which names no unit.
		const hours = analyzed('how many hrs of work goes into one piano');
		expect(hours.hint.unit).toBe('hour');
		expect(answerTypeEvidence(hours, 'Each restoration takes about 140 hours of work.')).toBe(1);
		expect(answerTypeEvidence(hours, 'A piano can go sour in a month.')).toBe(0.5);
		const years = analyzed('how many years was she in prison');
		expect(answerTypeEvidence(years, 'She served two decades.')).toBe(1);
		expect(answerTypeEvidence(years, 'She served 21 months.')).toBe(0.5);
		// A season is a length of time, a year of a sport's: "19 seasons as an umpire" for "how many yrs".
		const umpired = analyzed('how many yrs did he ump in the minors');
		expect(answerTypeEvidence(umpired, 'Brisco spent 19 seasons as an umpire in minor league baseball.')).toBe(1);
		expect(answerTypeEvidence(howLong, 'He coached there for three seasons.')).toBe(1);
		// (Not a year's season.)
		expect(answerTypeEvidence(howLong, 'He retired after the 2019 season.')).toBe(0);
		expect(answerTypeEvidence(umpired, 'He retired after the 2019 season.')).toBe(0);
		expect(answerTypeEvidence(howLong, 'He retired after the 2019-20 season.')).toBe(0);
		expect(answerTypeEvidence(analyzed('how long was she in prison'), 'She served 21 months.')).toBe(1);
		expect(answerTypeEvidence(analyzed('how long was she in prison'), 'She was jailed for life.')).toBe(0.75);
		expect(analyzed('how many years old is the bridge').hint.unit).toBeUndefined();
		const loosely = [
			'She was serving a lifetime sentence.',
			'She was jailed for life.',
			'She has lived in Berlin since 2009.',
		].map((s) => answerTypeEvidence(howLong, s));
		for (const evidence of loosely) expect(evidence).toBeGreaterThan(0);
		for (const evidence of loosely) expect(evidence).toBeLessThan(1);
		// A rate's parts say how often, not how long ("five days a week", and its "a week"): they
		// answer only where nothing else does, and loosely.
		const shoeing = analyzed('how long has she been shoeing horses');
		for (const rate of [
			'At 74, she still shoes horses five days a week.',
			'She works 60 hours per week.',
			'She eats three meals a day.',
			'She visits every two weeks.',
		]) {
			expect(answerTypeEvidence(shoeing, rate), rate).toBe(0.5);
		}
		expect(answerTypeEvidence(shoeing, 'She visits twice a month for three hours.')).toBe(1);
		expect(answerTypeEvidence(shoeing, 'She spent a week in Denver, five days a week at the forge.')).toBe(1);
		const beside = 'She has been shoeing horses for 47 years, five days a week.';
		expect(findAnswers(shoeing, beside).spans.map((x) => beside.slice(x.start, x.end))).toEqual(['47 years']);
		expect(answerTypeEvidence(shoeing, 'She works five days a week and has since 2009.')).toBe(0.75);
		// Not a length followed by a time ago or later, nor one after a year.
		for (const length of [
			'The talks went on for three days a week ago.',
			'Rescuers searched for 12 hours a night earlier.',
			'In 2019 a week-long strike shut the port.',
		]) {
			expect(answerTypeEvidence(shoeing, length), length).toBe(1);
		}
		// Unless the question asks per day or week.
		for (const q of ['how much time does she put into chess each day', 'how many hours does she practice weekly']) {
			const daily = analyzed(q);
			expect(daily.hint.rate, q).toBe(true);
			expect(answerTypeEvidence(daily, 'She practices four hours a day.'), q).toBe(1);
		}
	});

	it('prefers, asked who leads something, a name beside a word of leading ("chief executive", "chaired by")', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('Meridian was fined.').index, lexicon).hint;
		for (const q of [
			'who runs the shipping company',
			'who is in charge of the inquiry',
			"who's the boss at Northwind",
			'who heads the agency',
		])
			expect(hint(q).leader, q).toBe(true);
		for (const q of ['who ran into the house', 'who called the police', 'who is the new captain']) {
			expect(hint(q).leader, q).toBeUndefined();
		}
		expect(lexicon.isLeader('executive')).toBe(true);
		expect(lexicon.isLeader('mayor')).toBe(true);
		expect(lexicon.isLeader('nurse')).toBe(false);
		const leader = { type: 'who' as const, questionWords: new Set(['meridian']), hint: { leader: true } };
		const evidence = (sentence: string) => answerTypeEvidence(leader, sentence, undefined, lexicon);
		expect(evidence('Meridian chief executive Thomas Keller said the company was cooperating.')).toBe(
			evidence('Thomas Keller said the company was cooperating.') * 2,
		);
		expect(evidence('The inquiry, chaired by judge Margaret Okafor, sits for 11 weeks.')).toBe(
			answerTypeEvidence({ ...leader, hint: {} }, 'The inquiry, chaired by judge Margaret Okafor, sits for 11 weeks.'),
		);
		expect(evidence('The ship, crewed by Karl Dahl, ran aground.')).toBeLessThan(
			answerTypeEvidence({ ...leader, hint: {} }, 'The ship, crewed by Karl Dahl, ran aground.'),
		);
	});

	it('takes a place a common noun names as a weaker answer to where, when the sentence names none', () => {
		const where = { type: 'where' as const, questionWords: new Set<string>(['dombrowski', 'repairs']), hint: {} };
		const found = (sentence: string) => findAnswers(where, sentence, undefined, true, lexicon);
		const spans = (sentence: string) => found(sentence).spans.map((span) => sentence.slice(span.start, span.end));
		const garage = 'Dombrowski has been fixing accordions in the converted garage for more than 40 years.';
		expect(found(garage).evidence).toBe(0.5);
		expect(spans(garage)).toEqual(['in the converted garage']);
		const coop = 'In a converted chicken coop behind her farmhouse, Haverkamp leans over a block of wood.';
		expect(spans(coop)).toEqual(['In a converted chicken coop', 'behind her farmhouse']);
		expect(spans('The boys were found on a gravel bar roughly a mile downstream.')).toEqual(['on a gravel bar']);
		const behind = 'He works in the garage behind the house.';
		expect(spans(behind)).toEqual(['in the garage', 'behind the house']);
		// The place before a word of time after it; white space of any length.
		expect(spans('The boys were found on a gravel bar hours later.')).toEqual(['on a gravel bar']);
		expect(spans('The baby was in the back seat.')).toEqual(['in the back seat']);
		expect(spans('They found him at the scene.')).toEqual(['at the scene']);
		expect(spans('He works in her own  old garage daily.')).toEqual(['in her own  old garage']);
		// Not a part or a position ("in the end", "on the bright side"), nor the place the question asks about.
		for (const idiom of ['In the first place, he left.', 'In the end, he left.', 'On the bright side, he won.'])
			expect(found(idiom).evidence, idiom).toBe(0);
		const garageAsked = { ...where, questionWords: new Set(['garage']) };
		expect(findAnswers(garageAsked, 'He spends hours in the garage.', undefined, true, lexicon).evidence).toBe(0);
		// A named place is the answer, at full weight: the common noun beside it is not taken.
		const named = 'He fixes them in a garage on Orchard Street in Mercer Falls.';
		expect(found(named).evidence).toBe(1);
		// Not places: a break, a part of a time ("the end of the season"), a thing.
		for (const sentence of [
			'He was on his lunch break when the leak began.',
			'She retired at the end of the season.',
			'He plays it with the old accordion his father left him.',
			'Dombrowski did the repairs in his spare time.',
		])
			expect(found(sentence).evidence, sentence).toBe(0);
		// Asked where, a passage placing the work answers, where one without a place does not.
		const story = storyOf(
			'Dombrowski started doing repairs in 1983 because the only repairman he trusted had died.',
			'Dombrowski has been fixing accordions in the converted garage for more than 40 years.',
		);
		expect(firstPassage(story, 'where does dombrowski do his repairs')).toBe('a1#1');
	});

	it('takes the name of the person the corpus gives a role for the role ("his wife, Denise": wife)', () => {
		const story = storyOf(
			'Walt Baptiste retired from the ring in 2002 and moved to Garnet City, where his wife, Denise, had family.\n\nDenise Baptiste, 61, a retired nurse, keeps the harvest logs.\n\nBaptiste coached wrestling for ten years.',
		);
		const wife = analyzeQuestion('what does his wife do', story.index, lexicon).concepts.find((c) => c.word === 'wife');
		expect(wife?.terms.get('denis')).toBe(0.8);
		expect(firstPassage(story, 'what does his wife do')).toBe('a0#2');
		// Not a name that is a common word too ("his wife, Hope": hope), nor a role many have.
		const hope = storyOf(
			'Walt Okafor moved to Garnet City, where his wife, Hope Baptiste, had family.\n\nHope Baptiste is a nurse.\n\nRescuers said there was still hope.',
		);
		const hoped = analyzeQuestion('what does his wife do', hope.index, lexicon).concepts.find((c) => c.word === 'wife');
		expect(hope.index.roles.get('wife')?.map((e) => e.name)).toEqual(['Hope Baptiste']);
		expect(hoped?.terms.has('baptist')).toBe(true);
		expect(hoped?.terms.has('hope')).toBe(false);
		// Three wives of the corpus stand for "wife"; four are too many to say whom it means.
		const wives = (names: string[]) =>
			storyOf(...names.map((name, i) => `Walt Okafor${i} said his wife, ${name}, had family.\n\n${name} is a nurse.`));
		const termsOf = (story: ReturnType<typeof storyOf>) => [
			...(analyzeQuestion('what does his wife do', story.index, lexicon)
				.concepts.find((c) => c.word === 'wife')
				?.terms.keys() ?? []),
		];
		const three = wives(['Ada Lindqvist', 'Bea Marsh', 'Cleo Fenwick']);
		expect(three.index.roles.get('wife')?.length).toBe(3);
		expect(termsOf(three)).toContain('lindqvist');
		const four = wives(['Ada Lindqvist', 'Bea Marsh', 'Cleo Fenwick', 'Dina Pruett']);
		expect(four.index.roles.get('wife')?.length).toBe(4);
		expect(termsOf(four)).not.toContain('lindqvist');
		// Not for a word that is no person's ("his garden, Eden" names no role).
		const garden = storyOf('Walt Baptiste tends his garden, Eden, every day.\n\nEden Baptiste, his niece, helps.');
		const asked = analyzeQuestion('where is his garden', garden.index, lexicon).concepts.find(
			(c) => c.word === 'garden',
		);
		expect(asked?.terms.has('eden')).toBe(false);
	});

	it('takes a word for a person by their work for "what does she do for a living"', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('Okafor was rescued.').index, lexicon).hint;
		for (const q of [
			'What does Okafor do for a living?',
			'what did her dad do for work',
			"what was the owner's job before she started baking",
			'what is her occupation',
		])
			expect(hint(q).occupation).toBe(true);
		expect(hint('what were their jobs').occupation).toBe(true);
		expect(hint('what does Okafor work as').occupation).toBe(true);
		expect(hint('what does the volunteer firefighter cody brandt do for his regular job').occupation).toBe(true);
		expect(hint('what does she do for a day job').occupation).toBe(true);
		// Of someone named by whose they are, "what does ... do" asks the same; not of a thing.
		expect(hint('what does his wife do').occupation).toBe(true);
		expect(hint("what does okafor's husband do?").occupation).toBe(true);
		expect(hint('what do her parents do now').occupation).toBe(true);
		for (const q of ['what does her plan do', "what does her husband's company do"])
			expect(hint(q).occupation, q).toBeUndefined();
		// Work said of no one: a job market, a trade deal, the inquiry's job.
		for (const q of [
			'what did the team do for fun',
			'what does Okafor do',
			'what does his wife do to help',
			'what is the job of the inquiry',
			'what was the trade deal about',
			'what is the state of the job market',
			'what was the profession most affected',
		])
			expect(hint(q).occupation, q).toBeUndefined();
		// "For a living" only says what is asked; "work" and "job" may be the answer's own words.
		const words = (q: string) =>
			analyzeQuestion(q, storyOf('Okafor was rescued.').index, lexicon).concepts.map((c) => c.word);
		expect(words('What does Okafor do for a living?')).not.toContain('living');
		const work = { type: 'what' as const, questionWords: new Set<string>(['okafor']), hint: { occupation: true } };
		const found = (sentence: string) => findAnswers(work, sentence, undefined, true, lexicon);
		const said = 'Okafor, who works as a structural engineer for the City of Calgary, may lose a finger.';
		expect(found(said).evidence).toBe(1);
		expect(found(said).spans.map((span) => said.slice(span.start, span.end))).toEqual(['structural engineer']);
		expect(found('She opened the bakery after losing her job as a hospital accountant.').evidence).toBe(1);
		expect(found('Okafor, an engineer, suffered frostbite.').evidence).toBe(0.5);
		expect(found('Her father, Luis Velasquez, 44, a middle school math teacher, said so.').evidence).toBe(0.5);
		// An apposition the relative clause goes on from.
		const apposed = 'Vandermolen, 38, a veterinarian who runs a clinic on Main Street, said so.';
		expect(found(apposed).evidence).toBe(0.5);
		expect(found(apposed).spans.map((span) => apposed.slice(span.start, span.end))).toEqual(['veterinarian']);
		// An apposition ending where its worker works.
		const where = 'His mother, Caroline Price, 43, a large-animal veterinarian in Cookeville, said so.';
		expect(found(where).spans.map((span) => where.slice(span.start, span.end))).toEqual(['large-animal veterinarian']);
		for (const hospital of [
			'Maria Lopez, 52, a nurse at the county hospital in Tulsa, said so.',
			'Maria Lopez, 52, a nurse at the county hospital, said so.',
		])
			expect(found(hospital).spans.map((span) => hospital.slice(span.start, span.end))).toEqual(['nurse']);
		const short = 'Kim, a nurse who works nights, said so.';
		expect(found(short).spans.map((span) => short.slice(span.start, span.end))).toEqual(['nurse']);
		expect(found('He works as a Calgary firefighter.').evidence).toBe(1);
		// A word of when or how between the work and "as".
		const days = 'Cody Brandt, 31, a volunteer firefighter who works days as a mechanic at a dealership, said so.';
		expect(found(days).spans.map((span) => days.slice(span.start, span.end))).toEqual(['mechanic']);
		const briefly = 'She worked briefly as a welder.';
		expect(found(briefly).spans.map((span) => briefly.slice(span.start, span.end))).toEqual(['welder']);
		// Work said of no person, an apposition naming a thing or ending in another word, a person
		// who only says something, and the question's own words, answer nothing.
		for (const sentence of [
			'The crew worked as fast as they could.',
			'She worked as hard as any doctor.',
			'The ban served as a warning to every driver.',
			'The plant cut 200 jobs as workers went on strike.',
			'Okafor called for help, but winds kept a helicopter away.',
			'The bridge, a steel truss, fell.',
			'Okafor, a father of two, was rescued.',
			'Okafor, a mother from Tulsa, was rescued.',
			'Okafor, a witness at the scene, said the car was speeding.',
			'Okafor, a driver in the second car, was killed.',
			'Okafor, a driver in Tuesday’s pileup on Interstate 40, was treated.',
			'Okafor, a hostage in Lebanon, was freed.',
			'Business has been slow this winter, the owner said.',
		])
			expect(found(sentence).evidence, sentence).toBe(0);
		const owner = { ...work, questionWords: new Set(["owner's", 'job']) };
		expect(findAnswers(owner, 'Helen Okafor, the owner, opened it.', undefined, true, lexicon).evidence).toBe(0);
		const story = storyOf(
			'Okafor called for help on Friday, but strong winds kept a helicopter away.',
			'Okafor, who works as a structural engineer for the city, may lose a finger.',
		);
		expect(firstPassage(story, 'What does Okafor do for a living?')).toBe('a1#1');
	});

	it('takes being a worker for work ("is an intensive care nurse"); not being a mother, a hostage or a farmer’s wife', () => {
		const work = { type: 'what' as const, questionWords: new Set<string>(['daughter']), hint: { occupation: true } };
		const found = (sentence: string) => findAnswers(work, sentence, undefined, true, lexicon);
		const nurse = 'Her daughter, Ingrid Paulsen, 45, is an intensive care nurse in Minnesota.';
		// (As surely as an apposition: the sentence may say it of someone else than the one asked.)
		expect(found(nurse).evidence).toBe(0.5);
		expect(found(nurse).spans.map((span) => nurse.slice(span.start, span.end))).toEqual(['intensive care nurse']);
		expect(found('Their son is now an electrician for the county.').evidence).toBe(0.5);
		for (const sentence of [
			'Her daughter is a mother of three.',
			'He was a hostage for seven years.',
			'My grandmother was a farmer’s wife.',
			'Her son, Marcus Hale, was a witness to the crash.',
			'She is a volunteer at the shelter.',
		])
			expect(found(sentence).evidence, sentence).toBe(0);
		const story = storyOf(
			'Her daughter, Ingrid Paulsen, works the bells with her every summer.',
			'Her daughter, Ingrid Paulsen, 45, is an intensive care nurse in Minnesota.',
			'The bells were cast in the Netherlands in 1931.',
			'The university pays for the upkeep of the tower.',
		);
		expect(firstPassage(story, 'what does her daughter do for work')).toBe('a1#1');
	});

	it('takes years spent as a worker, or as anything for a named body, for work; not years as a hostage', () => {
		for (const word of ['librarian', 'nurse', 'farrier', 'welder', 'driver', 'reporter', 'firefighter'])
			expect(lexicon.isWorker(word), word).toBe(true);
		for (const word of ['hostage', 'prisoner', 'victim', 'grandmother', 'student', 'patient'])
			expect(lexicon.isWorker(word), word).toBe(false);
		const work = { type: 'what' as const, questionWords: new Set<string>(['pellerin']), hint: { occupation: true } };
		const found = (sentence: string) => findAnswers(work, sentence, undefined, true, lexicon);
		const lineman = 'Pellerin spent 31 years as a lineman for the Greenbrier Valley Electric Cooperative.';
		expect(found(lineman).spans.map((span) => lineman.slice(span.start, span.end))).toEqual(['lineman']);
		expect(found('She spent a decade as a nurse in Tucson.').evidence).toBe(1);
		expect(found('He spent seven years as a hostage in Lebanon.').evidence).toBe(0);
		expect(found('He spent 31 years as a lineman.').evidence).toBe(0);
		expect(found('She spent the last 30 years as a nurse.').evidence).toBe(1);
		// At, with or in a named place is no employer; a later sense (resident: a physician) no work.
		for (const sentence of [
			'She spent four years as a student at Stanford University.',
			'He spent years as an inmate at San Quentin State Prison.',
			'He spent a year as a hostage with Hezbollah.',
			'She spent 40 years as a resident of Alderton.',
		])
			expect(found(sentence).evidence, sentence).toBe(0);
	});

	it("takes no one else's work for the asked person's, though they share a surname", () => {
		const story = storyOf(
			'Gordon Pellerin builds guitars. Pellerin says the work found him.',
			'Darlene Pellerin, 64, a retired school librarian, said the work has given her husband a second career.',
			'Pellerin spent 31 years as a lineman for the Greenbrier Valley Electric Cooperative.',
		);
		const top = (q: string) => firstPassage(story, q);
		expect(top('what did gordon pellerin do for work before guitars')).toBe('a2#1');
		expect(top('what did darlene pellerin do for work')).toBe('a1#1');
		// Each named in full before an apposition: hers is not his, though it has "work" too.
		const apposed = storyOf(
			'Gordon Pellerin, 67, a retired lineman, builds guitars in Alderton.',
			'Darlene Pellerin, 64, a retired school librarian, said the work has given her husband a second career.',
		);
		expect(firstPassage(apposed, 'what did gordon pellerin do for work')).toBe('a0#1');
		// A capitalised word before the name is no part of it.
		const opened = storyOf(
			'Gordon Pellerin, 67, a retired lineman, builds guitars in Alderton.',
			'Neighbor Darlene Pellerin, 64, a retired school librarian, said the work has given her husband a second career.',
		);
		expect(firstPassage(opened, 'what did gordon pellerin do for work')).toBe('a0#1');
	});

	it('takes who does something before who only says something for "who"', () => {
		const who = { type: 'who' as const, questionWords: new Set(['ordered', 'evacuation']), hint: {} };
		const names = new Map([['whitfield', [{ kind: 'person' }]]]);
		const evidence = (sentence: string, asked = who) => findAnswers(asked, sentence, names, true, lexicon).evidence;
		expect(evidence('Sheriff Teresa Whitfield ordered the evacuation shortly after 2 p.m.')).toBe(1);
		expect(evidence('Sheriff Teresa Whitfield said the evacuation would go on.')).toBe(0.5);
		expect(evidence('Sheriff Whitfield, 58, told reporters the evacuation would go on.')).toBe(0.5);
		expect(evidence('The evacuation would go on, said Sheriff Whitfield.')).toBe(0.5);
		// Not whom a sentence says did it, one who says what they did, one the question names by
		// their title, or one asked who confirmed it; but a word of saying must be the question's own.
		const full = (words: string[], sentence: string) =>
			findAnswers(
				{ ...who, questionWords: new Set(words) },
				sentence,
				new Map([
					['price', [{ kind: 'person' }]],
					['bell', [{ kind: 'person' }]],
					['whitfield', [{ kind: 'person' }]],
				]),
				true,
				lexicon,
			).evidence;
		expect(full(['drove', 'car'], 'Police said Dana Price, 34, drove the car into the river.')).toBe(1);
		expect(full(['pulled', 'boys'], 'Deputy Tom Bell said he pulled the boys from the water.')).toBe(1);
		expect(full(['fire', 'chief'], '\u201CThe fire spread fast,\u201D said Fire Chief Dana Price.')).toBe(1);
		expect(full(['confirmed', 'death'], 'The death was confirmed late Tuesday, said Sheriff Teresa Whitfield.')).toBe(
			1,
		);
		expect(full(['robbed', 'bank', 'teller'], 'Sheriff Dana Price said the robber ran.')).toBe(0.5);
		// Asked who said it, or who leads, the one who says it answers in full.
		expect(
			evidence('Sheriff Teresa Whitfield said the evacuation would go on.', {
				...who,
				questionWords: new Set(['said']),
			}),
		).toBe(1);
		const leader = { ...who, hint: { leader: true } };
		expect(evidence('Sheriff Teresa Whitfield said the evacuation would go on.', leader)).toBe(
			evidence('Sheriff Teresa Whitfield ordered the evacuation.', leader),
		);
		const story = storyOf(
			'Sheriff Teresa Whitfield said the evacuation order would remain in place at least through Thursday.',
			'Alder County Sheriff Teresa Whitfield, 58, ordered the evacuation shortly after 2 p.m. Tuesday.',
		);
		// The sentence of who did it scores above the one of who said something of it.
		const scored = scoredIn(story, 'who gave the order to evacuate');
		expect(scored('a1#1')?.sentenceScore ?? 0).toBeGreaterThan(scored('a0#1')?.sentenceScore ?? 0);
	});

	it('takes a lone surname for whom the article last named in full with it, unless they came in by a role', () => {
		const story = storyOf(
			[
				'Ruth Ellen Haverkamp carves decoys by hand.',
				'Haverkamp, 58, taught school for 31 years.',
				'Her husband, Glenn Haverkamp, 61, built her workbench.',
				'Haverkamp sells her decoys for $300.',
				'Haverkamp plans to enter a national contest.',
				'Next year, Haverkamp will teach a class.',
			].join('\n\n'),
		);
		const asked = analyzeQuestion('what year did haverkamp start carving', story.index, lexicon);
		expect(asked.concepts.find((c) => c.word === 'haverkamp')?.entity?.name).toBe('Ruth Ellen Haverkamp');
		// A first name is still theirs; and a phrase of no role ("Since her retirement,") brings no one in.
		const first = storyOf(
			[
				'Sgt. Mike Doyle said the road was closed.',
				'Ruth Ellen Haverkamp carves decoys by hand.',
				'Her husband, Mike Haverkamp, 61, built her workbench.',
				'On weekends, Mike sells decoys at the market.',
			].join('\n\n'),
		);
		expect(
			analyzeQuestion('what does mike sell', first.index, lexicon).concepts.find((c) => c.word === 'mike')?.entity
				?.name,
		).toBe('Mike Haverkamp');
		const since = storyOf(
			[
				'Glenn Haverkamp farms wheat.',
				'Since her retirement, Ruth Haverkamp has carved decoys.',
				'On Fridays, Haverkamp sells them at the market.',
				'Each spring, Haverkamp enters a contest.',
			].join('\n\n'),
		);
		expect(
			analyzeQuestion('what does haverkamp sell', since.index, lexicon).concepts.find((c) => c.word === 'haverkamp')
				?.entity?.name,
		).toBe('Ruth Haverkamp');
	});

	it('takes what the article says someone is for "who is Walter Briggs", not another name', () => {
		const story = storyOf(
			'Walter Briggs, 78, a retired mail carrier recovering from hip surgery, said staff carried him down the stairs.',
			'\u201CThey had me out the door before I knew it,\u201D Briggs said by phone from the home of his son, Carl.',
			'The reality star sat down with CNN\u2019s Van Jones.',
		);
		const hint = (q: string) => analyzeQuestion(q, story.index, lexicon).hint;
		expect(hint("who's walter briggs").identity).toEqual(['walter', 'briggs']);
		expect(hint('who was Van Jones?').identity).toEqual(['van', 'jones']);
		// Not who did something, who someone is to something, or who was with someone.
		for (const q of [
			'who carried walter briggs',
			'who is in charge of the stairs',
			'who is briggs staying with',
			'who was briggs with',
			'who was briggs with at CNN',
		])
			expect(hint(q).identity, q).toBeUndefined();
		const asked = { type: 'who' as const, questionWords: new Set<string>(), hint: { identity: ['walter', 'briggs'] } };
		const found = (sentence: string) => {
			const { evidence, spans } = findAnswers(asked, sentence, undefined, true, lexicon);
			return [evidence, spans.map((span) => sentence.slice(span.start, span.end))];
		};
		expect(found('Walter Briggs, 78, a retired mail carrier recovering from hip surgery, said so.')).toEqual([
			1,
			['a retired mail carrier recovering from hip surgery'],
		]);
		for (const [sentence, described] of [
			['She called her father, Walter Briggs.', 'her father'],
			['Hospital spokesman Walter Briggs said so.', 'spokesman'],
			// A title used mostly as an adjective or a verb is one after a singular noun ("fire chief",
			// "tour guide"), not alone ("the best Walter Briggs", "young Walter Briggs") nor after a plural.
			['The blaze was out by noon, fire chief Walter Briggs said.', 'chief'],
			['The school principal Walter Briggs closed early.', 'principal'],
			['Tour guide Walter Briggs led the group.', 'guide'],
			// After a word saying when someone held it, or a prefix ("co-host": host).
			['It was staffed, said former chief Walter Briggs.', 'chief'],
			['It was staffed, said then-chief Walter Briggs.', 'then-chief'],
			['It was, said former judge Walter Briggs.', 'judge'],
			['Then chief Walter Briggs spoke.', 'chief'],
			['It was, said party whip Walter Briggs.', 'whip'],
			// A group inside a title names where it is held; opening the clause, it does the verb.
			['It is chaired by retired appeals court judge Walter Briggs.', 'judge'],
			['It was, said district court judge Walter Briggs.', 'judge'],
		])
			expect(found(sentence as string), sentence).toEqual([1, [described]]);
		for (const sentence of [
			'It was the best Walter Briggs could do.',
			'The crowd cheered for young Walter Briggs.',
			'The nurses help Walter Briggs on Fridays.',
			'The program will help Walter Briggs pay rent.',
			'Police help Walter Briggs on Fridays.',
			'“Police help Walter Briggs,” she said.',
			'They then help Walter Briggs on Fridays.',
			'Local police help Walter Briggs on Fridays.',
			'Volunteers and police help Walter Briggs on Fridays.',
		])
			expect(found(sentence), sentence).toEqual([0, []]);
		expect(found('Briggs was the night-shift supervisor.')).toEqual([1, ['the night-shift supervisor']]);
		expect(found('Yesterday Walter J Briggs, a nurse, came.')).toEqual([1, ['a nurse']]);
		// Written with its accents (the question's words are folded), or beside a letter whose folding is longer.
		const renee = { ...asked, hint: { identity: ['renee'] } };
		const accented = (sentence: string) =>
			findAnswers(renee, sentence, undefined, true, lexicon).spans.map((span) => sentence.slice(span.start, span.end));
		expect(accented('Renée, a nurse, came.')).toEqual(['a nurse']);
		expect(accented('The \uFB01re took Renée, a nurse.')).toEqual(['a nurse']);
		// Accents written as combining marks, and a letter that folds longer beside one that folds shorter.
		expect(accented('Rene\u0301e, a nurse, came.')).toEqual(['a nurse']);
		expect(accented('The \uFB01re hurt Renée, a nurse, and Jose\u0301.')).toEqual(['a nurse']);
		expect(found('Briggs, who turned 78 in May, said so.')).toEqual([0.5, ['who turned 78 in May']]);
		// Another person's description (a relative of the same name too), one naming no person, a
		// clause after the name, a phrase before it that is no apposition, a verb before it, another
		// name: nothing.
		for (const sentence of [
			'Carl Briggs said so, and his son, Tom Reyes, agreed.',
			'His wife, Carol Briggs, 65, a retired school nurse, said so.',
			'Briggs, the town\u2019s oldest bridge, was closed.',
			'Police questioned Briggs, his attorney said.',
			'The shed was owned by Briggs, a fire official said.',
			'According to Briggs, the neighbor called 911.',
			'Alongside his son, Briggs rebuilt the porch.',
			'Unlike his brother, Briggs stayed in town.',
			'With the help of a neighbor, Briggs got out.',
			'Volunteers came to help Briggs on Saturday.',
			'The council voted to hire Briggs last year.',
			'Briggs said so, according to Tom Reyes.',
			'Briggsville, a town of 4,000 people, voted.',
		])
			expect(found(sentence)[0], sentence).toBe(0);
		expect(firstPassage(story, "who's walter briggs")).toBe('a0#1');
	});

	it('takes a description standing for the person asked about as what they are ("The reality star")', () => {
		const story = storyOf(
			'Kim Kardashian West met President Donald Trump at the White House on Friday.',
			'Kim Kardashian West was there. The reality star later sat down with Van Jones of CNN.',
		);
		const results = ask(story.index, 'who is kim kardashian west', { lexicon }).results;
		expect(results[0]?.passageId).toBe('a1#1');
		expect(results[0]?.answer).toBe('The reality star later sat down with Van Jones of CNN.');
	});

	it('takes where something was taken, whatever its name, and not a source "according to" someone', () => {
		const where = { type: 'where' as const, questionWords: new Set<string>(['ship']), hint: {} };
		expect(answerTypeEvidence(where, 'It was then towed to an anchorage north of the strait.')).toBe(1);
		expect(answerTypeEvidence(where, 'Two crew members were airlifted to a hospital.')).toBe(1);
		expect(answerTypeEvidence(where, 'It was then refloated with the help of five tugboats.')).toBe(0);
		expect(answerTypeEvidence(where, 'Sixteen containers fell, according to the Vessen Coast Guard.')).toBe(0);
		expect(answerTypeEvidence(where, 'Sixteen containers fell into the Vessen Strait.')).toBe(1);
		// Asked where they took it, where it was taken above where it was.
		const hint = (q: string) => analyzeQuestion(q, storyOf('The ship was towed.').index, lexicon).hint;
		expect(hint('where did they take the ship after it was freed')).toEqual({ destination: true });
		expect(hint('where was she flown')).toEqual({ destination: true });
		for (const q of [
			'where is the ship now',
			'where did the ship run aground',
			'where did the meeting take place',
			'where did the boat take on water',
			'where was the fire brought under control',
		])
			expect(hint(q), q).toEqual({});
		const taken = { ...where, hint: { destination: true } };
		expect(answerTypeEvidence(taken, 'It was then towed to an anchorage north of the strait.')).toBe(1);
		expect(answerTypeEvidence(taken, 'She was airlifted to St. Mary’s in Duluth.')).toBe(1);
		expect(answerTypeEvidence(taken, 'Several containers washed up at Lindvik Point.')).toBe(0.5);
		// Not a date something was moved to, nor someone's attention.
		expect(answerTypeEvidence(taken, 'The hearing was moved to Tuesday.')).toBe(0);
		expect(answerTypeEvidence(taken, 'The leak was brought to the attention of officials.')).toBe(0);
	});

	it('takes a direction for "which way did it go", above any other place', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('A truck drove off.').index, lexicon).hint;
		expect(hint('which way did the truck go').direction).toBe(true);
		expect(hint('where did the truck go').direction).toBeUndefined();
		expect(hint('which way did the senator vote').direction).toBeUndefined();
		const way = question('where', { direction: true });
		expect(answerTypeEvidence(way, 'Witnesses saw a red truck drive off towards the harbour.')).toBe(1);
		expect(answerTypeEvidence(way, 'The convoy was heading north on the motorway.')).toBe(1);
		expect(answerTypeEvidence(way, 'The truck was later found in Dalkeith.')).toBe(0.5);
		expect(answerTypeEvidence(question('where'), 'The truck was later found in Dalkeith.')).toBe(1);
		// Compass words opening names, "headed by" and "attitudes towards" are no directions.
		for (const sentence of [
			'The truck belonged to Kim Kardashian West.',
			'The inquiry, headed by a judge, sits in May.',
			'Attitudes towards drivers have changed.',
		])
			expect(answerTypeEvidence(way, sentence)).toBeLessThan(1);
		// A sentence giving only a direction may answer it too.
		const story = storyOf('A farmer said the truck sped off heading west.', 'The truck was found burned out.');
		const asked = analyzeQuestion('which way did the truck go', story.index, story.lexicon);
		const { scored } = scoreCandidates(story.index, asked, RANKING, story.lexicon);
		expect(scored.find((s) => s.indexed.passage.id === 'a0#1')?.parts.answer).toBeGreaterThan(0);
	});

	it('takes the means for "how did they get in" ("used a rope", "by climbing"), not any "with" or "by"', () => {
		const how = question('how', {});
		for (const sentence of [
			'The burglars used a rope to lower themselves from the roof.',
			'They got in by forcing a side door.',
			'Detectives traced the painting through a gallery owner in Antwerp.',
		])
			expect(answerTypeEvidence(how, sentence)).toBe(1);
		for (const sentence of [
			'The burglars escaped with three paintings.',
			'He stood by the door.',
			'The plane was built by Boeing.',
			'The order stays in place through Thursday.',
			'Crews worked through the night.',
			'It will be done by morning.',
		])
			expect(answerTypeEvidence(how, sentence)).toBe(0);
	});

	it('takes a number of persons of any kind for "how many people" ("two men", "1,800 residents")', () => {
		const people = question('count', { counted: new Set(['peopl']), countsPeople: true });
		const maps = question('count', { counted: new Set(['map']) });
		const residents = question('count', { counted: new Set(['resid']) });
		const democrats = question('count', { counted: new Set(['democrat', 'vote']) });
		const found = (asked: ReturnType<typeof question>, sentence: string) => {
			const { evidence, spans } = findAnswers(asked, sentence, undefined, true, lexicon);
			return { evidence, answer: spans[0] && sentence.slice(spans[0].start, spans[0].end) };
		};
		expect(lexicon.nounKinds('individuals').has('person')).toBe(true);
		// Each sentence with the question, the evidence and (where it counts) the answer.
		const cases: [ReturnType<typeof question>, string, number, string?][] = [
			[people, 'Two men, aged 52 and 29, were arrested at the property.', 1, 'Two men'],
			[people, 'The river forced the evacuation of roughly 1,800 residents.', 1, '1,800 residents'],
			// "Person" itself, which WordNet files among its top concepts, above noun.person.
			[people, 'I just want to help one person at a time.', 1, 'one person'],
			[people, 'No one was killed, but 340 homes were damaged.', 0.5],
			// Not a year, nor a person named further on.
			[people, 'In 2019 the director resigned.', 0],
			[people, 'One day a neighbour called.', 0.5],
			// A name may stand between the number and whom it counts, up to four words of it; in lower
			// case, what follows is no name (the pattern is read case-blind, the name case-sensitively).
			[
				people,
				'About 1,900 Harlan Electric Cooperative customers lost power.',
				1,
				'1,900 Harlan Electric Cooperative customers',
			],
			[
				people,
				'Nearly 138,500 Central Valley Power & Light customers lost power.',
				1,
				'138,500 Central Valley Power & Light customers',
			],
			[people, 'Nearly 138,500 central valley power and light customers lost power.', 0.5],
			[people, 'The fire burned 40 Big Rock Creek State Park acres, and no one was hurt.', 0.5],
			// The name's last word may be what is counted, first when no noun follows the name.
			[people, 'Three Americans were killed in the attack.', 1, 'Three Americans'],
			[people, 'Two Marines died and four were hurt.', 1, 'Two Marines'],
			[people, 'Five Ford workers were laid off.', 1, 'Five Ford workers'],
			[democrats, 'Five Democrats voted against the bill.', 1, 'Five Democrats'],
			// A year or a day counts nothing, whatever follows it.
			[people, 'On Jan. 12 Kentucky State Police troopers found the car.', 0.5],
			[people, 'On Jan 12 Kentucky State Police troopers found the car.', 0.5],
			[people, 'On March 3 Democrats voted.', 0.5],
			[residents, 'In 2019 Big Rock Creek County residents voted.', 0],
			[democrats, 'In 2019 Democrats won the House.', 0],
			// Words looked at past the number's three are not taken: the next number is read on its own.
			[
				people,
				'A deck gave way, crushing 14 vehicles and trapping three people while a concert went on.',
				1,
				'three people',
			],
			// So for a thing counted: "58 Alder County maps", not "landmark 14 on Walt's Bear Run map".
			[maps, 'He has drawn 58 Alder County maps.', 1, '58 Alder County maps'],
			[maps, 'He has drawn 58 Big Rock Creek Trail maps.', 1, '58 Big Rock Creek Trail maps'],
			[maps, 'We found him because of landmark 14 on Walt’s Bear Run map.', 0.5],
		];
		for (const [asked, sentence, evidence, answer] of cases) {
			const got = found(asked, sentence);
			expect(got.evidence, sentence).toBe(evidence);
			if (answer) expect(got.answer, sentence).toBe(answer);
		}
		// Without the lexicon, only "people" itself.
		expect(findAnswers(people, 'Two men were arrested.').evidence).toBe(0.5);
		expect(
			analyzeQuestion('how many people got arrested', storyOf('Two men were arrested.').index, lexicon).hint,
		).toMatchObject({ countsPeople: true });
		expect(
			analyzeQuestion('how many nurses got arrested', storyOf('Two men were arrested.').index, lexicon).hint
				.countsPeople,
		).toBeUndefined();
		// "Folks" are people: "Five people were hurt" counts them, at full weight.
		const story = storyOf('Some of them were hurt, some of them kids.', 'Five people were hurt in the fall.');
		const folks = analyzeQuestion('how many folks got hurt', story.index, lexicon);
		expect(folks.hint).toMatchObject({ countsPeople: true });
		for (const q of ['how many older folks got hurt'])
			expect(analyzeQuestion(q, story.index, lexicon).hint.countsPeople, q).toBe(true);
		for (const q of [
			"how many folks' homes flooded",
			"how many people's homes flooded",
			'how many folk songs did she record',
		])
			expect(analyzeQuestion(q, story.index, lexicon).hint.countsPeople, q).toBeUndefined();
		expect(findAnswers(folks, 'Five people were hurt in the fall.', undefined, true, lexicon).evidence).toBe(1);
		expect(firstPassage(story, 'how many folks got hurt')).toBe('a1#1');
	});

	it('takes no amount of time for "how much stuff did he save"', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('He saved kayaks.').index, lexicon).hint;
		expect(hint('how much stuff did moreno manage to save')).toEqual({ amount: true });
		expect(hint('how much money did he raise')).toEqual({ money: true });
		// A currency's sign asks for a sum, whatever the verb ("want" is no verb of paying).
		expect(hint('how much $ did the hackers want')).toEqual({ money: true });
		expect(hint('how many $$ did they want')).toEqual({ money: true });
		expect(hint('how much in € did the club want')).toEqual({ money: true });
		// Not a note's value or a ticker: "$100 bills" are counted.
		expect(hint('how many $100 bills did police find').money).toBeUndefined();
		expect(hint('how many $gme shares did he buy').money).toBeUndefined();
		// A verb of paying or pricing asks for a sum too; not "make", nor a measure.
		for (const q of [
			'how much does she charge to put shoes on a horse',
			'how much would one of his mandolins cost me',
			'how much did the fair pay for the bleachers',
		])
			expect(hint(q), q).toEqual({ money: true });
		expect(hint('how much progress did they make')).toEqual({ amount: true });

		expect(hint('how much weight did the bridge carry')).toEqual({ measure: 'weight' });
		// A thing after "how much" is what is measured, whatever the verb; "raise" is not paying.
		expect(hint('how much weight can the crane raise')).toEqual({ measure: 'weight' });
		expect(hint('how much blood did volunteers donate')).toEqual({ amount: true });
		expect(hint('how much longer did the crew spend on the island').money).toBeUndefined();
		expect(hint('how much did the city raise the drawbridge').money).toBeUndefined();
		// Any auxiliary, or a pronoun as chat types it; "raise" with no object is fundraising.
		for (const q of [
			'how much were the workers paid',
			'how much must the company pay',
			'how much it cost to build the bridge',
			'how much did they raise for the hospital',
			'how much did the fundraiser raise',
		])
			expect(hint(q), q).toEqual({ money: true });
		// A comparative asks for a length of time or an age, not an amount of a thing.
		for (const q of ['how much longer will the repairs take', 'how much older is kim than alice'])
			expect(hint(q).amount, q).toBeUndefined();
		const much = { type: 'count' as const, questionWords: new Set(['moreno', 'save']), hint: { amount: true } };
		expect(answerTypeEvidence(much, '"I\'ve put eight years into that store," Moreno said.')).toBe(0);
		expect(answerTypeEvidence(much, 'He loaded about $40,000 worth of inventory onto two trailers.')).toBe(1);
		expect(answerTypeEvidence({ ...much, hint: {} }, '"I\'ve put eight years into that store," Moreno said.')).toBe(1);
	});

	it('takes an amount in the units asked for "how heavy" and "how far", any other number only loosely', () => {
		const heavy = question('count', { measure: 'weight' });
		expect(answerTypeEvidence(heavy, 'The cubs each weighed about 500 grams at birth.')).toBe(1);
		expect(answerTypeEvidence(heavy, 'The cubs were born after a pregnancy of 13 weeks.')).toBe(0.5);
		const far = question('count', { measure: 'length' });
		expect(answerTypeEvidence(far, 'She rented a car for the 430-mile drive home.')).toBe(1);
		expect(answerTypeEvidence(far, 'It takes 25 minutes to drive around.')).toBe(0.5);
		const hint = (q: string) => analyzeQuestion(q, storyOf('The cubs weighed 500 grams.').index, lexicon).hint;
		expect([hint('how heavy were the cubs').measure, hint('how far did she drive').measure]).toEqual([
			'weight',
			'length',
		]);
		// "How big": a length said of the thing, or an area; a distance only loosely.
		expect(hint('how big was the fishing boat').measure).toBe('size');
		expect(hint('how much weight did the dog lose').measure).toBe('weight');
		expect(hint('how many pounds did he lose').measure).toBe('weight');
		expect(hint('how big a pay bump did they get').measure).toBeUndefined();
		const big = question('count', { measure: 'size' });
		expect(answerTypeEvidence(big, 'The 62-foot crab vessel sent a mayday call.')).toBe(1);
		expect(answerTypeEvidence(big, 'The new ship is 300 feet long.')).toBe(1);
		expect(answerTypeEvidence(big, 'The fire had burned about 14,200 acres by Wednesday.')).toBe(1);
		expect(answerTypeEvidence(big, 'The boat sank about 38 miles off the coast.')).toBe(0.5);
		// A measure written as one word with its number is a number a sentence may hold, and ranks.
		expect(mayHold('Scientists confirmed that the 2.6-kilogram stone is a meteorite.', 'count')).toBe(true);
		const story = storyOf(
			'The lab believes it is the first meteorite seen to fall in Indiana in 80 years.',
			'Scientists confirmed that the 2.6-kilogram stone is a meteorite, and an unusual one.',
		);
		expect(firstPassage(story, 'how heavy is the meteorite')).toBe('a1#1');
	});

	it('counts the thing counted under a name WordNet gives it (for a word of many senses, one of its first sense that it shares)', () => {
		expect(lexicon.relations('birders').has('birdwatcher')).toBe(true);
		const { index } = storyOf('More than 2,300 birdwatchers have driven to town. Four bits of coral broke.');
		const birders = analyzeQuestion('how many birders have showed up', index, lexicon);
		expect(answerTypeEvidence(birders, 'More than 2,300 birdwatchers have driven to town.')).toBe(1);
		// Nor a synonym of many senses, or whose stem spells one ("witnesser": witness).
		const story = storyOf('Two witnesses came forward. 12 cases of measles were reported.').index;
		const loosely = (q: string, sentence: string) => answerTypeEvidence(analyzeQuestion(q, story, lexicon), sentence);
		expect(loosely('how many spectators watched', 'Two witnesses came forward.')).toBe(0.5);
		expect(loosely('how many lawsuits were filed', '12 cases of measles were reported.')).toBe(0.5);
		// "Bits" has many senses, and synonyms for other things (moments, scraps): only its first's,
		// and of those only one whose own first sense it is too (not "spot").
		const bits = analyzeQuestion('how many bits of coral were saved', index, lexicon);
		expect(bits.hint.counted).toEqual(new Set(['bit']));
		// A word of many senses counts under those of its first sense's names whose first sense it is
		// too: puppets as marionettes, kids as children, not carriages as coaches (of a team).
		const carver = storyOf('He has carved 143 marionettes for the theater. Nine children came.').index;
		const puppets = analyzeQuestion('how many puppets has he made', carver, lexicon);
		expect(answerTypeEvidence(puppets, 'He has carved 143 marionettes for the theater.')).toBe(1);
		const kids = analyzeQuestion('how many kids came', carver, lexicon);
		expect(answerTypeEvidence(kids, 'Nine children came.')).toBe(1);
		const carriages = analyzeQuestion('how many carriages left the rails', carver, lexicon);
		expect(lexicon.related('carriages', true)).toContain('coach');
		expect(carriages.hint.counted?.has('coach')).toBe(false);
	});

	it('takes only a temperature for "how hot", and a speed for "how fast" above any other number', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('It was hot in Glasgow.').index, lexicon);
		const hot = hint('how hot was it in glasgow the day before the crash');
		expect([hot.type, hot.hint.measure]).toEqual(['count', 'temperature']);
		expect(answerTypeEvidence(hot, 'Temperatures in Glasgow reached 101 degrees on Monday.')).toBe(1);
		expect(answerTypeEvidence(hot, 'It was minus 5°C at dawn.')).toBe(1);
		expect(answerTypeEvidence(hot, 'The track was inspected three days before the crash.')).toBe(0);
		const fast = hint('how fast was the train going');
		expect([fast.type, fast.hint.measure]).toEqual(['count', 'speed']);
		expect(answerTypeEvidence(fast, 'The train was going 45 miles per hour.')).toBe(1);
		expect(answerTypeEvidence(fast, 'It was doing 60 mph.')).toBe(1);
		expect(answerTypeEvidence(fast, 'The train had 40 cars.')).toBe(0.5);
		// How strong a wind blew is how fast; how strong anything else is, no number.
		for (const q of [
			'how strong was the wind up there',
			'how strong did the gusts get during the squall',
			'how strong will the winds be',
			"how strong were the storm's winds",
		]) {
			const strong = hint(q);
			expect([strong.type, strong.hint.measure], q).toEqual(['count', 'speed']);
			// (The wind is still searched for: only "how strong" says what is asked.)
			expect(
				strong.concepts.some((c) => /wind|gust/.test(c.word)),
				q,
			).toBe(true);
			expect(answerTypeEvidence(strong, 'Wind gusts reached 48 mph on the lake.'), q).toBe(1);
		}
		expect(hint('how strong is her case').type).toBe('how');
		for (const q of [
			'how strong was the storm of criticism',
			'how strong is the wind farm',
			'how powerful was the hurricane',
		])
			expect(hint(q).type, q).toBe('how');
		// The wind's force in words is its speed.
		expect(answerTypeEvidence(hint('how strong was the wind'), 'Gale-force winds tore the roof off the school.')).toBe(
			1,
		);
		// Written as news writes them.
		expect(answerTypeEvidence(hot, 'It was 40C at noon.')).toBe(1);
		expect(answerTypeEvidence(fast, 'The train hit 90mph.')).toBe(1);
		// Asked how fast a fire spread or a river rose, an area or a distance in a length of time
		// answers as a speed does; a length alone, or a time alone, loosely.
		const spread = hint('how fast did the fire spread');
		expect(answerTypeEvidence(spread, 'It spread across 5,000 acres in three hours.')).toBe(1);
		const rose = hint('how fast did the river come up that night');
		expect(rose.hint.measure).toBe('speed');
		expect(answerTypeEvidence(rose, 'The river rose about 14 feet in roughly 90 minutes.')).toBe(1);
		expect(answerTypeEvidence(rose, 'The river climbed 17 feet in less than two hours.')).toBe(1);
		expect(answerTypeEvidence(rose, 'The river was 14 feet deep.')).toBe(0.5);
		expect(answerTypeEvidence(rose, 'Crews worked for two hours in 14 towns.')).toBe(0.5);
		expect(answerTypeEvidence(rose, 'The river was rising about 6 inches an hour.')).toBe(1);
		expect(answerTypeEvidence(rose, 'The glacier retreated 2 miles in six weeks.')).toBe(1);
		expect(answerTypeEvidence(rose, 'The current ran 6 feet a second.')).toBe(1);
		for (const sentence of [
			'The river was down from 20 feet a day earlier.',
			'It topped 30 feet a second time.',
			'It crested at 25 feet a day after the storm.',
		])
			expect(answerTypeEvidence(rose, sentence), sentence).toBe(0.5);
		// A record is no speed: "topped 30 feet in 50 years".
		expect(answerTypeEvidence(rose, 'It was the first time the river had topped 30 feet in 50 years.')).toBe(0.5);
		const flood = storyOf(
			'The flood reached 14 feet at the campground, the sheriff said.',
			'The river rose about 14 feet in roughly 90 minutes after the storm stalled.',
		);
		expect(firstPassage(flood, 'how fast did the river come up')).toBe('a1#1');
	});

	it('relates a compound WordNet files with its last word as that word ("fishing boat": vessel), not an idiom ("last word")', () => {
		expect(lexicon.isKindOfLast(['fishing', 'boat'])).toBe(true);
		expect(lexicon.isKindOfLast(['last', 'word'])).toBe(false);
		const story = storyOf(
			'The 62-foot vessel sank.',
			'It was her final statement on the word.',
			'They went fishing by boat.',
		);
		const concept = (q: string) => analyzeQuestion(q, story.index, lexicon).concepts.at(-1);
		expect(concept('how big was the fishing boat')?.compound).toBeDefined();
		expect(concept('how big was the fishing boat')?.terms.get('vessel')).toBeGreaterThan(0);
		expect(concept('how big was the fishing boat')?.terms.get('vessel')).toBeLessThan(0.5);
		expect(concept('what was the last word')?.compound).toBeDefined();
		expect(concept('what was the last word')?.terms.has('statement')).toBe(false);
	});

	it('takes an amount of money for what a prize, a fine or a fee is, any other number only loosely', () => {
		const amount = question('count', { money: true });
		expect(answerTypeEvidence(amount, 'The prize comes with $250,000 and a gold medal.')).toBe(1);
		expect(answerTypeEvidence(amount, 'The collection is valued at £3.1 million.')).toBe(1);
		expect(answerTypeEvidence(amount, 'He asked for 400,000 euros in cash.')).toBe(1);
		expect(answerTypeEvidence(amount, 'The repairs will cost $5m.')).toBe(1);
		expect(answerTypeEvidence(amount, 'She left half a million dollars to the zoo.')).toBe(1);
		expect(answerTypeEvidence(amount, 'The strike lasted 12 days.')).toBe(0.5);
	});

	it('takes a number before words for a count, but not a year after "in" or "since"', () => {
		const count = question('count');
		expect(answerTypeEvidence(count, 'She was convicted in 1996 for a drug offence.')).toBe(0);
		expect(answerTypeEvidence(count, 'Since 2018 officials have waited.')).toBe(0);
		expect(answerTypeEvidence(count, 'None of the 23 crew members was injured.')).toBe(1);
		expect(answerTypeEvidence(count, 'More than 2000 people marched.')).toBe(1);
		// A number is not a count of what follows its comma: an age after a name.
		const nurses = question('count', { counted: new Set(['nurs']) });
		expect(answerTypeEvidence(nurses, 'More than 1,800 nurses walked out.')).toBe(1);
		expect(answerTypeEvidence(nurses, 'Evelyn Marsh, 71, a retired nurse, walked the line.')).toBe(0);
	});

	it('takes a capitalised word after a preposition for a place, but not a month or a weekday', () => {
		const where = question('where');
		expect(answerTypeEvidence(where, 'Workshops begin in June.')).toBe(0);
		expect(answerTypeEvidence(where, 'The vote was held in Jan. and again through Sunday.')).toBe(0);
		expect(answerTypeEvidence(where, 'The van sped off towards Leith.')).toBe(1);
		expect(answerTypeEvidence(where, 'She grew up in Maysville.')).toBe(1);
		expect(answerTypeEvidence(where, 'The final was held at the Gaylord National Resort.')).toBe(1);
	});

	it('takes how long ago something began as weaker evidence of an age than an age itself', () => {
		const age = question('age');
		expect(answerTypeEvidence(age, 'It uses a starter her grandmother began in Lagos 46 years ago.')).toBe(0.5);
		expect(answerTypeEvidence(age, 'The mill opened two centuries ago.')).toBe(0.5);
		expect(answerTypeEvidence(age, 'The mill opened a decade ago.')).toBe(0.5);
		expect(answerTypeEvidence(age, 'The mill opened years ago.')).toBe(0);
		expect(answerTypeEvidence(age, 'Dolores Whitfield, 68, joined the store 12 years ago.')).toBe(1);
	});

	it('takes an age said as a sentence of its own, or closing a clause, of a person ("She is 91.")', () => {
		const age = question('age');
		expect(answerTypeEvidence(age, 'Askew collected her degree on Saturday. She is 91.')).toBe(1);
		expect(answerTypeEvidence(age, 'Askew turned 100, and the town threw a party.')).toBe(1);
		expect(answerTypeEvidence(age, '“I was 14.”')).toBe(1);
		expect(answerTypeEvidence(age, 'It was 93.')).toBe(0);
		expect(answerTypeEvidence(age, 'The bus was 14 minutes late.')).toBe(0);
		expect(answerTypeEvidence(age, 'Route 14 was closed.')).toBe(0);
		expect(answerTypeEvidence(age, 'He’s 57, and drives for Sweetwater.')).toBe(1);
		expect(answerTypeEvidence(age, 'She was 1.2 seconds off the pace.')).toBe(0);
		expect(answerTypeEvidence(age, 'The high on Monday was 98.')).toBe(0);
		expect(answerTypeEvidence(age, 'Turnout was 41.5 percent.')).toBe(0);
		expect(answerTypeEvidence(age, 'Ohio was 52, Michigan 48.')).toBe(0);
	});

	it('takes an age in a clause about the name before it ("said Vierling, who is 45 and")', () => {
		const age = question('age');
		expect(
			answerTypeEvidence(age, '“That’s the moment,” said Vierling, who is 45 and has spent six years at it.'),
		).toBe(1);
		expect(answerTypeEvidence(age, 'Brisco, who’s 71, still umpires.')).toBe(1);
		expect(answerTypeEvidence(age, 'Her grandson, who is now 9, slept through it.')).toBe(1);
		// Minutes away, or an age once: not how old someone is.
		expect(answerTypeEvidence(age, 'Her sister, who is 45 minutes away, drove over.')).toBe(0);
		expect(answerTypeEvidence(age, 'Her son, who was 16 then, drove the truck.')).toBe(0);
		// A record is no age.
		expect(answerTypeEvidence(age, 'Coach Reid, who is 0 and 2 in title games, smiled.')).toBe(0);
		expect(answerTypeEvidence(age, 'Nadal, who is 2 and 0 against him, smiled.')).toBe(0);
	});

	it('finds where each answer of the best kind stands, every one of them', () => {
		const at = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
		const dated = 'She was convicted on Tuesday, in 1996, and freed in 2018.';
		expect(at(dated, findAnswers(question('when', { when: 'year' }), dated).spans)).toEqual(['1996', '2018']);
		const counted = 'They struck for 12 days, and 1,800 nurses walked out.';
		expect(at(counted, findAnswers(question('count', { counted: new Set(['nurs']) }), counted).spans)).toEqual([
			'1,800 nurses',
		]);
		// The looser kind: a weekday or a month, each where it stands.
		const loose = 'Talks began on Monday and ended in June.';
		const found = findAnswers(question('when', { when: 'year' }), loose);
		expect(found.evidence).toBe(0.5);
		expect(at(loose, found.spans)).toEqual(['June', 'Monday']);
		expect(findAnswers(question('where'), 'They struck.')).toEqual({ evidence: 0, spans: [] });
	});
});

describe('findAnswers for who', () => {
	const who = { type: 'who' as const, questionWords: new Set<string>(), hint: {} };
	const names = new Map([['kinloch', [{ kind: 'person' }]]]);
	it('takes a person named in the sentence, not a name standing for a thing ("the Kinloch brooch")', () => {
		expect(findAnswers(who, 'Among the stolen items was the Kinloch brooch, made in 1762.', names).evidence).toBe(0.4);
		expect(findAnswers(who, 'It was made in 1762 for Margaret Kinloch, Countess of Arden.', names).evidence).toBe(1);
		expect(findAnswers(who, 'It was made for the Kinloch family.', names).evidence).toBe(0.4);
		expect(findAnswers(who, 'It was a gift from the Kinloch.', names).evidence).toBe(1);
		// A family by its name is its people.
		expect(findAnswers(who, 'It was made for the Kinlochs last year.', names).evidence).toBe(1);
	});
});

describe('findAnswers for whether anyone did something', () => {
	const anyone = { type: 'yesno' as const, questionWords: new Set<string>(), hint: { existential: true } };
	it('takes "no one", "none of", "no arrests" or "there were" for the answer, and nothing else', () => {
		for (const sentence of [
			'No one was killed, but 340 homes were damaged.',
			'None of the 23 crew members was injured.',
			'No arrests had been made by Sunday evening.',
			'Kim confessed that there were people around her who discouraged her.',
		])
			expect(findAnswers(anyone, sentence).evidence).toBe(1);
		for (const sentence of [
			'The flood struck on the night of April 14.',
			'She no longer works there.',
			'She had no idea.',
		])
			expect(findAnswers(anyone, sentence).evidence).toBe(0);
		// In the question's own words: "were there any injuries".
		const thereAny = { ...anyone, questionWords: new Set(['were', 'there', 'any', 'injuries']) };
		expect(findAnswers(thereAny, 'There were two injuries.').evidence).toBe(1);
		// Another yes/no question has no answer of a kind.
		expect(findAnswers({ ...anyone, hint: {} }, 'No one was killed.').evidence).toBe(0);
	});
});

describe('ranking on questions asked in other words', () => {
	it('counts "no one was killed" as an answer to whether anybody died, and the flood itself not', () => {
		const story = storyOf(
			'The flood struck the town on the night of April 14, 2023, after days of heavy rain.\n\nNo one was killed, but 340 homes were damaged, the county said.',
		);
		const scored = scoredIn(story, 'Did anybody die in the flood?');
		const answer = (id: string) => scored(id)?.parts.answer;
		expect(answer('a0#2')).toBe(RANKING.answer);
		expect(answer('a0#1')).toBe(0);
		const [first] = ask(story.index, 'Did anybody die in the flood?', { lexicon: story.lexicon }).results;
		expect(first?.passageId).toBe('a0#2');
		// Of two, neither did.
		const anybody = { type: 'yesno' as const, questionWords: new Set(['hurt']), hint: { existential: true } };
		expect(answerTypeEvidence(anybody, 'Neither of them was hurt.')).toBe(1);
		expect(answerTypeEvidence(anybody, 'Both of them were taken to hospital.')).toBe(0);
		expect(answerTypeEvidence(anybody, 'Police would neither confirm nor deny the report.')).toBe(0);
	});

	it("prefers, of passages answering as well, the one whose article holds more of the question (its story's)", () => {
		const story = storyOf(
			'The river flooded the town overnight.\n\nMany homes were damaged.',
			'The violin was found in a flat in Verona on Monday.\n\nPolice thanked the public for its help.\n\nExperts said it had been damaged.',
		);
		const of = scoredIn(story, 'was the violin damaged?');
		// The two passages hold as much of the question; the rest of their articles do not.
		expect(of('a1#3')?.sentenceScore).toBeCloseTo(of('a0#2')?.sentenceScore ?? Number.NaN, 9);
		expect(of('a1#3')?.article).toBeGreaterThan(0);
		expect(of('a0#2')?.article).toBe(0);
		// An article of one passage adds nothing to it.
		const brief = storyOf('Many homes were damaged.', 'The violin was found in Verona.');
		const briefQuestion = analyzeQuestion('was the violin damaged?', brief.index, brief.lexicon);
		const briefs = scoreCandidates(brief.index, briefQuestion, RANKING, brief.lexicon).scored;
		expect(briefs.map((s) => s.article)).toEqual([0, 0]);
		const ids = ask(story.index, 'was the violin damaged?', { lexicon: story.lexicon, limit: 5 }).results.map(
			(r) => r.passageId,
		);
		expect(ids.indexOf('a1#3')).toBeLessThan(ids.indexOf('a0#2'));
	});

	it('takes a word for a leader as what "runs" says, asked who runs something ("chief executive")', () => {
		const story = storyOf(
			"Cascade Hydro Partners' chief executive, Thomas Reyes, said the company accepted the findings.",
			"Justice Margaret Oyelaran, who led the inquiry, said the dam's owner, Cascade Hydro Partners, had ignored warnings.",
		);
		const question = analyzeQuestion('who runs cascade hydro', story.index, story.lexicon);
		const { concepts } = scoreCandidates(story.index, question, RANKING, story.lexicon);
		const runs = concepts.find((c) => c.concept.word === 'runs');
		expect(runs?.concept.terms.get('execut')).toBeGreaterThan(0);
		expect(runs?.concept.terms.get('chief')).toBeGreaterThan(0);
		// Only for a question asking who leads something.
		const other = analyzeQuestion('who said cascade hydro ignored warnings', story.index, story.lexicon);
		const said = scoreCandidates(story.index, other, RANKING, story.lexicon).concepts.find(
			(c) => c.concept.word === 'said',
		);
		expect(said?.concept.terms.has('execut')).toBe(false);
		const [first] = ask(story.index, 'who runs cascade hydro', { lexicon: story.lexicon }).results;
		expect(first?.passageId).toBe('a0#1');
	});

	it('does not relate a word to a name the corpus writes, unless WordNet knows the name word as a common noun', () => {
		const story = storyOf(
			'The museum valued the stolen collection at £3.1 million.\n\nChief executive Gregory Hale said Hale Airlines would carry the passengers.',
			'A ship ran aground on the Grey Bank, a sandbank off the coast.\n\nThe climbers reached the top of Mount Brennan.',
		);
		const terms = (q: string) => [...(analyzeQuestion(q, story.index, story.lexicon).concepts[1]?.terms.keys() ?? [])];
		// "hale", a synonym of the verb haul, is only a name here.
		expect(terms("what's the whole haul worth")).not.toContain('hale');
		expect(lexicon.isCommonNoun('hale')).toBe(false);
		// A mountain may be called Mount Brennan; "mount", a verb like climb, is not Mount Brennan.
		expect(terms('who climbed the mountain')).toContain('mount');
		const climbed = analyzeQuestion('who climbed the mountain', story.index, story.lexicon).concepts[0];
		expect(climbed?.word).toBe('climbed');
		expect(climbed?.terms.has('mount')).toBe(false);
		expect(lexicon.isCommonNoun('mount')).toBe(true);
		expect(lexicon.isCommonNoun('bank')).toBe(true);
	});

	it('knows a person by the full name a caption gives, where the text uses only the surname', () => {
		const story = storyOf(
			'(Photo: Team captain Devon Achterberg holds the trophy. Karen Lowe/Port Allard Gazette)\n\nThe robot lifted crates in the final.\n\nAchterberg, who will study engineering in Boston this fall, said he would come back to coach.\n\n(Photo: Tom Reilly/Coastal Maine Ledger)',
			'Devon County will close two schools this fall.',
		);
		const achterberg = story.index.entities.entities.find((e) => e.words.includes('achterberg'));
		expect(achterberg?.words).toContain('devon');
		const concept = analyzeQuestion('is devon going to study engineering?', story.index, story.lexicon).concepts[0];
		expect(concept?.entity).toBe(achterberg);
		// The caption is still no passage, and a photographer or a newspaper in its credit no one.
		expect([...story.index.passages.keys()]).not.toContain('a0#1');
		const words = story.index.entities.entities.flatMap((e) => e.words);
		for (const word of ['lowe', 'gazette', 'reilly', 'ledger']) expect(words).not.toContain(word);
	});

	it('does not take an age the sentence gives someone else for the age asked about', () => {
		const story = storyOf(
			'Marcus Webb met Rosa Delgado at the hospital in May.\n\nThe 52-year-old surgeon was the one who broke the news to Delgado that she could go home.',
			'Marcus Webb, 52, visited Rosa Delgado in the hospital.',
			'Rosa Delgado, 63, said she was grateful to be home.',
			'Delgado, a 63-year-old Riverside Nurses Association member, walked out in May.',
			'A 63-year-old great-grandmother, Rosa Delgado, walked out in May.',
			'The 63-year-old hugged her family, and Delgado thanked the nurses.',
			'A 63-year-old Webb fan, Delgado walked out in May.',
			'Her daughter, Ana Delgado-Ruiz, 41, said so.',
		);
		const answers = (q: string) => {
			const scored = scoredIn(story, q);
			return (id: string) => scored(id)?.parts.answer;
		};
		const delgado = answers('how old is Rosa Delgado');
		expect([delgado('a0#2'), delgado('a1#1')]).toEqual([0, 0]);
		for (const id of ['a2#1', 'a3#1', 'a4#1', 'a5#1', 'a6#1']) expect(delgado(id)).toBeGreaterThan(0);
		// A name's last word whole: "Delgado-Ruiz" is not Delgado.
		expect(delgado('a7#1')).toBe(0);
		// Asked about someone's lawyer, the people named are not who the question asks about.
		expect(answers("how old is Rosa Delgado's surgeon")('a1#1')).toBeGreaterThan(0);
	});

	it("takes an age for the asked person's only where the sentence ties it to them alone", () => {
		const answer = (story: ReturnType<typeof storyOf>, q: string, id: string) =>
			scoredIn(story, q)(id)?.parts.answer ?? 0;
		// The name after an age opening the sentence, read whole ("Now 52, Marcus Webb ...").
		const now = storyOf(
			'Rosa Delgado walked out in May.',
			'Now 52, Marcus Webb treats Rosa Delgado every week.',
			'Now 63, Rosa Delgado walks every day.',
			'Now 61, Karin Delgado-Ruiz runs the shop.',
		);
		expect(answer(now, 'how old is Rosa Delgado', 'a2#1')).toBeGreaterThan(0);
		for (const id of ['a1#1', 'a3#1']) expect(answer(now, 'how old is Rosa Delgado', id), id).toBe(0);
		// The whole name before an age: a son's is not his mother's.
		const son = storyOf(
			"Mary O'Brien runs the farm near Bramwell.",
			"Her son, Sean O'Brien, 31, helps Mary O'Brien on weekends.",
		);
		expect(answer(son, "how old is Mary O'Brien", 'a1#1')).toBe(0);
		// The name before "who is" an age: the coach's age is not the player's.
		const coach = storyOf(
			'Dana Vierling scored twice on Friday.',
			'Coach Tom Reid, who is 61, praised Dana Vierling after the game.',
			'Dana Vierling, who is 17, plans to play in college.',
		);
		expect(answer(coach, 'how old is Dana Vierling', 'a1#1')).toBe(0);
		expect(answer(coach, 'how old is Dana Vierling', 'a2#1')).toBeGreaterThan(0);
		// A surname two people share, or a description of a description's possessor, is not theirs alone.
		const shared = storyOf(
			'Gordon Pellerin and his wife, Darlene Pellerin, ran the Harwick library together for decades.\n\nPellerin, 64, said that after many long years and many more long evenings the board voted to close the reading room.',
			'Gordon Pellerin, 70, was there when the board voted to close the reading room.',
		);
		const closed = 'how old was gordon pellerin when the board voted to close the reading room';
		expect(answer(shared, closed, 'a0#2')).toBeLessThan(answer(shared, closed, 'a1#1'));
		// Unless the article names one of them in full first, in a paragraph of its own: its subject,
		// whose the family name alone is, however far the age stands from the question's words.
		const subject = storyOf(
			'Ray Dombrowski keeps pigeons on his roof in Port Eldon.\n\nHis wife, Dolores Dombrowski, 68, feeds them every morning.\n\nDombrowski, 71, drove a truck across the country for a freight company for 38 years before he finally retired to keep racing pigeons on the roof.',
		);
		const retired = 'how old was ray dombrowski when he retired to keep racing pigeons on the roof';
		expect(answer(subject, retired, 'a0#3')).toBeGreaterThan(0.5);
		const lawyer = storyOf(
			'Marcus Webb, 52, was charged on Monday. His lawyer, Dana Whitfield, spoke outside the courthouse.\n\nThe 52-year-old’s lawyer said her client would plead not guilty to every charge when arraigned in federal court next month.',
			'Dana Whitfield, 44, has practised law in Harwick since 2005.',
		);
		const arraigned = 'how old was dana whitfield when her client was arraigned in federal court';
		expect(answer(lawyer, arraigned, 'a0#2')).toBeLessThan(answer(lawyer, arraigned, 'a1#1'));
		// A quotation's speaker only guessed to be the person just spoken of gives them no age.
		const guessed = storyOf(
			'Alice Johnson met Kim Kardashian West in May.\n\n“Some people think I made one phone call to the President and showed up, but we had been working on this for months,” the 37-year-old reality star explained.',
			'Alice Johnson, 63, did the show.',
		);
		expect(firstPassage(guessed, 'how old was alice when she showed up')).toBe('a1#1');
		// A surname another story shares leaves the age the asked person's own; a possessive, the possessor's.
		const bakery =
			'Alice Johnson opened the bakery on Elm Street in 1998.\n\nJohnson, 45, said that after many long years and many more long evenings of saving she finally opened the bakery.';
		const opened = 'how old was alice johnson when she opened the bakery';
		expect(answer(storyOf(bakery, 'Mark Johnson was elected mayor of Tulsa on Tuesday.'), opened, 'a0#2')).toBe(
			answer(storyOf(bakery), opened, 'a0#2'),
		);
		// So does a name set off after a description ("A 45-year-old baker, Johnson, said").
		const baker =
			'Alice Johnson opened the bakery on Elm Street in 1998.\n\nA 45-year-old baker, Johnson, said that after many long years and many more long evenings of saving she finally opened the bakery.';
		expect(answer(storyOf(baker, 'Mark Johnson was elected mayor of Tulsa on Tuesday.'), opened, 'a0#2')).toBe(
			answer(storyOf(baker), opened, 'a0#2'),
		);
		// A person's name and "is" an age: that person's ("Osterhout is 77."); not a weekday's.
		const osterhout = storyOf(
			'Leonard Osterhout fixes pocket watches.',
			'Leonard Osterhout ran a dental practice.\n\nOsterhout is 77.',
		);
		expect(answer(osterhout, 'how old is leonard osterhout', 'a1#2')).toBeGreaterThan(0);
		const asked = analyzeQuestion('how old is leonard osterhout', osterhout.index, lexicon);
		expect(findAnswers(asked, 'Monday is 77.', osterhout.index.entities.byWord).evidence).toBe(0);
		// A name before "is now 93" is read whole, as before ", 93,".
		const organ = storyOf(
			'Loretta Hollenbeck has played the organ at Zion Lutheran since 1954.\n\nLoretta Hollenbeck is now 93, and her husband, Walter Hollenbeck, still drives her to church on Sundays.',
		);
		expect(answer(organ, 'how old is walter hollenbeck', 'a0#2')).toBe(0);
		expect(answer(organ, 'how old is loretta hollenbeck', 'a0#2')).toBeGreaterThan(0);
		const possessor = storyOf('Marcus Webb was charged on Monday.', "Now 52, Webb's lawyer says the case is weak.");
		expect(answer(possessor, 'how old is Marcus Webb', 'a1#1')).toBe(0);
	});

	it('answers "how old is" with the age someone is now, above one they once were ("Brisco, 71," above "at 16")', () => {
		const hint = (q: string) => analyzeQuestion(q, storyOf('Brisco umpired.').index, lexicon).hint;
		for (const q of ['how old is brisco', "how old's the ump", 'how old are the twins', 'so how old is he now'])
			expect(hint(q).now, q).toBe(true);
		expect(hint('what age is brisco').now).toBe(true);
		for (const q of [
			'how old was brisco',
			'how old was he when he started',
			'how old is kim in that interview',
			'how old is she at the time of the crash',
			'how old is he then',
			'how old is brisco in his first season',
			'how old is he during the war',
			'how old is he as a rookie',
			'how old is he at his first game',
			'how old is he in 1998',
		])
			expect(hint(q).now, q).toBeUndefined();
		const evidence = (q: string, sentence: string) =>
			findAnswers({ type: 'age', questionWords: new Set(), hint: hint(q) }, sentence, undefined, true, lexicon)
				.evidence;
		const now = [
			'Brisco, 71, spent 19 seasons in the minors.',
			'The 71-year-old still works every game.',
			'He is 71.',
			'He turned 71, and kept going.',
			'At 74, she still shoes horses five days a week.',
			'At 74, she is now the last of them.',
			'At the age of 71, Hal Brisco still umpires.',
			'At 71 Hal Brisco still umpires.',
			'Rosa Delgado, aged 63, said so.',
			'Aged 71, Brisco still umpires every weekend.',
			'Even at 74, she still shoes horses.',
			'Today, at 71, he still umpires.',
			'“At 74, I still shoe horses,” she said.',
			'At 80, she is still married.',
			'At 74, Ted Brisco still umpires.',
			'Doctors describe him as a healthy 71-year-old.',
			'Police identified the driver as a 17-year-old from Tulsa.',
			'TULSA — At 74, Hal Brisco still umpires three games a week.',
			'Even now, at 74, Hal Brisco still umpires.',
			'Still, at 74, she now shoes horses.',
			'THE 71-YEAR-OLD STILL UMPIRES.',
			'The driver was identified as a 17-year-old, police said.',
			'Askew turned 100 last week.',
			'She turned 90 on Sunday and still works.',
			'At 74 am I still young?',
			'Now 86, she delivers quilts.',
			"Now 86, she's still delivering quilts.",
			'Now 86, he’s the oldest umpire in the league.',
			"Now 86, O'Brien delivers quilts.",
			'Now 71, McDonald umpires on weekends.',
			'Now 61, Lindqvist-Moore runs the shop.',
			'Now 71, DeShawn Brisco umpires.',
			'Lindqvist, now 86, delivers quilts.',
			'BRAMWELL, Ore. — Now 86, Dot Lindqvist delivers quilts.',
			'Today 71, Brisco umpires.',
			'Karin Lindqvist-Moore, 61, said so.',
			'She is now 91.',
			'She is 91 now.',
			"He's now 57 and still works every game.",
			'Hollenbeck is 93 now.',
			'Loretta Hollenbeck is now 93, and still plays.',
		];
		const then = [
			'He started umpiring at 16 for $3 a game.',
			'By the time she was 12, she was sweeping the floor.',
			'He left home at age 17.',
			'At 16, he moved to Tulsa.',
			'He has umpired since age 12.',
			'By age 12 he was calling games.',
			'Aged 16, he left home.',
			'He started when he was 16 years old.',
			'As a 16-year-old, he called his first game.',
			'At 16, he was still in high school.',
			'At 17, she still could not drive.',
			"At 17, she still couldn't drive.",
			'He was just 16 years old when he started.',
			'The then-16-year-old called his first game.',
			'He started when he turned 16, in Tulsa.',
			'Since he turned 16, he has umpired every summer.',
			'By the time he turns 18, the trust will be worth $2 million.',
			'When she turns 18, she will inherit the farm.',
			'She learned to read at age five.',
			'At age five, she learned to read.',
			'Even as a 16-year-old, he called games.',
			'As a 16-year-old he called his first game.',
			'When he turned 16 in 1998, he started umpiring.',
			'By the time she turns 18 next year, the trust will pay out.',
			'He was almost 16 years old when he started.',
			'He started umpiring at 16 and still loves the work.',
		];
		for (const sentence of now) expect(evidence('how old is brisco', sentence), sentence).toBe(1);
		for (const sentence of then) expect(evidence('how old is brisco', sentence), sentence).toBeLessThan(1);
		// Nor is a time, a rate or a height an age.
		for (const sentence of [
			'Rates stood at 5 percent and are still climbing.',
			'Monday is 98 now.',
			'It is 93 now.',
			'The temperature is now 93.',
			'The Dow is now 300 points up.',
			'The fire was at one point still threatening homes.',
			'When it turned 9, the store closed.',
			'When he turned 180 degrees, the car flipped.',
			'After Smith turned 2 interceptions into touchdowns, they won.',
			'Since he turned 40 acres into a vineyard, he has thrived.',
			'When Dow turned 10,000, traders cheered.',
			'Still, at one point the fire now threatens homes.',
			'Even now, at 5 percent the rate still looks low.',
			'The price -- at 30 percent -- is still high.',
			'After Smith turned 2 years of losses into a title, fans cheered.',
			'Now 12, the fund has grown.',
			"Shares of Lowe's, 1.5 percent higher, led the gains.",
			"In the final, St. Mary's, 56, beat Central.",
			'Plan B, 12, was chosen.',
			"Now 70, McDonald's serves breakfast all day.",
			"Now 12, Apple's iPhone dominates.",
			'Now 5,000 people live there.',
			'Today 40 of them, the rest, stay home.',
		])
			expect(evidence('how old was he when he started', sentence), sentence).toBe(0);
		expect(evidence('how old is brisco', 'At 3, the river was still rising.')).toBeLessThan(1);
		// An age over 99 is one, "at age" or not.
		expect(evidence('how old was she when she learned', 'She learned to swim at age 100.')).toBe(1);
		// Asked how old someone was, or is at some time, an age they once were answers it in full.
		for (const sentence of [...now, ...then]) {
			expect(evidence('how old was he when he started', sentence), sentence).toBe(1);
			expect(evidence('how old is kim in that interview', sentence), sentence).toBe(1);
		}
		const story = storyOf(
			'Hal Brisco grew up in Fenwick and started umpiring church-league softball at 16 for $3 a game.',
			'Brisco, 71, spent 19 seasons as an umpire in minor league baseball.',
		);
		expect(firstPassage(story, 'how old is hal brisco')).toBe('a1#1');
		const still = storyOf(
			'Hal Brisco started umpiring church-league games at 16 and still loves the work.',
			'Brisco, 71, spent 19 seasons as an umpire in minor league baseball.',
		);
		expect(firstPassage(still, 'how old is hal brisco')).toBe('a1#1');
		expect(firstPassage(story, 'how old was hal brisco when he started umpiring')).toBe('a0#1');
	});

	it('takes "would" as the future a question asks about, as reported speech tells it ("said it would reopen")', () => {
		const story = storyOf(
			'Officials said the bridge would reopen in May.',
			'Officials said the bridge would have reopened in May without the storm.',
			'The bridge reopened in May.',
			'Officials would not say when the bridge reopens.',
			"Officials said the bridge wouldn't reopen before May.",
			'Officials said the bridge would have a reopening in May.',
			'Officials said reopening the bridge would have more than doubled the traffic.',
		);
		const scored = scoredIn(story, 'when will the bridge reopen');
		const future = (id: string) => scored(id)?.parts.future;
		// "Would have" and a participle is what would have been; "would have a ..." what will be.
		expect(['a0#1', 'a1#1', 'a2#1', 'a3#1', 'a4#1', 'a5#1', 'a6#1'].map(future)).toEqual([
			RANKING.future,
			0,
			0,
			0,
			RANKING.future,
			RANKING.future,
			0,
		]);
	});

	it('answers "was anyone on the bus hurt" with the passengers "injured", "hurt" standing as an adjective', () => {
		const story = storyOf(
			'The school bus slid off the road in the snow on Tuesday, and a tow truck pulled the bus out an hour later.\n\nNone of the 31 passengers was injured, the county said.\n\nThe owner of the bus said its repairs would cost $12,000.',
		);
		const [first] = ask(story.index, 'was anyone on the bus hurt?', { lexicon: story.lexicon }).results;
		expect(first?.passageId).toBe('a0#2');
	});

	it('finds a word by its WordNet definition and shows it as matched ("guilty" in "convicted")', () => {
		const story = storyOf('Rosa Delgado was convicted in 1996.', 'Rosa Delgado moved to Ohio in 2001.');
		const [first] = ask(story.index, 'What year was Delgado found guilty?', { lexicon: story.lexicon }).results;
		expect(first?.passageId).toBe('a0#1');
		expect(markedWords(first)).toContain('convicted');
	});

	it('finds a word the corpus never uses through a word used alike (word vectors: "robbers" and "thieves")', () => {
		const story = storyOf(
			'Visitors lined up at the museum on Saturday, March 8.',
			'Thieves struck the museum at about 4 a.m. on Sunday, March 9.',
		);
		const question = 'when did the robbers strike';
		const [first] = ask(story.index, question, { lexicon: story.lexicon }).results;
		expect(first?.passageId).toBe('a1#1');
		expect(markedWords(first)).toContain('Thieves');
		// Without the vectors, nothing in the corpus is what the question asks about.
		const withoutVectors = { ...story.lexicon, similarityAt: () => 0 };
		expect(ask(story.index, question, { lexicon: withoutVectors }).results).toEqual([]);
	});

	it('counts a passage word with its strongest relation to the question word (vectors above a weak WordNet relation)', () => {
		const story = storyOf('The storm damaged 40 homes in Millbrook on Monday.', 'The mayor spoke in May.');
		const question = analyzeQuestion('did the storm hurt anyone in millbrook', story.index, story.lexicon);
		const term = analyzeWord('damaged') as string;
		const asked = question.concepts.find((c) => c.word === 'hurt')?.terms.get(term) ?? 0;
		const scored = scoreCandidates(story.index, question, RANKING, story.lexicon).concepts.find(
			(c) => c.concept.word === 'hurt',
		);
		// 0.3 at a cosine of 0.5, in proportion above it.
		const byVectors = 0.6 * story.lexicon.similarity('hurt', 'damaged');
		expect(asked).toBeGreaterThan(0);
		expect(byVectors).toBeGreaterThan(asked);
		expect(scored?.concept.terms.get(term)).toBeCloseTo(byVectors, 6);
	});

	it("marks, of a question word's weak matches in a passage, only the closest (thieves, not gunmen, for robbers)", () => {
		const story = storyOf('Gunmen and thieves struck the museum at about 4 a.m. on Sunday, March 9.');
		const [first] = ask(story.index, 'when did the robbers strike', { lexicon: story.lexicon }).results;
		expect(markedWords(first)).toEqual(['thieves', 'struck']);
	});

	it('takes the word an answer counts as beside it ("1,800 nurses" for "how many nurses")', () => {
		const story = storyOf(
			'The strike, which the union called after months of failed talks over pay and staffing at the hospital, drew 1,800 nurses.',
			'The strike drew two unions, and talks for nurses failed.',
		);
		const ranked = ask(story.index, 'how many nurses went on strike', { lexicon: story.lexicon }).results;
		expect(ranked.map((r) => r.passageId)).toEqual(['a0#1', 'a1#1']);
	});

	it.each([
		{
			why: "a thing's age from how long ago it began",
			question: 'how old is their sourdough starter',
			bodies: [
				'The bakery opened on Main Street in 2015.',
				'Its sourdough starter, which her grandmother began in Lagos 46 years ago, is fed twice a day.',
			],
			expected: 'a1#1',
		},
		{
			why: "a person's age before how long ago something happened to them",
			question: 'how old is hale',
			bodies: ['Gregory Hale joined Northwind as a pilot twelve years ago.', 'Gregory Hale, 61, runs Northwind.'],
			expected: 'a1#1',
		},
	])('answers an age question with $why', ({ question, bodies, expected }) => {
		const story = storyOf(...bodies);
		const [first] = ask(story.index, question, { lexicon: story.lexicon }).results;
		expect(first?.passageId).toBe(expected);
	});

	it('finds a person referred to by a description ("The reality star") as the subject of a sentence', () => {
		const story = storyOf(
			"Kim Kardashian West visited the White House on Thursday.\n\nThe reality star later sat down with CNN's Van Jones to talk about politics.",
		);
		const question = analyzeQuestion('Which CNN host did Kim talk to about politics?', story.index, story.lexicon);
		const { scored } = scoreCandidates(story.index, question, RANKING, story.lexicon);
		expect(scored.find((s) => s.indexed.passage.id === 'a0#2')?.parts.subject).toBe(RANKING.subject);
	});

	it('takes a sentence opening with another subject for not about the person, their quotation in it or not', () => {
		const story = storyOf(
			'Rosa Delgado met the board on Monday.\n\nThe union backed the new hospital staffing deal, and "it is a fair deal," Delgado said.',
		);
		const question = analyzeQuestion(
			'what did Delgado say about the hospital staffing deal',
			story.index,
			story.lexicon,
		);
		const { scored } = scoreCandidates(story.index, question, RANKING, story.lexicon);
		expect(scored.find((s) => s.indexed.passage.id === 'a0#2')?.parts.subject).toBe(0);
	});

	it('does not take "The" opening a quotation for a description of its speaker', () => {
		const story = storyOf(
			'Rosa Delgado met the board on Monday.\n\n"The system is completely and utterly broken," Delgado said of the hospital.',
		);
		const question = analyzeQuestion('what did Delgado say about the hospital system', story.index, story.lexicon);
		const { scored } = scoreCandidates(story.index, question, RANKING, story.lexicon);
		expect(scored.find((s) => s.indexed.passage.id === 'a0#2')?.parts.subject).toBe(0);
	});

	it('finds a person referred to by their age ("The 61-year-old") as the subject of a sentence', () => {
		const story = storyOf(
			"Northwind's chief executive, Gregory Hale, said the strike would cost millions.\n\nThe 61-year-old, a former Air Force pilot who took over the company in 2019, said tickets would be refunded.",
		);
		const [first] = ask(story.index, 'how old is hale', { lexicon: story.lexicon }).results;
		expect(first?.passageId).toBe('a0#2');
	});

	it.each([
		{
			why: 'a duration',
			question: 'how long did Maria work at the bakery',
			far: 'Maria worked at the bakery, and her sister Ana stayed at the farm for eleven years.',
			near: 'Maria worked at the bakery for six years, and her sister Ana stayed at the farm.',
		},
		{
			why: 'a name',
			question: 'who did the mayor thank',
			far: 'The mayor thanked the volunteers, and the crowd cheered for Laura Diaz.',
			near: 'The mayor thanked Laura Diaz, and the crowd cheered for the volunteers.',
		},
	])(
		'prefers $why beside what the question asks about to the same words farther from it',
		({ question, far, near }) => {
			// The same words in another order: only where the answer stands tells them apart (the
			// first passage would win a tie).
			const story = storyOf(far, near);
			const ranked = ask(story.index, question, { lexicon: story.lexicon }).results.map((r) => r.passageId);
			expect(ranked).toEqual(['a1#1', 'a0#1']);
		},
	);

	it.each([
		{
			why: 'a sentence naming the person by another name and holding a duration',
			bodies: [
				'Delgado said the strike was about patients.',
				'Rosa Delgado has worked at Riverside General Hospital for 27 years.',
				'The hospital opened in 1930.',
			],
			question: 'how long has delgado been at the hospital',
			expected: ['a1#1'],
		},
		{
			why: 'nothing, when the thing asked about is not in the corpus',
			bodies: ['The team won the regional final in May.', 'Fans celebrated the win downtown.'],
			question: 'Who won the World Cup?',
			expected: [],
		},
	])('answers with $why', ({ bodies, question, expected }) => {
		const story = storyOf(...bodies);
		const result = ask(story.index, question, { lexicon: story.lexicon, limit: 1 });
		expect(result.results.map((r) => r.passageId)).toEqual(expected);
	});
});
