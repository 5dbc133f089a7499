import type { WorkbookPort } from '../../../domain/port';
import type { AnalysisState } from '../../hooks/useAnalysis';

export interface SynthesisViewProps {
  readonly analysis: AnalysisState;
  /** Where « go to the cell » goes (absent: the lists are plain text). */
  readonly port?: WorkbookPort;
}
