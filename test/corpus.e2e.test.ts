/** /corpus through the real bot and a fake Discord: permissions, reload, add, remove, refusals. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { CorpusStore } from '../src/corpus-store.js';
import { createStory } from '../src/story.js';
import { opt, startTestBot, stopTestBots } from './support/bot.js';
import type { FakeDiscord } from './support/fake-discord.js';
import { CORPUS_DIR, loadSeedStory } from './support/story.js';

afterEach(stopTestBots);

const MANAGE_GUILD = String(1 << 5);
const MOON =
	'---\ntitle: Moon Landing\nsource: Daily Planet\n---\n\nThe first crewed moon landing took place in July 1969.\n';

async function botOnCopy(options: { moderatorRoleIds?: string[]; roles?: { id: string; name: string }[] } = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'story-e2e-'));
	cpSync(CORPUS_DIR, dir, { recursive: true });
	const { lexicon } = await loadSeedStory();
	const corpus = new CorpusStore(createStory(await loadCorpus(dir), lexicon), { dir, lexicon });
	return { dir, ...(await startTestBot([], { ...options, corpus })) };
}

/** Runs /corpus <sub> and returns the reply text: deferred (ephemeral), then edited in. */
async function corpusCommand(
	fake: FakeDiscord,
	sub: string,
	options: unknown[] = [],
	extra: { permissions?: string; roles?: string[]; resolved?: Record<string, unknown> } = {},
): Promise<{ deferred: boolean; flags: unknown; content: string }> {
	const { id, token } = fake.chatInput('corpus', [{ type: 1, name: sub, options }], {
		permissions: MANAGE_GUILD,
		...extra,
	});
	const callback = await fake.callback(id);
	if (callback.type === 4)
		return { deferred: false, flags: callback.data?.flags, content: String(callback.data?.content ?? '') };
	const edit = await fake.waitForWebhookMessage(token, 15_000);
	const body = edit.body as { content?: string; embeds?: { fields?: { name: string; value: string }[] }[] };
	const fields = body.embeds?.[0]?.fields?.map((f) => `${f.name}: ${f.value}`).join('\n') ?? '';
	return { deferred: true, flags: callback.data?.flags, content: body.content ?? fields };
}

/** An attachment served by the fake, as Discord would put it in the interaction. */
function attach(fake: FakeDiscord, name: string, body: Buffer | string) {
	const url = fake.serveFile(name, body);
	const size = Buffer.byteLength(body);
	return {
		options: [{ type: 11, name: 'file', value: '900' }],
		resolved: {
			attachments: { '900': { id: '900', filename: name, size, url, proxy_url: url, content_type: 'text/plain' } },
		},
	};
}

async function askText(fake: FakeDiscord, question: string): Promise<string> {
	const body = await fake.callback(fake.chatInput('ask', [opt('question', question)]).id);
	return JSON.stringify(body.data);
}

describe('/corpus on a fake Discord', () => {
	it('is registered for Manage Server and servers only', async () => {
		const { commands } = await import('../commands/index.js');
		const definition = commands.find((c) => c.definition.name === 'corpus')?.definition;
		expect(definition).toMatchObject({ default_member_permissions: MANAGE_GUILD, contexts: [0] });
	});

	it('refuses a member without the permission, ephemerally, and changes nothing', async () => {
		const { fake, dir, corpus } = await botOnCopy();
		const before = { version: corpus.status().version, files: readdirSync(dir) };
		const reply = await corpusCommand(fake, 'reload', [], { permissions: '0' });
		expect(reply.flags).toBe(64);
		expect(reply.content).toMatch(/^Only moderators can manage the corpus/);
		const { options, resolved } = attach(fake, 'moon.md', MOON);
		await corpusCommand(fake, 'add', options, { permissions: '0', resolved });
		expect({ version: corpus.status().version, files: readdirSync(dir) }).toEqual(before);
	});

	it('lets a member with a moderator role in, and shows the status', async () => {
		const role = '555555555555555555';
		const { fake } = await botOnCopy({ moderatorRoleIds: [role], roles: [{ id: role, name: 'mods' }] });
		const reply = await corpusCommand(fake, 'status', [], { permissions: '0', roles: [role] });
		expect(reply.deferred).toBe(true);
		expect(reply.flags).toBe(64);
		expect(reply.content).toContain('Articles: 2');
		expect(reply.content).toContain('Passages: 32');
		expect(reply.content).toMatch(/Version: `[0-9a-f]{10}`/);
	});

	it('keeps the old index answering when a reload finds a malformed file, and lists the error', async () => {
		const { fake, dir } = await botOnCopy();
		writeFileSync(join(dir, 'broken.md'), 'no front matter here');
		const reply = await corpusCommand(fake, 'reload');
		expect(reply.content).toBe('broken.md:1: a .md article must start with YAML front matter between two "---" lines');
		expect(await askText(fake, 'Who is Van Jones?')).toContain('Van Jones');
	});

	it('adds an article from an attachment, then /ask finds it', async () => {
		const { fake, dir } = await botOnCopy();
		const { options, resolved } = attach(fake, 'moon landing.md', MOON);
		const reply = await corpusCommand(fake, 'add', options, { resolved });
		expect(reply.content).toContain('**Added.**');
		expect(reply.content).toContain('Articles added: `moon-landing`');
		expect(readFileSync(join(dir, 'moon-landing.md'), 'utf8')).toBe(MOON);
		expect(await askText(fake, 'When was the moon landing?')).toContain('July 1969');
	});

	it('refuses to add over an existing article without replace, and replaces it with replace:true', async () => {
		const { fake, dir } = await botOnCopy();
		const name = 'kim-kardashian-never-say-never-politics.txt';
		const original = readFileSync(join(dir, name), 'utf8');
		const first = attach(fake, name, 'New Title\n\nA replacement paragraph about Van Jones.\n');
		const refused = await corpusCommand(fake, 'add', first.options, { resolved: first.resolved });
		expect(refused.content).toMatch(/already exists .*replace:true/);
		expect(readFileSync(join(dir, name), 'utf8')).toBe(original);
		const replaced = await corpusCommand(fake, 'add', [...first.options, { type: 5, name: 'replace', value: true }], {
			resolved: first.resolved,
		});
		expect(replaced.content).toContain('Articles changed: `kim-kardashian-never-say-never-politics`');
		expect(readdirSync(join(dir, '.history'))).toHaveLength(1);
	});

	it('removes an article: no longer answerable, its file kept in .history', async () => {
		const { fake, dir } = await botOnCopy();
		const reply = await corpusCommand(fake, 'remove', [
			{ type: 3, name: 'article', value: 'kim-kardashian-never-say-never-politics' },
		]);
		expect(reply.content).toContain('Articles removed: `kim-kardashian-never-say-never-politics`');
		expect(existsSync(join(dir, 'kim-kardashian-never-say-never-politics.txt'))).toBe(false);
		const kept = readdirSync(join(dir, '.history'));
		expect(kept).toHaveLength(1);
		expect(kept[0]).toMatch(/--kim-kardashian-never-say-never-politics\.txt$/);
		expect(await askText(fake, 'Who is Van Jones?')).toContain('I found nothing');
	});

	it('autocompletes the article to remove, for moderators only', async () => {
		const { fake } = await botOnCopy();
		const typed = [{ type: 1, name: 'remove', options: [{ type: 3, name: 'article', value: 'never', focused: true }] }];
		const mod = await fake.callback(fake.autocomplete('corpus', typed, { permissions: MANAGE_GUILD }).id);
		const choices = mod.data?.choices as { name: string; value: string }[];
		expect(choices.map((c) => c.value)).toEqual(['kim-kardashian-never-say-never-politics']);
		expect(choices[0]?.name).toMatch(/^kim-kardashian-never-say-never-politics — Kim Kardashian Addresses/);
		expect(choices[0]?.name.length).toBeLessThanOrEqual(100);
		const member = await fake.callback(fake.autocomplete('corpus', typed, { permissions: '0' }).id);
		expect(member.data?.choices).toEqual([]);
	});

	it.each([
		['a path-traversal name', '../../evil.md', MOON, /is not allowed: it must be a plain name/],
		['an oversized file', 'big.txt', `Title\n\n${'word '.repeat(220_000)}`, /at most 1 MB/],
		['a binary file', 'blob.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]), /not a (UTF-8 )?text file/],
	])('refuses %s and changes nothing', async (_, name, body, message) => {
		const { fake, dir, corpus } = await botOnCopy();
		const before = { version: corpus.status().version, files: readdirSync(dir) };
		const { options, resolved } = attach(fake, name, body);
		const reply = await corpusCommand(fake, 'add', options, { resolved });
		expect(reply.content).toMatch(message);
		expect({ version: corpus.status().version, files: readdirSync(dir) }).toEqual(before);
	});

	it('completes two reloads sent at the same time, one after the other', async () => {
		const { fake, dir } = await botOnCopy();
		writeFileSync(join(dir, 'moon.md'), MOON);
		const [a, b] = await Promise.all([corpusCommand(fake, 'reload'), corpusCommand(fake, 'reload')]);
		const replies = [a.content, b.content].sort();
		expect(replies.every((r) => r.startsWith('**Reloaded.**'))).toBe(true);
		expect(replies.filter((r) => r.includes('Articles added: `moon`'))).toHaveLength(1);
		expect(replies.filter((r) => r.includes('Nothing changed.'))).toHaveLength(1);
	});
});
