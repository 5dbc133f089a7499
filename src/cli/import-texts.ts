/** The sentences only `cls-workbook import` says (arguments, files, --year), over the report texts it shares with the web page. */
import type { Lang } from '../domain/report';
import { cliImport as en } from '../texts/en/cli-import';
import type { ImportTexts } from '../texts/fr/cli-import';
import { cliImport as fr } from '../texts/fr/cli-import';

export type { ImportTexts } from '../texts/fr/cli-import';

export const IMPORT_TEXTS: Readonly<Record<Lang, ImportTexts>> = { fr, en };
