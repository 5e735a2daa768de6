/**
 * The Discord runtime: the only module that talks to discord.js. One interaction boundary routes
 * slash commands, autocomplete and buttons to the same handlers the console uses, sends their
 * plain reply payloads, turns every error into an ephemeral answer and a log line, and logs one
 * line per interaction with its outcome and latency.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import {
	type AutocompleteInteraction,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	Client,
	type CommandInteractionOption,
	Events,
	GatewayIntentBits,
	type Interaction,
	type InteractionEditReplyOptions,
	type InteractionReplyOptions,
	type InteractionUpdateOptions,
	PermissionFlagsBits,
} from 'discord.js';
import { UserInputError } from './ask.js';
import type { AnyCommand, CommandContext, RawOptions } from './command.js';
import type { CorpusStore } from './corpus-store.js';
import { errorReply, findCommand, isUserError, runCommand } from './dispatch.js';
import type { Logger } from './logger.js';
import { PageStore } from './pages.js';
import { PAGE_BUTTON, type Pages, turnPage } from './paging.js';
import { clampChoices, clampReply, EPHEMERAL, NO_MENTIONS, type ReplyPayload } from './reply.js';

export interface BotOptions {
	token: string;
	/** REST base URL (a proxy, or the tests' fake Discord); Discord's own by default. */
	apiUrl?: string;
	corpus: CorpusStore;
	commands: readonly AnyCommand[];
	log: Logger;
	/** Roles whose members may change the corpus besides those with Manage Server. */
	moderatorRoleIds?: readonly string[];
}

export interface Bot {
	client: Client;
	stop(): Promise<void>;
}

/** The option values of a command interaction as plain data; a subcommand's name under `subcommand`. */
export function optionsOf(data: readonly CommandInteractionOption[]): RawOptions {
	const options: RawOptions = {};
	for (const option of data) {
		if (option.options && (option.type === 1 || option.type === 2)) {
			if (option.type === 1) options.subcommand = option.name;
			else options.group = option.name;
			Object.assign(options, optionsOf(option.options));
		} else if (option.attachment) {
			const { name, url, size, contentType } = option.attachment;
			options[option.name] = { name, url, size, contentType };
		} else if (option.value !== undefined && option.value !== null) {
			options[option.name] = option.value;
		}
	}
	return options;
}

/** A reply payload as discord.js options for reply(), editReply() or update(). */
function toReplyOptions(payload: ReplyPayload): InteractionReplyOptions {
	const { flags, ...rest } = clampReply(payload);
	const options: InteractionReplyOptions = { ...rest, allowedMentions: NO_MENTIONS };
	if (flags && (flags & EPHEMERAL) !== 0) options.flags = EPHEMERAL;
	return options;
}

function toEditOptions(payload: ReplyPayload): InteractionEditReplyOptions & InteractionUpdateOptions {
	const { flags: _ephemeralCannotChange, ...rest } = toReplyOptions(payload);
	return rest as InteractionEditReplyOptions & InteractionUpdateOptions;
}

async function send(interaction: ChatInputCommandInteraction | ButtonInteraction, payload: ReplyPayload) {
	if (interaction.deferred && !interaction.replied) await interaction.editReply(toEditOptions(payload));
	else if (interaction.replied) await interaction.followUp(toReplyOptions(payload));
	else await interaction.reply(toReplyOptions(payload));
}

interface Boundary {
	commands: readonly AnyCommand[];
	corpus: CorpusStore;
	pages: PageStore<Pages>;
	log: Logger;
	moderatorRoleIds: readonly string[];
}

/** Manage Server, or a configured moderator role, in a server (never in a DM). */
export function isModerator(interaction: Interaction, moderatorRoleIds: readonly string[]): boolean {
	if (!interaction.inGuild()) return false;
	if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
	const member = interaction.member;
	const roles: string[] = Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
	return roles.some((role) => moderatorRoleIds.includes(role));
}

/**
 * Downloads an attachment from the URL Discord gave in the interaction, refusing anything larger
 * than `maxBytes` (announced or actual) and giving up after 15 seconds.
 */
export async function downloadAttachment(url: string, maxBytes: number): Promise<Uint8Array> {
	if (!/^https?:\/\//i.test(url)) throw new UserInputError('That attachment has no web address I can read.');
	const response = await fetch(url, { signal: AbortSignal.timeout(15_000), redirect: 'error' });
	if (!response.ok || !response.body)
		throw new UserInputError(`Could not download the attachment (HTTP ${response.status}).`);
	const announced = Number(response.headers.get('content-length') ?? 0);
	if (announced > maxBytes) throw new UserInputError(`The file is ${announced} bytes; an article is at most 1 MB.`);
	const chunks: Uint8Array[] = [];
	let total = 0;
	for await (const chunk of response.body) {
		total += chunk.byteLength;
		if (total > maxBytes) throw new UserInputError('The file is larger than 1 MB; an article is at most 1 MB.');
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

function contextFor(interaction: Interaction, boundary: Boundary): CommandContext {
	return {
		story: () => boundary.corpus.current(),
		user: { id: interaction.user.id, name: interaction.user.username },
		surface: 'discord',
		commands: boundary.commands,
		pages: boundary.pages,
		corpus: boundary.corpus,
		moderator: isModerator(interaction, boundary.moderatorRoleIds),
		readAttachment: (ref, maxBytes) => downloadAttachment(ref.url, maxBytes),
	};
}

async function onCommand(interaction: ChatInputCommandInteraction, boundary: Boundary): Promise<void> {
	const command = findCommand(boundary.commands, interaction.commandName);
	if (!command) throw new UserInputError('This command is not available any more.');
	// Work that may outlast Discord's 3 seconds is acknowledged first and answered by an edit.
	if (command.slow) await interaction.deferReply({ flags: EPHEMERAL });
	const payload = await runCommand(
		contextFor(interaction, boundary),
		command.definition.name,
		optionsOf(interaction.options.data),
	);
	await send(interaction, payload);
}

async function onAutocomplete(interaction: AutocompleteInteraction, boundary: Boundary): Promise<void> {
	const command = findCommand(boundary.commands, interaction.commandName);
	const focused = interaction.options.getFocused(true);
	const choices = command?.autocomplete?.(contextFor(interaction, boundary), focused.name, String(focused.value)) ?? [];
	await interaction.respond(clampChoices(choices));
}

async function onButton(interaction: ButtonInteraction, boundary: Boundary): Promise<void> {
	const [name = '', ...args] = interaction.customId.split(':');
	const context = contextFor(interaction, boundary);
	let payload: ReplyPayload;
	if (name === PAGE_BUTTON) {
		payload = turnPage(context, args);
	} else {
		const command = findCommand(boundary.commands, name);
		if (!command?.button) throw new UserInputError('This button no longer works; run the command again.');
		payload = await command.button(context, args);
	}
	await interaction.update(toEditOptions(payload));
}

/** The interaction boundary. Never throws: every failure is answered (when possible) and logged. */
export async function handleInteraction(interaction: Interaction, boundary: Boundary): Promise<void> {
	const started = performance.now();
	let kind: 'command' | 'autocomplete' | 'button' | 'other' = 'other';
	let name = '';
	let outcome: 'ok' | 'user-error' | 'error' = 'ok';
	try {
		if (interaction.isChatInputCommand()) {
			kind = 'command';
			name = interaction.commandName;
			await onCommand(interaction, boundary);
		} else if (interaction.isAutocomplete()) {
			kind = 'autocomplete';
			name = interaction.commandName;
			await onAutocomplete(interaction, boundary);
		} else if (interaction.isButton()) {
			kind = 'button';
			name = interaction.customId.split(':')[0] ?? '';
			await onButton(interaction, boundary);
		}
	} catch (error) {
		outcome = isUserError(error) ? 'user-error' : 'error';
		if (outcome === 'error') boundary.log.error({ err: error, kind, command: name }, 'interaction failed');
		try {
			if (interaction.isAutocomplete()) {
				if (!interaction.responded) await interaction.respond([]);
			} else if (interaction.isChatInputCommand() || interaction.isButton()) {
				await send(interaction, errorReply(error));
			}
		} catch (replyError) {
			boundary.log.warn({ err: replyError, kind, command: name }, 'could not tell the user about a failure');
		}
	} finally {
		boundary.log.info(
			{
				kind,
				command: name,
				user: interaction.user.id,
				outcome,
				ms: Math.round((performance.now() - started) * 10) / 10,
			},
			'interaction',
		);
	}
}

/** Logs the client in (Guilds intent only) and serves interactions until stopped. */
export async function startBot(options: BotOptions): Promise<Bot> {
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		allowedMentions: NO_MENTIONS,
		...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
	});
	const boundary: Boundary = {
		commands: options.commands,
		corpus: options.corpus,
		pages: new PageStore<Pages>(),
		log: options.log,
		moderatorRoleIds: options.moderatorRoleIds ?? [],
	};
	const { log } = options;
	client.on(Events.InteractionCreate, (interaction) => {
		void handleInteraction(interaction, boundary);
	});
	client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
	client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
	client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway disconnected'));
	client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
	client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
	const ready = once(client, Events.ClientReady);
	try {
		await client.login(options.token);
		await ready;
	} catch (error) {
		await client.destroy();
		throw error;
	}
	log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'logged in to Discord');
	return {
		client,
		async stop() {
			await client.destroy();
			log.info('disconnected from Discord');
		},
	};
}
