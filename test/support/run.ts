import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

export interface RunResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs a project entry point (src/main.ts, src/cli.ts...) as `npm start` would, with `input` piped in. */
export function runScript(
	script: string,
	args: string[] = [],
	options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<RunResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(TSX, [join(ROOT, script), ...args], {
			cwd: options.cwd ?? ROOT,
			env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => {
			stdout += d;
		});
		child.stderr.on('data', (d: Buffer) => {
			stderr += d;
		});
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${script} did not finish in time; stderr: ${stderr}`));
		}, options.timeoutMs ?? 15_000);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
		child.stdin.end(options.input ?? '');
	});
}
