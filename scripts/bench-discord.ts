/**
 * `npm run bench:discord [-- --count N --concurrency C --json]`: time from INTERACTION_CREATE to
 * the interaction callback, through the real bot (`npm start` as a child process) and a fake
 * Discord on 127.0.0.1. The fake stamps each dispatch and each received callback with
 * performance.now(), so the figures do not depend on any polling.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startFakeDiscord } from '../test/support/fake-discord.js';
import { ensureBuilt } from './compiled.js';
import { BENCH_QUESTIONS } from './questions.js';

const QUESTIONS = BENCH_QUESTIONS;

export interface DiscordBench {
	interactions: number;
	concurrency: number;
	p50Ms: number;
	p99Ms: number;
	maxMs: number;
	throughputPerSecond: number;
}

export async function benchDiscord({
	count,
	concurrency,
}: {
	count: number;
	concurrency: number;
}): Promise<DiscordBench> {
	const root = join(import.meta.dirname, '..');
	const fake = await startFakeDiscord({ guildsInReady: 'available' });
	// The bot as `npm start` runs it: compiled (built here first when a source changed, so that the
	// build is not timed), not through tsx.
	ensureBuilt();
	const bot = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
		cwd: root,
		env: {
			PATH: process.env.PATH,
			DISCORD_TOKEN: fake.token,
			DISCORD_API_URL: fake.apiUrl,
			LOG_LEVEL: 'warn',
			CORPUS_DIR: join(root, 'corpus'),
		},
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	try {
		await fake.waitFor(() => fake.identifyCount() > 0, 20_000);
		// Warm up: the first answers load WordNet's files and compile the ranker.
		for (let i = 0; i < 20; i++) {
			const { id } = fake.chatInput('ask', [{ name: 'question', type: 3, value: QUESTIONS[i % QUESTIONS.length] }]);
			await fake.callback(id, 10_000);
		}
		const latencies: number[] = [];
		let next = 0;
		const worker = async () => {
			while (next < count) {
				const i = next++;
				const sent = performance.now();
				const { id } = fake.chatInput('ask', [{ name: 'question', type: 3, value: QUESTIONS[i % QUESTIONS.length] }]);
				await fake.callback(id, 10_000);
				const received = fake.requests.find((r) => r.path.startsWith(`/api/v10/interactions/${id}/`));
				latencies.push((received?.at ?? performance.now()) - sent);
			}
		};
		const started = performance.now();
		await Promise.all(Array.from({ length: concurrency }, worker));
		const elapsed = performance.now() - started;
		latencies.sort((a, b) => a - b);
		const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
		const round = (x: number) => Math.round(x * 100) / 100;
		return {
			interactions: count,
			concurrency,
			p50Ms: round(at(0.5)),
			p99Ms: round(at(0.99)),
			maxMs: round(latencies.at(-1) ?? Number.NaN),
			throughputPerSecond: round((count / elapsed) * 1000),
		};
	} finally {
		bot.kill('SIGTERM');
		await new Promise((resolve) => bot.on('close', resolve));
		await fake.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const { values } = parseArgs({
		options: {
			count: { type: 'string', default: '300' },
			concurrency: { type: 'string', default: '1' },
			json: { type: 'boolean', default: false },
		},
	});
	const report = await benchDiscord({ count: Number(values.count), concurrency: Number(values.concurrency) });
	process.stdout.write(
		values.json
			? `${JSON.stringify(report)}\n`
			: `INTERACTION_CREATE -> callback over ${report.interactions} interactions, ${report.concurrency} in flight: median ${report.p50Ms} ms, p99 ${report.p99Ms} ms, max ${report.maxMs} ms (${report.throughputPerSecond}/s)\n`,
	);
}
