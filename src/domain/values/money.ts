/** Money in integer cents: exact sums, no float drift (CONTRACT §2 "Money is exact"). */

/** Rounds a euro amount read from a cell to whole cents. */
export const eurosToCents = (euros: number): number => Math.round(euros * 100);

/** Euros for output (JSON); exact for any integer number of cents below 2^53. */
export const centsToEuros = (cents: number): number => cents / 100;
