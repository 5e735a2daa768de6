import { z } from 'zod';
import { ask, DEFAULT_RESULTS, MAX_QUESTION_LENGTH, MAX_RESULTS } from '../src/ask.js';
import { renderAskReply } from '../src/ask-reply.js';
import { defineCommand } from '../src/command.js';
import { paginate } from '../src/paging.js';
import { EPHEMERAL } from '../src/reply.js';

export default defineCommand({
	definition: {
		name: 'ask',
		description: 'Ask a question about the story; get the passages that answer it, with their sources.',
		contexts: [0, 1],
		options: [
			{
				type: 3,
				name: 'question',
				description: 'Your question, in plain words',
				required: true,
				max_length: MAX_QUESTION_LENGTH,
			},
			{
				type: 4,
				name: 'results',
				description: `How many passages to show at once (1-${MAX_RESULTS}, default ${DEFAULT_RESULTS})`,
				min_value: 1,
				max_value: MAX_RESULTS,
			},
			{ type: 5, name: 'private', description: 'Only you see the answer' },
		],
	},
	options: z.object({
		question: z.string(),
		results: z.number().int().min(1).max(MAX_RESULTS).optional(),
		private: z.boolean().optional(),
	}),
	execute(context, options) {
		const story = context.story();
		const pageSize = options.results ?? DEFAULT_RESULTS;
		// Rank up to MAX_RESULTS passages so the reader can page past the first ones.
		const result = ask(story.index, options.question, { limit: MAX_RESULTS, lexicon: story.lexicon });
		const pages = Math.max(1, Math.ceil(result.results.length / pageSize));
		const reply = paginate(context, pages, (page, buttonId) => renderAskReply(result, { page, pageSize, buttonId }));
		return options.private ? { ...reply, flags: (reply.flags ?? 0) | EPHEMERAL } : reply;
	},
});
