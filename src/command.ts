/**
 * What a slash command is: its definition as plain typed data (what Discord registers), a schema
 * for its options, and a handler that takes plain data and returns a plain reply payload. The
 * Discord runtime and the local console both call the same handlers.
 */
import type {
	APIApplicationCommandOption,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { z } from 'zod';
import type { CorpusStore } from './corpus-store.js';
import type { PageStore } from './pages.js';
import type { Pages } from './paging.js';
import type { Choice, ReplyPayload } from './reply.js';
import type { Story } from './story.js';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody & {
	name: string;
	description: string;
	options?: APIApplicationCommandOption[];
};

/** A file the user attached to a command (on the console, a local path). */
export interface AttachmentRef {
	name: string;
	/** Where to read it: the attachment URL Discord put in the interaction, or a local path. */
	url: string;
	/** Size in bytes as announced, or null when unknown. */
	size: number | null;
	contentType: string | null;
}

/** Option values as Discord delivers them: name -> value, subcommand under `subcommand`. */
export type RawOptions = Record<string, string | number | boolean | AttachmentRef | undefined>;

export interface CommandContext {
	/** The story as it is now (it may be swapped between two commands, never during one). */
	story(): Story;
	/** Who runs the command. */
	user: { id: string; name: string };
	/** Where: the console, or Discord. */
	surface: 'console' | 'discord';
	/** Every command, for /help. */
	commands: readonly AnyCommand[];
	/** Pages of long replies, kept for their Previous/Next buttons (src/paging.ts). */
	pages: PageStore<Pages>;
	/** The live corpus and its changes (/corpus). */
	corpus: CorpusStore;
	/** Whether the user may change the corpus: Manage Server, a moderator role, or the host's operator. */
	moderator: boolean;
	/** The bytes of a file the user attached, at most `maxBytes`. */
	readAttachment(ref: AttachmentRef, maxBytes: number): Promise<Uint8Array>;
}

export interface Command<Schema extends z.ZodType<object>> {
	definition: CommandDefinition;
	/** Validates and types the options; its keys are the definition's option names. */
	options: Schema;
	/** True when the work may take longer than Discord's 3 seconds: the runtime defers first. */
	slow?: boolean;
	execute(context: CommandContext, options: z.output<Schema>): ReplyPayload | Promise<ReplyPayload>;
	autocomplete?(context: CommandContext, option: string, value: string): Choice[];
	/**
	 * A press on one of this command's buttons, whose custom_id is `<command name>:<args>`; the
	 * reply replaces the message the button is on.
	 */
	button?(context: CommandContext, args: string[]): ReplyPayload | Promise<ReplyPayload>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry holds commands of every option schema; each is typed where it is defined
export type AnyCommand = Command<any>;

/** Declares a command, keeping its option types. */
export function defineCommand<Schema extends z.ZodType<object>>(command: Command<Schema>): Command<Schema> {
	return command;
}
