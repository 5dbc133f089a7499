import type { AnalysisState } from '../../hooks/useAnalysis';

export interface SynthesisViewProps {
  readonly analysis: AnalysisState;
}
