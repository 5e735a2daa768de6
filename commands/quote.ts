import { z } from 'zod';
import { UserInputError } from '../src/ask.js';
import { defineCommand } from '../src/command.js';
import { DiscordLimits } from '../src/limits.js';
import { paginate } from '../src/paging.js';
import { completePeople, findPerson, quotationsAbout } from '../src/quote-book.js';
import {
	QUOTES_PER_PAGE,
	renderNeverQuoted,
	renderNothingAbout,
	renderQuotes,
	renderUnknownPerson,
} from '../src/quote-reply.js';

export const MAX_NAME_LENGTH = 100;
export const MAX_TOPIC_LENGTH = 100;

export default defineCommand({
	definition: {
		name: 'quote',
		description: 'What a person said in the story, quoted with its sources.',
		contexts: [0, 1],
		options: [
			{
				type: 3,
				name: 'person',
				description: 'Who: start typing a name',
				required: true,
				autocomplete: true,
				max_length: MAX_NAME_LENGTH,
			},
			{ type: 3, name: 'about', description: 'Only what they said about this topic', max_length: MAX_TOPIC_LENGTH },
		],
	},
	options: z.object({
		person: z.string(),
		about: z.string().optional(),
	}),
	execute(context, options) {
		const query = options.person.replace(/\s+/g, ' ').trim();
		if (query === '') throw new UserInputError('Please name a person: it is empty.');
		if (query.length > MAX_NAME_LENGTH)
			throw new UserInputError(`The name is too long (at most ${MAX_NAME_LENGTH} characters).`);
		const topic = options.about?.replace(/\s+/g, ' ').trim() || undefined;
		const { quotes, lexicon } = context.story();
		const found = findPerson(quotes, query);
		if (!found.person) return renderUnknownPerson(query, found.suggestions);
		const person = found.person;
		if (person.quotations.length === 0) return renderNeverQuoted(person);
		const list = topic ? quotationsAbout(person, topic, lexicon) : person.quotations;
		if (topic && list.length === 0) return renderNothingAbout(person, topic);
		// Discord shows a page at a time; the console, which has no buttons, as many as a message holds.
		const perPage = context.surface === 'discord' ? QUOTES_PER_PAGE : DiscordLimits.embedFields;
		const pages = Math.ceil(list.length / perPage);
		return paginate(context, pages, (page, buttonId) => renderQuotes(person, list, { page, topic, buttonId, perPage }));
	},
	autocomplete(context, _option, value) {
		return completePeople(context.story().quotes, value).map((p) => ({
			name: `${p.name} — ${p.quotations.length === 0 ? 'never quoted' : `${p.quotations.length} quotation${p.quotations.length === 1 ? '' : 's'}`}`,
			value: p.name.slice(0, 100),
		}));
	},
});
