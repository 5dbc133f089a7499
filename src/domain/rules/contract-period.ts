/**
 * The contract runs from its signature date for its duration, not over calendar years: signed 14/10/2025
 * for 3 years, it runs until 13/10/2028 (seed 004_6c4d6d0ed7a0af23.txt:382 « conclu pour une durée de 3 à 5 ans »).
 */
import { serialToYmd, ymdToSerial } from '../values/dates';

export interface ContractPeriod {
  /** Signature date (Excel serial). */
  readonly start: number;
  /** The day before the signature's anniversary `duration` years later. */
  readonly end: number;
  readonly durationYears: number;
}

/** A contract year (1-based) as a span of days, both ends included. */
export interface ContractYear {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/** The same day `years` later; 29 February becomes 1 March in a common year. */
function anniversary(serial: number, years: number): number {
  const { year, month, day } = serialToYmd(serial);
  return ymdToSerial(year + years, month, day);
}

/** The contract period, or null while the signature date or a whole duration is unknown. */
export function contractPeriod(parameters: { readonly signatureDate: number | null; readonly durationYears: number | null }): ContractPeriod | null {
  const { signatureDate: start, durationYears } = parameters;
  if (start === null || durationYears === null || !Number.isInteger(durationYears) || durationYears < 1 || durationYears > 10) return null;
  const signature = Math.floor(start);
  return { start: signature, end: anniversary(signature, durationYears) - 1, durationYears };
}

/** Every contract year of the period. */
export function contractYears(period: ContractPeriod): ContractYear[] {
  return Array.from({ length: period.durationYears }, (_, i) => ({
    index: i + 1,
    from: anniversary(period.start, i),
    to: anniversary(period.start, i + 1) - 1,
  }));
}

/** The calendar years the period touches (signed 14/10/2025 for 3 years: 2025 to 2028). */
export function calendarYears(period: ContractPeriod): number[] {
  const first = serialToYmd(period.start).year;
  const last = serialToYmd(period.end).year;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Contract years whose last day has passed as of `asOf`. */
export const elapsedContractYears = (period: ContractPeriod, asOf: number): ContractYear[] =>
  contractYears(period).filter((y) => y.to < asOf);
