/**
 * `npm run deploy [-- --dry-run]`: registers every slash command in one call, to DISCORD_GUILD_ID
 * when set, globally otherwise. --dry-run prints the JSON instead and needs no token.
 */
import { parseArgs } from 'node:util';
import { commands } from '../commands/index.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { commandSetPayload, deployCommands } from '../src/deploy.js';

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
	const body = commandSetPayload(commands);
	if (values['dry-run']) {
		process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
		return;
	}
	const config = loadConfig();
	if (!config.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN is required to deploy (or use --dry-run)');
	const result = await deployCommands({
		token: config.DISCORD_TOKEN,
		apiUrl: config.DISCORD_API_URL,
		applicationId: config.DISCORD_APPLICATION_ID,
		guildId: config.DISCORD_GUILD_ID,
		body,
	});
	const where =
		result.scope === 'global' ? 'globally (may take up to an hour to appear)' : `in server ${result.scope.guildId}`;
	process.stdout.write(`Registered ${result.registered} commands for application ${result.applicationId} ${where}.\n`);
}

main().catch((error: unknown) => {
	const status = (error as { status?: number }).status;
	const message =
		status === 401
			? 'Discord rejected the token: check DISCORD_TOKEN.'
			: error instanceof Error
				? error.message
				: String(error);
	process.stderr.write(`deploy: ${message}\n`);
	process.exitCode = error instanceof ConfigError || status === 401 ? 2 : 1;
});
