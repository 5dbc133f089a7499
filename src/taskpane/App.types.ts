import type { WorkbookPort } from '../domain/port';
import type { Lang } from '../domain/report';
import type { ThemeName } from './theme';
import type { DownloadHandler } from './types';

export type ViewId = 'create' | 'import' | 'control' | 'funding' | 'synthesis';

/** A host fact worth telling the user above every view. */
export type HostNotice = { readonly kind: 'api-too-old'; readonly requirement: string };

export interface AppProps {
  /** The only way the task pane touches a workbook. */
  readonly port: WorkbookPort;
  /** Overrides the language (the web host offers a switch); default: the browser's language, French first. */
  readonly lang?: Lang;
  /** Offered by read-only hosts: Créer becomes "Télécharger un classeur CLS". */
  readonly onDownload?: DownloadHandler;
  /** Overrides the theme; default: the system's colour scheme. */
  readonly theme?: ThemeName;
  readonly notice?: HostNotice;
  /** Inside a page that has its own title (the web page): no second product heading. */
  readonly embedded?: boolean;
  /** First view shown. */
  readonly initialView?: ViewId;
  /** The host already read the file (the web page): the check runs as soon as the pane opens. */
  readonly checkOnOpen?: boolean;
}
