import { useCallback, useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import type { Outcome } from '../../api/pages.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';
import type { Nomination } from './model.ts';

/**
 * One nomination as a page shows it: loaded by id, then as the last write answered it (so the
 * page follows without reloading), with the notice of that write.
 */
export function useNomination(nominationId: string, initialNotice?: MessageKey) {
  const loaded = useLoad(
    () =>
      call(api.GET('/api/v1/nominations/{nominationId}', { params: { path: { nominationId } } })),
    [nominationId],
  );
  const [current, setCurrent] = useState<Nomination | undefined>();
  const [notice, setNotice] = useState<MessageKey | undefined>(initialNotice);
  const loadedNomination = loaded.status === 'ok' ? loaded.data.nomination : undefined;
  useEffect(() => {
    if (loadedNomination !== undefined) setCurrent(loadedNomination);
  }, [loadedNomination]);
  /** A write's answer: the nomination it returned (if any) and the notice to show. */
  const changed = useCallback((nomination: Nomination | undefined, message: MessageKey) => {
    if (nomination !== undefined) setCurrent(nomination);
    setNotice(message);
  }, []);
  return { loaded, current, notice, changed };
}

/**
 * A write on the nomination (`run`, memoised by the caller): its answer becomes the current
 * nomination, with `message` as the notice.
 */
export function useNominationAction<Args extends unknown[]>(
  run: (...args: Args) => Promise<Outcome<{ nomination?: Nomination }>>,
  changed: (nomination: Nomination | undefined, message: MessageKey) => void,
  message: MessageKey,
) {
  return useAction(
    run,
    useCallback(
      (data: { nomination?: Nomination }) => {
        changed(data.nomination, message);
      },
      [changed, message],
    ),
  );
}
