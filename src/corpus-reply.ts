/** Replies of /corpus: status, change reports and refusals, as plain message payloads. */
import type { ChangeReport, CorpusStatus } from './corpus-store.js';
import { clampReply, EPHEMERAL, escapeText, NO_MENTIONS, type ReplyPayload } from './reply.js';

const list = (ids: string[]) => (ids.length === 0 ? 'none' : ids.map((id) => `\`${id}\``).join(', '));

export function renderStatus(status: CorpusStatus): ReplyPayload {
	const loaded = Math.floor(status.loadedAt.getTime() / 1000);
	return clampReply({
		embeds: [
			{
				title: 'Corpus status',
				color: 0x5865f2,
				fields: [
					{ name: 'Version', value: `\`${status.version}\``, inline: true },
					{ name: 'Articles', value: String(status.articles), inline: true },
					{ name: 'Passages', value: String(status.passages), inline: true },
					{ name: 'Quotations', value: String(status.quotations), inline: true },
					{ name: 'People', value: String(status.people), inline: true },
					{ name: 'Non-content paragraphs skipped', value: String(status.skipped), inline: true },
					{
						name: 'Loaded',
						value: `<t:${loaded}:f> (<t:${loaded}:R>) by ${escapeText(status.loadedBy)}`,
						inline: false,
					},
				],
			},
		],
		flags: EPHEMERAL,
		allowedMentions: NO_MENTIONS,
	});
}

export function renderChange(report: ChangeReport): ReplyPayload {
	const verb = { reload: 'Reloaded', add: 'Added', remove: 'Removed' }[report.action];
	const lines = [
		`**${verb}.** Version \`${report.previousVersion}\` → \`${report.version}\` in ${report.ms} ms.`,
		`Articles added: ${list(report.added)}`,
		`Articles removed: ${list(report.removed)}`,
		`Articles changed: ${list(report.changed)}`,
		`Passages gained: ${report.passagesGained}, lost: ${report.passagesLost}.`,
	];
	if (report.keptAs) lines.push(`The previous file was kept as \`${report.keptAs}\`.`);
	if (report.version === report.previousVersion) lines.push('Nothing changed.');
	return clampReply({ content: lines.join('\n'), flags: EPHEMERAL, allowedMentions: NO_MENTIONS });
}

/** Shown as text on the console. */
export function statusText(status: CorpusStatus): string {
	return [
		`version ${status.version}`,
		`${status.articles} articles, ${status.passages} passages, ${status.quotations} quotations, ${status.people} people, ${status.skipped} non-content paragraphs skipped`,
		`loaded ${status.loadedAt.toISOString()} by ${status.loadedBy}`,
	].join('\n');
}
