/** The contract's first and last year, or null while the signature date or the duration is unknown. */
export function contractPeriod(years: readonly number[]): { readonly first: number; readonly last: number } | null {
  const first = years[0];
  const last = years[years.length - 1];
  return first === undefined || last === undefined ? null : { first, last };
}
