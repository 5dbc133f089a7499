/** Dates the page shows, in the reader's local time. */
import type { Lang } from '../domain/report';
import { formatIsoDate } from '../domain/values/format';
import { punctuationOf } from '../texts/punctuation';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-23`, today in the local time zone (the date the page checks workbooks at). */
export const localIsoDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** `23/11/2026 à 10:02` / `23 November 2026, 10:02` (one date format per language, as the messages write dates); a dash when unknown. */
export function localDateTime(ms: number | null, lang: Lang): string {
  if (ms === null) return '—';
  const d = new Date(ms);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  const date = formatIsoDate(localIsoDate(d), lang);
  return punctuationOf(lang).dateAtTime(date, time);
}
