/**
 * Parses a slash command typed as text, in Discord's own syntax: `/ask question: Who won?`,
 * `/ask results: 5 question: Who won?`, and the shorthand `/ask Who won?` (the text fills the
 * first required option). Subcommands come first: `/corpus remove article: some-id`.
 */
import { basename } from 'node:path';
import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import { UserInputError } from './ask.js';
import type { AnyCommand, RawOptions } from './command.js';
import { escapeRegExp } from './text.js';

export interface ParsedCommandLine {
	name: string;
	options: RawOptions;
}

type ValueOption = Exclude<APIApplicationCommandOption, { type: 1 | 2 }>;

function convert(option: ValueOption, text: string): RawOptions[string] {
	switch (option.type) {
		case 4:
		case 10: {
			const n = Number(text);
			if (text === '' || !Number.isFinite(n) || (option.type === 4 && !Number.isInteger(n))) {
				throw new UserInputError(`${option.name} must be a ${option.type === 4 ? 'whole number' : 'number'}.`);
			}
			return n;
		}
		case 5:
			if (/^(true|yes|on|1)$/i.test(text)) return true;
			if (/^(false|no|off|0)$/i.test(text)) return false;
			throw new UserInputError(`${option.name} must be true or false.`);
		case 11:
			// A file to attach: on the console, a local path.
			return { name: basename(text), url: text, size: null, contentType: null };
		default:
			return text;
	}
}

export function parseCommandLine(line: string, commands: readonly AnyCommand[]): ParsedCommandLine {
	const match = /^\/(\S+)\s*(.*)$/s.exec(line.trim());
	if (!match) throw new UserInputError('Commands start with "/": try /help or /ask <question>.');
	const name = (match[1] as string).toLowerCase();
	let rest = match[2] ?? '';
	const command = commands.find((c) => c.definition.name === name);
	if (!command) throw new UserInputError(`There is no /${name} command. Type /help to see the commands.`);
	const options: RawOptions = {};
	let declared = (command.definition.options ?? []) as APIApplicationCommandOption[];
	const subcommands = declared.filter((o) => o.type === 1);
	if (subcommands.length > 0) {
		const sub = /^(\S+)\s*(.*)$/s.exec(rest);
		const chosen = subcommands.find((o) => o.name === sub?.[1]?.toLowerCase());
		if (!chosen) {
			throw new UserInputError(`/${name} needs one of: ${subcommands.map((o) => o.name).join(', ')}.`);
		}
		options.subcommand = chosen.name;
		declared = ('options' in chosen ? (chosen.options ?? []) : []) as APIApplicationCommandOption[];
		rest = sub?.[2] ?? '';
	}
	const valueOptions = declared.filter((o): o is ValueOption => o.type !== 1 && o.type !== 2);
	// Split at every "name:" that names one of this command's options.
	const names = valueOptions.map((o) => escapeRegExp(o.name));
	const marker = names.length > 0 ? new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'gi') : null;
	const marks = marker ? [...rest.matchAll(marker)] : [];
	const leading = (marks[0] ? rest.slice(0, marks[0].index) : rest).trim();
	if (leading) {
		const first = valueOptions.find((o) => o.required && o.type === 3) ?? valueOptions.find((o) => o.type === 3);
		if (!first) throw new UserInputError(`/${name} takes no text like "${leading}".`);
		options[first.name] = leading;
	}
	marks.forEach((m, i) => {
		const option = valueOptions.find((o) => o.name.toLowerCase() === (m[1] as string).toLowerCase()) as ValueOption;
		const end = marks[i + 1]?.index ?? rest.length;
		options[option.name] = convert(option, rest.slice((m.index ?? 0) + m[0].length, end).trim());
	});
	const missing = valueOptions.filter((o) => o.required && options[o.name] === undefined);
	if (missing.length > 0) {
		throw new UserInputError(`/${name} needs ${missing.map((o) => `${o.name}:`).join(' and ')}; try /help.`);
	}
	return { name, options };
}
