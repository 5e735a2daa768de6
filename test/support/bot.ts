/** Starts the real bot against a fake Discord for end-to-end tests, and reads what it sent. */
import { Writable } from 'node:stream';
import type { APIEmbed } from 'discord-api-types/v10';
import { expect } from 'vitest';
import { commands } from '../../commands/index.js';
import { type Bot, startBot } from '../../src/bot.js';
import type { AnyCommand } from '../../src/command.js';
import { CorpusStore } from '../../src/corpus-store.js';
import { DiscordLimits } from '../../src/limits.js';
import { createLogger } from '../../src/logger.js';
import { type CallbackBody, type FakeDiscord, type FakeRole, startFakeDiscord } from './fake-discord.js';
import { CORPUS_DIR, loadSeedStory } from './story.js';

const running: { bot: Bot; fake: FakeDiscord }[] = [];

/** Stops every bot and fake started by the test: call it from afterEach. */
export async function stopTestBots(): Promise<void> {
	for (const { bot, fake } of running.splice(0)) {
		await bot.stop();
		await fake.close();
	}
}

export async function startTestBot(
	extra: AnyCommand[] = [],
	options: { corpus?: CorpusStore; moderatorRoleIds?: string[]; roles?: FakeRole[] } = {},
) {
	const fake = await startFakeDiscord({ guildsInReady: 'available', roles: options.roles });
	const lines: Record<string, unknown>[] = [];
	const sink = new Writable({
		write(chunk: Buffer, _encoding, done) {
			for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
			done();
		},
	});
	const log = createLogger('info', [fake.token], sink);
	const story = await loadSeedStory();
	const corpus = options.corpus ?? new CorpusStore(story, { dir: CORPUS_DIR, lexicon: story.lexicon });
	const bot = await startBot({
		token: fake.token,
		apiUrl: fake.apiUrl,
		corpus,
		commands: [...commands, ...extra],
		log,
		moderatorRoleIds: options.moderatorRoleIds,
	});
	running.push({ bot, fake });
	return { fake, bot, lines, corpus };
}

/** A raw chat input option. */
export const opt = (name: string, value: string | number | boolean) => ({
	name,
	value,
	type: typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5,
});

export function embedOf(body: CallbackBody): APIEmbed {
	const embeds = body.data?.embeds as APIEmbed[] | undefined;
	if (!embeds?.[0]) throw new Error(`no embed in ${JSON.stringify(body)}`);
	return embeds[0];
}

export function expectWithinLimits(body: CallbackBody) {
	const data = body.data ?? {};
	expect(String(data.content ?? '').length).toBeLessThanOrEqual(DiscordLimits.content);
	let total = 0;
	for (const e of (data.embeds as APIEmbed[] | undefined) ?? []) {
		expect(e.title?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedTitle);
		expect(e.description?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedDescription);
		expect(e.fields?.length ?? 0).toBeLessThanOrEqual(DiscordLimits.embedFields);
		for (const f of e.fields ?? []) {
			expect(f.name.length).toBeLessThanOrEqual(DiscordLimits.fieldName);
			expect(f.value.length).toBeLessThanOrEqual(DiscordLimits.fieldValue);
			total += f.name.length + f.value.length;
		}
		total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
	}
	expect(total).toBeLessThanOrEqual(DiscordLimits.embedsTotal);
	expect(data.allowed_mentions).toMatchObject({ parse: [] });
}
