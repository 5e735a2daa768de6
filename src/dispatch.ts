/**
 * Runs a command by name with raw option values: finds it, validates its options, calls its
 * handler, clamps the reply. Shared by the Discord runtime and the local console.
 */
import type { z } from 'zod';
import { UserInputError } from './ask.js';
import type { AnyCommand, CommandContext, RawOptions } from './command.js';
import { CorpusError } from './corpus.js';
import { clampReply, ephemeralMessage, type ReplyPayload } from './reply.js';

export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
	return commands.find((c) => c.definition.name === name);
}

/** The command's options validated by its schema, or a UserInputError naming what is wrong. */
export function parseOptions(command: AnyCommand, raw: RawOptions): object {
	const parsed: z.ZodSafeParseResult<object> = command.options.safeParse(raw);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
	throw new UserInputError(`Invalid options for /${command.definition.name}: ${problems.join('; ')}`);
}

export async function runCommand(context: CommandContext, name: string, raw: RawOptions): Promise<ReplyPayload> {
	const command = findCommand(context.commands, name);
	if (!command) throw new UserInputError(`There is no /${name} command. Type /help to see the commands.`);
	return clampReply(await command.execute(context, parseOptions(command, raw)));
}

/** Errors whose message is meant for the user, as opposed to bugs. */
export function isUserError(error: unknown): error is UserInputError | CorpusError {
	return error instanceof UserInputError || error instanceof CorpusError;
}

/** The ephemeral reply for a failed command: the user's own mistake spelled out, anything else kept generic. */
export function errorReply(error: unknown): ReplyPayload {
	if (isUserError(error)) return ephemeralMessage(error.message);
	return ephemeralMessage('Something went wrong while answering; it has been logged. Please try again.');
}
