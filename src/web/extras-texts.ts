/** The translator for the page's review, statement, comparison and charts (src/texts/{fr,en}/page-extras.ts). */
import type { Lang } from '../domain/report';
import { pageExtras as en } from '../texts/en/page-extras';
import { pageExtras as fr } from '../texts/fr/page-extras';
import { translatorOf } from '../ui/translate';

export type ExtrasKey = keyof typeof fr;

const TEXTS: Readonly<Record<Lang, Record<ExtrasKey, string>>> = { fr, en };

export type ExtrasTranslate = (key: ExtrasKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A translator for the review, statement, comparison and charts: `{name}` placeholders from `vars`. */
export function extrasTranslator(lang: Lang): ExtrasTranslate {
  return translatorOf(TEXTS[lang], { keepQuotes: false });
}
