/** Synthèse: key figures and the status of actions by axis (a stacked bar in plain CSS, with the counts in text). */
import { Button, Spinner, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { Suspense, lazy, useState } from 'react';
import type { WorkbookSnapshot } from '../../../domain/workbook/snapshot';
import { loadXlsx } from '../../../web/xlsx-loader';
import { formatEuros, formatPercent } from '../../../domain/messages/render';
import type { AxisProgress, SynthesisItem } from '../../../domain/report';
import type { WorkbookPort } from '../../../domain/port';
import { formatIsoDate } from '../../../domain/values/format';
import { axisSegments } from '../../axis-bars';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';
import { AnalysisGate } from '../Analysis/AnalysisGate';
import { useLinkButtonStyles } from '../../linkButton.styles';
import type { SynthesisViewProps } from './SynthesisView.types';
import { useSynthesisViewStyles } from './useSynthesisViewStyles.styles';

type Styles = ReturnType<typeof useSynthesisViewStyles>;

/** The contract's status values, shown in the reader's language. */
const STATUS_KEYS: Readonly<Record<string, MessageKey>> = {
  'Non démarrée': 'statusNotStarted',
  'En cours': 'statusInProgress',
  Réalisée: 'statusDone',
  Reportée: 'statusPostponed',
  Abandonnée: 'statusAbandoned',
  '': 'statusNone',
};

const statusClass = (status: string, styles: Styles): string => {
  switch (status) {
    case 'Non démarrée':
      return styles.notStarted;
    case 'En cours':
      return styles.inProgress;
    case 'Réalisée':
      return styles.done;
    case 'Reportée':
      return styles.postponed;
    case 'Abandonnée':
      return styles.abandoned;
    default:
      return styles.other;
  }
};

function AxisBar({ axis }: { readonly axis: AxisProgress }): ReactElement {
  const styles = useSynthesisViewStyles();
  const { t } = useI18n();
  const segments = axisSegments(axis);
  const name = axis.axisNumber === '' ? axis.axis : `${t('axisLabel', { n: axis.axisNumber })}${axis.axis ? ` — ${axis.axis}` : ''}`;
  const statusName = (status: string): string => {
    const key = STATUS_KEYS[status];
    return key === undefined ? status : t(key);
  };
  const description = `${t('axisBarLabel', { total: axis.total, n: axis.axisNumber })} : ${segments.map((s) => `${s.count} ${statusName(s.status)}`).join(', ')}`;
  return (
    <li className={styles.axis}>
      <h4 className={styles.axisTitle}>
        {name} <span className={styles.axisTotal}>({axis.total})</span>
      </h4>
      <div className={styles.bar} role="img" aria-label={description}>
        {segments.map((segment, i) => (
          <div
            key={segment.status}
            className={mergeClasses(styles.segment, statusClass(segment.status, styles), i < segments.length - 1 && styles.segmentGap)}
            style={{ width: `${segment.fraction * 100}%` }}
          />
        ))}
      </div>
      <ul className={styles.counts}>
        {segments.map((segment) => (
          <li key={segment.status} className={styles.count}>
            <span className={mergeClasses(styles.swatch, statusClass(segment.status, styles))} aria-hidden />
            {statusName(segment.status)} : {segment.count}
          </li>
        ))}
      </ul>
    </li>
  );
}

/** One COPIL list: each line goes to its cell in Excel. */
function CopilList({ title, items, line, none, port }: { readonly title: string; readonly items: readonly SynthesisItem[]; readonly line: (item: SynthesisItem) => string; readonly none: string; readonly port?: WorkbookPort | undefined }): ReactElement {
  const styles = useSynthesisViewStyles();
  const links = useLinkButtonStyles();
  const { t } = useI18n();
  return (
    <div>
      <h4 className={styles.copilTitle}>{`${title} (${items.length})`}</h4>
      {items.length === 0 ? (
        <p className={styles.muted}>{none}</p>
      ) : (
        <ul className={styles.copilList} aria-label={title}>
          {items.map((item, i) => (
            <li key={`${item.sheet}!${item.cell ?? i}`}>
              {port?.select && item.cell !== undefined ? (
                <button type="button" className={links.link} title={t('goToCell', { cell: item.cell, sheet: item.sheet })} onClick={() => void port.select?.(item.sheet, item.cell ?? 'A1').catch(() => undefined)}>
                  {line(item)}
                </button>
              ) : (
                line(item)
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

// The comparison (and the .xlsx reader it needs for the other file) loads when asked for.
const ComparePanel = lazy(() => import('../../../web/ComparePanel.js').then((m) => ({ default: m.ComparePanel })));

/** « Comparer avec une version précédente »: this workbook as it is now against a file of an earlier version. */
function CompareSection({ port, asOf }: { readonly port: WorkbookPort; readonly asOf: string }): ReactElement {
  const styles = useSynthesisViewStyles();
  const { t, lang } = useI18n();
  const [current, setCurrent] = useState<{ readonly snapshot: WorkbookSnapshot } | { readonly error: string } | null>(null);
  const open = (): void => {
    port.read().then(
      (snapshot) => setCurrent({ snapshot }),
      (error: unknown) => setCurrent({ error: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <section className={styles.section} aria-label={t('compareOpen')}>
      {current === null ? (
        <div>
          <Button appearance="secondary" onClick={open}>
            {t('compareOpen')}
          </Button>
        </div>
      ) : 'error' in current ? (
        <p className={styles.muted}>{current.error}</p>
      ) : (
        <Suspense fallback={<Spinner size="tiny" label={t('loadingView')} />}>
          <ComparePanel snapshot={current.snapshot} name={t('compareThisWorkbook')} lang={lang} asOf={asOf} loadXlsx={loadXlsx} />
        </Suspense>
      )}
    </section>
  );
}

export function SynthesisView({ analysis, port }: SynthesisViewProps): ReactElement {
  const styles = useSynthesisViewStyles();
  const { t, lang } = useI18n();
  return (
    <AnalysisGate title={t('synthesisTitle')} titleId="synthesis-title" analysis={analysis}>
      {({ report }) => {
        const s = report.synthesis;
        return (
          <>
            <ul className={styles.figures}>
              <li className={styles.figure}>
                <span className={styles.figureLabel}>{t('actionsCount')}</span>
                <span className={styles.figureValue}>{s.actions}</span>
              </li>
              <li className={styles.figure}>
                <span className={styles.figureLabel}>{t('actionsWithIndicator')}</span>
                <span className={styles.figureValue}>{s.actionsWithIndicator}</span>
                <span className={styles.figureSub}>{t('outOfActions', { total: s.actions })}</span>
              </li>
              <li className={styles.figure}>
                <span className={styles.figureLabel}>{t('indicatorsMeasured')}</span>
                <span className={styles.figureValue}>{s.indicatorsMeasured}</span>
                <span className={styles.figureSub}>{t('outOfIndicators', { total: s.indicators })}</span>
              </li>
              <li className={styles.figure}>
                <span className={styles.figureLabel}>{t('coverageRate')}</span>
                <span className={styles.figureValue}>{s.coverageRate === null ? t('notAvailable') : formatPercent(s.coverageRate, lang)}</span>
                <span className={styles.hint}>{t('coverageRateHint')}</span>
              </li>
              <li className={mergeClasses(styles.figure, styles.figureWide)}>
                <span className={styles.figureLabel}>{t('budgetTotal')}</span>
                <span className={styles.figureValue}>{formatEuros(s.budgetCents, lang)}</span>
                <span className={styles.hint}>{t('budgetTotalHint')}</span>
              </li>
            </ul>
            <section className={styles.section} aria-labelledby="synthesis-axes">
              <h3 id="synthesis-axes" className={styles.heading}>
                {t('byAxisTitle')}
              </h3>
              {s.byAxis.length === 0 ? (
                <p className={styles.muted}>{t('noAxis')}</p>
              ) : (
                <ul className={styles.axes}>
                  {s.byAxis.map((axis) => (
                    <AxisBar key={axis.axisNumber} axis={axis} />
                  ))}
                </ul>
              )}
            </section>
            <section className={styles.section} aria-labelledby="synthesis-copil">
              <h3 id="synthesis-copil" className={styles.heading}>
                {t('copilTitle')}
              </h3>
              <CopilList
                title={t('lateTitle')}
                items={s.lateActions}
                line={(i) => t('lateItem', { action: i.action, title: i.title, end: formatIsoDate(i.end ?? '', lang) })}
                none={t('lateNone', { date: formatIsoDate(report.asOf, lang) })}
                port={port}
              />
              <CopilList title={t('undatedTitle')} items={s.undatedIndicators} line={(i) => t('undatedItem', { action: i.action, title: i.title })} none={t('undatedNone')} port={port} />
              <CopilList
                title={t('unfundedTitle')}
                items={s.unfundedActions}
                line={(i) => t('unfundedItem', { action: i.action, title: i.title, budget: i.budgetCents == null ? t('unfundedNoBudget') : formatEuros(i.budgetCents, lang) })}
                none={t('unfundedNone')}
                port={port}
              />
            </section>
            {port ? <CompareSection port={port} asOf={report.asOf} /> : null}
          </>
        );
      }}
    </AnalysisGate>
  );
}
