/** What the command line says for `statement`, `diff` and the regional review (`validate` on several workbooks), French first. */
import type { Lang } from '../domain/report';
import { cliReview as en } from '../texts/en/cli-review';
import type { ReviewCliTexts } from '../texts/fr/cli-review';
import { cliReview as fr } from '../texts/fr/cli-review';

export type { ReviewCliTexts } from '../texts/fr/cli-review';

export const REVIEW_CLI_TEXTS: Readonly<Record<Lang, ReviewCliTexts>> = { fr, en };
