/** One finding: cell, severity, message and suggestion; activating it selects the cell and shows the detail. */
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { renderFinding, severityLabel } from '../../../domain/messages/render';
import type { Finding } from '../../../domain/report';
import type { Severity } from '../../../domain/rules/ids';
import { displayValue } from '../../findings';
import { useI18n } from '../../i18n';
import { useFindingItemStyles } from './useControlViewStyles.styles';

export const SEVERITY_BADGE: Readonly<Record<Severity, 'danger' | 'warning' | 'informative'>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingItemProps {
  readonly index: number;
  readonly finding: Finding;
  readonly open: boolean;
  readonly selected: boolean;
  readonly onActivate: (index: number, finding: Finding) => void;
  /** Findings that follow from this one, folded under it (each still selects its cell). */
  readonly consequences?: readonly { readonly index: number; readonly finding: Finding }[];
}

export function FindingItem({ index, finding, open, selected, onActivate, consequences = [] }: FindingItemProps): ReactElement {
  const styles = useFindingItemStyles();
  const detailId = `finding-detail-${index}`;
  const severityClass = finding.severity === 'error' ? styles.itemError : finding.severity === 'warning' ? styles.itemWarning : styles.itemInfo;
  return (
    <li className={mergeClasses(styles.item, severityClass)}>
      <FindingButton finding={finding} open={open} detailId={detailId} onClick={() => onActivate(index, finding)} />
      {open ? <FindingDetail id={detailId} finding={finding} selected={selected} /> : null}
      {consequences.length > 0 ? <Consequences consequences={consequences} onActivate={onActivate} /> : null}
    </li>
  );
}

/** The finding as one button: severity, cell and column, then the message and the suggestion. */
function FindingButton({ finding, open, detailId, onClick }: { readonly finding: Finding; readonly open: boolean; readonly detailId: string; readonly onClick: () => void }): ReactElement {
  const styles = useFindingItemStyles();
  const { t, lang } = useI18n();
  const rendered = renderFinding(finding, lang);
  return (
    <button type="button" className={styles.button} aria-expanded={open} aria-controls={open ? detailId : undefined} title={t('goToCellHint')} onClick={onClick}>
      <span className={styles.head}>
        <Badge appearance="tint" color={SEVERITY_BADGE[finding.severity]} size="small">
          {severityLabel(finding.severity, lang)}
        </Badge>
        <span className={styles.cell}>{finding.cell ? t('cellLabel', { cell: finding.cell }) : t('wholeTable')}</span>
        {finding.column ? <span className={styles.column}>{finding.column}</span> : null}
      </span>
      <span className={styles.message}>{rendered.message}</span>
      {rendered.suggestion ? (
        <span className={styles.suggestion}>
          {t('suggestionLabel')} {rendered.suggestion}
        </span>
      ) : null}
    </button>
  );
}

/** Where the finding is (sheet, column), the value read and the rule; and, once its cell is selected, a status saying so. */
function FindingDetail({ id, finding, selected }: { readonly id: string; readonly finding: Finding; readonly selected: boolean }): ReactElement {
  const styles = useFindingItemStyles();
  const { t, lang } = useI18n();
  const value = displayValue(finding.value, lang);
  return (
    <div id={id}>
      <dl className={styles.detail}>
        <dt className={styles.term}>{t('detailSheet')}</dt>
        <dd className={styles.definition}>{finding.sheet}</dd>
        {finding.column ? (
          <>
            <dt className={styles.term}>{t('detailColumn')}</dt>
            <dd className={styles.definition}>{finding.column}</dd>
          </>
        ) : null}
        {value !== null ? (
          <>
            <dt className={styles.term}>{t('detailValue')}</dt>
            <dd className={styles.definition}>{value}</dd>
          </>
        ) : null}
        <dt className={styles.term}>{t('detailRule')}</dt>
        <dd className={styles.definition}>{finding.rule}</dd>
      </dl>
      {selected ? (
        <p className={styles.selected} role="status">
          {t('detailSelected')}
        </p>
      ) : null}
    </div>
  );
}

/** The findings that follow from this one, folded: each a button that selects its own cell. */
function Consequences({ consequences, onActivate }: Required<Pick<FindingItemProps, 'consequences' | 'onActivate'>>): ReactElement {
  const styles = useFindingItemStyles();
  const { t, lang } = useI18n();
  return (
    <details className={styles.consequences}>
      <summary>{consequences.length === 1 ? t('consequenceOne') : t('consequenceMany', { n: consequences.length })}</summary>
      <ul className={styles.consequenceList}>
        {consequences.map((c) => (
          <li key={c.index}>
            <button type="button" className={styles.consequence} title={t('goToCellHint')} onClick={() => onActivate(c.index, c.finding)}>
              {`${c.finding.sheet}${c.finding.cell ? ` ${c.finding.cell}` : ''} — ${renderFinding(c.finding, lang).message}`}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
