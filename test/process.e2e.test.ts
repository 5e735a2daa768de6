/** `npm start` and `npm run deploy` as processes, against a fake Discord on 127.0.0.1. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { ROOT, runScript } from './support/run.js';

const fakes: FakeDiscord[] = [];
afterEach(async () => {
	for (const fake of fakes.splice(0)) await fake.close();
});

async function fakeDiscord(): Promise<FakeDiscord> {
	const fake = await startFakeDiscord({
		guildsInReady: 'available',
		guildId: '123456789012345678',
		applicationId: '223456789012345678',
	});
	fakes.push(fake);
	return fake;
}

describe('npm start with a token', () => {
	it('exits non-zero with one clear line when Discord rejects the token, never printing it', async () => {
		const fake = await fakeDiscord();
		const wrong = 'wrong.token-value.secret123';
		const { code, stdout, stderr } = await runScript('src/main.ts', [], {
			env: { DISCORD_TOKEN: wrong, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' },
		});
		expect(code).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain('story-bot: Discord rejected the token: check DISCORD_TOKEN');
		expect(stdout + stderr).not.toContain(wrong);
	});

	it('rejects a malformed token before connecting, without echoing it', async () => {
		const { code, stderr } = await runScript('src/main.ts', [], { env: { DISCORD_TOKEN: 'has spaces in it' } });
		expect(code).toBe(2);
		expect(stderr.trim()).toBe(
			'story-bot: Invalid setting: DISCORD_TOKEN does not look like a bot token (three parts separated by dots)',
		);
	});

	it('logs in, serves, and closes the gateway cleanly on SIGTERM', async () => {
		const fake = await fakeDiscord();
		const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src/main.ts')], {
			cwd: ROOT,
			env: { PATH: process.env.PATH, DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stderr = '';
		child.stderr.on('data', (d: Buffer) => {
			stderr += d;
		});
		const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
		await fake.waitFor(() => stderr.includes('serving the corpus'), 10_000);
		const { id } = fake.chatInput('ask', [{ name: 'question', type: 3, value: 'Who is Van Jones?' }]);
		expect((await fake.callback(id)).type).toBe(4);
		child.kill('SIGTERM');
		expect(await exited).toBe(0);
		expect(stderr).toContain('"msg":"shutting down"');
		expect(stderr).toContain('"msg":"disconnected from Discord"');
		expect(stderr).not.toContain(fake.token);
	});
});

describe('npm run deploy', () => {
	it('prints the command set with --dry-run, without a token', async () => {
		const { code, stdout } = await runScript('scripts/deploy.ts', ['--dry-run']);
		expect(code).toBe(0);
		const body = JSON.parse(stdout) as { name: string }[];
		expect(body.map((c) => c.name)).toEqual(['ask', 'quote', 'corpus', 'help']);
	});

	it('registers every command in one call to the guild, finding the application id from the token', async () => {
		const fake = await fakeDiscord();
		const { code, stdout } = await runScript('scripts/deploy.ts', [], {
			env: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: fake.guildId },
		});
		expect(code).toBe(0);
		expect(stdout).toContain(`Registered 4 commands for application ${fake.applicationId} in server ${fake.guildId}`);
		const puts = fake.requests.filter((r) => r.method === 'PUT');
		expect(puts.map((r) => r.path)).toEqual([
			`/api/v10/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`,
		]);
		expect(fake.requests.some((r) => r.path === '/api/v10/applications/@me')).toBe(true);
		expect(fake.registeredCommands(fake.guildId).map((c) => c.name)).toEqual(['ask', 'quote', 'corpus', 'help']);
	});

	it('registers globally without a guild, using the configured application id', async () => {
		const fake = await fakeDiscord();
		const { code } = await runScript('scripts/deploy.ts', [], {
			env: { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, DISCORD_APPLICATION_ID: fake.applicationId },
		});
		expect(code).toBe(0);
		expect(fake.requests.filter((r) => r.method === 'PUT').map((r) => r.path)).toEqual([
			`/api/v10/applications/${fake.applicationId}/commands`,
		]);
		expect(fake.requests.some((r) => r.path === '/api/v10/applications/@me')).toBe(false);
	});
});
