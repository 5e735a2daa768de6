/**
 * The real bot (discord.js client, commands, story) against a fake Discord on 127.0.0.1, as a user
 * would see it: every reply read back from what the bot sent over REST.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from '../src/command.js';
import { embedOf, expectWithinLimits, opt, startTestBot, stopTestBots } from './support/bot.js';

afterEach(stopTestBots);

const explode = defineCommand({
	definition: { name: 'explode', description: 'A handler that throws' },
	options: z.object({}),
	execute() {
		throw new Error('boom: internal detail');
	},
});

describe('the bot on a fake Discord', () => {
	it('answers /ask with the right passage, its source, inside every limit, mentioning no one', async () => {
		const { fake, lines } = await startTestBot();
		const { id } = fake.chatInput('ask', [opt('question', 'When did Trump commute the sentence?')]);
		const body = await fake.callback(id);
		expect(body.type).toBe(4);
		expectWithinLimits(body);
		const embed = embedOf(body);
		expect(embed.description).toContain(
			"**Answer:** A week later, Trump commuted Johnson's sentence and she was released.",
		);
		expect(embed.fields?.[0]?.name).toBe(
			"1. Kim Kardashian Addresses Possible Future in Politics: 'Never Say Never', paragraph 6",
		);
		expect(embed.fields?.[0]?.value).toContain('**Trump commuted**');
		expect(embed.footer?.text).toMatch(/^Searched 32 passages · results 1–3 of \d+$/);
		expect(body.data?.flags ?? 0).toBe(0);
		await fake.waitFor(() => lines.find((l) => l.msg === 'interaction'));
		expect(lines.find((l) => l.msg === 'interaction')).toMatchObject({
			kind: 'command',
			command: 'ask',
			outcome: 'ok',
		});
		expect(JSON.stringify(lines)).not.toContain(fake.token);
	});

	it('pings nobody when the question holds @everyone and a user mention', async () => {
		const { fake } = await startTestBot();
		const { id } = fake.chatInput('ask', [
			opt('question', '@everyone <@123> <@&456> what did Kim say about politics?'),
		]);
		const body = await fake.callback(id);
		expect(body.data?.allowed_mentions).toEqual({ parse: [], users: [], roles: [], replied_user: false });
		expect(embedOf(body).title).toContain('@\u200beveryone <@\u200b123>');
		expect(embedOf(body).fields?.length).toBeGreaterThan(0);
	});

	it('pages with Previous/Next for the person who asked, and refuses anyone else', async () => {
		const { fake } = await startTestBot();
		const { id } = fake.chatInput('ask', [opt('question', 'What did Kim say?'), opt('results', 1)], {
			userId: '111111111111111111',
		});
		const first = await fake.callback(id);
		const rows = first.data?.components as { components: { custom_id: string; disabled?: boolean; label: string }[] }[];
		const [previous, next] = rows[0]?.components ?? [];
		expect([previous?.label, previous?.disabled, next?.label, next?.disabled]).toEqual([
			'Previous',
			true,
			'Next',
			false,
		]);
		expect(embedOf(first).fields?.map((f) => f.name.split('.')[0])).toEqual(['1']);

		const press = fake.button(next?.custom_id ?? '', { userId: '111111111111111111' });
		const page2 = await fake.callback(press.id);
		expect(page2.type).toBe(7); // UPDATE_MESSAGE
		expect(embedOf(page2).fields?.map((f) => f.name.split('.')[0])).toEqual(['2']);
		expect(embedOf(page2).footer?.text).toMatch(/results 2–2 of/);

		const stranger = fake.button(next?.custom_id ?? '', { userId: '222222222222222222' });
		const refused = await fake.callback(stranger.id);
		expect(refused.type).toBe(4);
		expect(refused.data?.flags).toBe(64);
		expect(refused.data?.content).toContain('Only the person who asked');

		const stale = fake.button('page:unknown:1', { userId: '111111111111111111' });
		expect((await fake.callback(stale.id)).data?.content).toContain('expired');
	});

	it('answers privately with private:true', async () => {
		const { fake } = await startTestBot();
		const { id } = fake.chatInput('ask', [opt('question', 'Who is Van Jones?'), opt('private', true)]);
		const body = await fake.callback(id);
		expect(body.data?.flags).toBe(64);
		expect(embedOf(body).fields?.[0]?.value).toContain('CNN');
	});

	it('says briefly that nothing answers an out-of-scope question', async () => {
		const { fake } = await startTestBot();
		const { id } = fake.chatInput('ask', [opt('question', 'Who won the World Cup?')]);
		const body = await fake.callback(id);
		expect(body.data?.content).toMatch(/^I found nothing in the 32 passages/);
		expect(body.data?.embeds ?? []).toEqual([]);
	});

	it.each([
		['', 'Please ask a question: it is empty.'],
		['    ', 'Please ask a question: it is empty.'],
		['x'.repeat(301), 'The question is 301 characters long; please keep it to 300.'],
	])('refuses the question %j ephemerally with a clear message', async (question, message) => {
		const { fake, lines } = await startTestBot();
		const { id } = fake.chatInput('ask', [opt('question', question)]);
		const body = await fake.callback(id);
		expect(body.data).toMatchObject({ content: message, flags: 64 });
		await fake.waitFor(() => lines.find((l) => l.msg === 'interaction'));
		expect(lines.find((l) => l.msg === 'interaction')).toMatchObject({ outcome: 'user-error' });
	});

	it('still answers when a handler throws, logs it, and serves the next interaction', async () => {
		const { fake, lines } = await startTestBot([explode]);
		const boom = fake.chatInput('explode');
		const body = await fake.callback(boom.id);
		expect(body.data).toMatchObject({ flags: 64 });
		expect(String(body.data?.content)).toMatch(/^Something went wrong/);
		expect(String(body.data?.content)).not.toContain('boom');
		// The summary line is written once the error reply has been acknowledged, after the callback reached the fake.
		await fake.waitFor(() => lines.find((l) => l.msg === 'interaction'));
		expect(lines.find((l) => l.msg === 'interaction failed')).toMatchObject({ command: 'explode' });
		expect(lines.find((l) => l.msg === 'interaction')).toMatchObject({ command: 'explode', outcome: 'error' });

		const next = fake.chatInput('ask', [opt('question', 'Who is Van Jones?')]);
		expect((await fake.callback(next.id)).type).toBe(4);
	});

	it('answers /quote with the person’s quotations and their sources, paging through them', async () => {
		const { fake } = await startTestBot();
		const { id } = fake.chatInput('quote', [opt('person', 'Kim')]);
		const body = await fake.callback(id);
		expectWithinLimits(body);
		const embed = embedOf(body);
		expect(embed.title).toBe('What Kim Kardashian West said');
		expect(embed.fields?.[0]?.name).toBe(
			'1. Kim Kardashian talks whether she’s getting into politics following Alice Marie Johnson’s pardon, paragraph 3',
		);
		expect(embed.fields?.[0]?.value).toMatch(/^> “It became this mission/);
		expect(embed.footer?.text).toBe('Quotations 1–5 of 13');
		const rows = body.data?.components as { components: { custom_id: string }[] }[];
		const next = rows[0]?.components[1]?.custom_id ?? '';
		const page2 = await fake.callback(fake.button(next).id);
		expect(embedOf(page2).footer?.text).toBe('Quotations 6–10 of 13');
	});

	it('answers /quote about a topic, for someone never quoted, and for an unknown name', async () => {
		const { fake } = await startTestBot();
		const about = await fake.callback(fake.chatInput('quote', [opt('person', 'Alice'), opt('about', 'magazines')]).id);
		expect(embedOf(about).title).toBe('What Alice Marie Johnson said about “magazines”');
		const trump = await fake.callback(fake.chatInput('quote', [opt('person', 'Donald Trump')]).id);
		expect(trump.data).toMatchObject({ flags: 64 });
		expect(trump.data?.content).toBe(
			'Donald Trump appears in the story but is never quoted directly, so I have no words of theirs to show.',
		);
		const unknown = await fake.callback(fake.chatInput('quote', [opt('person', 'Kimm')]).id);
		expect(unknown.data?.content).toBe(
			'I don’t know anyone called “Kimm” in the story. Did you mean **Kim Kardashian West**?',
		);
	});

	it('autocompletes /quote person from memory: at most 25 choices of at most 100 characters', async () => {
		const { fake } = await startTestBot();
		const typed = (value: string) => [{ ...opt('person', value), focused: true }];
		const kim = await fake.callback(fake.autocomplete('quote', typed('Kim')).id);
		expect(kim.type).toBe(8);
		expect((kim.data?.choices as { name: string; value: string }[] | undefined)?.[0]).toEqual({
			name: 'Kim Kardashian West — 13 quotations',
			value: 'Kim Kardashian West',
		});
		const all = await fake.callback(fake.autocomplete('quote', typed('')).id);
		const choices = all.data?.choices as { name: string; value: string }[];
		expect(choices.length).toBeGreaterThan(3);
		expect(choices.length).toBeLessThanOrEqual(25);
		for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
		expect(choices.map((c) => c.name)).toContain('Donald Trump — never quoted');
		const none = await fake.callback(fake.autocomplete('quote', typed('zzzz')).id);
		expect(none.data?.choices).toEqual([]);
	});

	it('refuses a button it does not know, ephemerally', async () => {
		const { fake } = await startTestBot();
		const body = await fake.callback(fake.button('nope:1').id);
		expect(body.data).toMatchObject({ flags: 64, content: 'This button no longer works; run the command again.' });
	});

	it('resumes after the gateway closes with 4000 and answers again', async () => {
		const { fake } = await startTestBot();
		expect(fake.identifyCount()).toBe(1);
		fake.closeGateway(4000);
		await fake.waitFor(() => fake.resumeCount() === 1, 5_000);
		expect(fake.identifyCount()).toBe(1);
		const { id } = fake.chatInput('ask', [opt('question', 'Who is Van Jones?')]);
		expect((await fake.callback(id)).type).toBe(4);
	});
});
