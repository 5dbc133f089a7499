/** The punctuation of a language, for sentences built from parts (`label : value` in French, `label: value` in English). */
import type { Lang } from '../domain/report';
import type { Catalogue } from './catalogue';
import { punctuation as en } from './en/punctuation';
import { punctuation as fr } from './fr/punctuation';

export const punctuationOf = (lang: Lang): Catalogue<typeof fr> => (lang === 'fr' ? fr : en);
