/** The words of the comparison of two versions, French and English (command line and page). */
import type { Lang } from '../report';
import { diff as en } from '../../texts/en/diff';
import type { DiffTexts } from '../../texts/fr/diff';
import { diff as fr } from '../../texts/fr/diff';

export type { DiffTexts } from '../../texts/fr/diff';

export const DIFF_TEXTS: Readonly<Record<Lang, DiffTexts>> = { fr, en };
