/**
 * Light, accessible SVG charts (no chart library): committed money by partner and by year, acquis and sollicité stacked,
 * and the actions' status by axis. Each chart is a figure with a caption, a text description of every value for screen
 * readers, a title per bar and a legend in HTML. Loaded on demand, out of the page's first load.
 */
import type { ReactElement, RefObject } from 'react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Lang, StatusCents, ValidationReport } from '../../domain/report';
import { term } from '../../domain/review/words';
import { formatEuros, formatNumber } from '../../domain/values/format';
import { ACTION_STATUSES } from '../../domain/workbook/lists';
import { extrasTranslator } from '../extras-texts';
import type { ExtrasTranslate } from '../extras-texts';
import { useExtrasStyles } from '../useExtrasStyles.styles';
import type { Segment } from './bars';
import { placeSegments } from './bars';
import { punctuationOf } from '../../texts/punctuation';

/** Dark blue and burnt orange: each at least 3:1 against white (WCAG 1.4.11), told apart without colour by the legend and titles. */
const SECURED = '#0f548c';
const REQUESTED = '#b4570f';
const STATUS_COLOURS: Readonly<Record<string, string>> = {
  'Non démarrée': '#616161',
  'En cours': '#0f548c',
  Réalisée: '#0e700e',
  Reportée: '#b4570f',
  Abandonnée: '#a4262c',
};
const OTHER_COLOUR = '#5c2e91';

const LABEL = 170;
const BAR = 330;
const VALUE = 140;
const ROW = 24;
/** Under this width (a 320-px pane, a phone) each label goes above its bar: the text keeps about its size instead of shrinking to 6 px. */
const NARROW_BELOW = 520;
const NARROW_BAR = 206;
const NARROW_VALUE = 94;
const NARROW_ROW = 38;

/** True when `ref`'s box is narrower than `below` px (unknown width, as in tests without layout: not narrow). */
function useNarrow(ref: RefObject<HTMLElement | null>, below: number): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = (): void => setNarrow(element.clientWidth > 0 && element.clientWidth < below);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, below]);
  return narrow;
}

interface Row {
  readonly label: string;
  readonly segments: readonly Segment[];
  /** Shown right of the bar. */
  readonly value: string;
  /** Read out and shown on hover. */
  readonly description: string;
}

interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
}

interface BarChartProps {
  readonly caption: string;
  readonly rows: readonly Row[];
  readonly legend: readonly LegendItem[];
  /** The length of a full bar: the longest row's total, or the row's own for a 100 % bar. */
  readonly max: (row: Row) => number;
  readonly empty: string;
  readonly lang: Lang;
}

function BarChart({ caption, rows, legend, max, empty, lang }: BarChartProps): ReactElement {
  const styles = useExtrasStyles();
  const id = useId();
  const colour = new Map(legend.map((l) => [l.key, l.colour]));
  const figure = useRef<HTMLElement>(null);
  const narrow = useNarrow(figure, NARROW_BELOW);
  const rowHeight = narrow ? NARROW_ROW : ROW;
  const bar = narrow ? NARROW_BAR : BAR;
  const width = narrow ? NARROW_BAR + NARROW_VALUE : LABEL + BAR + VALUE;
  const left = narrow ? 0 : LABEL;
  const height = rows.length * rowHeight + 4;
  return (
    <figure ref={figure} className={styles.chart} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.subheading}>
        {caption}
      </figcaption>
      {rows.length === 0 ? (
        <p className={styles.muted}>{empty}</p>
      ) : (
        <>
          <svg className={styles.svg} role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
            <title id={`${id}-title`}>{caption}</title>
            <desc id={`${id}-desc`}>{rows.map((r) => r.description).join(punctuationOf(lang).separator)}</desc>
            {rows.map((r, i) => {
              const y = i * rowHeight + 2;
              // Wide: label, bar, value on one line. Narrow: the label (longer) above, then the bar and its value.
              const barY = narrow ? y + 17 : y + 3;
              const barHeight = narrow ? 14 : ROW - 8;
              const limit = narrow ? 40 : 24;
              return (
                <g key={r.label}>
                  <title>{r.description}</title>
                  <text
                    x={narrow ? 0 : LABEL - 8}
                    y={narrow ? y + 8 : y + ROW / 2}
                    textAnchor={narrow ? 'start' : 'end'}
                    dominantBaseline="middle"
                    fontSize="12"
                    fill="currentColor"
                  >
                    {r.label.length > limit ? `${r.label.slice(0, limit - 1)}…` : r.label}
                  </text>
                  {placeSegments(r.segments, max(r), bar).map((s) => (
                    <rect key={s.key} x={left + s.x} y={barY} width={Math.max(s.width, 0.5)} height={barHeight} fill={colour.get(s.key) ?? OTHER_COLOUR} />
                  ))}
                  <text x={left + bar + 6} y={barY + barHeight / 2} dominantBaseline="middle" fontSize="12" fill="currentColor">
                    {r.value}
                  </text>
                </g>
              );
            })}
          </svg>
          <ul className={styles.legend}>
            {legend.map((l) => (
              <li key={l.key}>
                <span className={styles.swatch} style={{ backgroundColor: l.colour }} aria-hidden="true" />
                {l.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </figure>
  );
}

function moneyRows(entries: readonly [string, StatusCents][], lang: Lang, securedLabel: string, requestedLabel: string): Row[] {
  const eur = (cents: number): string => formatEuros(cents, lang);
  return entries
    .filter(([, s]) => s.securedCents + s.requestedCents > 0)
    .map(([label, s]) => ({
      label,
      segments: [
        { key: 'secured', value: s.securedCents },
        { key: 'requested', value: s.requestedCents },
      ],
      value: eur(s.securedCents + s.requestedCents),
      description: `${label}${punctuationOf(lang).colon}${eur(s.securedCents + s.requestedCents)} (${securedLabel.toLowerCase()} ${eur(s.securedCents)}, ${requestedLabel.toLowerCase()} ${eur(s.requestedCents)})`,
    }));
}

function statusRows(report: ValidationReport, lang: Lang, t: ExtrasTranslate): { rows: Row[]; legend: LegendItem[] } {
  const known: readonly string[] = ACTION_STATUSES;
  const seen = new Set(report.synthesis.byAxis.flatMap((a) => Object.keys(a.byStatus)));
  const statuses = [...known.filter((s) => seen.has(s)), ...[...seen].filter((s) => !known.includes(s))];
  const name = (status: string): string => (status === '' ? t('chartNoStatus') : term(status, lang));
  const rows = report.synthesis.byAxis.map((a) => {
    const label = a.axis || t('chartAxis', { n: a.axisNumber });
    return {
      label: a.axisNumber && a.axis ? `${a.axisNumber}. ${a.axis}` : label,
      segments: statuses.map((s) => ({ key: s, value: a.byStatus[s] ?? 0 })),
      value: a.total === 1 ? t('chartActionOne') : t('chartActions', { n: formatNumber(a.total, lang) }),
      description: `${label}${punctuationOf(lang).colon}${statuses.filter((s) => (a.byStatus[s] ?? 0) > 0).map((s) => `${a.byStatus[s] ?? 0} ${name(s).toLowerCase()}`).join(', ')}`,
    };
  });
  return { rows, legend: statuses.map((s) => ({ key: s, label: name(s), colour: STATUS_COLOURS[s] ?? OTHER_COLOUR })) };
}

export interface ChartsProps {
  readonly report: ValidationReport;
  readonly lang: Lang;
}

export function Charts({ report, lang }: ChartsProps): ReactElement {
  const t = extrasTranslator(lang);
  const securedLabel = t('chartSecured');
  const requestedLabel = t('chartRequested');
  const moneyLegend: LegendItem[] = [
    { key: 'secured', label: securedLabel, colour: SECURED },
    { key: 'requested', label: requestedLabel, colour: REQUESTED },
  ];
  const { totals } = report;
  const partners = moneyRows(Object.entries(totals.byFunderStatusCents), lang, securedLabel, requestedLabel);
  const partnerMax = Math.max(0, ...partners.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  const years = moneyRows(
    Object.entries(totals.byYearStatusCents).map(([y, s]): [string, StatusCents] => [y === '?' ? t('chartYearUnknown') : y, s]),
    lang,
    securedLabel,
    requestedLabel,
  );
  const yearMax = Math.max(0, ...years.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  const status = statusRows(report, lang, t);
  return (
    <>
      <BarChart caption={t('chartByPartner')} rows={partners} legend={moneyLegend} max={() => partnerMax} empty={t('chartNoData')} lang={lang} />
      <BarChart caption={t('chartByYear')} rows={years} legend={moneyLegend} max={() => yearMax} empty={t('chartNoData')} lang={lang} />
      <BarChart caption={t('chartByAxis')} rows={status.rows} legend={status.legend} max={(r) => r.segments.reduce((s, x) => s + x.value, 0)} empty={t('chartNoData')} lang={lang} />
    </>
  );
}

