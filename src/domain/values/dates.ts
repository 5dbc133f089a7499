/** Dates as Excel holds them: serial numbers in the 1900 date system (day 1 = 1900-01-01). */

const MS_PER_DAY = 86_400_000;
/**
 * Serial 0 is 1899-12-30 from 1 March 1900 on (serial 61). Excel counts a fictitious 1900-02-29 (serial 60, read here
 * as the 28th): the serials before it are one day further, 1 being 1900-01-01.
 */
const EPOCH = Date.UTC(1899, 11, 30);
/** Excel's serial for its fictitious 1900-02-29. */
const FICTITIOUS_LEAP_DAY = 60;

export function ymdToSerial(year: number, month: number, day: number): number {
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY);
  return days <= FICTITIOUS_LEAP_DAY ? days - 1 : days;
}

/** Calendar parts of a serial (fractional part = time of day, ignored). */
export function serialToYmd(serial: number): { year: number; month: number; day: number } {
  const days = Math.floor(serial);
  const d = new Date(EPOCH + (days < FICTITIOUS_LEAP_DAY ? days + 1 : days) * MS_PER_DAY);
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
  if (year < 1900 || year > 9999) return null;
  // The calendar decides: a month or a day out of range (0, 13, 32, 30 February) lands in another month.
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
