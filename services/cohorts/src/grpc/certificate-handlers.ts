import { DomainError, fromPlain, type HandlersOf, type Plain } from '@expertnet/platform';
import {
  VerifyCertificateResponseSchema,
  type CohortsService,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  assertCohortGraduates,
  readVerificationCode,
  revokeCertificate,
  verificationAnswer,
  type CertificateStatus,
} from '../domain/index.ts';
import { requireCertificateKeys } from '../keys.ts';
import {
  allow,
  changeContext,
  envelopes,
  EVENTS_COLLECTION,
  pageOf,
  required,
  resolveOrganisation,
  scopeOf,
  type Dependencies,
} from './context.ts';
import { statusesOf } from './enums.ts';
import { graduate } from './graduation.ts';
import type { Loaders } from './loading.ts';
import { certificateMessage } from './mapping.ts';
import { linkCaller } from './trainee-link.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Graduation and certificates: issued and revoked by the office, verifiable by anyone. */
export function certificateHandlers(deps: Dependencies, load: Loaders) {
  const loadCertificate = async (id: string) =>
    required(await deps.certificates.get(id), `certificate ${id}`);

  return {
    /** Each trainee succeeds or fails on their own; unknown enrolment ids refuse the call. */
    async graduateTrainees(request, call) {
      allow(call, 'GraduateTrainees');
      const keys = requireCertificateKeys(deps.keys);
      const view = await load.viewOf(request.cohortId);
      assertCohortGraduates(view);
      const context = changeContext(call, deps.now());
      const asked = [...request.enrolmentIds];
      if (asked.length > 0) {
        const found = new Set((await deps.enrolments.getMany(asked)).map((e) => e.id));
        const missing = asked.filter((id) => !found.has(id));
        if (missing.length > 0) {
          throw new DomainError('not-found', 'NOT_FOUND', `no enrolment ${missing.join(', ')}`);
        }
      }
      const ids =
        asked.length > 0
          ? asked
          : (await deps.enrolments.inCohort(view.cohort.id, ['enrolled'])).map((e) => e.id);
      const outcomes = [];
      for (const id of ids) outcomes.push(await graduate(deps, id, view, keys, context));
      return { outcomes };
    },

    async getCertificate(request, call) {
      await linkCaller(deps, call);
      const held = await loadCertificate(request.certificateId);
      allow(call, 'GetCertificate', { trainee: held.enrolment.trainee });
      return { certificate: certificateMessage(held.certificate) };
    },

    async listCertificates(request, call) {
      const cohort = request.cohortId === '' ? undefined : await load.cohort(request.cohortId);
      const scope = scopeOf(call, 'ListCertificates', cohort);
      if (scope.reach === 'self') await linkCaller(deps, call);
      const asked = request.organisation?.code ?? '';
      const page = await deps.certificates.list(
        {
          cohortId: cohort?.id,
          organisationCode:
            scope.reach === 'organisation'
              ? scope.organisationCode
              : asked === ''
                ? undefined
                : resolveOrganisation(asked),
          statuses: statusesOf<CertificateStatus>(request.statuses, 'certificate'),
          userSubject: scope.reach === 'self' ? scope.subject : undefined,
        },
        pageOf(request.page),
      );
      return {
        certificates: page.items.map((held) => certificateMessage(held.certificate)),
        page: { nextCursor: page.nextCursor },
      };
    },

    async revokeCertificate(request, call) {
      allow(call, 'RevokeCertificate');
      const held = await loadCertificate(request.certificateId);
      const context = changeContext(call, deps.now());
      const change = revokeCertificate(held.certificate, held.enrolment, request.reason, context);
      await deps.certificates.revoke(
        held.enrolment,
        change.certificate,
        envelopes(change.events, context),
      );
      deps.eventsWritten({ collection: EVENTS_COLLECTION, id: held.enrolment.id });
      return { certificate: certificateMessage(change.certificate) };
    },

    /**
     * Public in the contract. The kit's server authenticates every call, so the gateway's public
     * route calls this with its service token; the answer shows only what the certificate shows.
     */
    async verifyCertificate(request, call) {
      allow(call, 'VerifyCertificate');
      const keys = requireCertificateKeys(deps.keys);
      const claims = readVerificationCode(request.verificationCode, keys.publicKeys);
      const stored = claims && (await deps.certificates.byNumber(claims.number));
      const answer = verificationAnswer(claims, stored?.certificate);
      return fromPlain(VerifyCertificateResponseSchema, answer as unknown as Plain);
    },
  } satisfies Partial<Handlers>;
}
