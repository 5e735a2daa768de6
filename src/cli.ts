/**
 * The command line: `npm run --silent cli -- ask "<question>" [--limit N] [--json] [--corpus DIR]`
 * and `npm run --silent cli -- quote "<name>" [--about TOPIC] [--json] [--corpus DIR]`.
 * With --json, stdout is exactly one JSON object. Exit 0 on success, 2 with a one-line reason on
 * stderr for bad input or a bad corpus.
 */
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ask, DEFAULT_RESULTS, UserInputError } from './ask.js';
import { renderAskReply } from './ask-reply.js';
import { ConfigError, loadConfig } from './config.js';
import { readLocalFile } from './console.js';
import { CorpusError, MAX_ARTICLE_BYTES } from './corpus.js';
import { renderChange, statusText } from './corpus-reply.js';
import { type ChangeReport, CorpusStore } from './corpus-store.js';
import { DiscordLimits } from './limits.js';
import { findPerson, quotationsAbout, quotationText } from './quote-book.js';
import { renderNeverQuoted, renderNothingAbout, renderQuotes, renderUnknownPerson } from './quote-reply.js';
import { replyToText } from './reply.js';
import { openStory, type Story } from './story.js';

const USAGE =
	'usage: cli ask "<question>" [--limit N] [--json] | cli quote "<name>" [--about TOPIC] [--json] | cli corpus status|reload|add <file> [--replace]|remove <article-id> [--json]; all take [--corpus DIR]';

async function main(argv: string[]): Promise<void> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			limit: { type: 'string' },
			json: { type: 'boolean', default: false },
			corpus: { type: 'string' },
			about: { type: 'string' },
			replace: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	const [command, ...words] = positionals;
	if (command === 'corpus') {
		await corpusCommand(words, values);
		return;
	}
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

/** `cli corpus status|reload|add <file>|remove <id>`: the operator's side of /corpus. */
async function corpusCommand(
	words: string[],
	values: { json: boolean; corpus?: string; replace: boolean },
): Promise<void> {
	const [action, target] = words;
	const needsTarget = action === 'add' || action === 'remove';
	if (
		!action ||
		!['status', 'reload', 'add', 'remove'].includes(action) ||
		(needsTarget ? !target : target !== undefined)
	) {
		throw new UserInputError(USAGE);
	}
	const config = loadConfig();
	const dir = values.corpus ?? config.CORPUS_DIR;
	const story = await openStory(dir);
	const store = new CorpusStore(story, { dir, lexicon: story.lexicon });
	const operator = { id: 'operator', name: `${userInfo().username} (command line)` };
	let result: object;
	if (action === 'status') {
		result = store.status();
	} else if (action === 'reload') {
		result = await store.reload(operator);
	} else if (action === 'add') {
		const content = await readLocalFile(target as string, MAX_ARTICLE_BYTES);
		result = await store.add({ name: basename(target as string), content }, values.replace, operator);
	} else {
		result = await store.remove(target as string, operator);
	}
	if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
	else if (action === 'status') process.stdout.write(`${statusText(store.status())}\n`);
	else process.stdout.write(`${renderChange(result as ChangeReport).content}\n`);
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
