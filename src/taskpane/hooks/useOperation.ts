/** One long operation at a time per view: what it is doing (for a spinner) and what failed (for a MessageBar). */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageKey } from '../i18n';

export interface Operation {
  /** The label of the running operation, null when idle. */
  readonly busy: MessageKey | null;
  readonly error: unknown;
  /** Runs `task`, showing `label` meanwhile; resolves to its result, or undefined after an error (then shown). */
  readonly run: <T>(label: MessageKey, task: () => Promise<T>) => Promise<T | undefined>;
  readonly clearError: () => void;
}

export function useOperation(): Operation {
  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T,>(label: MessageKey, task: () => Promise<T>): Promise<T | undefined> => {
    setBusy(label);
    setError(null);
    try {
      return await task();
    } catch (caught) {
      if (mounted.current) setError(caught ?? new Error(String(caught)));
      return undefined;
    } finally {
      if (mounted.current) setBusy(null);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
