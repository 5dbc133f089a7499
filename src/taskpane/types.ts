/** Shapes shared by the task pane and the hosts that embed it. */
import type { ProfileId } from '../domain/report';

/** What the coordinator chooses before creating tables or downloading a workbook (planWorkbook's options). */
export interface WorkbookOptions {
  readonly profile: ProfileId;
  readonly years: 3 | 4 | 5;
  readonly sample: boolean;
  /** Signature year of the sample data; ignored without `sample`. */
  readonly startYear?: number;
}

/** Provided by a read-only host (the web page): builds and downloads a new workbook. May throw; the error is shown. */
export type DownloadHandler = (options: WorkbookOptions) => Promise<void> | void;
