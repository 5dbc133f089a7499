/** The check follows what the user does: it runs when a host that already read the file opens the pane, and again when the rules applied change. */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AnalysisState, ProfileChoice } from './useAnalysis';

/**
 * The analysis the views use: with `checkOnOpen` (the web page: the file is already read) the check runs at once;
 * changing « Règles appliquées » re-runs it whenever a result is shown or would be (never the old result under the new rules).
 */
export function useCheckOnOpen(analysis: AnalysisState, checkOnOpen: boolean): AnalysisState {
  const { run, setChoice, choice } = analysis;
  const started = useRef(false);
  useEffect(() => {
    if (!checkOnOpen || started.current) return;
    started.current = true;
    // An explicit choice: a run asked by the pane itself, not the user's « Relancer ».
    void run(choice);
    // Once, when the pane opens.
  }, [checkOnOpen]);

  const shown = analysis.analysis !== null;
  const choose = useCallback(
    (next: ProfileChoice) => {
      setChoice(next);
      if (checkOnOpen || shown) void run(next);
    },
    [setChoice, run, checkOnOpen, shown],
  );
  return useMemo(() => ({ ...analysis, setChoice: choose }), [analysis, choose]);
}
