/** The page shell's translator over its catalogue section (src/texts/{fr,en}/page.ts). */
import type { Lang } from '../domain/report';
import { page as en } from '../texts/en/page';
import { page as fr } from '../texts/fr/page';
import { translatorOf } from '../ui/translate';

export type TextKey = keyof typeof fr;

const TEXTS: Readonly<Record<Lang, Record<TextKey, string>>> = { fr, en };

export type WebTranslate = (key: TextKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A translator for the page shell: `{name}` placeholders are replaced from `vars`. */
export function webTranslator(lang: Lang): WebTranslate {
  return translatorOf(TEXTS[lang], { keepQuotes: false });
}

/** `12 Ko` / `1,4 Mo`, the way the reader writes sizes. */
export function fileSize(bytes: number, lang: Lang, t: WebTranslate): string {
  if (bytes < 1024 * 1024) return t('sizeKo', { n: Math.max(1, Math.round(bytes / 1024)) });
  const mb = (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();
  return t('sizeMo', { n: lang === 'fr' ? mb.replace('.', ',') : mb });
}
