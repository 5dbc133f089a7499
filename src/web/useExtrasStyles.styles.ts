import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/**
 * Printing (« Imprimer / PDF »): only what is marked to print — the statement, or the review table — on white A4,
 * with its print-only heading (title, CLS, date); buttons, pickers, the pane and the other sections are left out.
 */
export const usePrintStyles = makeStaticStyles(`
[data-print-only] { display: none; }
@media print {
  @page { size: A4; margin: 12mm; }
  html, body, body * { background: transparent !important; box-shadow: none !important; }
  html, body { background: #fff !important; }
  [data-print-section], [data-print-region] { padding: 0 !important; margin: 0 !important; }
  [data-print-hide], button, select, input, label[for] { display: none !important; }
  [data-print-only] { display: block !important; }
  [data-print-region] { overflow: visible !important; max-width: none !important; }
  [data-print-table] { font-size: 8.5pt !important; width: 100% !important; }
  [data-print-table] th, [data-print-table] td { padding: 1pt 3pt !important; }
  tr, figure { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`);

export const useExtrasStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
    '@media (max-width: 30rem)': { padding: tokens.spacingHorizontalM },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  muted: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  scroller: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, minWidth: '100%' },
  th: {
    textAlign: 'left',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  td: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  number: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  nowrap: { whiteSpace: 'nowrap' },
  clsCell: { minWidth: '13rem', textAlign: 'left' },
  total: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  // The term column gives way (its words wrap) before a figure leaves a narrow screen.
  figures: { display: 'grid', gridTemplateColumns: 'minmax(0, max-content) max-content', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  figureTerm: { margin: 0, fontSize: tokens.fontSizeBase300 },
  figureValue: { margin: 0, fontSize: tokens.fontSizeBase300, textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase300 },
  chart: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, maxWidth: '100%' },
  svg: { maxWidth: '100%', height: 'auto', fontFamily: tokens.fontFamilyBase },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none', fontSize: tokens.fontSizeBase200 },
  swatch: { display: 'inline-block', width: '0.8rem', height: '0.8rem', marginRight: tokens.spacingHorizontalXS, verticalAlign: 'middle', borderRadius: '2px' },
});
