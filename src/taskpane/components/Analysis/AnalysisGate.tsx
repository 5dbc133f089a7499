/** Views built on the report (Financements, Synthèse) read the workbook on first display and offer a refresh. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import type { Analysis, AnalysisState } from '../../hooks/useAnalysis';
import { useI18n } from '../../i18n';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  muted: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface AnalysisGateProps {
  readonly title: string;
  readonly titleId: string;
  readonly analysis: AnalysisState;
  readonly children: (analysis: Analysis) => ReactNode;
}

export function AnalysisGate({ title, titleId, analysis, children }: AnalysisGateProps): ReactElement {
  const styles = useStyles();
  const { t } = useI18n();
  const { analysis: current, run, operation } = analysis;
  const started = useRef(false);

  useEffect(() => {
    if (current === null && !started.current && operation.busy === null) {
      started.current = true;
      void run();
    }
  }, [current, run, operation.busy]);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={styles.bar}>
        <h2 id={titleId} className={styles.heading}>
          {title}
        </h2>
        <Button size="small" disabled={operation.busy !== null} onClick={() => void run()}>
          {current ? t('refresh') : t('analyse')}
        </Button>
      </div>
      <BusyIndicator busy={operation.busy} />
      <ErrorBar error={operation.error} onDismiss={operation.clearError} />
      {current ? children(current) : operation.busy === null ? <p className={styles.muted}>{t('notAnalysed')}</p> : null}
    </section>
  );
}
