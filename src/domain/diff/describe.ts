/** The changes of a comparison in sentences, the same in the command line and the page. */
import type { Lang } from '../report';
import { term } from '../review/words';
import { formatEuros, formatNumber, formatPercent } from '../values/format';
import { dateLabel } from '../review/words';
import type { ActionChange, ActionField, Commitment, CommitmentChange, DiffValue, MeasureChange } from './diff';
import { DIFF_TEXTS } from './texts';
import { punctuationOf } from '../../texts/punctuation';

const sep = (lang: Lang): string => punctuationOf(lang).separator;
const colon = (lang: Lang): string => punctuationOf(lang).colon;

const money = (cents: number | null, lang: Lang): string => (cents === null ? '—' : formatEuros(cents, lang));

/** `+1 500,00 €` / `-8 000,00 €`. */
export const signedEuros = (cents: number, lang: Lang): string => (cents > 0 ? `+${formatEuros(cents, lang)}` : formatEuros(cents, lang));

/** `Action 1.1.1 · CPAM · Financier · 2026 · 3 000,00 € · Acquis`. */
export function describeCommitment(c: Commitment, lang: Lang): string {
  const t = DIFF_TEXTS[lang];
  const object = c.action ? `${term(c.object, lang)} ${c.action}` : term(c.object, lang);
  return [object, c.funder, term(c.nature, lang), c.year === null ? t.noYear : String(c.year), money(c.amountCents, lang), term(c.status, lang)].join(' · ');
}

/** `montant 3 000,00 € → 6 000,00 € ; statut Sollicité → Acquis`. */
export function describeCommitmentChange(change: CommitmentChange, lang: Lang): string {
  const t = DIFF_TEXTS[lang];
  if (change.kind !== 'changed') return describeCommitment(change.kind === 'added' ? change.after : change.before, lang);
  const { before: b, after: a } = change;
  const what = change.fields.map((f) =>
    f === 'amount'
      ? `${t.amount} ${money(b.amountCents, lang)} → ${money(a.amountCents, lang)}`
      : f === 'status'
        ? `${t.status} ${term(b.status, lang) || t.empty} → ${term(a.status, lang) || t.empty}`
        : `${t.year} ${b.year ?? t.noYear} → ${a.year ?? t.noYear}`,
  );
  const object = b.action ? `${term(b.object, lang)} ${b.action}` : term(b.object, lang);
  return `${[object, b.funder, term(b.nature, lang)].join(' · ')}${colon(lang)}${what.join(sep(lang))}`;
}

function fieldValue(field: ActionField, value: DiffValue, lang: Lang): string {
  const t = DIFF_TEXTS[lang];
  if (value === null || value === '') return t.empty;
  if (field === 'budget' && typeof value === 'number') return formatEuros(value, lang);
  if (field === 'progress' && typeof value === 'number') return formatPercent(value, lang);
  if ((field === 'start' || field === 'end') && typeof value === 'string') return dateLabel(value, lang);
  return field === 'status' ? term(String(value), lang) : String(value);
}

/** `statut En cours → Réalisée ; avancement 40 % → 100 %`, or `nouvelle action`. */
export function describeActionChange(change: ActionChange, lang: Lang): string {
  const t = DIFF_TEXTS[lang];
  if (change.kind === 'added') return t.newAction;
  if (change.kind === 'removed') return t.removedAction;
  return change.changes.map((c) => `${t.field[c.field]} ${fieldValue(c.field, c.before, lang)} → ${fieldValue(c.field, c.after, lang)}`).join(sep(lang));
}

/** `réalisé année 3 : 18 (nouvelle mesure)` / `réalisé année 2 : 21 → 23`. */
export function describeMeasure(change: MeasureChange, lang: Lang): string {
  const t = DIFF_TEXTS[lang];
  const show = (v: DiffValue): string => (v === null ? t.empty : typeof v === 'number' ? formatNumber(v, lang) : v);
  return change.kind === 'measured'
    ? `${t.measure(change.year)}${colon(lang)}${show(change.after)} (${t.newMeasure})`
    : `${t.measure(change.year)}${colon(lang)}${show(change.before)} → ${show(change.after)}`;
}
