/** State of « Harmoniser les noms »: the rewrites the findings allow, those the user unticked, and the outcome once written. */
import { useCallback, useMemo, useState } from 'react';
import { harmonizeEdits } from '../../../domain/partners/harmonize';
import type { CellEdit, RewriteOutcome, WorkbookPort } from '../../../domain/port';
import type { Finding } from '../../../domain/report';
import type { Operation } from '../../hooks/useOperation';
import { useOperation } from '../../hooks/useOperation';

/** A rewrite's cell, `Sheet!B3`: the key of its checkbox and how the user reads it. */
export const keyOf = (edit: CellEdit): string => `${edit.sheet}!${edit.cell}`;

export interface HarmonizeNamesState {
  /** Whether the port can rewrite cells at all. */
  readonly available: boolean;
  /** Every rewrite the findings allow. */
  readonly edits: readonly CellEdit[];
  /** The ticked ones, to be written. */
  readonly chosen: readonly CellEdit[];
  readonly isTicked: (key: string) => boolean;
  readonly toggle: (key: string, on: boolean) => void;
  readonly harmonize: () => void;
  /** What the last rewrite wrote and skipped, null before. */
  readonly outcome: RewriteOutcome | null;
  readonly operation: Operation;
}

/** `onDone` runs once names are rewritten (the view checks the workbook again). */
export function useHarmonizeNames(port: WorkbookPort, findings: readonly Finding[], onDone: () => void): HarmonizeNamesState {
  const edits = useMemo(() => harmonizeEdits(findings), [findings]);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<RewriteOutcome | null>(null);
  const operation = useOperation();
  const { run } = operation;
  const chosen = edits.filter((edit) => !unticked.has(keyOf(edit)));

  const toggle = useCallback((key: string, on: boolean) => {
    setUnticked((current) => {
      const next = new Set(current);
      if (on) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const harmonize = useCallback(() => {
    if (!port.rewriteCells || chosen.length === 0) return;
    setOutcome(null);
    void run('busyHarmonizing', async () => {
      const result = await port.rewriteCells?.(chosen);
      if (!result) return;
      setOutcome(result);
      onDone();
    });
  }, [port, chosen, run, onDone]);

  const isTicked = (key: string): boolean => !unticked.has(key);
  return { available: port.rewriteCells !== undefined, edits, chosen, isTicked, toggle, harmonize, outcome, operation };
}
