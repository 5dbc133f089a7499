import type { WorkbookPort } from '../../../domain/port';
import type { AnalysisState } from '../../hooks/useAnalysis';

export interface FundingViewProps {
  readonly analysis: AnalysisState;
  /** Reads the workbook for a partner statement and selects its cells (absent: no statement). */
  readonly port?: WorkbookPort;
}
