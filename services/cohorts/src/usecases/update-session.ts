import {
  updateSession as changedSession,
  type Session,
  type SessionSettings,
} from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { refreshProgress } from './shared/records.ts';

export interface SessionUpdate {
  readonly sessionId: string;
  readonly settings: SessionSettings;
  readonly cancelled: boolean;
  readonly expectedVersion: number;
}

/** Whether a change moves what attendance is counted over (held sessions). */
const countsDiffer = (before: Session, after: Session) =>
  before.cancelled !== after.cancelled ||
  before.settings.startsAt.getTime() !== after.settings.startsAt.getTime() ||
  before.settings.endsAt.getTime() !== after.settings.endsAt.getTime() ||
  before.settings.moduleCode !== after.settings.moduleCode;

/** Reschedules or cancels a session; the progress of the cohort's trainees follows. */
export async function updateSession(
  deps: Dependencies,
  caller: Caller,
  input: SessionUpdate,
): Promise<Session> {
  allow(caller, 'UpdateSession');
  const load = loaders(deps);
  const session = await load.session(input.sessionId);
  const view = await load.viewOf(session.cohortId);
  const { settings, cancelled } = input;
  const updated = changedSession(session, view, { settings, cancelled });
  await deps.sessions.save(updated, input.expectedVersion);
  if (countsDiffer(session, updated)) {
    // Progress is stored on the enrolments: a cancelled or moved session changes it.
    const { scope, context } = caller;
    for (const enrolment of await deps.enrolments.inCohort(scope, session.cohortId, ['enrolled'])) {
      await refreshProgress(deps, scope, enrolment.id, context);
    }
  }
  return updated;
}
