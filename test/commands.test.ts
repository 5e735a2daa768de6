import type { APIApplicationCommandOption } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../commands/index.js';

function optionNames(options: APIApplicationCommandOption[] | undefined): string[] {
	return (options ?? []).flatMap((o) =>
		o.type === 1 || o.type === 2
			? optionNames('options' in o ? (o.options as APIApplicationCommandOption[]) : [])
			: [o.name],
	);
}

describe('command modules', () => {
	it.each(commands.map((c) => [c.definition.name, c] as const))(
		'/%s: its schema and definition name the same options',
		(_, command) => {
			const schema = command.options as z.ZodObject;
			const keys = Object.keys(schema.shape).filter((k) => k !== 'subcommand');
			expect(keys.sort()).toEqual([...new Set(optionNames(command.definition.options))].sort());
		},
	);

	it('have valid names and descriptions within Discord limits', () => {
		for (const { definition } of commands) {
			expect(definition.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
			expect(definition.description.length).toBeLessThanOrEqual(100);
			for (const o of definition.options ?? []) {
				expect(o.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
				expect(o.description.length).toBeLessThanOrEqual(100);
			}
		}
		expect(new Set(commands.map((c) => c.definition.name)).size).toBe(commands.length);
	});

	it('is a zod object schema', () => {
		for (const c of commands) expect(c.options).toBeInstanceOf(z.ZodObject);
	});
});
