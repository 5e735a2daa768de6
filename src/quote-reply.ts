/** The `/quote` reply: a person's quotations with their sources, a page at a time. */
import type { APIEmbed } from 'discord-api-types/v10';
import { type Person, quotationText } from './quote-book.js';
import type { Quotation } from './quotes.js';
import {
	clampReply,
	ephemeralMessage,
	escapeText,
	NO_MENTIONS,
	pageButtons,
	type ReplyPayload,
	truncate,
} from './reply.js';

export const QUOTES_PER_PAGE = 5;
const QUOTE_LENGTH = 900;
const ACCENT_COLOUR = 0x57f287;

export function quotationSource(q: Quotation): string {
	const first = q.spans[0];
	const paragraph = first ? first.passage.paragraph : 0;
	return `${q.article.title}${q.article.source ? ` — ${q.article.source}` : ''}, paragraph ${paragraph}`;
}

/** A person's name as a sentence would say it: organisations take "the" (the White House). */
export function displayName(person: Person): string {
	return person.entity.kind === 'organization' && !/^the\s/i.test(person.name) ? `the ${person.name}` : person.name;
}

export function renderQuotes(
	person: Person,
	quotations: Quotation[],
	{
		page,
		topic,
		buttonId,
		perPage = QUOTES_PER_PAGE,
	}: { page: number; topic?: string; buttonId?: string; perPage?: number },
): ReplyPayload {
	const pages = Math.max(1, Math.ceil(quotations.length / perPage));
	const current = Math.min(Math.max(0, page), pages - 1);
	const shown = quotations.slice(current * perPage, (current + 1) * perPage);
	const articles = new Set(quotations.map((q) => q.article.id)).size;
	const embed: APIEmbed = {
		color: ACCENT_COLOUR,
		title: truncate(
			escapeText(topic ? `What ${displayName(person)} said about “${topic}”` : `What ${displayName(person)} said`),
			256,
		),
		description: `${quotations.length} quotation${quotations.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}${topic ? ', most relevant first' : ', in article order'}.`,
		fields: shown.map((q, i) => ({
			name: `${current * perPage + i + 1}. ${escapeText(quotationSource(q))}`,
			value: `> “${truncate(escapeText(quotationText(q)), QUOTE_LENGTH)}”${q.article.url ? `\n[Read the article](${q.article.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : ''}`,
		})),
		footer: {
			text: `Quotations ${current * QUOTES_PER_PAGE + 1}–${current * QUOTES_PER_PAGE + shown.length} of ${quotations.length}`,
		},
	};
	return clampReply({
		embeds: [embed],
		components: buttonId && pages > 1 ? [pageButtons(buttonId, current, pages)] : [],
		allowedMentions: NO_MENTIONS,
	});
}

export function renderNeverQuoted(person: Person): ReplyPayload {
	return ephemeralMessage(
		`${escapeText(displayName(person))} appears in the story but is never quoted directly, so I have no words of theirs to show.`,
	);
}

export function renderNothingAbout(person: Person, topic: string): ReplyPayload {
	return ephemeralMessage(
		`None of ${escapeText(person.name)}’s ${person.quotations.length} quotations is about “${escapeText(topic)}”. Try another topic, or leave it out to see them all.`,
	);
}

export function renderUnknownPerson(query: string, suggestions: Person[]): ReplyPayload {
	const hint =
		suggestions.length > 0
			? ` Did you mean ${suggestions.map((p) => `**${escapeText(p.name)}**`).join(', ')}?`
			: ' Type a few letters in the person option to see who is quoted.';
	return ephemeralMessage(`I don’t know anyone called “${escapeText(query)}” in the story.${hint}`);
}
