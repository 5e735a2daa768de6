/**
 * `npm run eval [-- --json] [--set FILE] [--quotes FILE] [--corpus DIR]`: scores /ask on a
 * question set (default ../shared/eval/qa-dev.json): Hit@1, Hit@3 and MRR overall and per question
 * type, and out-of-scope questions answered with nothing; and quote attribution on a quotation set
 * (default ../shared/eval/quotes-seed.json): precision and recall.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateQa, evaluateQuotes, QaSetSchema, QuoteSetSchema } from '../src/evaluate.js';
import { openStory } from '../src/story.js';

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		set: { type: 'string', default: '../shared/eval/qa-dev.json' },
		quotes: { type: 'string', default: '../shared/eval/quotes-seed.json' },
		corpus: { type: 'string', default: process.env.CORPUS_DIR ?? 'corpus' },
	},
});
const story = await openStory(values.corpus);
const set = QaSetSchema.parse(JSON.parse(readFileSync(values.set, 'utf8')));
const report = evaluateQa(story.index, set, story.lexicon);
const quotes = evaluateQuotes(story.quotes, QuoteSetSchema.parse(JSON.parse(readFileSync(values.quotes, 'utf8'))));
if (values.json) {
	process.stdout.write(`${JSON.stringify({ ask: report, quotes }, null, 2)}\n`);
} else {
	const pct = (x: number) => x.toFixed(2);
	const row = (name: string, s: { count: number; hit1: number; hit3: number; mrr: number }) =>
		`${name.padEnd(10)} ${String(s.count).padStart(3)}  ${pct(s.hit1)}   ${pct(s.hit3)}   ${pct(s.mrr)}`;
	const lines = [
		`/ask on ${values.set} (${story.index.stats.passages} passages)`,
		'type         n  Hit@1  Hit@3  MRR',
		row('all', report.overall),
		...Object.entries(report.byType).map(([type, s]) => row(type, s)),
		'',
		...report.outcomes.map((o) => `${o.rank === null ? ' -' : String(o.rank).padStart(2)}  ${o.q}`),
		'',
		`out of scope answered with nothing: ${report.outOfScope.filter((o) => o.answered === 0).length}/${report.outOfScope.length}`,
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
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}
