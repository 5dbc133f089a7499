import type { AnalysisState } from '../../hooks/useAnalysis';

export interface FundingViewProps {
  readonly analysis: AnalysisState;
}
