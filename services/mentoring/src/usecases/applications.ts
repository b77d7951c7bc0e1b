import {
  applicationEvent,
  audited,
  assertNoOverlap,
  assertVersion,
  EVENT_TYPES,
  isOpenOn,
  listScopeOf,
  notFound,
  refused,
  type Application,
  type ApplicationDetails,
  type ApplicationStatus,
  type Programme,
} from '../domain/index.ts';
import { APPLICATIONS_COLLECTION } from '../repositories/applications.repository.ts';
import { loadProgramme } from './programmes.ts';
import { allow, subjectOf, type Caller } from './shared/caller.ts';
import { applicationTarget } from './shared/people.ts';
import { envelopes, written, type Dependencies } from './shared/dependencies.ts';
import { assertMenteeEligible, resolveMentee } from './shared/needs.ts';
import { releaseMentorPlace, saveAssignment } from './shared/proposals.ts';

export async function loadApplication(
  deps: Dependencies,
  applicationId: string,
  field = 'application_id',
) {
  return (
    (await deps.applications.get(applicationId)) ??
    Promise.reject(notFound(field, `application ${applicationId}`))
  );
}

/** The people an application touches, for the access table. */
export { applicationTarget } from './shared/people.ts';

export const applyForMentoring =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly programmeId: string;
      readonly menteeExpertId: string;
      readonly menteeEnrolmentId: string;
      readonly details: ApplicationDetails;
    },
  ): Promise<Application> => {
    const forSomeoneElse = input.menteeExpertId !== '' || input.menteeEnrolmentId !== '';
    if (forSomeoneElse) allow(caller, 'CreateProgramme');
    else allow(caller, 'ApplyForMentoring');
    const programme = await loadProgramme(deps, input.programmeId);
    const { now } = caller.context;
    if (!isOpenOn(programme, now)) {
      throw refused(
        'failed-precondition',
        'PROGRAMME_NOT_OPEN',
        'programme_id',
        `programme ${programme.id} takes applications from ${programme.settings.opensOn} to ${programme.settings.closesOn}`,
      );
    }
    const mentee = await resolveMentee(deps, caller, {
      expertId: input.menteeExpertId,
      enrolmentId: input.menteeEnrolmentId,
    });
    assertMenteeEligible(programme, mentee);
    await assertNoLiveOverlap(deps, programme, mentee.userSubject);
    const application: Application = {
      id: deps.newId(),
      programmeId: programme.id,
      mentee,
      details: input.details,
      status: 'open',
      assignmentId: '',
      proposal: undefined,
      declinedMentorIds: [],
      repeatOverrides: [],
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await deps.applications.insert(
      application,
      envelopes(
        deps,
        [applicationEvent(EVENT_TYPES.applicationSubmitted, application)],
        caller.context,
      ),
    );
    written(deps, undefined, APPLICATIONS_COLLECTION, application.id);
    return application;
  };

async function assertNoLiveOverlap(
  deps: Dependencies,
  programme: Programme,
  menteeSubject: string,
) {
  if (menteeSubject === '') return;
  const live = await deps.applications.liveOf(menteeSubject);
  const programmes = new Map(
    (
      await deps.programmes.getMany([
        ...new Set(live.map((application) => application.programmeId)),
      ])
    ).map((held) => [held.id, held]),
  );
  assertNoOverlap(
    programme,
    live.flatMap((application) => {
      const held = programmes.get(application.programmeId);
      return held === undefined ? [] : [{ application, programme: held }];
    }),
  );
}

export const getApplication =
  (deps: Dependencies) => async (caller: Caller, applicationId: string) => {
    const application = await loadApplication(deps, applicationId);
    allow(caller, 'GetApplication', await applicationTarget(deps, application));
    return application;
  };

export const listApplications =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly statuses: readonly ApplicationStatus[];
      readonly onlyMine: boolean;
      readonly programmeId: string;
      readonly page: { pageSize: number; cursor: string };
    },
  ) => {
    allow(caller, 'ListApplications');
    return deps.applications.list(
      {
        scope: listScopeOf(caller.principal, input.onlyMine),
        ownExpertIds: await deps.pool.expertIdsOfSubject(subjectOf(caller)),
        statuses: input.statuses,
        programmeId: input.programmeId,
      },
      input.page,
    );
  };

/**
 * Withdraws an application; a proposal it was waiting on is declined for it and the mentor's place
 * freed. A matched application has a pair: that pair is ended instead (EndAssignment).
 */
export const withdrawApplication =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly applicationId: string;
      readonly expectedVersion: number;
      readonly reason: string;
    },
  ): Promise<Application> => {
    const current = await loadApplication(deps, input.applicationId);
    allow(caller, 'WithdrawApplication', await applicationTarget(deps, current));
    assertVersion(current, input.expectedVersion, `application ${current.id}`);
    if (current.status === 'withdrawn' || current.status === 'matched') {
      throw refused(
        'failed-precondition',
        'APPLICATION_CLOSED',
        'application_id',
        `application ${current.id} is ${current.status}`,
      );
    }
    const next: Application = {
      ...current,
      status: 'withdrawn',
      version: current.version + 1,
      updatedAt: caller.context.now,
    };
    written(
      deps,
      await deps.applications.replace(
        next,
        current.version,
        envelopes(
          deps,
          [applicationEvent(EVENT_TYPES.applicationWithdrawn, next, input.reason)],
          caller.context,
        ),
        `application ${current.id}`,
      ),
    );
    if (current.proposal !== undefined) {
      await withdrawProposal(
        deps,
        caller,
        current.proposal.assignmentId,
        current.proposal.mentorId,
      );
    }
    return next;
  };

/** The proposal of a withdrawn application: declined on the mentee's behalf, the place freed. */
async function withdrawProposal(
  deps: Dependencies,
  caller: Caller,
  assignmentId: string,
  mentorId: string,
) {
  const assignment = await deps.assignments.get(assignmentId);
  if (assignment?.status === 'proposed') {
    const reason = 'application withdrawn';
    await saveAssignment(
      deps,
      assignment,
      {
        ...assignment,
        status: 'declined',
        reason,
        updatedAt: caller.context.now,
        history: audited(
          assignment,
          'withdrawn',
          { status: 'proposed' },
          { status: 'declined', reason },
          caller.context,
        ),
      },
      EVENT_TYPES.assignmentDeclined,
      caller.context,
    );
  }
  await releaseMentorPlace(deps, mentorId, assignmentId);
}
