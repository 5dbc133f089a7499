import { makeStyles, tokens } from '@fluentui/react-components';

/** A line of a list that goes somewhere (a cell in Excel): full width, reads as a link, keyboard-visible. */
export const useLinkButtonStyles = makeStyles({
  link: {
    display: 'block',
    width: '100%',
    border: 'none',
    background: 'none',
    padding: 0,
    font: 'inherit',
    textAlign: 'start',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { textDecoration: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});
