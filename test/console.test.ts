import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from './support/run.js';
import { tempCorpus } from './support/story.js';

describe('npm start without a token: the local console', () => {
	it('answers piped commands and exits at the end of input', async () => {
		const input = [
			'/help',
			'/ask question: Who broke the news to Alice?',
			'/ask Who is Van Jones?',
			'/ask How long was Alice in prison?',
			'When did Trump commute the sentence?',
			'/ask Who won the World Cup?',
			'/quote person: Kim about: politics',
			'/ask',
			'/ask    ',
			'/nope',
			'',
		].join('\n');
		const { code, stdout, stderr } = await runScript('src/main.ts', [], { input, env: { CORPUS_DIR: 'corpus' } });
		expect(code).toBe(0);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/^No DISCORD_TOKEN set: local console over 2 articles \(32 passages\)/);
		const answers = stdout.trim().split('\n\n# ');
		expect(stdout).toContain('• `/ask` — Ask a question about the story');
		expect(stdout).toContain('# Who broke the news to Alice?\n**Answer:** ');
		expect(stdout).toContain('## 1. Kim Kardashian Addresses Possible Future in Politics');
		expect(stdout).toContain("CNN's Van Jones");
		expect(stdout).toMatch(
			/\*\*Sources differ:\*\* \*\*21 years\*\* \(.+, paragraph 5\) · \*\*22 years\*\* \(.+, paragraph 15\)/,
		);
		expect(stdout).toContain("A week later, **Trump commuted** Johnson's **sentence** and she was released.");
		expect(stdout).toContain('I found nothing in the 32 passages I know that answers “Who won the World Cup?”');
		expect(stdout).toContain('# What Kim Kardashian West said about “politics”');
		expect(stdout).toContain('/ask needs question:');
		expect(stdout).toContain('There is no /nope command');
		expect(answers.length).toBeGreaterThan(2);
	});

	it('stops at a line that only says quit or exit, with or without "/"', async () => {
		for (const word of ['quit', 'Exit', '/quit']) {
			const input = ['/ask Who is Van Jones?', word, '/ask When did Trump commute the sentence?', ''].join('\n');
			const { code, stdout } = await runScript('src/main.ts', [], { input, env: { CORPUS_DIR: 'corpus' } });
			expect(code).toBe(0);
			expect(stdout).toContain("CNN's Van Jones");
			expect(stdout).not.toContain('commuted');
		}
	});

	it('lets the operator manage the corpus with /corpus', async () => {
		const dir = tempCorpus({ 'one.md': '---\ntitle: Moon\n---\n\nThe moon landing was in 1969.' });
		const file = join(tempCorpus({ 'mars.txt': 'Mars\n\nA rover landed on Mars in 2021.' }), 'mars.txt');
		const input = [
			'/corpus status',
			`/corpus add file: ${file}`,
			'/ask When did the rover land?',
			'/corpus remove article: mars',
			'',
		].join('\n');
		const { code, stdout } = await runScript('src/main.ts', [], { input, env: { CORPUS_DIR: dir } });
		expect(code).toBe(0);
		expect(stdout).toContain('# Corpus status');
		expect(stdout).toContain('Articles added: `mars`');
		expect(stdout).toContain('A **rover** **landed** on Mars in 2021.'.replace('** **', ' '));
		expect(stdout).toContain('Articles removed: `mars`');
	});

	it('stops with one clear line on an invalid corpus', async () => {
		const dir = tempCorpus({ 'broken.md': 'no front matter' });
		const { code, stderr } = await runScript('src/main.ts', [], { env: { CORPUS_DIR: dir } });
		expect(code).toBe(2);
		expect(stderr.trim()).toBe(
			'story-bot: broken.md:1: a .md article must start with YAML front matter between two "---" lines',
		);
	});

	it('stops with one clear line on an invalid setting, naming it', async () => {
		const { code, stderr } = await runScript('src/main.ts', [], { env: { LOG_LEVEL: 'loud' } });
		expect(code).toBe(2);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/^story-bot: Invalid setting: LOG_LEVEL /);
	});
});
