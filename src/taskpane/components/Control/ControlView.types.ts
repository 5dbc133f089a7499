import type { WorkbookPort } from '../../../domain/port';
import type { AnalysisState } from '../../hooks/useAnalysis';

export interface ControlViewProps {
  readonly port: WorkbookPort;
  readonly analysis: AnalysisState;
}
