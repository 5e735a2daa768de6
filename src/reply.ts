/**
 * Reply payloads: plain message objects in Discord's API shape, built by the core and sent as
 * they are by the bot (src/bot.ts) or printed as text by the console. Every payload goes through
 * `clampReply`, which enforces Discord's limits and forbids every mention.
 */
import { escapeMarkdown } from '@discordjs/formatters';
import type {
	APIActionRowComponent,
	APIApplicationCommandOptionChoice,
	APIButtonComponent,
	APIEmbed,
} from 'discord-api-types/v10';
import { DiscordLimits } from './limits.js';

export const EPHEMERAL = 1 << 6;

export interface ReplyPayload {
	content?: string;
	embeds?: APIEmbed[];
	components?: APIActionRowComponent<APIButtonComponent>[];
	/** MessageFlags; EPHEMERAL for a reply only the user sees. */
	flags?: number;
	allowedMentions: { parse: []; users?: []; roles?: []; repliedUser?: false };
}

export const NO_MENTIONS: ReplyPayload['allowedMentions'] = { parse: [], users: [], roles: [], repliedUser: false };

export type Choice = APIApplicationCommandOptionChoice<string>;

/** Cuts `text` to `max` characters with an ellipsis, keeping Markdown bold markers and escapes balanced. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	// Room for the ellipsis and a closing bold marker.
	let cut = text.slice(0, Math.max(0, max - 3));
	// Never end on an escaping backslash, nor on the first half of a "**" marker.
	const backslashes = /\\+$/.exec(cut)?.[0].length ?? 0;
	if (backslashes % 2 === 1) cut = cut.slice(0, -1);
	if (/(^|[^*\\])\*$/.test(cut) && text[cut.length] === '*') cut = cut.slice(0, -1);
	cut = cut.trimEnd();
	const bold = cut.match(/(?<!\\)\*\*/g)?.length ?? 0;
	return bold % 2 === 1 ? `${cut}…**` : `${cut}…`;
}

/**
 * What escapeMarkdown acts on: a backslash, code, emphasis, strikethrough and spoiler marks, a
 * masked link ("[text](url)", not a bracket alone, as in "[but]")...
 */
const MARKDOWN_SIGNIFICANT = /[\\*_~`|]|\[.+]\(.+\)/;
/** ...and the start of a line (headings, quotes, lists). */
const MARKDOWN_LINE_START = /^\s*(?:#|>|-|\d+\.)/m;
/** What the mention guards act on. */
const MENTION_SIGNIFICANT = /[<@]/;

/**
 * Escapes Markdown in text from the corpus or a user so it shows as written, and breaks mention
 * syntax with a zero-width space so it neither pings (allowedMentions already forbids that) nor
 * renders as a mention.
 */
export function escapeText(text: string): string {
	// Most corpus text has nothing Markdown or a mention could make of it, and escapeMarkdown's
	// patterns are costly (half of /ask's time on a small corpus): each step runs only where it can act.
	let escaped = text;
	if (MARKDOWN_SIGNIFICANT.test(text) || MARKDOWN_LINE_START.test(text)) {
		escaped = escapeMarkdown(text, { numberedList: true, bulletedList: true, heading: true, maskedLink: true });
	}
	if (!MENTION_SIGNIFICANT.test(escaped)) return escaped;
	return escaped.replace(/@(everyone|here)/g, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
}

function embedLength(embed: APIEmbed): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0) +
		(embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
	);
}

function clampEmbed(embed: APIEmbed): APIEmbed {
	const clamped: APIEmbed = { ...embed };
	if (clamped.title !== undefined) clamped.title = truncate(clamped.title, DiscordLimits.embedTitle);
	if (clamped.description !== undefined) {
		clamped.description = truncate(clamped.description, DiscordLimits.embedDescription);
	}
	if (clamped.footer)
		clamped.footer = { ...clamped.footer, text: truncate(clamped.footer.text, DiscordLimits.footerText) };
	if (clamped.author)
		clamped.author = { ...clamped.author, name: truncate(clamped.author.name, DiscordLimits.authorName) };
	if (clamped.fields) {
		clamped.fields = clamped.fields.slice(0, DiscordLimits.embedFields).map((f) => ({
			...f,
			name: truncate(f.name, DiscordLimits.fieldName) || '\u200b',
			value: truncate(f.value, DiscordLimits.fieldValue) || '\u200b',
		}));
	}
	return clamped;
}

/**
 * Enforces Discord's message limits and disables every mention. Past the 6000-character total,
 * fields are dropped from the end, then the description is shortened.
 */
export function clampReply(payload: ReplyPayload): ReplyPayload {
	const clamped: ReplyPayload = { ...payload, allowedMentions: NO_MENTIONS };
	if (clamped.content !== undefined) clamped.content = truncate(clamped.content, DiscordLimits.content);
	if (clamped.embeds) {
		const embeds = clamped.embeds.slice(0, DiscordLimits.embedsPerMessage).map(clampEmbed);
		const total = () => embeds.reduce((sum, e) => sum + embedLength(e), 0);
		for (let i = embeds.length - 1; i >= 0 && total() > DiscordLimits.embedsTotal; i--) {
			const embed = embeds[i] as APIEmbed;
			while (embed.fields && embed.fields.length > 0 && total() > DiscordLimits.embedsTotal) embed.fields.pop();
			if (total() > DiscordLimits.embedsTotal && embed.description) {
				const excess = total() - DiscordLimits.embedsTotal;
				embed.description = truncate(embed.description, Math.max(1, embed.description.length - excess));
			}
		}
		clamped.embeds = embeds;
	}
	return clamped;
}

/** Autocomplete choices within Discord's limits: at most 25, names and values at most 100 characters. */
export function clampChoices(choices: Choice[]): Choice[] {
	return choices.slice(0, DiscordLimits.autocompleteChoices).map((c) => ({
		name: truncate(c.name, DiscordLimits.choiceName),
		value: c.value.slice(0, DiscordLimits.choiceValue),
	}));
}

/** Previous/Next buttons for page `page` of `pages`; their custom_ids are `<buttonId>:<page>`. */
export function pageButtons(buttonId: string, page: number, pages: number): APIActionRowComponent<APIButtonComponent> {
	return {
		type: 1,
		components: [
			{ type: 2, style: 2, label: 'Previous', custom_id: `${buttonId}:${page - 1}`, disabled: page <= 0 },
			{ type: 2, style: 2, label: 'Next', custom_id: `${buttonId}:${page + 1}`, disabled: page >= pages - 1 },
		],
	};
}

/** A short message only the user sees. */
export function ephemeralMessage(content: string): ReplyPayload {
	return clampReply({ content, flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
}

/** A message as plain text, for the local console: what a Discord user would read. */
export function replyToText(payload: ReplyPayload): string {
	const lines: string[] = [];
	if (payload.content) lines.push(payload.content);
	for (const embed of payload.embeds ?? []) {
		if (embed.title) lines.push(`# ${embed.title}`);
		if (embed.description) lines.push(embed.description);
		for (const field of embed.fields ?? []) lines.push('', `## ${field.name}`, field.value);
		if (embed.footer) lines.push('', `-- ${embed.footer.text}`);
	}
	for (const row of payload.components ?? []) {
		const buttons = row.components.map((b) => `[${'label' in b ? b.label : ''}${b.disabled ? ' (disabled)' : ''}]`);
		lines.push(buttons.join(' '));
	}
	if (payload.flags && (payload.flags & EPHEMERAL) !== 0) lines.push('(only you can see this)');
	return lines.join('\n');
}
