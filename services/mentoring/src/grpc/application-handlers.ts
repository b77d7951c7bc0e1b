import type { HandlersOf } from '@expertnet/platform';
import type { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import {
  applicationMessage,
  breachMessage,
  mentorMessage,
  scorePartMessage,
} from './mapping/answers.ts';
import { applicationStatuses } from './mapping/enums.ts';
import { detailsOf } from './mapping/requests.ts';
import type { PoolMentor } from '../domain/index.ts';
import type { ScoredMentor } from '../domain/matching/index.ts';

type Handlers = HandlersOf<typeof MentoringService>;

const mentorOf = (scored: ScoredMentor, mentors: ReadonlyMap<string, PoolMentor>) =>
  mentorMessage(
    mentors.get(scored.mentor.expertId) ?? {
      ...scored.mentor,
      certified: false,
      enrolmentId: '',
      pending: [],
      active: [],
    },
  );

/** Applications and the explained suggestions for them. */
export function applicationHandlers({ app, now }: HandlerDependencies) {
  return {
    async applyForMentoring(request, call) {
      const application = await app.applyForMentoring(callerOf(call, now()), {
        programmeId: request.programmeId,
        menteeExpertId: request.menteeExpertId,
        menteeEnrolmentId: request.menteeEnrolmentId,
        details: detailsOf(request.details),
      });
      return { application: applicationMessage(application) };
    },
    async getApplication(request, call) {
      return {
        application: applicationMessage(
          await app.getApplication(callerOf(call, now()), request.applicationId),
        ),
      };
    },
    async listApplications(request, call) {
      const page = await app.listApplications(callerOf(call, now()), {
        statuses: request.statuses.map((status, index) =>
          applicationStatuses.decode(status, `statuses[${index}]`),
        ),
        onlyMine: request.onlyMine,
        programmeId: request.programmeId,
        page: pageOf(request.page),
      });
      return {
        applications: page.items.map(applicationMessage),
        page: { nextCursor: page.nextCursor },
      };
    },
    async withdrawApplication(request, call) {
      const application = await app.withdrawApplication(callerOf(call, now()), {
        applicationId: request.applicationId,
        expectedVersion: request.expectedVersion,
        reason: request.reason,
      });
      return { application: applicationMessage(application) };
    },
    async suggestMentors(request, call) {
      const { ranked, excluded, mentors } = await app.suggestMentors(callerOf(call, now()), {
        applicationId: request.applicationId,
        limit: pageOf(request.page).pageSize,
      });
      return {
        suggestions: ranked.map((scored) => ({
          mentor: mentorOf(scored, mentors),
          score: scored.score,
          parts: scored.parts.map(scorePartMessage),
          reasons: scored.parts
            .filter((part) => part.value > 0)
            .map((part) => ({
              kind: scorePartMessage(part).kind,
              codes: [...part.codes],
              message: { ...part.reason },
            })),
        })),
        excluded: excluded.map((scored) => ({
          mentor: mentorOf(scored, mentors),
          score: scored.score,
          breaches: scored.breaches.map(breachMessage),
        })),
        page: { nextCursor: '' },
      };
    },
  } satisfies Partial<Handlers>;
}
