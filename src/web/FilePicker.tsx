/**
 * A real `<input type="file">` (keyboard and screen readers reach it) shown through its label, styled as a button.
 * Where the browser has the File System Access picker, it opens instead, so that « Relancer » can read the file again.
 */
import { mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useId, useRef } from 'react';
import type { FileHandle } from './file-port';
import { useWebPageStyles } from './useWebPageStyles.styles';

export const ACCEPTED_FILES = '.xlsx,.xlsm,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The same choice for `showOpenFilePicker`: .xls and .ods are offered so that the page can say why it cannot read them. */
const pickerTypes = (description: string): readonly PickerType[] => [
  {
    description,
    accept: {
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx', '.xlsm'],
      'application/vnd.ms-excel': ['.xls'],
      'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
    },
  },
];

interface PickerType {
  readonly description: string;
  readonly accept: Readonly<Record<string, readonly string[]>>;
}

/** `window.showOpenFilePicker` (Chromium, Edge; not yet in TypeScript's DOM types). */
export type OpenFilePicker = (options: { readonly multiple: boolean; readonly types: readonly PickerType[] }) => Promise<readonly FileHandle[]>;

export const openFilePicker = (): OpenFilePicker | undefined => {
  const picker = (window as unknown as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  return typeof picker === 'function' ? (picker.bind(window) as OpenFilePicker) : undefined;
};

export interface FilePickerProps {
  readonly label: string;
  readonly secondary?: boolean;
  /** Several files at once (a regional review). */
  readonly multiple?: boolean;
  readonly onFiles: (files: FileList | null) => void;
  /** Takes the picker's handles; without it (or without the picker) the ordinary file dialog opens. */
  readonly onHandles?: (handles: readonly FileHandle[]) => void;
  /** The picker's name for the accepted files (« Classeurs »). */
  readonly typesLabel?: string;
}

export function FilePicker({ label, secondary = false, multiple = false, onFiles, onHandles, typesLabel = '' }: FilePickerProps): ReactElement {
  const styles = useWebPageStyles();
  const id = useId();
  // Set when the picker refused to open (e.g. inside a frame): the next click opens the ordinary dialog.
  const ordinary = useRef(false);
  return (
    <span className={styles.picker}>
      <input
        id={id}
        type="file"
        accept={ACCEPTED_FILES}
        multiple={multiple}
        className={styles.fileInput}
        onClick={(event) => {
          const picker = onHandles ? openFilePicker() : undefined;
          if (!picker || !onHandles || ordinary.current) {
            ordinary.current = false;
            return;
          }
          event.preventDefault();
          const input = event.currentTarget;
          picker({ multiple, types: pickerTypes(typesLabel) }).then(
            (handles) => onHandles(handles),
            (error: unknown) => {
              // Closing the dialog is no error.
              if ((error as { name?: unknown } | null)?.name === 'AbortError') return;
              ordinary.current = true;
              input.click();
            },
          );
        }}
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
