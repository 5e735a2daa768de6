/** Discord's limits, in one place. Every reply passes through `clampReply` (src/reply.ts) before it is sent. */
export const DiscordLimits = {
	content: 2000,
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footerText: 2048,
	authorName: 256,
	/** Sum of every embed's title, description, field names and values, footer text and author name. */
	embedsTotal: 6000,
	embedsPerMessage: 10,
	autocompleteChoices: 25,
	choiceName: 100,
	choiceValue: 100,
	customId: 100,
	buttonLabel: 80,
	/** An interaction must be acknowledged within this many milliseconds. */
	acknowledgeMs: 3000,
} as const;
