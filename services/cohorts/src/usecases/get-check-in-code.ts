import { currentCheckInCode, type CheckInCode } from '../domain/index.ts';
import { requireCheckInKey } from '../keys.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';

/** The rotating code a session's staff show the room (nothing about it is stored). */
export async function getCheckInCode(
  deps: Dependencies,
  caller: Caller,
  sessionId: string,
): Promise<CheckInCode> {
  const load = loaders(deps);
  const session = await load.session(sessionId);
  const view = await load.viewOf(session.cohortId);
  allow(caller, 'GetCheckInCode', { cohort: view.cohort });
  return currentCheckInCode(session, requireCheckInKey(deps.keys), deps.now());
}
