/** Contrôler: run the validation, count and filter findings, browse them by table, highlight, write `Contrôle`. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  CounterBadge,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  ToggleButton,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { summaryLine } from '../../../domain/messages/render';
import { formatIsoDate } from '../../../domain/values/format';
import { PROFILES, profileById } from '../../../domain/profiles/profiles';
import type { Lang } from '../../../domain/report';
import type { Severity } from '../../../domain/rules/ids';
import { SEVERITIES } from '../../findings';
import type { ProfileChoice } from '../../hooks/useAnalysis';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';
import { BusyIndicator, ErrorBar } from '../Feedback/Feedback';
import type { ControlViewProps } from './ControlView.types';
import { FindingItem, SEVERITY_BADGE } from './FindingItem';
import { HarmonizeNames } from './HarmonizeNames';
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
  const acting = state.actions.busy !== null;

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

      {report ? (
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
                    <CounterBadge count={report.summary[severity]} showZero color={SEVERITY_BADGE[severity] === 'danger' ? 'danger' : 'informative'} appearance={severity === 'error' ? 'filled' : 'ghost'} size="small" />
                  </ToggleButton>
                ))}
              </div>

              {!state.canHighlight && !state.canWriteControl ? (
                // A read-only host (the web page): one sentence rather than a row of disabled controls.
                <p className={styles.muted}>{t('excelOnlyTools')}</p>
              ) : (
              <div className={styles.tools}>
                {state.canHighlight ? (
                  <Switch label={t('highlightLabel')} checked={state.highlighted} disabled={acting} onChange={(_, data) => state.setHighlighted(data.checked)} />
                ) : (
                  <Switch label={t('highlightLabel')} checked={false} disabled />
                )}
                <p className={styles.muted}>{state.canHighlight ? t('highlightHint') : t('highlightUnavailable')}</p>
                <div>
                  <Button disabled={!state.canWriteControl || acting} onClick={state.writeControl}>
                    {t('writeControl')}
                  </Button>
                </div>
                <p className={styles.muted}>{state.canWriteControl ? t('writeControlHint') : t('writeControlUnavailable')}</p>
                {props.port.select ? null : <p className={styles.muted}>{t('selectUnavailable')}</p>}
              </div>
              )}
              <BusyIndicator busy={state.actions.busy} />
              <ErrorBar error={state.actions.error} onDismiss={state.actions.clearError} />
              {state.writtenRows !== null ? (
                <MessageBar intent="success">
                  <MessageBarBody>{state.writtenRows === 1 ? t('writeControlDoneOne') : t('writeControlDoneMany', { n: state.writtenRows })}</MessageBarBody>
                </MessageBar>
              ) : null}

              <HarmonizeNames port={props.port} findings={report.findings} onDone={() => void analysis.run()} />

              {state.groups.length === 0 ? (
                <p className={styles.muted}>{t('noFindingsShown')}</p>
              ) : (
                <Accordion multiple collapsible openItems={state.openGroups} onToggle={(_, data) => state.setOpenGroups(data.openItems as string[])} aria-label={t('findingsLabel')}>
                  {state.groups.map((group) => (
                    <AccordionItem key={group.table} value={group.table}>
                      <AccordionHeader size="small">
                        <span className={styles.groupHeader}>
                          <span className={styles.groupName}>{group.sheet}</span>
                          <span className={styles.groupSheet}>
                            {group.table} · {group.findings.length === 1 ? t('findingCountOne') : t('findingCountMany', { n: group.findings.length })}
                          </span>
                        </span>
                      </AccordionHeader>
                      <AccordionPanel>
                        <ul className={styles.list} aria-label={`${group.sheet} — ${group.table}`}>
                          {group.findings.map(({ index, finding, consequences }) => (
                            <FindingItem
                              key={index}
                              index={index}
                              finding={finding}
                              consequences={consequences}
                              open={state.openFinding === index}
                              selected={state.selectedFinding === index}
                              onActivate={state.openDetail}
                            />
                          ))}
                        </ul>
                      </AccordionPanel>
                    </AccordionItem>
                  ))}
                </Accordion>
              )}
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
