/** The words of the regional review, French and English: the report workbook, the command line and the page share them. */
import type { Lang } from '../report';
import { review as en } from '../../texts/en/review';
import type { ReviewTexts } from '../../texts/fr/review';
import { review as fr } from '../../texts/fr/review';

export type { ReviewTexts } from '../../texts/fr/review';

/** Spreadsheet formats other than Office Open XML, by extension. */
export const OTHER_SPREADSHEET = /\.(xls|xlsb|ods|ots|fods|numbers|csv)$/i;

export const REVIEW_TEXTS: Readonly<Record<Lang, ReviewTexts>> = { fr, en };
