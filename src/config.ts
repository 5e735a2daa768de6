/**
 * Settings, from the environment and `.env` (the environment wins), validated with zod. An invalid
 * setting is reported by name with what is expected; a token's value never appears in any message.
 */
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

const snowflake = (what: string) => z.string().regex(/^\d{17,20}$/, `must be a Discord ${what} id (17 to 20 digits)`);

export const ConfigSchema = z.object({
	DISCORD_TOKEN: z
		.string()
		.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three parts separated by dots)')
		.optional(),
	DISCORD_APPLICATION_ID: snowflake('application').optional(),
	DISCORD_GUILD_ID: snowflake('server (guild)').optional(),
	DISCORD_API_URL: z
		.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })
		.optional(),
	CORPUS_DIR: z.string().min(1).default('corpus'),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	MODERATOR_ROLE_IDS: z
		.string()
		.transform((s) =>
			s
				.split(',')
				.map((id) => id.trim())
				.filter(Boolean),
		)
		.pipe(z.array(snowflake('role')))
		.default([]),
	CORPUS_WATCH: z
		.enum(['0', '1', 'true', 'false'], { error: 'must be 1 or 0' })
		.transform((v) => v === '1' || v === 'true')
		.default(false),
});

export type Config = z.output<typeof ConfigSchema>;

export class ConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ConfigError';
	}
}

/** Validates settings from `env`; empty values count as unset. Throws a ConfigError naming every bad setting. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
	const input: Record<string, string> = {};
	for (const key of Object.keys(ConfigSchema.shape)) {
		const value = env[key]?.trim();
		if (value) input[key] = value;
	}
	const parsed = ConfigSchema.safeParse(input);
	if (parsed.success) return parsed.data;
	// Name the setting and the rule; never echo the value (it may be a secret).
	const problems = parsed.error.issues.map((i) => `${String(i.path[0] ?? 'settings')} ${i.message}`);
	throw new ConfigError(`Invalid setting: ${problems.join('; ')}`);
}

/** Reads `.env` (if any) into the environment without overriding it, then validates. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	loadDotenv({ quiet: true, processEnv: env });
	return parseConfig(env);
}
