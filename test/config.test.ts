import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';

describe('parseConfig', () => {
	it('applies defaults and treats empty values as unset', () => {
		expect(parseConfig({ DISCORD_TOKEN: '', CORPUS_DIR: '  ' })).toEqual({
			CORPUS_DIR: 'corpus',
			LOG_LEVEL: 'info',
			MODERATOR_ROLE_IDS: [],
			CORPUS_WATCH: false,
		});
	});

	it('reads every setting', () => {
		const config = parseConfig({
			DISCORD_TOKEN: 'abc.def.ghi',
			DISCORD_APPLICATION_ID: '123456789012345678',
			DISCORD_GUILD_ID: '223456789012345678',
			DISCORD_API_URL: 'http://127.0.0.1:9999/api',
			LOG_LEVEL: 'debug',
			MODERATOR_ROLE_IDS: '323456789012345678, 423456789012345678',
			CORPUS_WATCH: '1',
		});
		expect(config).toMatchObject({
			MODERATOR_ROLE_IDS: ['323456789012345678', '423456789012345678'],
			CORPUS_WATCH: true,
			DISCORD_GUILD_ID: '223456789012345678',
			DISCORD_API_URL: 'http://127.0.0.1:9999/api',
			LOG_LEVEL: 'debug',
		});
	});

	it('names each bad setting and never echoes a value', () => {
		const secret = 'not a token but secret';
		let message = '';
		try {
			parseConfig({
				DISCORD_TOKEN: secret,
				DISCORD_GUILD_ID: '12',
				DISCORD_API_URL: 'ftp://x',
				MODERATOR_ROLE_IDS: 'x,1',
				CORPUS_WATCH: 'yes',
			});
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('DISCORD_TOKEN does not look like a bot token');
		expect(message).toContain('DISCORD_GUILD_ID must be a Discord server (guild) id');
		expect(message).toContain('DISCORD_API_URL must be an http(s) URL');
		expect(message).toContain('MODERATOR_ROLE_IDS must be a Discord role id');
		expect(message).toContain('CORPUS_WATCH must be 1 or 0');
		expect(message).not.toContain(secret);
		expect(message).not.toContain('\n');
	});
});
