import type { HandlersOf } from '@expertnet/platform';
import type { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import type { MatchRun } from '../domain/index.ts';
import type { MentoringApp } from '../app.ts';
import type { Caller } from '../usecases/shared/caller.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { matchRunMessage, mentorMessage, programmeMessage } from './mapping/answers.ts';
import { settingsOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof MentoringService>;

/** A run with the people its pairs name, read for the board. */
async function runAnswer(app: MentoringApp, caller: Caller, run: MatchRun) {
  const ids = [...run.pairs.map((pair) => pair.applicationId), ...run.unmatchedApplicationIds];
  const applications = await Promise.all(
    ids.map((id) => app.getApplication(caller, id).catch(() => undefined)),
  );
  const mentors = await Promise.all(
    run.pairs.map((pair) => app.getMentor(caller, pair.mentorId).catch(() => undefined)),
  );
  return {
    run: matchRunMessage(run, {
      applications: new Map(applications.flatMap((found) => (found ? [[found.id, found]] : []))),
      mentors: new Map(mentors.flatMap((found) => (found ? [[found.expertId, found]] : []))),
    }),
  };
}

/** Programmes, the mentor pool and bulk matching: the office's side. */
export function programmeHandlers({ app, now }: HandlerDependencies) {
  return {
    async createProgramme(request, call) {
      const programme = await app.createProgramme(
        callerOf(call, now()),
        settingsOf(request.settings),
      );
      return { programme: programmeMessage(programme) };
    },
    async updateProgramme(request, call) {
      const programme = await app.updateProgramme(callerOf(call, now()), {
        programmeId: request.programmeId,
        expectedVersion: request.expectedVersion,
        settings: settingsOf(request.settings),
      });
      return { programme: programmeMessage(programme) };
    },
    async getProgramme(request, call) {
      const { programme, counts } = await app.getProgramme(
        callerOf(call, now()),
        request.programmeId,
      );
      return { programme: programmeMessage(programme, counts) };
    },
    async listProgrammes(request, call) {
      const page = await app.listProgrammes(callerOf(call, now()), {
        onlyOpen: request.onlyOpen,
        page: pageOf(request.page),
      });
      return {
        programmes: page.items.map(({ programme, counts }) => programmeMessage(programme, counts)),
        page: { nextCursor: page.nextCursor },
      };
    },
    async runMatching(request, call) {
      const caller = callerOf(call, now());
      return runAnswer(app, caller, await app.runMatching(caller, request.programmeId));
    },
    async getMatchRun(request, call) {
      const caller = callerOf(call, now());
      return runAnswer(app, caller, await app.getMatchRun(caller, request.runId));
    },
    async adjustMatchRun(request, call) {
      const caller = callerOf(call, now());
      const run = await app.adjustMatchRun(caller, {
        runId: request.runId,
        expectedVersion: request.expectedVersion,
        applicationId: request.applicationId,
        mentorExpertId: request.mentorExpertId,
        repeatOverrideReason: request.repeatOverrideReason,
      });
      return runAnswer(app, caller, run);
    },
    async publishMatchRun(request, call) {
      const caller = callerOf(call, now());
      const run = await app.publishMatchRun(caller, {
        runId: request.runId,
        expectedVersion: request.expectedVersion,
      });
      return runAnswer(app, caller, run);
    },
    async getMentor(request, call) {
      return {
        mentor: mentorMessage(await app.getMentor(callerOf(call, now()), request.expertId)),
      };
    },
    async listMentors(request, call) {
      const page = await app.listMentors(callerOf(call, now()), {
        skillCodes: request.skillCodes,
        provinceCodes: request.provinces.map((province) => province.code),
        onlyWithCapacity: request.onlyWithCapacity,
        page: pageOf(request.page),
      });
      return { mentors: page.items.map(mentorMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
