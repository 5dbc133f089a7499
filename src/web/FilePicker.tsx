/** A real `<input type="file">` (keyboard and screen readers reach it) shown through its label, styled as a button. */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useId } from 'react';
import { useWebPageStyles } from './useWebPageStyles.styles';

export const ACCEPTED_FILES = '.xlsx,.xlsm,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface FilePickerProps {
  readonly label: string;
  readonly secondary?: boolean;
  /** Several files at once (a regional review). */
  readonly multiple?: boolean;
  readonly onFiles: (files: FileList | null) => void;
}

export function FilePicker({ label, secondary = false, multiple = false, onFiles }: FilePickerProps): ReactElement {
  const styles = useWebPageStyles();
  const id = useId();
  return (
    <span className={styles.picker}>
      <input
        id={id}
        type="file"
        accept={ACCEPTED_FILES}
        multiple={multiple}
        className={styles.fileInput}
        onChange={(event) => {
          onFiles(event.currentTarget.files);
          // The same file picked again (after fixing it in Excel) must be read again.
          event.currentTarget.value = '';
        }}
      />
      <label htmlFor={id} className={mergeClasses(styles.pickLabel, secondary && styles.pickLabelSecondary)}>
        {label}
      </label>
    </span>
  );
}
