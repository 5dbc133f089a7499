/** State of the Créer view: options, the plan, what it would change in the workbook, and the outcome. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { planWorkbook } from '../../../domain/generate';
import type { WorkbookPlan } from '../../../domain/generate/plan';
import type { ApplyOutcome } from '../../../domain/port';
import type { WorkbookSnapshot } from '../../../domain/workbook/snapshot';
import type { Operation } from '../../hooks/useOperation';
import { useOperation } from '../../hooks/useOperation';
import type { PlanPreview } from '../../plan-preview';
import { previewPlan } from '../../plan-preview';
import { adoptPlainRanges } from '../../../domain/generate/adopt';
import type { PlainRange } from '../../../domain/generate/adopt';
import { claimOwnedSheets } from '../../../domain/generate/ownership';
import type { WorkbookOptions } from '../../types';
import type { CreateViewProps } from './CreateView.types';
import { initialWorkbookOptions } from './WorkbookOptionsFields';

export type CreateMode = 'apply' | 'download' | 'unavailable';

export interface CreateViewState {
  readonly mode: CreateMode;
  readonly options: WorkbookOptions;
  readonly setOptions: (change: Partial<WorkbookOptions>) => void;
  readonly preview: PlanPreview | null;
  readonly outcome: ApplyOutcome | null;
  readonly downloaded: boolean;
  readonly operation: Operation;
  readonly refresh: () => void;
  readonly create: () => void;
  readonly download: () => void;
  /** Contract tables kept as plain ranges that cannot become tables without changing a user cell. */
  readonly keptRanges: readonly PlainRange[];
  /** Our calculated sheets placed beside the user's sheets of the same name. */
  readonly movedSheets: readonly { readonly from: string; readonly to: string }[];
  /** With sample data: the rows the plan writes in each table (none without). */
  readonly sampleRows: readonly { readonly table: string; readonly rows: number }[];
}

const planOf = (options: WorkbookOptions): WorkbookPlan =>
  planWorkbook({ profile: options.profile, years: options.years, sample: options.sample, ...(options.sample && options.startYear !== undefined ? { startYear: options.startYear } : {}) });

export function useCreateView({ port, onDownload, onApplied }: CreateViewProps, defaultStartYear: number): CreateViewState {
  const mode: CreateMode = port.apply ? 'apply' : onDownload ? 'download' : 'unavailable';
  const [options, setAll] = useState<WorkbookOptions>(() => initialWorkbookOptions(defaultStartYear));
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [outcome, setOutcome] = useState<ApplyOutcome | null>(null);
  const [downloaded, setDownloaded] = useState(false);
  const operation = useOperation();
  const { run } = operation;

  const refresh = useCallback(() => {
    void run('busyReading', async () => setSnapshot(await port.read()));
  }, [port, run]);

  useEffect(() => {
    if (mode === 'apply') refresh();
  }, [mode, refresh]);

  // The plan fitted to this workbook: tables the user keeps as plain ranges are adopted, not duplicated.
  const fitted = useMemo(() => {
    const base = planOf(options);
    if (!snapshot) return { plan: base, ranges: [], moved: [] };
    // A user's own sheet called `Synthèse` or `Listes` stays theirs: ours goes beside it.
    const adopted = adoptPlainRanges(base, snapshot);
    const claimed = claimOwnedSheets(adopted.plan, snapshot);
    return { plan: claimed.plan, ranges: adopted.ranges, moved: claimed.moved };
  }, [options, snapshot]);
  const movedSheets = fitted.moved;
  const plan = fitted.plan;
  const keptRanges = useMemo(() => fitted.ranges.filter((r) => r.blocked !== undefined), [fitted]);
  const preview = useMemo(() => (snapshot ? previewPlan(snapshot, plan) : null), [snapshot, plan]);
  const sampleRows = useMemo(
    () =>
      options.sample
        ? plan.sheets.flatMap((sheet) => sheet.blocks.flatMap((block) => (block.kind === 'table' && block.rows.length > 0 ? [{ table: block.name, rows: block.rows.length }] : [])))
        : [],
    [plan, options.sample],
  );

  const setOptions = useCallback((change: Partial<WorkbookOptions>) => {
    setAll((current) => ({ ...current, ...change }));
    setDownloaded(false);
  }, []);

  const create = useCallback(() => {
    if (!port.apply) return;
    setOutcome(null);
    void run('busyApplying', async () => {
      // After a failure the workbook may be half changed: read it again, so that « Créer » completes it.
      const result = await port.apply?.(plan).catch(async (error: unknown) => {
        setSnapshot(await port.read().catch(() => null));
        throw error;
      });
      if (!result) return;
      setOutcome(result);
      onApplied?.();
      setSnapshot(await port.read());
    });
  }, [port, plan, run, onApplied]);

  const download = useCallback(() => {
    if (!onDownload) return;
    setDownloaded(false);
    void run('busyDownloading', async () => {
      await onDownload(options);
      setDownloaded(true);
    });
  }, [onDownload, options, run]);

  return { mode, options, setOptions, preview, keptRanges, movedSheets, sampleRows, outcome, downloaded, operation, refresh, create, download };
}
