/** Reads the workbook and validates it; the report is shared by the Contrôler, Financements and Synthèse views. */
import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../domain/port';
import type { ProfileId, ValidationReport } from '../../domain/report';
import { localIsoDate } from '../dates';
import type { Operation } from './useOperation';
import { useOperation } from './useOperation';

/** `auto`: the profile named by the workbook's `Profil régional` parameter. */
export type ProfileChoice = ProfileId | 'auto';

export interface Analysis {
  readonly report: ValidationReport;
  /** `Nom du CLS` when the workbook gives it. */
  readonly clsName: string | null;
  readonly choice: ProfileChoice;
}

export interface AnalysisState {
  readonly analysis: Analysis | null;
  readonly choice: ProfileChoice;
  readonly setChoice: (choice: ProfileChoice) => void;
  readonly operation: Operation;
  /** Reads and validates with the current choice; resolves to the new analysis, or undefined after an error. */
  readonly run: (choice?: ProfileChoice) => Promise<Analysis | undefined>;
  /** Forgets the report after the workbook changed (e.g. tables created). */
  readonly invalidate: () => void;
}

const systemNow = (): Date => new Date();

export function useAnalysis(port: WorkbookPort, now: () => Date = systemNow): AnalysisState {
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [choice, setChoice] = useState<ProfileChoice>('auto');
  const operation = useOperation();
  const { run: runOperation } = operation;

  const run = useCallback(
    (override?: ProfileChoice) =>
      runOperation('busyValidating', async () => {
        const used = override ?? choice;
        // The rules load with the first check, not with the pane.
        const [snapshot, { validateWorkbook }] = await Promise.all([port.read(), import('../../domain/validate.js')]);
        const report = validateWorkbook(snapshot, used === 'auto' ? { asOf: localIsoDate(now()) } : { asOf: localIsoDate(now()), profile: used });
        const result: Analysis = { report, clsName: report.clsName, choice: used };
        setAnalysis(result);
        return result;
      }),
    [port, choice, now, runOperation],
  );

  const invalidate = useCallback(() => setAnalysis(null), []);
  return { analysis, choice, setChoice, operation, run, invalidate };
}
