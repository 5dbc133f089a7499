/** The command line's own sentences, from the text catalogue (src/texts), by language. */
import type { Lang } from '../domain/report';
import { cli as en } from '../texts/en/cli';
import type { CliTexts } from '../texts/fr/cli';
import { cli as fr } from '../texts/fr/cli';

export type { CliTexts } from '../texts/fr/cli';

export const TEXTS: Readonly<Record<Lang, CliTexts>> = { fr, en };

/** Thrown for bad arguments or refused outputs: exit 2 with its one-line message. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
