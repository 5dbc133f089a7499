/** Financements: totals by partner and year, "restant à trouver" per action, the ARS coordination-post rules. */
import { Badge, ProgressBar, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { formatEuros, formatPercent } from '../../../domain/messages/render';
import { profileById } from '../../../domain/profiles/profiles';
import type { ActionFunding, CoordinationYear, FundingTotals, ProfileId } from '../../../domain/report';
import { ARS_COORDINATION_SHARE } from '../../../domain/totals';
import type { CoordinationCheck } from '../../coordination';
import { coordinationChecks, coverage } from '../../coordination';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../i18n';
import { AnalysisGate } from '../Analysis/AnalysisGate';
import { PartnerStatementPanel } from './PartnerStatementPanel';
import type { FundingViewProps } from './FundingView.types';
import { useFundingViewStyles } from './useFundingViewStyles.styles';

const byAmount = (entries: [string, number][]): [string, number][] => entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));

function Figures({ totals }: { readonly totals: FundingTotals }): ReactElement {
  const styles = useFundingViewStyles();
  const { t, lang } = useI18n();
  return (
    <dl className={styles.figures}>
      <dt className={styles.figureTerm}>{t('committedTotal')}</dt>
      <dd className={mergeClasses(styles.figureValue, styles.figureMain)}>{formatEuros(totals.committedCents, lang)}</dd>
      <dt className={styles.figureTerm}>{t('securedTotal')}</dt>
      <dd className={styles.figureValue}>{formatEuros(totals.securedCents, lang)}</dd>
      <dt className={styles.figureTerm}>{t('requestedTotal')}</dt>
      <dd className={styles.figureValue}>{formatEuros(totals.requestedCents, lang)}</dd>
      <dt className={styles.figureTerm}>{t('forecastTotal')}</dt>
      <dd className={styles.figureValue}>{formatEuros(totals.forecastCents, lang)}</dd>
      <dt className={styles.figureTerm}>{t('valuedTotal')}</dt>
      <dd className={styles.figureValue}>{formatEuros(totals.valuedCents, lang)}</dd>
    </dl>
  );
}

/** Per partner: acquis, sollicité, engagé (their sum) and prévisionnel apart, in the partner list's order. */
function ByFunder({ totals }: { readonly totals: FundingTotals }): ReactElement {
  const styles = useFundingViewStyles();
  const { t, lang } = useI18n();
  const rows = Object.entries(totals.byFunderStatusCents).sort(
    ([a, x], [b, y]) => y.securedCents + y.requestedCents - (x.securedCents + x.requestedCents) || a.localeCompare(b, 'fr'),
  );
  const unlisted = Object.entries(totals.unlistedFunderCents);
  const eur = (cents: number): string => formatEuros(cents, lang);
  const numberHeader = mergeClasses(styles.th, styles.thNumber);
  const numberCell = mergeClasses(styles.td, styles.number);
  return (
    <section className={styles.section} aria-labelledby="funding-by-funder">
      <h3 id="funding-by-funder" className={styles.heading}>
        {t('byFunderTitle')}
      </h3>
      {rows.length === 0 && unlisted.length === 0 ? (
        <p className={styles.muted}>{t('noCommitments')}</p>
      ) : (
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('funderTableLabel')}>
          <table className={styles.table} aria-labelledby="funding-by-funder">
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.th, styles.sticky)}>
                  {t('funderColumn')}
                </th>
                <th scope="col" className={numberHeader}>
                  {t('securedColumn')}
                </th>
                <th scope="col" className={numberHeader}>
                  {t('requestedColumn')}
                </th>
                <th scope="col" className={numberHeader}>
                  {t('committedLabel')}
                </th>
                <th scope="col" className={numberHeader}>
                  {t('forecastColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([funder, s]) => (
                <tr key={funder}>
                  <th scope="row" className={mergeClasses(styles.td, styles.rowHeader, styles.sticky)}>
                    {funder}
                  </th>
                  <td className={mergeClasses(numberCell, s.securedCents === 0 && styles.zero)}>{eur(s.securedCents)}</td>
                  <td className={mergeClasses(numberCell, s.requestedCents === 0 && styles.zero)}>{eur(s.requestedCents)}</td>
                  <td className={numberCell}>{eur(s.securedCents + s.requestedCents)}</td>
                  <td className={mergeClasses(numberCell, s.forecastCents === 0 && styles.zero)}>{eur(s.forecastCents)}</td>
                </tr>
              ))}
              {unlisted.map(([funder, cents]) => (
                <tr key={`unlisted-${funder}`}>
                  <th scope="row" className={mergeClasses(styles.td, styles.rowHeader, styles.sticky)}>
                    {t('unlistedRow', { name: funder })}
                  </th>
                  <td className={numberCell} />
                  <td className={numberCell} />
                  <td className={numberCell}>{eur(cents)}</td>
                  <td className={numberCell} />
                </tr>
              ))}
              <tr className={styles.totalRow}>
                <th scope="row" className={mergeClasses(styles.td, styles.sticky)}>
                  {t('totalRow')}
                </th>
                <td className={numberCell}>{eur(totals.securedCents)}</td>
                <td className={numberCell}>{eur(totals.requestedCents)}</td>
                <td className={numberCell}>{eur(totals.committedCents)}</td>
                <td className={numberCell}>{eur(totals.forecastCents)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {unlisted.length > 0 ? <p className={styles.muted}>{t('unlistedHint')}</p> : null}
    </section>
  );
}

function ByFunderYear({ totals }: { readonly totals: FundingTotals }): ReactElement | null {
  const styles = useFundingViewStyles();
  const { t, lang } = useI18n();
  const years = Object.keys(totals.byYearCents).sort();
  const funders = byAmount(Object.entries(totals.byFunderCents)).map(([funder]) => funder);
  if (years.length === 0 || funders.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="funding-by-year">
      <h3 id="funding-by-year" className={styles.heading}>
        {t('byFunderYearTitle')}
      </h3>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={t('yearTableLabel')}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={mergeClasses(styles.th, styles.sticky)}>
                {t('funderColumn')}
              </th>
              {years.map((year) => (
                <th key={year} scope="col" className={mergeClasses(styles.th, styles.thNumber)}>
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {funders.map((funder) => (
              <tr key={funder}>
                <th scope="row" className={mergeClasses(styles.td, styles.rowHeader, styles.sticky)}>
                  {funder}
                </th>
                {years.map((year) => {
                  const cents = totals.byFunderYearCents[funder]?.[year] ?? 0;
                  return (
                    <td key={year} className={mergeClasses(styles.td, styles.number, cents === 0 && styles.zero)}>
                      {formatEuros(cents, lang)}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr className={styles.totalRow}>
              <th scope="row" className={mergeClasses(styles.td, styles.sticky)}>
                {t('totalRow')}
              </th>
              {years.map((year) => (
                <td key={year} className={mergeClasses(styles.td, styles.number)}>
                  {formatEuros(totals.byYearCents[year] ?? 0, lang)}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ActionCard({ action }: { readonly action: ActionFunding }): ReactElement {
  const styles = useFundingViewStyles();
  const { t, lang } = useI18n();
  const rate = coverage(action.committedCents, action.budgetCents);
  const remaining = action.remainingCents;
  const titleId = `funding-action-${action.action}`;
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.cardTitle}>
        <span className={styles.actionNumber}>{action.action}</span>
        {action.title}
      </h4>
      <dl className={styles.pairs}>
        <dt className={styles.pairTerm}>{t('budgetLabel')}</dt>
        <dd className={styles.pairValue}>{action.budgetCents === null ? t('noBudget') : formatEuros(action.budgetCents, lang)}</dd>
        <dt className={styles.pairTerm}>{t('committedLabel')}</dt>
        <dd className={styles.pairValue}>{formatEuros(action.committedCents, lang)}</dd>
        <dt className={styles.pairTerm}>{t('securedLabel')}</dt>
        <dd className={styles.pairValue}>{formatEuros(action.securedCents, lang)}</dd>
        <dt className={styles.pairTerm}>{t('requestedLabel')}</dt>
        <dd className={styles.pairValue}>{formatEuros(action.requestedCents, lang)}</dd>
        {remaining !== null ? (
          <>
            <dt className={styles.pairTerm}>{remaining < 0 ? t('overfundedLabel') : t('remainingLabel')}</dt>
            <dd className={mergeClasses(styles.pairValue, styles.remaining)}>{formatEuros(Math.abs(remaining), lang)}</dd>
          </>
        ) : null}
        {rate !== null ? (
          <>
            <dt className={styles.pairTerm}>{t('coverageLabel')}</dt>
            <dd className={styles.pairValue}>{formatPercent(rate, lang)}</dd>
          </>
        ) : null}
      </dl>
      {rate !== null ? (
        <ProgressBar
          value={Math.min(1, rate)}
          max={1}
          thickness="medium"
          color={rate > 1 ? 'warning' : rate >= 1 ? 'success' : 'brand'}
          aria-label={`${t('coverageLabel')} ${action.action} : ${formatPercent(rate, lang)}`}
        />
      ) : null}
    </li>
  );
}

const RULE_TEXT: Readonly<Record<CoordinationCheck['rule'], MessageKey>> = { cap: 'ruleCap', share: 'ruleShare', cofinancing: 'ruleCofinancing' };

function CoordinationCard({ year, profile }: { readonly year: CoordinationYear; readonly profile: ProfileId }): ReactElement {
  const styles = useFundingViewStyles();
  const { t, lang } = useI18n();
  // The rule's share, not a number restated in the texts.
  const share = formatPercent(ARS_COORDINATION_SHARE, lang);
  const titleId = `coordination-${year.year}`;
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h4 id={titleId} className={styles.cardTitle}>
        {t('yearLabel', { year: year.year })}
      </h4>
      <dl className={styles.pairs}>
        <dt className={styles.pairTerm}>{t('arsAmount')}</dt>
        <dd className={styles.pairValue}>{formatEuros(year.arsCents, lang)}</dd>
        <dt className={styles.pairTerm}>{t('othersAmount')}</dt>
        <dd className={styles.pairValue}>{formatEuros(year.othersCents, lang)}</dd>
      </dl>
      <ul className={styles.checks}>
        {coordinationChecks(year, profile).map((check) => {
          const text =
            check.rule === 'share' && check.limitCents === null ? t('ruleShareUnknown', { share }) : t(RULE_TEXT[check.rule], { limit: formatEuros(check.limitCents ?? 0, lang), share });
          const status = !check.applies ? 'statusNotApplicable' : check.ok ? 'statusOk' : 'statusKo';
          return (
            <li key={check.rule} className={styles.check}>
              <span>{text}</span>
              <Badge className={styles.checkBadge} appearance={check.applies ? 'filled' : 'outline'} color={!check.applies ? 'subtle' : check.ok ? 'success' : 'danger'}>
                {t(status)}
              </Badge>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function FundingView({ analysis, port }: FundingViewProps): ReactElement {
  const styles = useFundingViewStyles();
  const { t, lang } = useI18n();
  return (
    <AnalysisGate title={t('fundingTitle')} titleId="funding-title" analysis={analysis}>
      {({ report }) => {
        const { totals, profile } = report;
        const coordinationRules = profile !== 'generic';
        return (
          <>
            <p className={styles.muted}>{t('fundingBasis')}</p>
            <Figures totals={totals} />
            <ByFunder totals={totals} />
            <ByFunderYear totals={totals} />
            {port ? <PartnerStatementPanel port={port} report={report} /> : null}
            <section className={styles.section} aria-labelledby="funding-remaining">
              <h3 id="funding-remaining" className={styles.heading}>
                {t('remainingTitle')}
              </h3>
              {totals.byAction.length === 0 ? (
                <p className={styles.muted}>{t('noActions')}</p>
              ) : (
                <ul className={styles.cards}>
                  {totals.byAction.map((action) => (
                    <ActionCard key={action.action} action={action} />
                  ))}
                </ul>
              )}
            </section>
            <section className={styles.section} aria-labelledby="funding-coordination">
              <h3 id="funding-coordination" className={styles.heading}>
                {t('coordinationTitle')}
              </h3>
              {coordinationRules ? null : <p className={styles.muted}>{t('coordinationNotApplicable', { profile: profileById(profile).label[lang] })}</p>}
              {totals.coordination.length === 0 ? (
                <p className={styles.muted}>{t('coordinationNone')}</p>
              ) : (
                <ul className={styles.cards}>
                  {totals.coordination.map((year) => (
                    <CoordinationCard key={year.year} year={year} profile={profile} />
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
