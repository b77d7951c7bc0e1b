import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Outcome } from './pages.ts';
import type { CallFailure } from './problem.ts';

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly data: T }
  | { readonly status: 'failed'; readonly failure: CallFailure };

/**
 * Loads what a screen shows, again whenever `key` changes (the filters, the id in the URL).
 * An answer that arrives after a newer request started is dropped, so fast filter changes never
 * show an older result last. The answer is the same object until the state changes, so it (or its
 * `data`) can be an effect's dependency.
 */
export function useLoad<T>(
  load: () => Promise<Outcome<T>>,
  key: readonly unknown[],
): Loaded<T> & { readonly reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const keyText = JSON.stringify(key);
  useEffect(() => {
    const request = ++latest.current;
    setState((previous) => (previous.status === 'ok' ? previous : { status: 'loading' }));
    loadRef.current().then(
      (outcome) => {
        if (request !== latest.current) return;
        setState(
          outcome.ok
            ? { status: 'ok', data: outcome.data }
            : { status: 'failed', failure: outcome.failure },
        );
      },
      () => {
        if (request === latest.current)
          setState({ status: 'failed', failure: { kind: 'network' } });
      },
    );
  }, [keyText, generation]);
  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}

export type ActionState =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly failure: CallFailure };

/**
 * A button's or form's call: one at a time (a double click sends once), with its failure kept
 * for the form to show beside the fields.
 */
export function useAction<Args extends unknown[], T>(
  run: (...args: Args) => Promise<Outcome<T>>,
  onDone?: (data: T) => void,
) {
  const [state, setState] = useState<ActionState>({ status: 'idle' });
  const running = useRef(false);
  const execute = useCallback(
    async (...args: Args): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setState({ status: 'running' });
      try {
        const outcome = await run(...args);
        if (!outcome.ok) {
          setState({ status: 'failed', failure: outcome.failure });
          return undefined;
        }
        setState({ status: 'done' });
        onDone?.(outcome.data);
        return outcome.data;
      } finally {
        running.current = false;
      }
    },
    [run, onDone],
  );
  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);
  return { state, execute, reset };
}
