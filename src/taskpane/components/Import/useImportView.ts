/** State of the Importer view: the workbook as read, the mapping as the user edits it, the preview, the outcome. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ImportMapping } from '../../../domain/import';
import type { MappingEdit } from '../../../domain/import/edit';
import { editMapping } from '../../../domain/import/edit';
import type { InWorkbookPreview, InWorkbookResult } from '../../../domain/import/in-workbook';
import { importInWorkbook, planPreview } from '../../../domain/import/in-workbook';
import type { ImportRecord } from '../../../domain/import/record';
import type { WorkbookPort } from '../../../domain/port';
import type { ProfileId } from '../../../domain/report';
import type { WorkbookSnapshot } from '../../../domain/workbook/snapshot';
import type { Operation } from '../../hooks/useOperation';
import { useOperation } from '../../hooks/useOperation';

export interface ImportViewState {
  readonly canWrite: boolean;
  readonly profile: ProfileId;
  readonly setProfile: (profile: ProfileId) => void;
  readonly year: number | undefined;
  readonly setYear: (year: number | undefined) => void;
  /** Null until the workbook is read. */
  readonly preview: InWorkbookPreview | null;
  readonly edit: (edit: MappingEdit) => void;
  /** True when the user changed the proposed (or saved) mapping. */
  readonly edited: boolean;
  readonly resetMapping: () => void;
  readonly result: InWorkbookResult | null;
  readonly operation: Operation;
  readonly refresh: () => void;
  readonly start: () => void;
}

export function useImportView(port: WorkbookPort, defaultProfile: ProfileId, onImported?: () => void): ImportViewState {
  const canWrite = port.apply !== undefined && port.applyRows !== undefined;
  const [profile, setProfileState] = useState<ProfileId>(defaultProfile);
  const [year, setYearState] = useState<number | undefined>(undefined);
  const [read, setRead] = useState<{ snapshot: WorkbookSnapshot; record: ImportRecord | null } | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [result, setResult] = useState<InWorkbookResult | null>(null);
  const operation = useOperation();
  const { run } = operation;

  const refresh = useCallback(() => {
    void run('busyReading', async () => {
      const snapshot = await port.read();
      const record = (await port.readImportRecord?.()) ?? null;
      setRead({ snapshot, record });
    });
  }, [port, run]);

  useEffect(() => refresh(), [refresh]);

  // Every edit is previewed at once, over the workbook as read: nothing is written until « Importer ».
  const preview = useMemo(
    () => (read ? planPreview(read.snapshot, read.record, { profile, ...(year === undefined ? {} : { year }), ...(mapping ? { mapping } : {}) }) : null),
    [read, profile, year, mapping],
  );

  const edit = useCallback(
    (change: MappingEdit) => {
      if (preview?.outcome.kind === 'nothing' || !preview) return;
      setMapping(editMapping(preview.outcome.mapping, change));
      setResult(null);
    },
    [preview],
  );
  const setProfile = useCallback((next: ProfileId) => {
    setProfileState(next);
    setResult(null);
  }, []);
  const setYear = useCallback((next: number | undefined) => {
    setYearState(next);
    setResult(null);
  }, []);
  const resetMapping = useCallback(() => setMapping(null), []);

  const start = useCallback(() => {
    if (!canWrite || preview?.outcome.kind !== 'imported') return;
    const used = preview.outcome.mapping;
    setResult(null);
    void run('busyImporting', async () => {
      const done = await importInWorkbook(port, used, { profile, ...(year === undefined ? {} : { year }) }).finally(refresh);
      setResult(done);
      setMapping(null); // the mapping used is now the one saved in the workbook
      onImported?.();
    });
  }, [canWrite, preview, run, port, profile, year, refresh, onImported]);

  return { canWrite, profile, setProfile, year, setYear, preview, edit, edited: mapping !== null, resetMapping, result, operation, refresh, start };
}
