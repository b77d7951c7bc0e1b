import type { AccessTarget, Application, Assignment } from '../../domain/index.ts';
import { firstGiven } from '../../domain/index.ts';
import type { Dependencies } from './dependencies.ts';

/**
 * A person's sign-in as the directory links it now: a pair or an application may have been made
 * before the expert first signed in (the directory links a profile to its login by email then),
 * so the stored subject may be empty where the pool's is known.
 */
async function currentSubject(deps: Dependencies, expertId: string, stored: string) {
  if (expertId === '') return stored;
  return firstGiven((await deps.pool.expert(expertId))?.userSubject, stored);
}

const person = async (
  deps: Dependencies,
  who: {
    readonly expertId: string;
    readonly userSubject: string;
    readonly organisationCode: string;
  },
) => ({
  userSubject: await currentSubject(deps, who.expertId, who.userSubject),
  organisationCode: who.organisationCode,
});

/** The people a pair touches, for the access table. */
export const pairTarget = async (
  deps: Dependencies,
  assignment: Assignment,
): Promise<Required<AccessTarget>> => ({
  mentor: await person(deps, assignment.mentor),
  mentee: await person(deps, assignment.mentee),
});

/** The mentee an application is for, for the access table. */
export const applicationTarget = async (
  deps: Dependencies,
  application: Application,
): Promise<AccessTarget> => ({
  mentee: await person(deps, application.mentee),
});
