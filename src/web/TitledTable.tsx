/** The page's look for the shared TitledTable (src/ui/import/ImportDetails.tsx): its subheadings, scroll region and table. */
import type { ReactElement } from 'react';
import type { TitledTableProps } from '../ui/import/ImportDetails';
import { TitledTable as SharedTitledTable } from '../ui/import/ImportDetails';
import { useExtrasStyles } from './useExtrasStyles.styles';

export function TitledTable(props: Omit<TitledTableProps, 'classNames'>): ReactElement {
  const styles = useExtrasStyles();
  return <SharedTitledTable {...props} classNames={{ heading: styles.subheading, scroller: styles.scroller, table: styles.table }} />;
}
