import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';
import { SCROLL_REGION_CSS } from './scrollRegions.styles';

/** The pane owns the whole page: no browser margin around it; wide tables show that they scroll. */
export const useGlobalStyles = makeStaticStyles([{ body: { margin: 0 } }, SCROLL_REGION_CSS]);

export const useAppStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', color: tokens.colorNeutralForeground1 },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  product: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  cls: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalXS },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto' },
  // Five views: at 320 px the tabs wrap onto two lines rather than hide one.
  tabList: { flexWrap: 'wrap' },
  tab: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`, minWidth: 0 },
  // Discreet, at the bottom of the pane however short the view.
  footer: {
    marginTop: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  footerLink: { color: tokens.colorNeutralForeground2, ':hover': { color: tokens.colorNeutralForeground2Hover } },
});
