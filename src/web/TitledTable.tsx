/** The page's look for the shared TitledTable (src/ui/import/ImportDetails.tsx): its subheadings, scroll region, table and column headers. */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { TitledTableProps } from '../ui/import/ImportDetails';
import { TitledTable as SharedTitledTable } from '../ui/import/ImportDetails';
import { useExtrasStyles } from './useExtrasStyles.styles';

export function TitledTable(props: Omit<TitledTableProps, 'classNames'>): ReactElement {
  const styles = useExtrasStyles();
  return <SharedTitledTable {...props} classNames={{ heading: styles.subheading, scroller: styles.scroller, table: styles.table }} />;
}

/** A table's column headers, the numeric ones aligned right like their figures. */
export function ColumnHeads({ labels, numeric }: { readonly labels: readonly string[]; readonly numeric: (index: number) => boolean }): ReactElement {
  const styles = useExtrasStyles();
  return (
    <>
      {labels.map((label, i) => (
        <th key={label} scope="col" className={mergeClasses(styles.th, numeric(i) && styles.number)}>
          {label}
        </th>
      ))}
    </>
  );
}
