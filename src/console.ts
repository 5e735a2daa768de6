/**
 * The local console: the bot's commands typed in Discord's syntax, one per line, answered with
 * the same reply the bot would send, rendered as text. Piped input is answered line by line and
 * the console exits at the end of input.
 */
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { UserInputError } from './ask.js';
import type { AnyCommand, CommandContext } from './command.js';
import { parseCommandLine } from './command-line.js';
import type { CorpusStore } from './corpus-store.js';
import { errorReply, isUserError, runCommand } from './dispatch.js';
import type { Logger } from './logger.js';
import { PageStore } from './pages.js';
import { replyToText } from './reply.js';

export const CONSOLE_USER = { id: 'console', name: 'console' } as const;

/** A local file named on the console (`/corpus add file: path/to/article.md`), at most `maxBytes`. */
export async function readLocalFile(path: string, maxBytes: number): Promise<Uint8Array> {
	const info = await stat(path).catch(() => null);
	if (!info?.isFile()) throw new UserInputError(`There is no file at ${path}.`);
	if (info.size > maxBytes) throw new UserInputError(`The file is ${info.size} bytes; an article is at most 1 MB.`);
	return readFile(path);
}

/** The text answer to one console line. Never throws. */
export async function answerLine(line: string, context: CommandContext, log?: Pick<Logger, 'error'>): Promise<string> {
	try {
		const { name, options } = parseCommandLine(line, context.commands);
		return replyToText(await runCommand(context, name, options));
	} catch (error) {
		if (!isUserError(error)) log?.error({ err: error, line }, 'console command failed');
		return replyToText(errorReply(error));
	}
}

export interface ConsoleOptions {
	input: NodeJS.ReadableStream;
	output: NodeJS.WritableStream;
	corpus: CorpusStore;
	commands: readonly AnyCommand[];
	log?: Pick<Logger, 'error'>;
	/** Show a prompt (interactive terminals only). */
	prompt?: boolean;
}

/** Reads commands until the end of input, or a line that only says quit or exit (with or without "/"). */
export async function runConsole(options: ConsoleOptions): Promise<void> {
	const context: CommandContext = {
		story: () => options.corpus.current(),
		user: CONSOLE_USER,
		surface: 'console',
		commands: options.commands,
		pages: new PageStore(),
		corpus: options.corpus,
		// Whoever runs the console runs the host: they may change the corpus.
		moderator: true,
		readAttachment: (ref, maxBytes) => readLocalFile(ref.url, maxBytes),
	};
	const lines = createInterface({ input: options.input, terminal: false });
	const prompt = () => {
		if (options.prompt) options.output.write('> ');
	};
	prompt();
	for await (const raw of lines) {
		const line = raw.trim();
		// (A question of one word "quit" means nothing: whoever types it wants out.)
		if (/^\/?(?:quit|exit)$/i.test(line)) break;
		if (line !== '' && !line.startsWith('#')) {
			const shorthand = line.startsWith('/') ? line : `/ask ${line}`;
			options.output.write(`${await answerLine(shorthand, context, options.log)}\n\n`);
		}
		prompt();
	}
	lines.close();
}
