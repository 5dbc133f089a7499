/** Where the command line writes and from where it resolves paths: the process, or a capture in tests. */
import { stat } from 'node:fs/promises';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** ANSI colours in text output; the process io enables them on a terminal when NO_COLOR is unset. */
  color?: boolean;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    cwd: process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  };
}

/** Whether a path exists (file or folder). */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
