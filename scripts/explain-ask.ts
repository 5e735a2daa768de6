/** Development aid: why each question of a set ranks as it does (concepts, and score parts of the top and gold passages). */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { searchableText, validateQuestion } from '../src/ask.js';
import { normalizeForMatch, QaSetSchema } from '../src/evaluate.js';
import { analyzeQuestion } from '../src/question.js';
import { RANKING, rankPassages, type Scored, scoreCandidates } from '../src/ranking.js';
import { openStory } from '../src/story.js';

const { values } = parseArgs({
	options: {
		set: { type: 'string' },
		corpus: { type: 'string' },
		all: { type: 'boolean', default: false },
		q: { type: 'string' },
		// Every term of each concept, not only its first six.
		terms: { type: 'boolean', default: false },
	},
});
const story = await openStory(values.corpus ?? 'corpus');
const set = QaSetSchema.parse(JSON.parse(readFileSync(values.set ?? '../shared/eval/qa-dev.json', 'utf8')));
const f = (x: number) => x.toFixed(2);
for (const { q, gold } of set.questions) {
	if (values.q && !q.includes(values.q)) continue;
	const golds = gold.map(normalizeForMatch);
	const isGold = (text: string) => golds.some((g) => normalizeForMatch(text).includes(g));
	const an = analyzeQuestion(searchableText(validateQuestion(q)), story.index, story.lexicon);
	const ranked = rankPassages(story.index, an, 10, RANKING, story.lexicon);
	const hit = ranked.findIndex((r) => isGold(r.indexed.passage.text));
	if (hit === 0 && !values.all) continue;
	const { concepts, scored } = scoreCandidates(story.index, an, RANKING, story.lexicon);
	console.log(`\n### ${q}  [${an.type}] rank=${hit === -1 ? '-' : hit + 1}`);
	console.log(
		'  concepts:',
		concepts
			.map(
				(c) =>
					`${c.concept.word}(w${f(c.weight)} df${c.df}){${[...c.concept.terms]
						.slice(0, values.terms ? undefined : 6)
						.map(([t, w]) => `${t}:${f(w)}`)
						.join(',')}}`,
			)
			.join(' '),
	);
	const show = (label: string, s: Scored) =>
		console.log(
			`  ${label} sent=${f(s.sentenceScore)} cov=${f(s.parts.coverage)} ans=${f(s.parts.answer)} subj=${f(s.parts.subject)} content=${f(s.content)} bm25=${f(s.bm25)} ${s.indexed.passage.id} :: ${s.answer.text.slice(0, 120)}`,
		);
	const byScore = [...scored].sort((a, b) => b.sentenceScore - a.sentenceScore);
	for (const r of ranked.slice(0, 2)) {
		const s = scored.find((x) => x.indexed === r.indexed);
		if (s) show(`top ${f(r.score)}`, s);
	}
	for (const s of scored.filter((x) => isGold(x.indexed.passage.text))) show(`GOLD#${byScore.indexOf(s) + 1}`, s);
	if (!scored.some((x) => isGold(x.indexed.passage.text))) console.log('  gold not a candidate');
}
void RANKING;
