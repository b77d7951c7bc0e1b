import type { ChangeContext } from '@expertnet/platform';
import {
  assertVersion,
  EVENT_TYPES,
  listScopeOf,
  notFound,
  refused,
  seesNotes,
  type Assignment,
  type Meeting,
  type MeetingSettings,
  type MentoringEvent,
} from '../domain/index.ts';
import { MEETINGS_COLLECTION } from '../repositories/meetings.repository.ts';
import { loadAssignment, pairTarget } from './assignments.ts';
import { allow, subjectOf, type Caller } from './shared/caller.ts';
import { envelopes, written, type Dependencies } from './shared/dependencies.ts';

function assertActive(assignment: Assignment) {
  if (assignment.status === 'active') return;
  throw refused(
    'failed-precondition',
    'ASSIGNMENT_NOT_ACTIVE',
    'assignment_id',
    `assignment ${assignment.id} is ${assignment.status}; meetings are for an active pair`,
  );
}

function assertFuture(settings: MeetingSettings, now: Date) {
  if (settings.startsAt > now) return;
  throw refused(
    'invalid-argument',
    'MEETING_IN_PAST',
    'settings.starts_at',
    'a meeting is scheduled for a time still to come',
  );
}

const meetingEvent = (
  type:
    | typeof EVENT_TYPES.meetingScheduled
    | typeof EVENT_TYPES.meetingCancelled
    | typeof EVENT_TYPES.meetingRecorded,
  assignment: Assignment,
  meeting: Meeting,
  rescheduled = false,
): MentoringEvent => {
  const orgCode = assignment.mentee.organisationCode;
  return type === EVENT_TYPES.meetingScheduled
    ? { type, orgCode, payload: { assignment, meeting, rescheduled } }
    : { type, orgCode, payload: { assignment, meeting } };
};

async function loadMeeting(deps: Dependencies, meetingId: string) {
  return (
    (await deps.meetings.get(meetingId)) ??
    Promise.reject(notFound('meeting_id', `meeting ${meetingId}`))
  );
}

async function saveMeeting(
  deps: Dependencies,
  before: Meeting,
  after: Meeting,
  event: MentoringEvent,
  context: ChangeContext,
) {
  const next = { ...after, version: before.version + 1 };
  written(
    deps,
    await deps.meetings.replace(
      next,
      before.version,
      envelopes(deps, [event], context),
      `meeting ${before.id}`,
    ),
  );
  return next;
}

export const scheduleMeeting =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly assignmentId: string; readonly settings: MeetingSettings },
  ): Promise<Meeting> => {
    const assignment = await loadAssignment(deps, input.assignmentId);
    allow(caller, 'ScheduleMeeting', await pairTarget(deps, assignment));
    assertActive(assignment);
    assertFuture(input.settings, caller.context.now);
    const meeting: Meeting = {
      id: deps.newId(),
      assignmentId: assignment.id,
      settings: input.settings,
      status: 'scheduled',
      notes: '',
      cancellationReason: '',
      version: 1,
    };
    await deps.meetings.insert(
      meeting,
      envelopes(
        deps,
        [meetingEvent(EVENT_TYPES.meetingScheduled, assignment, meeting)],
        caller.context,
      ),
    );
    written(deps, undefined, MEETINGS_COLLECTION, meeting.id);
    return meeting;
  };

function assertScheduled(meeting: Meeting) {
  if (meeting.status === 'scheduled') return;
  throw refused(
    'failed-precondition',
    'MEETING_CLOSED',
    'meeting_id',
    `meeting ${meeting.id} is ${meeting.status}`,
  );
}

/** Moves a scheduled meeting, or cancels it with a reason. */
export const updateMeeting =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly meetingId: string;
      readonly expectedVersion: number;
      readonly settings: MeetingSettings;
      readonly cancel: boolean;
      readonly cancellationReason: string;
    },
  ): Promise<Meeting> => {
    const meeting = await loadMeeting(deps, input.meetingId);
    const assignment = await loadAssignment(deps, meeting.assignmentId);
    allow(caller, 'UpdateMeeting', await pairTarget(deps, assignment));
    assertVersion(meeting, input.expectedVersion, `meeting ${meeting.id}`);
    assertScheduled(meeting);
    if (input.cancel) {
      const cancelled: Meeting = {
        ...meeting,
        status: 'cancelled',
        cancellationReason: input.cancellationReason,
      };
      return saveMeeting(
        deps,
        meeting,
        cancelled,
        meetingEvent(EVENT_TYPES.meetingCancelled, assignment, cancelled),
        caller.context,
      );
    }
    assertActive(assignment);
    assertFuture(input.settings, caller.context.now);
    const moved: Meeting = { ...meeting, settings: input.settings };
    return saveMeeting(
      deps,
      meeting,
      moved,
      meetingEvent(EVENT_TYPES.meetingScheduled, assignment, moved, true),
      caller.context,
    );
  };

/** Held or missed, with the pair's notes. */
export const recordMeetingOutcome =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly meetingId: string;
      readonly expectedVersion: number;
      readonly status: 'held' | 'missed';
      readonly notes: string;
    },
  ): Promise<Meeting> => {
    const meeting = await loadMeeting(deps, input.meetingId);
    const assignment = await loadAssignment(deps, meeting.assignmentId);
    allow(caller, 'RecordMeetingOutcome', await pairTarget(deps, assignment));
    assertVersion(meeting, input.expectedVersion, `meeting ${meeting.id}`);
    assertScheduled(meeting);
    if (meeting.settings.startsAt > caller.context.now) {
      throw refused(
        'failed-precondition',
        'MEETING_NOT_STARTED',
        'meeting_id',
        `meeting ${meeting.id} has not started yet`,
      );
    }
    const recorded: Meeting = { ...meeting, status: input.status, notes: input.notes };
    return saveMeeting(
      deps,
      meeting,
      recorded,
      meetingEvent(EVENT_TYPES.meetingRecorded, assignment, recorded),
      caller.context,
    );
  };

const MAX_PAIRS_LISTED = 200;

/**
 * A pair's meetings, or the caller's across their pairs. Notes are given to the pair alone: the
 * office and coordinators see when the pair met, not what was said.
 */
export const listMeetings =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly assignmentId: string;
      readonly startsFrom: Date | undefined;
      readonly page: { pageSize: number; cursor: string };
    },
  ) => {
    let pairs: Assignment[];
    if (input.assignmentId === '') {
      allow(caller, 'ListAssignments');
      const mine = await deps.assignments.list(
        {
          scope: listScopeOf(caller.principal, true),
          ownExpertIds: await deps.pool.expertIdsOfSubject(subjectOf(caller)),
          statuses: [],
          programmeId: '',
          mentorExpertId: '',
        },
        { pageSize: MAX_PAIRS_LISTED, cursor: '' },
      );
      pairs = mine.items;
    } else {
      const assignment = await loadAssignment(deps, input.assignmentId);
      allow(caller, 'ListMeetings', await pairTarget(deps, assignment));
      pairs = [assignment];
    }
    const page = await deps.meetings.list(
      pairs.map((pair) => pair.id),
      input.startsFrom,
      input.page,
    );
    const notesFor = new Set(
      (
        await Promise.all(
          pairs.map(async (pair) =>
            seesNotes(caller.principal, await pairTarget(deps, pair)) ? [pair.id] : [],
          ),
        )
      ).flat(),
    );
    return {
      items: page.items.map((meeting) => ({
        meeting,
        withNotes: notesFor.has(meeting.assignmentId),
      })),
      nextCursor: page.nextCursor,
    };
  };
