/** Runs Microsoft's Open XML SDK validator on .xlsx files (see ooxml-validate.mjs) and sorts its messages. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface OoxmlMessage {
  readonly description: string;
  readonly path: { readonly xpath: string; readonly partUri: string };
  readonly id: string;
  readonly errorType: number;
}

const SCRIPT = join(__dirname, 'ooxml-validate.mjs');

/** The validator's messages for each file, in one child process (one .NET runtime for all files). */
export async function validateXlsxFiles(paths: readonly string[]): Promise<Map<string, OoxmlMessage[]>> {
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, ...paths], { maxBuffer: 64 * 1024 * 1024 });
  return new Map(Object.entries(JSON.parse(stdout) as Record<string, OoxmlMessage[]>));
}

/**
 * exceljs 4.4 writes a `<font>`'s children out of the schema's order (`<sz>` too early) in /xl/styles.xml;
 * Excel opens such files without repair, so this is the one message the tests tolerate.
 */
export const isFontOrderNoise = (m: OoxmlMessage): boolean =>
  m.path.partUri === '/xl/styles.xml' && /\/x:font\[/.test(m.path.xpath) && m.id === 'Sch_UnexpectedElementContentExpectingComplex';

/** Messages split into the tolerated font-order noise and everything else. */
export function sortMessages(messages: readonly OoxmlMessage[]): { readonly noise: OoxmlMessage[]; readonly errors: OoxmlMessage[] } {
  return { noise: messages.filter(isFontOrderNoise), errors: messages.filter((m) => !isFontOrderNoise(m)) };
}
