/**
 * The `/ask` reply: an embed with the best answer first, then each passage with its source and
 * its matched words in bold, and Previous/Next buttons when there are more results than fit a page.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { AskedPassage, AskResult } from './ask.js';
import type { Highlight } from './ranking.js';
import { clampReply, escapeText, NO_MENTIONS, pageButtons, type ReplyPayload, truncate } from './reply.js';

/** Characters of passage text shown per result: keeps three results well inside 6000 per message. */
const EXCERPT_LENGTH = 700;
const ACCENT_COLOUR = 0x5865f2;

export interface AskPage {
	/** 0-based page. */
	page: number;
	pageSize: number;
	/** custom_id prefix of the paging buttons; without it no buttons are shown. */
	buttonId?: string;
}

/** `text` with Markdown escaped and the highlighted ranges in bold; highlights a space apart merge. */
export function boldHighlights(text: string, highlights: Highlight[]): string {
	const merged: Highlight[] = [];
	for (const h of [...highlights].sort((a, b) => a.start - b.start)) {
		const last = merged.at(-1);
		if (last && /^\s*$/.test(text.slice(last.end, h.start))) last.end = Math.max(last.end, h.end);
		else if (!last || h.start >= last.end) merged.push({ ...h });
	}
	let out = '';
	let at = 0;
	for (const h of merged) {
		out += `${escapeText(text.slice(at, h.start))}**${escapeText(text.slice(h.start, h.end))}**`;
		at = h.end;
	}
	return out + escapeText(text.slice(at));
}

/** The part of a long passage around its answer sentence, with ellipses where text is left out. */
export function excerpt(result: AskedPassage, max = EXCERPT_LENGTH): string {
	const { text, answer } = result;
	let start = 0;
	let end = text.length;
	if (text.length > max) {
		const answerAt = Math.max(0, text.indexOf(answer));
		// Start at the answer sentence unless the whole text up to its end fits.
		start = answerAt + answer.length <= max ? 0 : answerAt;
		end = Math.min(text.length, start + max);
		const space = text.lastIndexOf(' ', end);
		if (end < text.length && space > start) end = space;
	}
	const highlights = result.highlights
		.filter((h) => h.start >= start && h.end <= end)
		.map((h) => ({ start: h.start - start, end: h.end - start }));
	const body = boldHighlights(text.slice(start, end), highlights);
	return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}

/** "Sources differ: 21 years (Title, paragraph 5) · 22 years (Other title, paragraph 15)" */
function differencesLine(result: AskResult): string {
	if (result.differences.length < 2) return '';
	const stated = result.differences.map((d) => `**${escapeText(d.figure)}** (${escapeText(sourceLine(d))})`);
	return `\n**Sources differ:** ${stated.join(' · ')}`;
}

/** "Title — Outlet, paragraph 7" */
export function sourceLine(result: Pick<AskedPassage, 'title' | 'source' | 'paragraph'>): string {
	return `${result.title}${result.source ? ` — ${result.source}` : ''}, paragraph ${result.paragraph}`;
}

/** The message for an `/ask` result, one page of it. */
export function renderAskReply(result: AskResult, { page, pageSize, buttonId }: AskPage): ReplyPayload {
	if (result.results.length === 0) {
		return clampReply({
			content: `I found nothing in the ${result.searched} passages I know that answers “${escapeText(result.question)}”. Try other words, or ask about the people and events of the story.`,
			allowedMentions: NO_MENTIONS,
		});
	}
	const pages = Math.ceil(result.results.length / pageSize);
	const current = Math.min(Math.max(0, page), pages - 1);
	const shown = result.results.slice(current * pageSize, (current + 1) * pageSize);
	const best = result.results[0] as AskedPassage;
	const embed: APIEmbed = {
		color: ACCENT_COLOUR,
		title: truncate(escapeText(result.question), 256),
		description: `**Answer:** ${escapeText(best.answer)}\n-# ${escapeText(sourceLine(best))}${differencesLine(result)}`,
		fields: shown.map((r) => ({
			name: `${r.rank}. ${escapeText(sourceLine(r))}`,
			value: `${excerpt(r)}${r.url ? `\n[Read the article](${r.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : ''}`,
		})),
		footer: {
			text: `Searched ${result.searched} passages · results ${current * pageSize + 1}–${current * pageSize + shown.length} of ${result.results.length}`,
		},
	};
	return clampReply({
		embeds: [embed],
		components: buttonId && pages > 1 ? [pageButtons(buttonId, current, pages)] : [],
		allowedMentions: NO_MENTIONS,
	});
}
