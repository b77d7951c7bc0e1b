import {
  scheduleSession as newSession,
  type Session,
  type SessionSettings,
} from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';

/** A session of a cohort, scheduled by the programme office. */
export async function scheduleSession(
  deps: Dependencies,
  caller: Caller,
  input: { readonly cohortId: string; readonly settings: SessionSettings },
): Promise<Session> {
  allow(caller, 'ScheduleSession');
  const view = await loaders(deps).viewOf(input.cohortId);
  const session = newSession(deps.newId(), view, input.settings);
  await deps.sessions.insert(session);
  return session;
}
