import { escapeMarkdown } from '@discordjs/formatters';
import { describe, expect, it } from 'vitest';
import type { AskedPassage, AskResult } from '../src/ask.js';
import { boldHighlights, renderAskReply } from '../src/ask-reply.js';
import { DiscordLimits } from '../src/limits.js';
import { clampChoices, clampReply, EPHEMERAL, escapeText, NO_MENTIONS, replyToText, truncate } from '../src/reply.js';
import { corpusTexts } from './support/story.js';

function passage(overrides: Partial<AskedPassage> = {}): AskedPassage {
	const text = overrides.text ?? 'Kim met *Trump* in May. She said _yes_.';
	return {
		rank: 1,
		passageId: 'a#1',
		articleId: 'a',
		title: 'A Title',
		source: 'The Outlet',
		url: 'https://example.com/a_(b)',
		paragraph: 1,
		text,
		answer: 'Kim met *Trump* in May.',
		score: 1,
		highlights: [{ start: 4, end: 7 }],
		...overrides,
	};
}

const result = (results: AskedPassage[]): AskResult => ({
	question: 'Who did Kim meet?',
	type: 'who',
	searched: 32,
	results,
	differences: [],
});

function embedTotal(payload: ReturnType<typeof clampReply>): number {
	return (payload.embeds ?? []).reduce(
		(sum, e) =>
			sum +
			(e.title?.length ?? 0) +
			(e.description?.length ?? 0) +
			(e.footer?.text.length ?? 0) +
			(e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
		0,
	);
}

describe('truncate', () => {
	it('keeps bold markers balanced and never ends on an escape', () => {
		expect(truncate('**bold text here**', 10)).toBe('**bold…**');
		expect(truncate('abc\\*def', 7)).toBe('abc…');
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('x'.repeat(50), 20)).toHaveLength(18);
	});
});

describe('escapeText and highlights', () => {
	it('escapes Markdown from the corpus and bolds the matched words', () => {
		expect(escapeText('*a* _b_ `c` ~~d~~ [e](f) > g')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\~\\~d\\~\\~ \\[e](f) > g');
		expect(
			boldHighlights('White House said', [
				{ start: 0, end: 5 },
				{ start: 6, end: 11 },
			]),
		).toBe('**White House** said');
	});
});

describe('escapeText on plain text', () => {
	it('returns exactly what escapeMarkdown and the mention guards return, for every paragraph and title of the corpora', async () => {
		const texts = await corpusTexts();
		texts.push(
			'1. a list',
			'# a heading',
			'> a quote',
			'- a bullet',
			'two\n- lines',
			'hi @everyone',
			'<@123>',
			'[but] <b> @',
			'a [b](c) d',
			'a\\b',
			'|| x ||',
			'<#1>',
		);
		for (const text of texts) {
			for (const part of [text, ...text.split(/(?<=\s)/)]) {
				const slow = escapeMarkdown(part, { numberedList: true, bulletedList: true, heading: true, maskedLink: true })
					.replace(/@(everyone|here)/g, '@\u200b$1')
					.replace(/<(@[!&]?|#)(\d+)>/g, '<$1\u200b$2>');
				expect(escapeText(part)).toBe(slow);
			}
		}
	});
});

describe('renderAskReply', () => {
	it('puts the best answer first, then each passage with its source and link, and never mentions', () => {
		const reply = renderAskReply(result([passage()]), { page: 0, pageSize: 3 });
		const embed = reply.embeds?.[0];
		expect(reply.allowedMentions).toEqual(NO_MENTIONS);
		expect(embed?.description).toBe('**Answer:** Kim met \\*Trump\\* in May.\n-# A Title — The Outlet, paragraph 1');
		expect(embed?.fields?.[0]?.name).toBe('1. A Title — The Outlet, paragraph 1');
		expect(embed?.fields?.[0]?.value).toBe(
			'Kim **met** \\*Trump\\* in May. She said \\_yes\\_.\n[Read the article](https://example.com/a_%28b%29)',
		);
		expect(embed?.footer?.text).toBe('Searched 32 passages · results 1–1 of 1');
		expect(reply.components).toEqual([]);
	});

	it('pages with Previous/Next buttons', () => {
		const many = Array.from({ length: 7 }, (_, i) =>
			passage({ rank: i + 1, passageId: `a#${i + 1}`, paragraph: i + 1 }),
		);
		const first = renderAskReply(result(many), { page: 0, pageSize: 3, buttonId: 'ask:42' });
		const last = renderAskReply(result(many), { page: 2, pageSize: 3, buttonId: 'ask:42' });
		const buttons = (r: typeof first) =>
			r.components?.[0]?.components.map((b) => [('custom_id' in b && b.custom_id) || '', b.disabled]);
		expect(buttons(first)).toEqual([
			['ask:42:-1', true],
			['ask:42:1', false],
		]);
		expect(buttons(last)).toEqual([
			['ask:42:1', false],
			['ask:42:3', true],
		]);
		expect(last.embeds?.[0]?.fields?.map((f) => f.name.split('.')[0])).toEqual(['7']);
		expect(last.embeds?.[0]?.footer?.text).toContain('results 7–7 of 7');
	});

	it('stays inside every Discord limit with long passages and titles', () => {
		const long = 'A *very* long sentence. '.repeat(400);
		const many = Array.from({ length: 10 }, (_, i) =>
			passage({ rank: i + 1, text: long, answer: long, title: 'T'.repeat(400), highlights: [{ start: 0, end: 1 }] }),
		);
		const reply = renderAskReply({ ...result(many), question: 'Q'.repeat(300) }, { page: 0, pageSize: 10 });
		const embed = reply.embeds?.[0];
		expect(embed?.title?.length).toBeLessThanOrEqual(DiscordLimits.embedTitle);
		expect(embed?.description?.length).toBeLessThanOrEqual(DiscordLimits.embedDescription);
		for (const f of embed?.fields ?? []) {
			expect(f.name.length).toBeLessThanOrEqual(DiscordLimits.fieldName);
			expect(f.value.length).toBeLessThanOrEqual(DiscordLimits.fieldValue);
			expect((f.value.match(/(?<!\\)\*\*/g)?.length ?? 0) % 2).toBe(0);
		}
		expect(embedTotal(reply)).toBeLessThanOrEqual(DiscordLimits.embedsTotal);
	});

	it('says so, briefly, when nothing answers', () => {
		const reply = renderAskReply(result([]), { page: 0, pageSize: 3 });
		expect(reply.content).toMatch(/^I found nothing in the 32 passages I know that answers “Who did Kim meet\?”/);
		expect(reply.embeds).toBeUndefined();
	});
});

describe('clampReply and clampChoices', () => {
	it('clamps content and forces allowedMentions to none', () => {
		const reply = clampReply({
			content: '@everyone '.repeat(500),
			allowedMentions: { parse: [] },
			flags: EPHEMERAL,
		});
		expect(reply.content?.length).toBeLessThanOrEqual(DiscordLimits.content);
		expect(reply.allowedMentions).toEqual(NO_MENTIONS);
		expect(replyToText(reply)).toContain('(only you can see this)');
	});

	it('keeps 25 choices of at most 100 characters', () => {
		const choices = Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${'n'.repeat(200)}`, value: 'v'.repeat(200) }));
		const clamped = clampChoices(choices);
		expect(clamped).toHaveLength(25);
		for (const c of clamped) {
			expect(c.name.length).toBeLessThanOrEqual(100);
			expect(c.value.length).toBeLessThanOrEqual(100);
		}
	});
});
