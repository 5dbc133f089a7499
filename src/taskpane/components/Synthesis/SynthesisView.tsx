/** Synthèse: key figures and the status of actions by axis (a stacked bar in plain CSS, with the counts in text). */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { formatEuros, formatPercent } from '../../../domain/messages/render';
import type { AxisProgress } from '../../../domain/report';
import { axisSegments } from '../../axis-bars';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';
import { AnalysisGate } from '../Analysis/AnalysisGate';
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

export function SynthesisView({ analysis }: SynthesisViewProps): ReactElement {
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
              </li>
              <li className={mergeClasses(styles.figure, styles.figureWide)}>
                <span className={styles.figureLabel}>{t('budgetTotal')}</span>
                <span className={styles.figureValue}>{formatEuros(s.budgetCents, lang)}</span>
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
          </>
        );
      }}
    </AnalysisGate>
  );
}
