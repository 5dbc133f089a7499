/** Dates the page shows, in the reader's local time. */
import type { Lang } from '../domain/report';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-23`, today in the local time zone (the date the page checks workbooks at). */
export const localIsoDate = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** `23/11/2026 à 10:02` / `2026-11-23 10:02`; a dash when unknown. */
export function localDateTime(ms: number | null, lang: Lang): string {
  if (ms === null) return '—';
  const d = new Date(ms);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return lang === 'fr' ? `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} à ${time}` : `${localIsoDate(d)} ${time}`;
}
