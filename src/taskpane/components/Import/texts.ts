/** The Importer view's own sentences (src/texts/{fr,en}/pane-import.ts); loaded with the view, not with the pane. */
import type { Lang } from '../../../domain/report';
import { paneImport as en } from '../../../texts/en/pane-import';
import { paneImport as fr } from '../../../texts/fr/pane-import';
import { translatorOf } from '../../../ui/translate';

export type ImportTextKey = keyof typeof fr;

export type ImportTranslate = (key: ImportTextKey, vars?: Readonly<Record<string, string | number>>) => string;

/** `{name}` placeholders replaced from `vars`; French quotes kept with their words. */
export const importTranslator = (lang: Lang): ImportTranslate => translatorOf(lang === 'fr' ? fr : en);
