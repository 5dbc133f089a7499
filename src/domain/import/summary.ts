/** What the import report groups for people: skipped cells by reason, with their sum. Shared by every medium. */
import type { ImportResult, SkippedCell, SkipReason } from './result';
import { SKIP_REASONS } from './result';

export interface SkippedGroup {
  readonly reason: SkipReason;
  readonly cells: readonly SkippedCell[];
  /** Sum of the group's numbers (text and errors count for nothing). */
  readonly cents: number;
}

/** Skipped cells grouped by reason, in the order of SKIP_REASONS; empty groups left out. */
export function skippedByReason(result: Pick<ImportResult, 'skippedCells'>): SkippedGroup[] {
  return SKIP_REASONS.flatMap((reason) => {
    const cells = result.skippedCells.filter((c) => c.reason === reason);
    return cells.length === 0 ? [] : [{ reason, cells, cents: cells.reduce((s, c) => s + (c.cents ?? 0), 0) }];
  });
}
