/** A wide table under its own heading, in a focusable scroll region named by it: the heading wraps on a narrow screen instead of scrolling away with the table. */
import type { ReactElement, ReactNode } from "react";
import { useId } from "react";
import { useExtrasStyles } from "./useExtrasStyles.styles";

export interface TitledTableProps {
  readonly title: string;
  /** The heading's level in its section (a caption used to be unnumbered). */
  readonly level: 3 | 4;
  /** A sentence between the heading and the table. */
  readonly note?: ReactNode;
  /** thead, tbody, tfoot. */
  readonly children: ReactNode;
}

export function TitledTable({
  title,
  level,
  note,
  children,
}: TitledTableProps): ReactElement {
  const styles = useExtrasStyles();
  const id = useId();
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div className={styles.titledTable}>
      <Heading id={id} className={styles.subheading}>
        {title}
      </Heading>
      {note}
      <div
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-labelledby={id}
        data-print-region=""
      >
        <table
          className={styles.table}
          data-print-table=""
          aria-labelledby={id}
        >
          {children}
        </table>
      </div>
    </div>
  );
}
