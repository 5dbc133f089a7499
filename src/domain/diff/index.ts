/** The comparison use case: two snapshots of a CLS workbook in, what changed (or why they cannot be compared) out. */
import { buildModel } from '../model';
import type { ProfileId } from '../report';
import { validateWorkbook } from '../validate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { Version, WorkbookDiff } from './diff';
import { diffVersions, sameCls } from './diff';

export type { ActionChange, ActionField, Commitment, CommitmentChange, CommitmentField, DiffValue, MeasureChange, PartnerDelta, WorkbookDiff } from './diff';
export { diffCommitments, diffVersions, sameCls } from './diff';

export type CompareResult =
  | { readonly kind: 'diff'; readonly diff: WorkbookDiff }
  /** Not two versions of one CLS: the name (or territory) of each. */
  | { readonly kind: 'not-same-cls'; readonly before: string | null; readonly after: string | null };

/**
 * Compares two versions of a CLS workbook, each validated on the same date and profile.
 * @throws Error when `asOf` is not a `YYYY-MM-DD` date (see validateWorkbook).
 */
export function compareVersions(before: WorkbookSnapshot, after: WorkbookSnapshot, options: { readonly asOf: string; readonly profile?: ProfileId }): CompareResult {
  const version = (snapshot: WorkbookSnapshot): Version => ({ model: buildModel(snapshot), report: validateWorkbook(snapshot, options) });
  const [a, b] = [version(before), version(after)];
  if (!sameCls(a.model, b.model)) {
    const label = (v: Version): string | null => [v.model.parameters.name, v.model.parameters.territory].filter((x) => x !== null).join(' — ') || null;
    return { kind: 'not-same-cls', before: label(a), after: label(b) };
  }
  return { kind: 'diff', diff: diffVersions(a, b) };
}
