/** A titled list of sheet, table or column names with its count; with `empty`, says so when there are none. */
import type { ReactElement } from 'react';
import { useCreateViewStyles } from './useCreateViewStyles.styles';

export interface NameListProps {
  readonly title: string;
  readonly items: readonly string[];
  /** Shown when the list is empty; without it an empty list shows nothing. */
  readonly empty?: string;
}

export function NameList({ title, items, empty }: NameListProps): ReactElement | null {
  const styles = useCreateViewStyles();
  if (items.length === 0 && empty === undefined) return null;
  return (
    <div className={styles.group}>
      <h4 className={styles.groupTitle}>
        {title} ({items.length})
      </h4>
      {items.length === 0 ? (
        <p className={styles.none}>{empty}</p>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
