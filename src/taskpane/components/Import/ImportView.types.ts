import type { WorkbookPort } from '../../../domain/port';
import type { ProfileId } from '../../../domain/report';

export interface ImportViewProps {
  readonly port: WorkbookPort;
  /** The workbook's own profile when known (its `Profil régional`), else the generic one. */
  readonly defaultProfile: ProfileId;
  /** Called after rows were written, so other views read the workbook again. */
  readonly onImported?: (() => void) | undefined;
}
