/** A wide table under its own heading, shared by the import views and the page; and the import views' look for it. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useId } from 'react';
import { useImportStyles } from './useImportStyles.styles';

/** A title from a report line: `Zones reconnues (mapping) :` → `Zones reconnues (mapping)`. */
export const asHeading = (line: string): string => line.replace(/\s*:\s*$/, '');

const useTitledTableStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // A long title wraps on a narrow screen rather than widening the page.
  heading: { margin: 0, overflowWrap: 'anywhere' },
  scroller: { maxWidth: '100%', overflowX: 'auto', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface TitledTableProps {
  readonly title: string;
  /** The heading's level in its section. */
  readonly level: 3 | 4 | 5;
  /** A sentence between the heading and the table. */
  readonly note?: ReactNode;
  /** The look of where it is shown: the heading's type, the scroll region's frame, the table and its cells. */
  readonly classNames?: { readonly heading?: string; readonly scroller?: string; readonly table?: string };
  /** thead, tbody, tfoot. */
  readonly children: ReactNode;
}

/**
 * A wide table under its own heading, in a focusable scroll region (keyboard users scroll a table wider than the
 * screen); the region and the table are named by the heading, which wraps instead of scrolling away with the table.
 */
export function TitledTable({ title, level, note, classNames = {}, children }: TitledTableProps): ReactElement {
  const styles = useTitledTableStyles();
  const id = useId();
  const Heading = level === 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  return (
    <div className={styles.root}>
      <Heading id={id} className={mergeClasses(styles.heading, classNames.heading)}>
        {title}
      </Heading>
      {note}
      <div className={mergeClasses(styles.scroller, classNames.scroller)} tabIndex={0} role="region" aria-labelledby={id} data-print-region="">
        <table className={classNames.table} data-print-table="" aria-labelledby={id}>
          {children}
        </table>
      </div>
    </div>
  );
}

/** The import views' look for a TitledTable. */
export function useImportTableLook(): NonNullable<TitledTableProps['classNames']> {
  const styles = useImportStyles();
  return { heading: styles.caption, scroller: styles.scroll, table: styles.table };
}
