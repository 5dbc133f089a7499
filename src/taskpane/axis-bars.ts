/** Segments of the per-axis status bar: contract statuses first, in their natural order, then anything else typed. */
import type { AxisProgress } from '../domain/report';
import { ACTION_STATUSES } from '../domain/workbook/lists';

export interface AxisSegment {
  /** The status text, `''` for actions without a status. */
  readonly status: string;
  readonly count: number;
  /** Share of the axis' actions, 0..1. */
  readonly fraction: number;
}

export function axisSegments(axis: AxisProgress): AxisSegment[] {
  const known: readonly string[] = ACTION_STATUSES;
  const others = Object.keys(axis.byStatus)
    .filter((status) => !known.includes(status))
    .sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'fr')));
  return [...known, ...others]
    .map((status) => ({ status, count: axis.byStatus[status] ?? 0 }))
    .filter((segment) => segment.count > 0)
    .map((segment) => ({ ...segment, fraction: axis.total > 0 ? segment.count / axis.total : 0 }));
}
