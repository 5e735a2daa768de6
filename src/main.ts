/**
 * `npm start`: the local console when no DISCORD_TOKEN is set. Settings come from the environment
 * and `.env`; an invalid one stops the process with one clear line.
 */
import { commands } from '../commands/index.js';
import { ConfigError, loadConfig } from './config.js';
import { runConsole } from './console.js';
import { CorpusError } from './corpus.js';
import { createLogger } from './logger.js';
import { openStory } from './story.js';

async function main(): Promise<number> {
	const config = loadConfig();
	const log = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : []);
	const story = await openStory(config.CORPUS_DIR);
	const { stats } = story.index;
	process.stderr.write(
		`No DISCORD_TOKEN set: local console over ${stats.articles} articles (${stats.passages} passages). Type /help, or /ask <question>.\n`,
	);
	await runConsole({
		input: process.stdin,
		output: process.stdout,
		story: () => story,
		commands,
		log,
		prompt: process.stdin.isTTY === true,
	});
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		const known = error instanceof ConfigError || error instanceof CorpusError;
		process.stderr.write(`story-bot: ${known ? error.message : String(error)}\n`);
		process.exitCode = known ? 2 : 1;
	},
);
