/**
 * The pool as other services' events describe it: the directory's profiles (mentors and expert
 * mentees), cohorts' trainees, and who nominated or reviewed whom. Each write applies an event at
 * most once and never goes back to an older profile version.
 */
import { notFound, type PoolMentor } from '../domain/index.ts';
import type { ExpertFacts, TraineeDocument } from '../repositories/pool.repository.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';

export const applyProfile =
  (deps: Dependencies) =>
  (event: { readonly eventId: string; readonly expertId: string; readonly facts: ExpertFacts }) =>
    deps.pool.applyProfile(event.expertId, event.facts, event.eventId);

export const applyAvailability =
  (deps: Dependencies) =>
  (event: {
    readonly expertId: string;
    readonly availability: PoolMentor['availability'];
    readonly profileVersion: number;
  }) =>
    deps.pool.setAvailability(event.expertId, event.availability, event.profileVersion);

export const applyTrainee =
  (deps: Dependencies) =>
  (event: { readonly eventId: string; readonly trainee: TraineeDocument }) =>
    deps.pool.applyTrainee(event.trainee, event.eventId);

/** Whoever acted on a nomination (nominated, returned, decided) may not mentor its nominee. */
export const applyNominationActor =
  (deps: Dependencies) =>
  (event: { readonly eventId: string; readonly nominationId: string; readonly subject: string }) =>
    event.subject === ''
      ? Promise.resolve()
      : deps.pool.addNominationSubject(event.nominationId, event.subject, event.eventId);

export const getMentor = (deps: Dependencies) => async (caller: Caller, expertId: string) => {
  allow(caller, 'GetMentor');
  return (
    (await deps.pool.mentor(expertId)) ??
    Promise.reject(notFound('expert_id', `mentor ${expertId}`))
  );
};

export const listMentors =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly skillCodes: readonly string[];
      readonly provinceCodes: readonly string[];
      readonly onlyWithCapacity: boolean;
      readonly page: { pageSize: number; cursor: string };
    },
  ) => {
    allow(caller, 'ListMentors');
    return deps.pool.listMentors(input);
  };
