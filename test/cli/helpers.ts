/** Runs `main` with a captured CliIo. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { main } from '../../src/cli/main';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(args: string[], cwd: string, color = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    color,
  });
  return { code, stdout, stderr };
}

/** Content hash and modification time: what "never modified" means. */
export async function fingerprint(path: string): Promise<{ sha256: string; mtimeMs: number; size: number }> {
  const [data, info] = await Promise.all([readFile(path), stat(path)]);
  return { sha256: createHash('sha256').update(data).digest('hex'), mtimeMs: info.mtimeMs, size: info.size };
}

export const AS_OF = ['--as-of', '2026-11-23'];
