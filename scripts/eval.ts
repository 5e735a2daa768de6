/**
 * `npm run eval [-- --json] [--set FILE] [--corpus DIR]`: scores /ask on an evaluation set
 * (default ../shared/eval/qa-dev.json): Hit@1, Hit@3 and MRR overall and per question type, and
 * how many out-of-scope questions are answered with nothing.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { evaluateQa, QaSetSchema } from '../src/evaluate.js';
import { openStory } from '../src/story.js';

const { values } = parseArgs({
	options: {
		json: { type: 'boolean', default: false },
		set: { type: 'string', default: '../shared/eval/qa-dev.json' },
		corpus: { type: 'string', default: process.env.CORPUS_DIR ?? 'corpus' },
	},
});
const story = await openStory(values.corpus);
const set = QaSetSchema.parse(JSON.parse(readFileSync(values.set, 'utf8')));
const report = evaluateQa(story.index, set, story.lexicon);
if (values.json) {
	process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
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
	];
	process.stdout.write(`${lines.join('\n')}\n`);
}
