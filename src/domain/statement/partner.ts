/** Which entry of the partner list (`CLS_Financeurs`) a name asked for on the command line or in the page designates. */
import type { WorkbookModel } from '../model';
import { resolvePartner } from '../partners/match';
import type { ProfileId } from '../report';
import { partnerColumns } from '../totals';
import { fold } from '../values/text';

export type PartnerChoice =
  | { readonly kind: 'found'; readonly partner: string }
  /** No entry of the list means it: `available` are the list's entries. */
  | { readonly kind: 'unknown'; readonly available: readonly string[] }
  /** Several entries mean it (`CPAM` and `CPAM de la Manche` both listed). */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] };

/**
 * The list entry written as `asked` (case, accents and spaces aside), else the one entry the partner catalogue
 * says is the same partner (`Assurance maladie` → `CPAM`).
 */
export function choosePartner(model: WorkbookModel, asked: string, profile: ProfileId): PartnerChoice {
  const list = partnerColumns(model);
  const same = list.filter((entry) => fold(entry) === fold(asked));
  if (same.length === 1 && same[0] !== undefined) return { kind: 'found', partner: same[0] };
  if (same.length > 1) return { kind: 'ambiguous', candidates: same };
  const wanted = resolvePartner(asked, profile);
  const catalogued = wanted === null ? [] : list.filter((entry) => resolvePartner(entry, profile)?.id === wanted.id);
  if (catalogued.length === 1 && catalogued[0] !== undefined) return { kind: 'found', partner: catalogued[0] };
  if (catalogued.length > 1) return { kind: 'ambiguous', candidates: catalogued };
  return { kind: 'unknown', available: list };
}
