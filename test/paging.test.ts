import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { ask, MAX_RESULTS, UserInputError } from '../src/ask.js';
import { renderAskReply } from '../src/ask-reply.js';
import type { CommandContext } from '../src/command.js';
import { CorpusStore } from '../src/corpus-store.js';
import { runCommand } from '../src/dispatch.js';
import { PageStore } from '../src/pages.js';
import { type Pages, paginate, turnPage } from '../src/paging.js';
import type { ReplyPayload } from '../src/reply.js';
import { loadSeedStory } from './support/story.js';

async function contextFor(surface: CommandContext['surface'], userId = 'u1'): Promise<CommandContext> {
	const story = await loadSeedStory();
	return {
		story: () => story,
		user: { id: userId, name: 'reader' },
		surface,
		commands,
		pages: new PageStore<Pages>(),
		corpus: new CorpusStore(story, { dir: tmpdir(), lexicon: story.lexicon }),
		moderator: false,
		readAttachment: () => Promise.reject(new Error('no attachments here')),
	};
}

function buttonIdOf(reply: ReplyPayload): string {
	const button = reply.components?.[0]?.components[0];
	return button && 'custom_id' in button ? button.custom_id : '';
}

describe('paged replies', () => {
	it('render only the page shown; a button renders the page it asks for', async () => {
		const context = await contextFor('discord');
		const rendered: number[] = [];
		const first = paginate(context, 4, (page, buttonId) => {
			rendered.push(page);
			return { content: `page ${page} of ${buttonId}`, allowedMentions: { parse: [] } };
		});
		expect(rendered).toEqual([0]);
		const id = /page:\S+/.exec(first.content ?? '')?.[0] ?? '';
		expect(first.content).toBe(`page 0 of ${id}`);
		const [, key] = id.split(':');
		expect(turnPage(context, [key ?? '', '2']).content).toBe(`page 2 of ${id}`);
		// Out of range: the nearest page.
		expect(turnPage(context, [key ?? '', '9']).content).toBe(`page 3 of ${id}`);
		expect(turnPage(context, [key ?? '', '-1']).content).toBe(`page 0 of ${id}`);
		expect(rendered).toEqual([0, 2, 3, 0]);
	});

	it('are the pages of the whole result: every /ask page as it renders from the ranked passages', async () => {
		const context = await contextFor('discord');
		const story = context.story();
		const question = 'What did Kim say about politics?';
		const first = await runCommand(context, 'ask', { question });
		const [, key = ''] = buttonIdOf(first).split(':');
		const result = ask(story.index, question, { limit: MAX_RESULTS, lexicon: story.lexicon });
		const pages = Math.ceil(result.results.length / 3);
		expect(pages).toBeGreaterThan(1);
		for (let page = 0; page < pages; page++) {
			const expected = renderAskReply(result, { page, pageSize: 3, buttonId: `page:${key}` });
			expect(page === 0 ? first : turnPage(context, [key, String(page)])).toEqual(expected);
		}
	});

	it('answer only the person who asked, and only while kept', async () => {
		const context = await contextFor('discord');
		const first = await runCommand(context, 'ask', { question: 'What did Kim say about politics?' });
		const [, key = ''] = buttonIdOf(first).split(':');
		const stranger = { ...context, user: { id: 'u2', name: 'other' } };
		expect(() => turnPage(stranger, [key, '1'])).toThrow(UserInputError);
		expect(() => turnPage(context, ['unknown', '1'])).toThrow(/expired/);
	});

	it('are not kept on the console, which shows the first page only', async () => {
		const context = await contextFor('console');
		const reply = await runCommand(context, 'ask', { question: 'What did Kim say about politics?' });
		expect(context.pages.size).toBe(0);
		expect(reply.components ?? []).toEqual([]);
	});
});
