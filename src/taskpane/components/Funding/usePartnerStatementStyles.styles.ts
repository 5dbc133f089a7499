import { makeStyles, tokens } from '@fluentui/react-components';

export const usePartnerStatementStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  muted: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  // Partner and period side by side where they fit, one under the other in a 320-px pane (neither choice cut).
  statementFilters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, '& > *': { flex: '1 1 13rem', minWidth: 0 } },
  statement: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  statementTotal: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  statementSummary: { cursor: 'pointer', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  statementLines: { margin: 0, padding: 0, listStyleType: 'none', fontSize: tokens.fontSizeBase200, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
});
