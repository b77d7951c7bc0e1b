import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallFailure } from '../../api/problem.ts';
import { loadNominations, type NominationQuery } from './api.ts';
import type { Nomination } from './model.ts';

export type NominationList =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly failure: CallFailure }
  | {
      readonly status: 'ok';
      readonly data: readonly Nomination[];
      /** False while later pages are still coming. */
      readonly complete: boolean;
    };

/**
 * The nominations matching `query`, the first page of 200 shown while the rest load (a thousand
 * rows are five calls; none per row). Answers to an older query are dropped.
 */
export function useNominations(query: NominationQuery): NominationList & { reload: () => void } {
  const [state, setState] = useState<NominationList>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  const queryRef = useRef(query);
  queryRef.current = query;
  const key = JSON.stringify(query);
  useEffect(() => {
    const request = ++latest.current;
    const current = () => request === latest.current;
    setState((previous) => (previous.status === 'ok' ? previous : { status: 'loading' }));
    // The first page is shown at once; the rest in one render when all have come, since every
    // intermediate render of a growing table costs more than it shows.
    let shown = false;
    loadNominations(queryRef.current, (partial) => {
      if (!current() || shown) return;
      shown = true;
      setState({ status: 'ok', data: partial, complete: false });
    }).then(
      (outcome) => {
        if (!current()) return;
        setState(
          outcome.ok
            ? { status: 'ok', data: outcome.data, complete: true }
            : { status: 'failed', failure: outcome.failure },
        );
      },
      () => {
        if (current()) setState({ status: 'failed', failure: { kind: 'network' } });
      },
    );
  }, [key, generation]);
  const reload = useCallback(() => {
    setGeneration((value) => value + 1);
  }, []);
  return { ...state, reload };
}
