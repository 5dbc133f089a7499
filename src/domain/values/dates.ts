/** Dates as Excel holds them: serial numbers in the 1900 date system (day 1 = 1900-01-01). */

const MS_PER_DAY = 86_400_000;
/** Serial 0 is 1899-12-30 once Excel's fictitious 1900-02-29 is accounted for. */
const EPOCH = Date.UTC(1899, 11, 30);

export const ymdToSerial = (year: number, month: number, day: number): number =>
  Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);

/** Calendar parts of a serial (fractional part = time of day, ignored). */
export function serialToYmd(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function serialToIso(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `jj/mm/aaaa` as French users read dates. */
export function serialToFrench(serial: number): string {
  const { year, month, day } = serialToYmd(serial);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/** Serial of an ISO `YYYY-MM-DD`; null when malformed or not a real day. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return validYmdToSerial(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function validYmdToSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return ymdToSerial(year, month, day);
}

/** Does a number format display a date (`dd/mm/yyyy`, `d-mmm-yy`, `[$-40C]jj/mm/aaaa`)? */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || /^(general|standard|g\/standard)$/i.test(format.trim())) return false;
  const bare = format
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    // Minutes are `m` next to hours or seconds: drop time tokens before looking for date tokens.
    .replace(/h+\s*:\s*m+|m+\s*:\s*s+|[hs]+|am\/pm|a\/p/gi, '');
  return /[dymj]/i.test(bare);
}
