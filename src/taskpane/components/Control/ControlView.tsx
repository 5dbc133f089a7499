/** Contrôler: run the validation, count and filter findings, browse them by table, highlight, write `Contrôle`. */
import { Button, CounterBadge, Field, MessageBar, MessageBarBody, Select, ToggleButton } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { summaryLine } from '../../../domain/messages/render';
import type { WorkbookPort } from '../../../domain/port';
import { formatIsoDate } from '../../../domain/values/format';
import { PROFILES, profileById } from '../../../domain/profiles/profiles';
import type { Lang, ValidationReport } from '../../../domain/report';
import type { Severity } from '../../../domain/rules/ids';
import { SEVERITIES } from '../../findings';
import type { ProfileChoice } from '../../hooks/useAnalysis';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';
import type { ControlViewProps } from './ControlView.types';
import { ControlTools } from './ControlTools';
import { FindingGroups } from './FindingGroups';
import { SEVERITY_BADGE } from './FindingItem';
import { HarmonizeNames } from './HarmonizeNames';
import type { ControlViewState } from './useControlView';
import { useControlView } from './useControlView';
import { useControlViewStyles } from './useControlViewStyles.styles';

const SEVERITY_FILTER_LABELS: Readonly<Record<Severity, MessageKey>> = {
  error: 'severityErrorMany',
  warning: 'severityWarningMany',
  info: 'severityInfoMany',
};

/** `2026-11-23` as the reader writes dates. */
export const shownDate = (iso: string, lang: Lang): string => formatIsoDate(iso, lang);

export function ControlView(props: ControlViewProps): ReactElement {
  const styles = useControlViewStyles();
  const { t, lang } = useI18n();
  const { analysis } = props;
  const state = useControlView(props);
  const report = analysis.analysis?.report ?? null;
  const running = analysis.operation.busy !== null;

  return (
    <section className={styles.root} aria-labelledby="control-title">
      <h2 id="control-title" className={styles.heading}>
        {t('controlTitle')}
      </h2>
      <p className={styles.intro}>{t('controlIntro')}</p>
      <Field label={t('controlProfileLabel')}>
        <Select value={analysis.choice} onChange={(_, data) => analysis.setChoice(data.value as ProfileChoice)}>
          <option value="auto">{t('controlProfileAuto')}</option>
          {PROFILES.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profile.label[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.runRow}>
        <Button appearance="primary" disabled={running} onClick={() => void analysis.run()}>
          {report ? t('rerunControl') : t('runControl')}
        </Button>
      </div>
      <BusyIndicator busy={analysis.operation.busy} />
      <ErrorBar error={analysis.operation.error} onDismiss={analysis.operation.clearError} />
      {report ? <ControlReport report={report} state={state} port={props.port} onRerun={() => void analysis.run()} /> : null}
    </section>
  );
}

interface ControlReportProps {
  readonly report: ValidationReport;
  readonly state: ControlViewState;
  readonly port: WorkbookPort;
  /** Runs the control again, once names were harmonised. */
  readonly onRerun: () => void;
}

/** The last run: when and with which profile, the summary, then the findings with their filters and tools. */
function ControlReport({ report, state, port, onRerun }: ControlReportProps): ReactElement {
  const styles = useControlViewStyles();
  const { t, lang } = useI18n();
  return (
    <>
      <p className={styles.muted}>{t('lastRun', { date: shownDate(report.asOf, lang), profile: profileById(report.profile).label[lang] })}</p>
      <p className={styles.summary} role="status" aria-label={t('summaryLabel')}>
        {summaryLine(report.summary, lang)}
      </p>
      {report.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('noFindings')}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <SeverityFilters summary={report.summary} state={state} />
          <ControlTools state={state} canSelect={port.select !== undefined} />
          <BusyIndicator busy={state.actions.busy} />
          <ErrorBar error={state.actions.error} onDismiss={state.actions.clearError} />
          {state.writtenRows !== null ? (
            <MessageBar intent="success">
              <MessageBarBody>{state.writtenRows === 1 ? t('writeControlDoneOne') : t('writeControlDoneMany', { n: state.writtenRows })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <HarmonizeNames port={port} findings={report.findings} onDone={onRerun} />
          <FindingGroups state={state} />
        </>
      )}
    </>
  );
}

/** One toggle a severity, with its count, to show or hide its findings. */
function SeverityFilters({ summary, state }: { readonly summary: ValidationReport['summary']; readonly state: ControlViewState }): ReactElement {
  const styles = useControlViewStyles();
  const { t } = useI18n();
  return (
    <div role="group" aria-label={t('filterLabel')} className={styles.filters}>
      {SEVERITIES.map((severity) => (
        <ToggleButton
          key={severity}
          size="small"
          className={styles.filterButton}
          checked={state.shown.has(severity)}
          aria-pressed={state.shown.has(severity)}
          onClick={() => state.toggleSeverity(severity)}
        >
          {t(SEVERITY_FILTER_LABELS[severity])}
          <CounterBadge count={summary[severity]} showZero color={SEVERITY_BADGE[severity] === 'danger' ? 'danger' : 'informative'} appearance={severity === 'error' ? 'filled' : 'ghost'} size="small" />
        </ToggleButton>
      ))}
    </div>
  );
}
