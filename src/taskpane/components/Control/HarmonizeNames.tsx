/**
 * « Harmoniser les noms »: partner names typed otherwise than in the partner list, which the partner table
 * cannot count, rewritten to the list's name — only the cells the user ticks, after seeing each change.
 */
import { Button, Checkbox, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useCallback, useMemo, useState } from 'react';
import { harmonizeEdits } from '../../../domain/partners/harmonize';
import type { CellEdit, RewriteOutcome, WorkbookPort } from '../../../domain/port';
import type { Finding } from '../../../domain/report';
import { useOperation } from '../../hooks/useOperation';
import { useI18n } from '../../i18n';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';
import { useControlViewStyles } from './useControlViewStyles.styles';

export interface HarmonizeNamesProps {
  readonly port: WorkbookPort;
  readonly findings: readonly Finding[];
  /** Checks the workbook again once names are rewritten. */
  readonly onDone: () => void;
}

const keyOf = (edit: CellEdit): string => `${edit.sheet}!${edit.cell}`;

/** Spaces before or after a name are often the whole difference: show them (`cpam␣`). */
const visibleSpaces = (text: string): string => text.replace(/^\s+|\s+$/g, (spaces) => '␣'.repeat(spaces.length));

export function HarmonizeNames({ port, findings, onDone }: HarmonizeNamesProps): ReactElement | null {
  const styles = useControlViewStyles();
  const { t } = useI18n();
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

  if (!port.rewriteCells || (edits.length === 0 && outcome === null)) return null;
  return (
    <section className={styles.tools} aria-labelledby="harmonize-title">
      <h3 id="harmonize-title" className={styles.heading}>
        {t('harmonizeTitle')}
      </h3>
      {edits.length > 0 ? (
        <>
          <p className={styles.muted}>{t('harmonizeIntro')}</p>
          <ul className={styles.list} aria-label={t('harmonizeListLabel')}>
            {edits.map((edit) => {
              const key = keyOf(edit);
              return (
                <li key={key}>
                  <Checkbox
                    checked={!unticked.has(key)}
                    onChange={(_, data) => toggle(key, data.checked === true)}
                    label={t('harmonizeItem', { where: key, from: visibleSpaces(edit.expected), to: edit.value })}
                  />
                </li>
              );
            })}
          </ul>
          <div>
            <Button appearance="primary" disabled={chosen.length === 0 || operation.busy !== null} onClick={harmonize}>
              {t('harmonizeButton', { n: chosen.length })}
            </Button>
          </div>
        </>
      ) : null}
      <BusyIndicator busy={operation.busy} />
      <ErrorBar error={operation.error} onDismiss={operation.clearError} />
      {outcome ? (
        <MessageBar intent={outcome.skipped.length > 0 ? 'warning' : 'success'}>
          <MessageBarBody>
            {t('harmonizeDone', { n: outcome.written.length })}
            {outcome.skipped.length > 0 ? ` ${t('harmonizeSkipped', { n: outcome.skipped.length, cells: outcome.skipped.map(keyOf).join(', ') })}` : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
