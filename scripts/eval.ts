/**
 * `npm run eval [-- --json] [--set DIR|dev ...] [--quotes FILE]`: scores /ask on question sets:
 * Hit@1, Hit@3 and MRR per question type and per set, and out-of-scope questions answered with
 * nothing; and quote attribution on a quotation set (default ../shared/eval/quotes-seed.json):
 * precision and recall.
 *
 * A set is "dev" (../shared/eval/qa-dev.json over ./corpus) or a folder holding `questions.json`
 * and `corpus/`. By default: dev and every test/fixtures/*-qa folder.
 *
 * Then, unless `--no-mixed`, every set again with the articles of every other set in the same
 * index (a community's corpus grows with articles on other stories): Hit@1, Hit@3 and MRR. Its
 * out-of-scope questions are not scored there, since another story may answer them.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
	evaluateQa,
	evaluateQuotes,
	type QaReport,
	type QuestionOutcome,
	QuoteSetSchema,
	type Scores,
	scores,
} from '../src/evaluate.js';
import type { QuestionType } from '../src/question.js';
import { openStory } from '../src/story.js';
import { defaultQuestionSets, openMixedQuestionSets, openQuestionSet } from './question-sets.js';

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		set: { type: 'string', multiple: true },
		quotes: { type: 'string', default: '../shared/eval/quotes-seed.json' },
		verbose: { type: 'boolean', default: false },
		mixed: { type: 'boolean', default: true },
	},
	allowNegative: true,
});

const sets = values.set ?? defaultQuestionSets();

const reports: { name: string; passages: number; report: QaReport }[] = [];
for (const name of sets) {
	const { set, story } = await openQuestionSet(name);
	reports.push({ name, passages: story.index.stats.passages, report: evaluateQa(story.index, set, story.lexicon) });
}
const mixed: { name: string; passages: number; overall: Scores; outcomes: QuestionOutcome[] }[] = [];
// With one set there is no other story to add.
const mixing = values.mixed && sets.length > 1;
if (mixing) {
	for (const [n, { set, story }] of (await openMixedQuestionSets(sets)).entries()) {
		const { overall, outcomes } = evaluateQa(story.index, { ...set, outOfScope: [] }, story.lexicon);
		mixed.push({ name: sets[n] as string, passages: story.index.stats.passages, overall, outcomes });
	}
}
const mixedOverall = scores(mixed.flatMap((m) => m.outcomes));
const seedStory = await openStory('corpus');
const quotes = evaluateQuotes(seedStory.quotes, QuoteSetSchema.parse(JSON.parse(readFileSync(values.quotes, 'utf8'))));

// Every set together, per question type.
const outcomes: QuestionOutcome[] = reports.flatMap((r) => r.report.outcomes);
const byType: Partial<Record<QuestionType, Scores>> = {};
for (const type of new Set(outcomes.map((o) => o.type))) byType[type] = scores(outcomes.filter((o) => o.type === type));
const outOfScope = reports.flatMap((r) => r.report.outOfScope);
const all = {
	overall: scores(outcomes),
	byType,
	outOfScopeRejected: outOfScope.filter((o) => o.answered === 0).length,
};

if (values.json) {
	process.stdout.write(
		`${JSON.stringify(
			{
				sets: reports,
				all: { ...all, outOfScope: outOfScope.length },
				...(mixing ? { mixed: { sets: mixed, overall: mixedOverall } } : {}),
				quotes,
			},
			null,
			2,
		)}\n`,
	);
} else {
	const pct = (x: number) => x.toFixed(2);
	const label = (name: string) => (name === 'dev' ? 'dev (qa-dev.json)' : (name.split('/').at(-1) ?? name));
	const row = (name: string, s: Scores) =>
		`${name.padEnd(22)} ${String(s.count).padStart(3)}  ${pct(s.hit1)}   ${pct(s.hit3)}   ${pct(s.mrr)}`;
	const header = `${''.padEnd(22)}   n  Hit@1  Hit@3  MRR`;
	const lines = ['/ask per set', header];
	for (const { name, passages, report } of reports) {
		const rejected = report.outOfScope.filter((o) => o.answered === 0).length;
		lines.push(
			`${row(label(name), report.overall)}   out of scope answered with nothing ${rejected}/${report.outOfScope.length}, ${passages} passages`,
		);
	}
	lines.push('', '/ask per question type, every set', header, row('all', all.overall));
	for (const [type, s] of Object.entries(byType).sort((a, b) => b[1].count - a[1].count)) lines.push(row(type, s));
	lines.push('', `out of scope answered with nothing: ${all.outOfScopeRejected}/${outOfScope.length}`);
	if (mixing) {
		lines.push('', "/ask per set, with every other set's articles in the same index", header);
		for (const { name, passages, overall } of mixed) {
			lines.push(`${row(label(name), overall)}   ${passages} passages`);
		}
		lines.push(row('all', mixedOverall));
	}
	if (values.verbose) {
		for (const { name, report } of reports) {
			lines.push('', name);
			for (const o of report.outcomes) lines.push(`${o.rank === null ? ' -' : String(o.rank).padStart(2)}  ${o.q}`);
			for (const o of report.outOfScope) if (o.answered > 0) lines.push(` !  answered out of scope: ${o.q}`);
		}
	}
	lines.push(
		'',
		`/quote on ${values.quotes}: precision ${pct(quotes.precision)} recall ${pct(quotes.recall)} (${quotes.correct} right of ${quotes.attributed} attributed, ${quotes.expected} expected)`,
		...quotes.wrong.map(
			(w) => `  wrong: "${w.text.slice(0, 60)}" -> ${w.speaker} (expected ${w.expected ?? 'no quotation'})`,
		),
		...quotes.missed.map((m) => `  missed: "${m.text.slice(0, 60)}" (${m.speaker})`),
		...quotes.names
			.filter((n) => n.found !== n.expected)
			.map((n) => `  name "${n.name}" finds ${n.found ?? 'nobody'}, not ${n.expected}`),
		...quotes.neverQuoted
			.filter((n) => !n.found || n.quotations > 0)
			.map((n) => `  "${n.name}" should be known and unquoted`),
	);
	process.stdout.write(`${lines.join('\n')}\n`);
}
