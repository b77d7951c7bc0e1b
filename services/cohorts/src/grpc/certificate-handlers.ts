import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { certificateStatusesOf } from './mapping/requests.ts';
import { certificateMessage, graduationMessage, verificationMessage } from './mapping/results.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Graduation and certificates: issued and revoked by the office, verifiable by anyone. */
export function certificateHandlers({ app, now }: HandlerDependencies) {
  return {
    async graduateTrainees(request, call) {
      const outcomes = await app.graduateTrainees(callerOf(call, now()), {
        cohortId: request.cohortId,
        enrolmentIds: request.enrolmentIds,
      });
      return { outcomes: outcomes.map(graduationMessage) };
    },

    async getCertificate(request, call) {
      const certificate = await app.getCertificate(callerOf(call, now()), request.certificateId);
      return { certificate: certificateMessage(certificate) };
    },

    async listCertificates(request, call) {
      const page = await app.listCertificates(
        callerOf(call, now()),
        {
          cohortId: request.cohortId,
          organisationCode: request.organisation?.code ?? '',
          statuses: certificateStatusesOf(request.statuses),
        },
        pageOf(request.page),
      );
      return {
        certificates: page.items.map(certificateMessage),
        page: { nextCursor: page.nextCursor },
      };
    },

    async revokeCertificate(request, call) {
      const { certificateId, reason } = request;
      const certificate = await app.revokeCertificate(callerOf(call, now()), {
        certificateId,
        reason,
      });
      return { certificate: certificateMessage(certificate) };
    },

    async verifyCertificate(request, call) {
      const answer = await app.verifyCertificate(callerOf(call, now()), request.verificationCode);
      return verificationMessage(answer);
    },
  } satisfies Partial<Handlers>;
}
