/** « Quand évaluer »: a month and a year (seed 004_6c4d6d0ed7a0af23.txt:1105 « préciser quand (mois/année) »). */
import type { CellValue } from '../workbook/snapshot';
import { parseDateText } from './cells';
import { serialToYmd } from './dates';
import { fold } from './text';

const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'jan', 'january'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
];

const MONTH_WORD = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));

/** The month and year a cell names, or null when it names no month of a year (`une fois par an`, `T1 2026`). */
export function parseMonthYear(value: CellValue): { month: number; year: number } | null {
  if (typeof value === 'number') {
    if (value < 1 || value > 2_958_465) return null;
    const { month, year } = serialToYmd(value);
    return { month, year };
  }
  if (typeof value !== 'string') return null;
  const text = fold(value);
  const date = parseDateText(text);
  if (date !== null) return parseMonthYear(date);
  const numeric = /(?:^|[^\d])(\d{1,2})\s*[/.-]\s*(\d{4})(?:$|[^\d])/.exec(text) ?? null;
  if (numeric && Number(numeric[1]) >= 1 && Number(numeric[1]) <= 12) return { month: Number(numeric[1]), year: Number(numeric[2]) };
  const isoMonth = /(?:^|[^\d])(\d{4})-(\d{1,2})(?:$|[^\d])/.exec(text);
  if (isoMonth && Number(isoMonth[2]) >= 1 && Number(isoMonth[2]) <= 12) return { month: Number(isoMonth[2]), year: Number(isoMonth[1]) };
  const words = /([a-z]+)\.?[\s-]+(?:de |d')?(\d{4})/g;
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    const month = MONTH_WORD.get(m[1] ?? '');
    if (month !== undefined) return { month, year: Number(m[2]) };
  }
  return null;
}
