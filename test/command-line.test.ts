import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../commands/index.js';
import { defineCommand } from '../src/command.js';
import { parseCommandLine } from '../src/command-line.js';

describe('parseCommandLine', () => {
	it('reads Discord syntax and the shorthand', () => {
		expect(parseCommandLine('/ask question: Who broke the news to Alice?', commands)).toEqual({
			name: 'ask',
			options: { question: 'Who broke the news to Alice?' },
		});
		expect(parseCommandLine('/ask Who broke the news?', commands).options).toEqual({ question: 'Who broke the news?' });
		expect(parseCommandLine('/ASK results: 5 private: yes question: Why: because?', commands).options).toEqual({
			question: 'Why: because?',
			results: 5,
			private: true,
		});
	});

	it('reads subcommands', () => {
		const corpus = defineCommand({
			definition: {
				name: 'corpus',
				description: 'd',
				options: [
					{ type: 1, name: 'status', description: 'd' },
					{
						type: 1,
						name: 'remove',
						description: 'd',
						options: [{ type: 3, name: 'article', description: 'd', required: true }],
					},
				],
			},
			options: z.object({}),
			execute: () => ({ allowedMentions: { parse: [] } }),
		});
		expect(parseCommandLine('/corpus status', [corpus]).options).toEqual({ subcommand: 'status' });
		expect(parseCommandLine('/corpus remove article: x-1', [corpus]).options).toEqual({
			subcommand: 'remove',
			article: 'x-1',
		});
		expect(() => parseCommandLine('/corpus', [corpus])).toThrow('/corpus needs one of: status, remove.');
	});

	it.each([
		['ask who', /Commands start with "\/"/],
		['/nope', /There is no \/nope command/],
		['/ask', /\/ask needs question:/],
		['/ask results: five question: x', /results must be a whole number/],
		['/ask private: maybe question: x', /private must be true or false/],
	])('explains what is wrong with %j', (line, message) => {
		expect(() => parseCommandLine(line, commands)).toThrow(message);
	});
});
