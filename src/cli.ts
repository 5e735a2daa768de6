/**
 * The command line: `npm run --silent cli -- ask "<question>" [--limit N] [--json] [--corpus DIR]`
 * and `npm run --silent cli -- quote "<name>" [--about TOPIC] [--json] [--corpus DIR]`.
 * With --json, stdout is exactly one JSON object. Exit 0 on success, 2 with a one-line reason on
 * stderr for bad input or a bad corpus.
 */
import { parseArgs } from 'node:util';
import { ask, DEFAULT_RESULTS, UserInputError } from './ask.js';
import { renderAskReply } from './ask-reply.js';
import { ConfigError, loadConfig } from './config.js';
import { CorpusError } from './corpus.js';
import { DiscordLimits } from './limits.js';
import { findPerson, quotationsAbout, quotationText } from './quote-book.js';
import { renderNeverQuoted, renderNothingAbout, renderQuotes, renderUnknownPerson } from './quote-reply.js';
import { replyToText } from './reply.js';
import { openStory, type Story } from './story.js';

const USAGE =
	'usage: cli ask "<question>" [--limit N] [--json] [--corpus DIR] | cli quote "<name>" [--about TOPIC] [--json] [--corpus DIR]';

async function main(argv: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			limit: { type: 'string' },
			json: { type: 'boolean', default: false },
			corpus: { type: 'string' },
			about: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	const [command, ...words] = positionals;
	if (command !== 'ask' && command !== 'quote') {
		throw new UserInputError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
	}
	if (words.length !== 1) {
		throw new UserInputError(`give the ${command === 'ask' ? 'question' : 'name'} as one quoted argument; ${USAGE}`);
	}
	const limit = values.limit === undefined ? DEFAULT_RESULTS : Number(values.limit);
	const config = loadConfig();
	const story = await openStory(values.corpus ?? config.CORPUS_DIR);
	if (command === 'quote') {
		printQuotes(story, words[0] as string, values.about, values.json);
		return;
	}
	const result = ask(story.index, words[0] as string, { limit, lexicon: story.lexicon });
	if (values.json) {
		const json = {
			question: result.question,
			results: result.results.map((r) => ({
				rank: r.rank,
				passageId: r.passageId,
				title: r.title,
				source: r.source,
				url: r.url,
				paragraph: r.paragraph,
				text: r.text,
				answer: r.answer,
				score: r.score,
			})),
		};
		process.stdout.write(`${JSON.stringify(json)}\n`);
	} else {
		process.stdout.write(`${replyToText(renderAskReply(result, { page: 0, pageSize: limit }))}\n`);
	}
}

/** `cli quote`: a person's quotations, or who was meant when the name is unknown. */
function printQuotes(story: Story, name: string, about: string | undefined, json: boolean): void {
	const query = name.replace(/\s+/g, ' ').trim();
	if (query === '') throw new UserInputError('Please name a person: it is empty.');
	const found = findPerson(story.quotes, query);
	const topic = about?.trim() || undefined;
	const quotations = found.person
		? topic
			? quotationsAbout(found.person, topic, story.lexicon)
			: found.person.quotations
		: [];
	if (json) {
		const out = {
			query,
			person: found.person ? { name: found.person.name, aliases: found.person.aliases } : null,
			quotes: quotations.map((q) => ({
				text: quotationText(q),
				passageId: q.spans[0]?.passage.id ?? '',
				title: q.article.title,
				paragraph: q.spans[0]?.passage.paragraph ?? 0,
			})),
		};
		process.stdout.write(`${JSON.stringify(out)}\n`);
		return;
	}
	const reply = !found.person
		? renderUnknownPerson(query, found.suggestions)
		: found.person.quotations.length === 0
			? renderNeverQuoted(found.person)
			: topic && quotations.length === 0
				? renderNothingAbout(found.person, topic)
				: renderQuotes(found.person, quotations, { page: 0, topic, perPage: DiscordLimits.embedFields });
	process.stdout.write(`${replyToText(reply)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
	const expected =
		error instanceof UserInputError ||
		error instanceof CorpusError ||
		error instanceof ConfigError ||
		(error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
	// One line: a corpus error's problem list is joined.
	const message = error instanceof Error ? error.message.replace(/\n/g, '; ') : String(error);
	process.stderr.write(`${message}\n`);
	process.exitCode = expected ? 2 : 1;
});
