/** Sums over commitments in integer cents, used for the cached results of the generated formulas. */
import type { SampleFunding } from './sample';

/** The matrix basis (CONTRACT §3 `committed`): Financier commitments, Acquis or Sollicité. */
export const isCommittedLine = (f: SampleFunding): boolean =>
  f.nature === 'Financier' && (f.status === 'Acquis' || f.status === 'Sollicité');

export function sumCentsWhere(fundings: readonly SampleFunding[], keep: (f: SampleFunding) => boolean): number {
  let total = 0;
  for (const f of fundings) if (keep(f)) total += f.amountCents;
  return total;
}

/** Euros for a cached result, exact to the cent. */
export const euros = (cents: number): number => cents / 100;

/** A ratio rounded like Excel shows it in a cached value (15 significant digits). */
export const ratio = (numerator: number, denominator: number): number => Number((numerator / denominator).toPrecision(15));
