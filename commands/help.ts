import { z } from 'zod';
import { defineCommand } from '../src/command.js';
import { ephemeralMessage } from '../src/reply.js';

export default defineCommand({
	definition: { name: 'help', description: 'What this bot can do, and how to ask it.', contexts: [0, 1] },
	options: z.object({}),
	execute(context) {
		const { stats } = context.story().index;
		const lines = [
			`I answer questions about a news story from ${stats.articles} articles (${stats.passages} passages).`,
			...context.commands.map((c) => `• \`/${c.definition.name}\` — ${c.definition.description}`),
			'Example: `/ask question: Who broke the news to Alice?`',
		];
		return ephemeralMessage(lines.join('\n'));
	},
});
