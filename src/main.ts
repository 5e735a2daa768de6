/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, the local console otherwise. Settings
 * come from the environment and `.env`; an invalid one, a bad corpus or a rejected token stops the
 * process with one clear line (the token itself never appears).
 */
import { commands } from '../commands/index.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { runConsole } from './console.js';
import { CorpusError } from './corpus.js';
import { CorpusStore } from './corpus-store.js';
import { createLogger, type Logger } from './logger.js';
import { logWorkerFailure } from './parallel-build.js';
import { openStory } from './story.js';
import { watchCorpus } from './watch.js';

class StartupError extends Error {}

async function serveDiscord(
	config: Config & { DISCORD_TOKEN: string },
	corpus: CorpusStore,
	log: Logger,
): Promise<number> {
	process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));
	// discord.js takes half a second to load: only the bot needs it, not the console.
	const [{ startBot }, { DiscordjsErrorCodes }] = await Promise.all([import('./bot.js'), import('discord.js')]);
	let bot: Awaited<ReturnType<typeof startBot>>;
	try {
		bot = await startBot({
			token: config.DISCORD_TOKEN,
			apiUrl: config.DISCORD_API_URL,
			corpus,
			commands,
			log,
			moderatorRoleIds: config.MODERATOR_ROLE_IDS,
		});
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === DiscordjsErrorCodes.TokenInvalid || /authentication failed/i.test(String(error))) {
			throw new StartupError('Discord rejected the token: check DISCORD_TOKEN (Developer Portal > Bot > Reset Token).');
		}
		throw new StartupError(`could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`);
	}
	const { stats } = corpus.current().index;
	log.info({ articles: stats.articles, passages: stats.passages }, 'serving the corpus');
	const signal = await new Promise<NodeJS.Signals>((resolve) => {
		process.once('SIGINT', () => resolve('SIGINT'));
		process.once('SIGTERM', () => resolve('SIGTERM'));
	});
	log.info({ signal }, 'shutting down');
	await bot.stop();
	return 0;
}

async function main(): Promise<number> {
	const config = loadConfig();
	const log = createLogger(config.LOG_LEVEL, config.DISCORD_TOKEN ? [config.DISCORD_TOKEN] : []);
	const story = await openStory(config.CORPUS_DIR, { onWorkerFailure: logWorkerFailure(log) });
	const corpus = new CorpusStore(story, { dir: config.CORPUS_DIR, lexicon: story.lexicon, log });
	// The word vectors are read once the process is up (while it logs in to Discord, or waits for a
	// line), so that no question pays for reading them.
	setImmediate(() => story.lexicon.prepareVectors());
	const watcher = config.CORPUS_WATCH ? watchCorpus(corpus, log) : undefined;
	try {
		const { DISCORD_TOKEN } = config;
		if (DISCORD_TOKEN) return await serveDiscord({ ...config, DISCORD_TOKEN }, corpus, log);
		return await serveConsole(corpus, log);
	} finally {
		watcher?.close();
	}
}

async function serveConsole(corpus: CorpusStore, log: Logger): Promise<number> {
	const { stats } = corpus.current().index;
	process.stderr.write(
		`No DISCORD_TOKEN set: local console over ${stats.articles} articles (${stats.passages} passages). Type /help, or /ask <question>.\n`,
	);
	await runConsole({
		input: process.stdin,
		output: process.stdout,
		corpus,
		commands,
		log,
		prompt: process.stdin.isTTY === true,
	});
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
		// discord.js may keep sockets or timers alive a moment after destroy(); the work is done.
		if (code === 0) setTimeout(() => process.exit(code), 500).unref();
	},
	(error: unknown) => {
		const known = error instanceof ConfigError || error instanceof CorpusError || error instanceof StartupError;
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`story-bot: ${known ? message.replace(/\n/g, '; ') : message}\n`);
		process.exit(known ? 2 : 1);
	},
);
