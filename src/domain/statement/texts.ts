/** The words of the partner statement, French and English, for the command line, the page and the .xlsx export. */
import type { Lang } from '../report';
import { statement as en } from '../../texts/en/statement';
import type { StatementTexts } from '../../texts/fr/statement';
import { statement as fr } from '../../texts/fr/statement';

export type { StatementTexts } from '../../texts/fr/statement';

export const STATEMENT_TEXTS: Readonly<Record<Lang, StatementTexts>> = { fr, en };
