/**
 * The conversion view's own sentences (src/texts/{fr,en}/import-views.ts; the report's sentences are the import report's,
 * shared with the command line). Loaded with the view, only when a workbook not laid out as the contract is dropped.
 */
import type { Lang } from '../../domain/report';
import { importViews as en, valueCategories as categoriesEn } from '../../texts/en/import-views';
import { importViews as fr, valueCategories as categoriesFr } from '../../texts/fr/import-views';
import { translatorOf } from '../translate';
import type { ValueCategory } from './summary';

export type ConversionTextKey = keyof typeof fr;

export const CATEGORY_LABELS: Readonly<Record<Lang, Readonly<Record<ValueCategory, string>>>> = { fr: categoriesFr, en: categoriesEn };

const TEXTS: Readonly<Record<Lang, Record<ConversionTextKey, string>>> = { fr, en };

export type ConversionTranslate = (key: ConversionTextKey, vars?: Readonly<Record<string, string | number>>) => string;

/** `{name}` placeholders replaced from `vars`. */
export const conversionTranslator = (lang: Lang): ConversionTranslate => translatorOf(TEXTS[lang], { keepQuotes: false });
