import type { Cohort, CohortView } from '../domain/index.ts';
import { required, type Dependencies } from './context.ts';

/** Loads what a handler acts on, NOT_FOUND when it does not exist. */
export function loaders(deps: Dependencies) {
  const track = async (id: string) => required(await deps.tracks.get(id), `track ${id}`);
  const cohort = async (id: string) => required(await deps.cohorts.get(id), `cohort ${id}`);

  /** A cohort with its track (what event facts and module checks need). */
  async function viewOf(cohortOrId: Cohort | string): Promise<CohortView> {
    const loaded = typeof cohortOrId === 'string' ? await cohort(cohortOrId) : cohortOrId;
    return { cohort: loaded, track: await track(loaded.settings.trackId) };
  }

  return {
    track,
    cohort,
    viewOf,
    session: async (id: string) => required(await deps.sessions.get(id), `session ${id}`),
    enrolment: async (id: string) => required(await deps.enrolments.get(id), `enrolment ${id}`),
    /** The cohort an enrolment sits or waits in; undefined while pooled. */
    placeOf: async (cohortId: string) => (cohortId === '' ? undefined : viewOf(cohortId)),
  };
}

export type Loaders = ReturnType<typeof loaders>;
