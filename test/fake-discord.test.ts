import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
	ApplicationCommandOptionType,
	Client,
	Events,
	GatewayIntentBits,
	GuildMember,
	type Interaction,
	REST,
	Routes,
} from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type FakeDiscord, type FakeDiscordOptions, startFakeDiscord } from './support/fake-discord.js';

const clients: Client[] = [];
const fakes: FakeDiscord[] = [];

afterEach(async () => {
	for (const client of clients.splice(0)) await client.destroy();
	for (const fake of fakes.splice(0)) await fake.close();
});

async function fakeDiscord(options?: FakeDiscordOptions): Promise<FakeDiscord> {
	const fake = await startFakeDiscord(options);
	fakes.push(fake);
	return fake;
}

function newClient(fake: FakeDiscord): Client {
	const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
	clients.push(client);
	return client;
}

/** Logs a fresh client in and waits for `clientReady`. */
async function readyClient(fake: FakeDiscord): Promise<Client> {
	const client = newClient(fake);
	const ready = once(client, Events.ClientReady);
	await client.login(fake.token);
	await ready;
	return client;
}

/** Registers an interaction handler; errors thrown by it are collected instead of becoming unhandled rejections. */
function handle(client: Client, handler: (interaction: Interaction) => Promise<void>): unknown[] {
	const errors: unknown[] = [];
	client.on(Events.InteractionCreate, (interaction) => {
		handler(interaction).catch((error: unknown) => errors.push(error));
	});
	return errors;
}

describe('fake Discord server', () => {
	it('logs a client in, acks heartbeats, and records a reply to a chat input command', async () => {
		const fake = await fakeDiscord({ heartbeatIntervalMs: 50 });
		const started = performance.now();
		const client = await readyClient(fake);
		expect(performance.now() - started).toBeLessThan(2_000);

		const gatewayBot = fake.requests[0];
		expect(gatewayBot?.method).toBe('GET');
		expect(gatewayBot?.path).toBe('/api/v10/gateway/bot');
		expect(gatewayBot?.headers.authorization).toBe(`Bot ${fake.token}`);
		expect(fake.identifyCount()).toBe(1);
		const identify = fake.gatewayEvents.find((e) => e.op === 2);
		expect(identify?.d).toMatchObject({ token: fake.token, intents: GatewayIntentBits.Guilds, shard: [0, 1] });
		expect(client.user?.id).toBe(fake.botUserId);
		expect(client.application?.id).toBe(fake.applicationId);

		// op 1 is answered with op 11: discord.js only records a ping once the ack arrives.
		await fake.waitFor(() => client.ws.ping >= 0);
		expect(fake.gatewayEvents.some((e) => e.op === 1)).toBe(true);

		const errors = handle(client, async (interaction) => {
			if (!interaction.isChatInputCommand() || interaction.commandName !== 'ping') return;
			expect(interaction.inGuild()).toBe(true);
			expect(interaction.inCachedGuild()).toBe(false);
			expect(interaction.guildId).toBe(fake.guildId);
			expect(interaction.channelId).toBe(fake.channelId);
			expect(interaction.user.id).toBe(fake.userId);
			expect(interaction.options.getString('text')).toBe('hi');
			await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
		});
		const sent = performance.now();
		const { id, token } = fake.chatInput('ping', [
			{ name: 'text', type: ApplicationCommandOptionType.String, value: 'hi' },
		]);
		const callback = await fake.callback(id);
		expect(performance.now() - sent).toBeLessThan(1_000);
		expect(callback.type).toBe(4);
		expect(callback.data?.content).toBe('pong');
		expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
		const request = await fake.waitForRequest((r) => r.path.endsWith('/callback'));
		expect(request.path).toBe(`/api/v10/interactions/${id}/${token}/callback`);
		expect(request.status).toBe(204);
		expect(request.headers.authorization).toBeUndefined();
		expect(errors).toEqual([]);
	});

	it('records deferReply, editReply and a follow-up with a file (multipart)', async () => {
		const fake = await fakeDiscord();
		const client = await readyClient(fake);
		const edited: string[] = [];
		const uploaded: string[] = [];
		const errors = handle(client, async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			const message = await interaction.editReply('done');
			edited.push(message.content);
			const followUp = await interaction.followUp({
				content: 'more',
				files: [{ attachment: Buffer.from('hello file'), name: 'note.txt' }],
			});
			// The fake answers with a message whose attachment URL it serves.
			const url = followUp.attachments.first()?.url;
			uploaded.push(url ? await (await fetch(url)).text() : 'no attachment');
		});

		const { id, token } = fake.chatInput('ask');
		expect(await fake.callback(id)).toMatchObject({ type: 5 });
		const first = await fake.waitForWebhookMessage(token);
		expect(first.method).toBe('PATCH');
		expect(first.path).toBe(`/api/v10/webhooks/${fake.applicationId}/${token}/messages/@original`);
		expect(first.body).toMatchObject({ content: 'done' });

		const messages = await fake.waitFor(() => {
			const list = fake.webhookMessages(token);
			return list.length === 2 && list;
		});
		const followUp = messages[1];
		expect(followUp?.method).toBe('POST');
		expect(followUp?.path).toBe(`/api/v10/webhooks/${fake.applicationId}/${token}`);
		expect(followUp?.headers['content-type']).toMatch(/^multipart\/form-data/);
		expect(followUp?.body).toMatchObject({ content: 'more', attachments: [{ id: '0' }] });
		expect(followUp?.files).toHaveLength(1);
		expect(followUp?.files[0]?.filename).toBe('note.txt');
		expect(followUp?.files[0]?.data.toString()).toBe('hello file');
		expect(edited).toEqual(['done']);
		await fake.waitFor(() => uploaded.length === 1);
		expect(uploaded).toEqual(['hello file']);
		expect(errors).toEqual([]);
	});

	it('records autocomplete choices and serves attachment files', async () => {
		const fake = await fakeDiscord();
		const client = await readyClient(fake);
		const errors = handle(client, async (interaction) => {
			if (interaction.isAutocomplete()) {
				const typed = interaction.options.getFocused();
				const all = ['alpha', 'beta', 'alpine'];
				await interaction.respond(all.filter((v) => v.startsWith(typed)).map((v) => ({ name: v, value: v })));
			} else if (interaction.isChatInputCommand()) {
				const attachment = interaction.options.getAttachment('file', true);
				const text = await (await fetch(attachment.url)).text();
				await interaction.reply({ content: `${attachment.name}: ${text}` });
			}
		});

		const auto = fake.autocomplete('topic', [
			{ name: 'query', type: ApplicationCommandOptionType.String, value: 'al', focused: true },
		]);
		const choices = await fake.callback(auto.id);
		expect(choices.type).toBe(8);
		expect(choices.data?.choices).toEqual([
			{ name: 'alpha', value: 'alpha' },
			{ name: 'alpine', value: 'alpine' },
		]);

		const url = fake.serveFile('story.txt', 'the article text');
		const attachmentId = '1234567890';
		const withFile = fake.chatInput(
			'upload',
			[{ name: 'file', type: ApplicationCommandOptionType.Attachment, value: attachmentId }],
			{
				resolved: {
					attachments: {
						[attachmentId]: {
							id: attachmentId,
							filename: 'story.txt',
							size: 16,
							url,
							proxy_url: url,
							content_type: 'text/plain; charset=utf-8',
						},
					},
				},
			},
		);
		expect((await fake.callback(withFile.id)).data?.content).toBe('story.txt: the article text');
		expect(errors).toEqual([]);
	});

	it("with guildsInReady 'available' gives a cached guild and full GuildMember; buttons and DMs work", async () => {
		const editorRole = '1111111111111111111';
		const fake = await fakeDiscord({
			guildsInReady: 'available',
			roles: [{ id: editorRole, name: 'Editors', permissions: '32' }],
		});
		const client = await readyClient(fake);
		const guild = client.guilds.cache.get(fake.guildId);
		expect(guild?.available).toBe(true);
		expect(guild?.members.me?.id).toBe(fake.botUserId);
		expect(guild?.channels.cache.get(fake.channelId)?.name).toBe('general');

		const seen: Record<string, unknown>[] = [];
		const replies: string[] = [];
		const errors = handle(client, async (interaction) => {
			if (interaction.isButton()) {
				await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
				return;
			}
			if (!interaction.isChatInputCommand()) return;
			seen.push({
				cached: interaction.inCachedGuild(),
				inGuild: interaction.inGuild(),
				fullMember: interaction.member instanceof GuildMember,
				hasEditorRole: interaction.inCachedGuild() ? interaction.member.roles.cache.has(editorRole) : null,
				manageGuild: interaction.memberPermissions?.has('ManageGuild') ?? null,
				userId: interaction.user.id,
			});
			// withResponse asks for ?with_response=true: the fake answers 200 with the created message.
			const response = await interaction.reply({ content: 'ok', withResponse: true });
			replies.push(response.resource?.message?.content ?? 'no message');
		});

		const inGuild = fake.chatInput('whoami', [], { roles: [editorRole], permissions: '32' });
		await fake.callback(inGuild.id);
		const dm = fake.chatInput('whoami', [], { guildId: null, userId: '2222222222222222222' });
		await fake.callback(dm.id);
		expect(seen).toEqual([
			{ cached: true, inGuild: true, fullMember: true, hasEditorRole: true, manageGuild: true, userId: fake.userId },
			{
				cached: false,
				inGuild: false,
				fullMember: false,
				hasEditorRole: null,
				manageGuild: null,
				userId: '2222222222222222222',
			},
		]);

		await fake.waitFor(() => replies.length === 2);
		expect(replies).toEqual(['ok', 'ok']);
		const withResponse = await fake.waitForRequest((r) => r.path.endsWith(`/${dm.token}/callback`));
		expect(withResponse.query.get('with_response')).toBe('true');
		expect(withResponse.status).toBe(200);

		const click = fake.button('more');
		expect(await fake.callback(click.id)).toMatchObject({ type: 7, data: { content: 'clicked more', components: [] } });
		expect(errors).toEqual([]);
	});

	it('makes login() reject quickly with TokenInvalid for a wrong token', async () => {
		const fake = await fakeDiscord();
		const client = newClient(fake);
		const started = performance.now();
		await expect(client.login('wrong-token.abc.def')).rejects.toMatchObject({ code: 'TokenInvalid' });
		expect(performance.now() - started).toBeLessThan(1_000);
		expect(fake.requests[0]?.status).toBe(401);
		expect(fake.identifyCount()).toBe(0);
	});

	it('closes the gateway with 4004 when IDENTIFY carries a wrong token', async () => {
		const fake = await fakeDiscord();
		const socket = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
		const [hello] = await once(socket, 'message');
		expect(JSON.parse(String(hello))).toMatchObject({ op: 10, d: { heartbeat_interval: 41_250 } });
		socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
		const [code] = await once(socket, 'close');
		expect(code).toBe(4004);
	});

	it('resumes after closeGateway(4000), replays a missed interaction and keeps answering', async () => {
		const fake = await fakeDiscord();
		const client = await readyClient(fake);
		const errors = handle(client, async (interaction) => {
			if (interaction.isChatInputCommand()) await interaction.reply(`pong ${interaction.id}`);
		});
		let resumed = 0;
		client.on(Events.ShardResume, () => {
			resumed++;
		});

		fake.closeGateway(4000);
		// Sent while the client is disconnected: delivered when it resumes, as Discord replays missed events.
		const missed = fake.chatInput('ping');
		expect((await fake.callback(missed.id)).data?.content).toBe(`pong ${missed.id}`);
		expect(fake.resumeCount()).toBe(1);
		expect(fake.identifyCount()).toBe(1);
		expect(fake.gatewayEvents.find((e) => e.op === 6)?.d).toMatchObject({ token: fake.token, seq: 1 });
		await fake.waitFor(() => resumed === 1);

		const after = fake.chatInput('ping');
		expect((await fake.callback(after.id)).data?.content).toBe(`pong ${after.id}`);
		expect(fake.identifyCount()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('answers unknown routes with 404, checks auth, registers commands and serves files', async () => {
		const fake = await fakeDiscord();
		const unknown = await fetch(`${fake.apiUrl}/v10/channels/1/nope`);
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
		expect(fake.requests.at(-1)).toMatchObject({ method: 'GET', path: '/api/v10/channels/1/nope', status: 404 });

		const noAuth = await fetch(`${fake.apiUrl}/v10/gateway/bot`);
		expect(noAuth.status).toBe(401);
		expect(await noAuth.json()).toEqual({ message: '401: Unauthorized', code: 0 });

		const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
		expect(await rest.get(Routes.currentApplication())).toMatchObject({ id: fake.applicationId, bot_public: true });
		const saved = await rest.put(Routes.applicationGuildCommands(fake.applicationId, fake.guildId), {
			body: [{ name: 'ask', description: 'Ask about the story' }],
		});
		expect(saved).toEqual([
			expect.objectContaining({ id: expect.stringMatching(/^\d+$/), name: 'ask', guild_id: fake.guildId }),
		]);
		expect(fake.registeredCommands(fake.guildId)).toEqual(saved);

		const url = fake.serveFile('a b.txt', 'file body');
		const file = await fetch(url);
		expect(file.headers.get('content-type')).toMatch(/^text\/plain/);
		expect(await file.text()).toBe('file body');
	});
});
