/** Where the command line writes and from where it resolves paths: the process, or a capture in tests. */
import { stat } from 'node:fs/promises';
import { safeOutput } from '../domain/values/controls';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** ANSI colours in text output; the process io enables them on a terminal when NO_COLOR is unset. */
  color?: boolean;
}

/**
 * The real process streams. Whatever a command prints passes through safeOutput: a control character read from a
 * workbook or a file name that a report forgot to make visible still never reaches the terminal raw.
 */
export function processIo(): CliIo {
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  return {
    stdout: (text) => {
      process.stdout.write(safeOutput(text, color));
    },
    stderr: (text) => {
      process.stderr.write(safeOutput(text, false));
    },
    cwd: process.cwd(),
    color,
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
