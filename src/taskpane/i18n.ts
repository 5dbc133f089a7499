/** The task pane's language context over its catalogue section (src/texts/{fr,en}/pane.ts). */
import { createContext, useContext } from 'react';
import type { Lang } from '../domain/report';
import { pane as en } from '../texts/en/pane';
import { pane as fr } from '../texts/fr/pane';
import { translatorOf } from '../ui/translate';

export { en, fr };

export type MessageKey = keyof typeof fr;

export const DICTIONARIES: Readonly<Record<Lang, Record<MessageKey, string>>> = { fr, en };

export type Translate = (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A translator for one language: `{name}` placeholders are replaced from `vars`, French quotes kept with their words. */
export const translator = (lang: Lang): Translate => translatorOf(DICTIONARIES[lang]);

export interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'fr', t: translator('fr') });

export const useI18n = (): I18n => useContext(I18nContext);
