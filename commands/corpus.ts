import { z } from 'zod';
import { UserInputError } from '../src/ask.js';
import { defineCommand } from '../src/command.js';
import { MAX_ARTICLE_BYTES } from '../src/corpus.js';
import { renderChange, renderStatus } from '../src/corpus-reply.js';

/** Manage Guild, as a permission bitfield: the default for who sees /corpus in a server. */
const MANAGE_GUILD = String(1 << 5);

const AttachmentSchema = z.object({
	name: z.string(),
	url: z.string(),
	size: z.number().nullable(),
	contentType: z.string().nullable(),
});

export default defineCommand({
	definition: {
		name: 'corpus',
		description: 'Moderators: see and change the articles the bot answers from.',
		default_member_permissions: MANAGE_GUILD,
		contexts: [0],
		options: [
			{ type: 1, name: 'status', description: 'Articles, passages, quotations, people, version and last load' },
			{
				type: 1,
				name: 'reload',
				description: 'Re-read the corpus folder; keep the current one if any file is invalid',
			},
			{
				type: 1,
				name: 'add',
				description: 'Add an article (.md or .txt, at most 1 MB)',
				options: [
					{ type: 11, name: 'file', description: 'The article file', required: true },
					{ type: 5, name: 'replace', description: 'Replace an article of the same name (the old one is kept)' },
				],
			},
			{
				type: 1,
				name: 'remove',
				description: 'Remove an article (its file is kept in the history)',
				options: [{ type: 3, name: 'article', description: 'The article', required: true, autocomplete: true }],
			},
		],
	},
	options: z.object({
		subcommand: z.enum(['status', 'reload', 'add', 'remove']),
		file: AttachmentSchema.optional(),
		replace: z.boolean().optional(),
		article: z.string().optional(),
	}),
	slow: true,
	async execute(context, options) {
		if (!context.moderator) {
			throw new UserInputError(
				'Only moderators can manage the corpus: you need the Manage Server permission or a moderator role. Nothing was changed.',
			);
		}
		const by = context.user;
		switch (options.subcommand) {
			case 'status':
				return renderStatus(context.corpus.status());
			case 'reload':
				return renderChange(await context.corpus.reload(by));
			case 'add': {
				if (!options.file) throw new UserInputError('Attach the article file.');
				if (options.file.size !== null && options.file.size > MAX_ARTICLE_BYTES) {
					throw new UserInputError(`The file is ${options.file.size} bytes; an article is at most 1 MB.`);
				}
				const content = await context.readAttachment(options.file, MAX_ARTICLE_BYTES);
				return renderChange(
					await context.corpus.add({ name: options.file.name, content }, options.replace === true, by),
				);
			}
			case 'remove':
				if (!options.article) throw new UserInputError('Name the article to remove.');
				return renderChange(await context.corpus.remove(options.article.trim(), by));
		}
	},
	autocomplete(context, _option, value) {
		if (!context.moderator) return [];
		const typed = value.toLowerCase().trim();
		return context
			.story()
			.corpus.articles.filter((a) => a.id.toLowerCase().includes(typed) || a.title.toLowerCase().includes(typed))
			.map((a) => ({ name: `${a.id} — ${a.title}`, value: a.id }));
	},
});
