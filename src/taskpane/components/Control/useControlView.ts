/** State of the Contrôler view: severity filter, open finding, highlights and the `Contrôle` sheet. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../../domain/report';
import type { Severity } from '../../../domain/rules/ids';
import type { FindingGroup } from '../../findings';
import { SEVERITIES, controlRows, groupByTable } from '../../findings';
import type { Operation } from '../../hooks/useOperation';
import { useOperation } from '../../hooks/useOperation';
import { useI18n } from '../../i18n';
import type { ControlViewProps } from './ControlView.types';

export interface ControlViewState {
  readonly shown: ReadonlySet<Severity>;
  readonly toggleSeverity: (severity: Severity) => void;
  readonly groups: readonly FindingGroup[];
  /** Tables whose accordion item is open: every group unless the user closed it. */
  readonly openGroups: readonly string[];
  readonly setOpenGroups: (open: readonly string[]) => void;
  /** Index in the report of the finding whose detail is open. */
  readonly openFinding: number | null;
  /** Index of the finding whose cell was selected in the workbook. */
  readonly selectedFinding: number | null;
  readonly openDetail: (index: number, finding: Finding) => void;
  readonly canHighlight: boolean;
  readonly highlighted: boolean;
  readonly setHighlighted: (on: boolean) => void;
  readonly canWriteControl: boolean;
  readonly writtenRows: number | null;
  readonly writeControl: () => void;
  readonly actions: Operation;
}

export function useControlView({ port, analysis }: ControlViewProps): ControlViewState {
  const { lang } = useI18n();
  const report = analysis.analysis?.report ?? null;
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [openFinding, setOpenFinding] = useState<number | null>(null);
  const [selectedFinding, setSelectedFinding] = useState<number | null>(null);
  const [highlighted, setHighlightedState] = useState(false);
  const [writtenRows, setWrittenRows] = useState<number | null>(null);
  const actions = useOperation();
  const { run } = actions;
  const highlightedReport = useRef(report);

  const groups = useMemo(() => (report ? groupByTable(report.findings, shown) : []), [report, shown]);
  const [closedGroups, setClosedGroups] = useState<ReadonlySet<string>>(new Set());
  const openGroups = useMemo(() => groups.map((g) => g.table).filter((table) => !closedGroups.has(table)), [groups, closedGroups]);
  const setOpenGroups = useCallback(
    (open: readonly string[]) => setClosedGroups(new Set(groups.map((g) => g.table).filter((table) => !open.includes(table)))),
    [groups],
  );

  const toggleSeverity = useCallback((severity: Severity) => {
    setShown((current) => {
      const next = new Set(current);
      if (next.has(severity)) next.delete(severity);
      else next.add(severity);
      return next;
    });
  }, []);

  // A new report closes details; with highlights on, the old colours go and the new findings are coloured.
  useEffect(() => {
    setOpenFinding(null);
    setSelectedFinding(null);
    setWrittenRows(null);
    if (!report || !highlighted || highlightedReport.current === report) return;
    highlightedReport.current = report;
    if (!port.highlight || !port.clearHighlights) return;
    void run('busyHighlighting', async () => {
      await port.clearHighlights?.();
      await port.highlight?.(report.findings);
    });
    // Only a new report triggers this; toggling is handled by setHighlighted.
  }, [report]);

  const openDetail = useCallback(
    (index: number, finding: Finding) => {
      const closing = openFinding === index;
      setOpenFinding(closing ? null : index);
      setSelectedFinding(null);
      if (closing || !port.select || finding.cell === undefined) return;
      const cell = finding.cell;
      void run('busySelecting', async () => {
        await port.select?.(finding.sheet, cell);
        setSelectedFinding(index);
      });
    },
    [port, run, openFinding],
  );

  const canHighlight = port.highlight !== undefined && port.clearHighlights !== undefined;
  const setHighlighted = useCallback(
    (on: boolean) => {
      if (!port.highlight || !port.clearHighlights) return;
      void run('busyHighlighting', async () => {
        if (on) {
          if (!report) return;
          await port.highlight?.(report.findings);
          highlightedReport.current = report;
        } else {
          await port.clearHighlights?.();
        }
        setHighlightedState(on);
      });
    },
    [port, report, run],
  );

  const canWriteControl = port.writeControl !== undefined;
  const writeControl = useCallback(() => {
    if (!port.writeControl || !report) return;
    setWrittenRows(null);
    void run('busyWriting', async () => {
      const rows = controlRows(report.findings, lang);
      await port.writeControl?.(rows);
      setWrittenRows(rows.length);
    });
  }, [port, report, lang, run]);

  return {
    shown,
    toggleSeverity,
    groups,
    openGroups,
    setOpenGroups,
    openFinding,
    selectedFinding,
    openDetail,
    canHighlight,
    highlighted,
    setHighlighted,
    canWriteControl,
    writtenRows,
    writeControl,
    actions,
  };
}
