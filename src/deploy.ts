/**
 * Registers the whole command set in one bulk call (PUT replaces every command at once): to one
 * server when a guild id is given (instant, for development), globally otherwise.
 */
import { REST, Routes } from 'discord.js';
import type { RESTGetCurrentApplicationResult, RESTPutAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { AnyCommand } from './command.js';

/** The JSON Discord registers: every command's definition. */
export function commandSetPayload(commands: readonly AnyCommand[]): RESTPutAPIApplicationCommandsJSONBody {
	return commands.map((c) => c.definition);
}

export interface DeployOptions {
	token: string;
	apiUrl?: string;
	applicationId?: string;
	guildId?: string;
	body: RESTPutAPIApplicationCommandsJSONBody;
}

export interface DeployResult {
	applicationId: string;
	scope: { guildId: string } | 'global';
	registered: number;
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
	const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
	// The application id is the token's own application when not configured.
	const applicationId =
		options.applicationId ?? ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
	const route = options.guildId
		? Routes.applicationGuildCommands(applicationId, options.guildId)
		: Routes.applicationCommands(applicationId);
	const registered = (await rest.put(route, { body: options.body })) as unknown[];
	return {
		applicationId,
		scope: options.guildId ? { guildId: options.guildId } : 'global',
		registered: registered.length,
	};
}
