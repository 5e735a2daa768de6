/**
 * Paged replies: a reply too long for one message is rendered as pages, kept in memory, and
 * Previous/Next buttons (custom_id `page:<id>:<n>`) show the others, for the person who asked only.
 */
import { UserInputError } from './ask.js';
import type { CommandContext } from './command.js';
import type { ReplyPayload } from './reply.js';

export const PAGE_BUTTON = 'page';

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
	const pages: ReplyPayload[] = [];
	const id = context.pages.save({ userId: context.user.id, value: pages });
	for (let page = 0; page < count; page++) pages.push(render(page, `${PAGE_BUTTON}:${id}`));
	return pages[0] as ReplyPayload;
}

/** The page a Previous/Next button asks for. */
export function turnPage(context: CommandContext, [id = '', page = '0']: string[]): ReplyPayload {
	const entry = context.pages.get(id);
	if (!entry) throw new UserInputError('These results have expired; please run the command again.');
	if (entry.userId !== context.user.id) {
		throw new UserInputError('Only the person who asked can page through these results; run the command yourself.');
	}
	const pages = entry.value;
	const n = Math.min(Math.max(Number.parseInt(page, 10) || 0, 0), pages.length - 1);
	return pages[n] as ReplyPayload;
}
