import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './analysis.js';

/** The built CLI, as tools call it (`npm test` builds first). */
export const CLI = join(ROOT, 'dist', 'cli.cjs');
if (!existsSync(CLI)) throw new Error(`presslens tests: ${CLI} is missing; run "npm run build" (npm test does it for you)`);

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], input?: string | Buffer): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the CLI with a writable stdin, for streaming tests. */
export function startCli(args: string[]) {
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
}
