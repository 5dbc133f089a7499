import type { WorkbookPort } from '../../../domain/port';
import type { DownloadHandler } from '../../types';

export interface CreateViewProps {
  readonly port: WorkbookPort;
  /** Offered instead of creating in place when the port is read-only (no `apply`). */
  readonly onDownload?: DownloadHandler | undefined;
  /** Called after tables were created, so other views read the workbook again. */
  readonly onApplied?: (() => void) | undefined;
}
