/**
 * Paged replies: a reply too long for one message is shown a page at a time, and Previous/Next
 * buttons (custom_id `page:<id>:<n>`) show the others, for the person who asked only. What the
 * pages are rendered from is kept in memory, not the pages: most readers never turn one, and a
 * rendered page (up to 6,000 characters) weighs many times the result it shows.
 */
import { UserInputError } from './ask.js';
import type { CommandContext } from './command.js';
import type { ReplyPayload } from './reply.js';

export const PAGE_BUTTON = 'page';

/** A reply's pages, rendered when shown (pure: the same page each time). */
export interface Pages {
	count: number;
	render: (page: number, buttonId?: string) => ReplyPayload;
}

/**
 * The first page of a reply of `count` pages. On Discord the pages are kept for the buttons; the
 * console, which has no buttons, shows the first page only.
 */
export function paginate(
	context: CommandContext,
	count: number,
	render: (page: number, buttonId?: string) => ReplyPayload,
): ReplyPayload {
	if (count <= 1 || context.surface !== 'discord') return render(0);
	const id = context.pages.save({ userId: context.user.id, value: { count, render } });
	return render(0, `${PAGE_BUTTON}:${id}`);
}

/** The page a Previous/Next button asks for. */
export function turnPage(context: CommandContext, [id = '', page = '0']: string[]): ReplyPayload {
	const entry = context.pages.get(id);
	if (!entry) throw new UserInputError('These results have expired; please run the command again.');
	if (entry.userId !== context.user.id) {
		throw new UserInputError('Only the person who asked can page through these results; run the command yourself.');
	}
	const { count, render } = entry.value;
	const n = Math.min(Math.max(Number.parseInt(page, 10) || 0, 0), count - 1);
	return render(n, `${PAGE_BUTTON}:${id}`);
}
