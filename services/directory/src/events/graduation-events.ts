import { fromBinary, type DescMessage } from '@bufbuild/protobuf';
import { toPlain, type DomainActor } from '@expertnet/platform';
import {
  CertificateRevokedSchema,
  TraineeGraduatedSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { Catalogue } from '../catalogue.ts';
import {
  applyGraduation,
  changeEvents,
  profileCreated,
  profileIdFor,
  revokeCertificate,
  type GraduationFacts,
} from '../domain/index.ts';
import type { ProfilesStore } from '../persistence/profiles-store.ts';
import type { ProfileWriter } from '../profile-writer.ts';
import type { ExpertIndex } from '../read-model/expert-index.ts';

/** The cohorts subjects the directory consumes, with their contract messages. */
export const COHORTS_FACTS: Record<string, DescMessage> = {
  'cohorts.trainee.graduated': TraineeGraduatedSchema,
  'cohorts.certificate.revoked': CertificateRevokedSchema,
};

export interface GraduationDependencies {
  readonly profiles: ProfilesStore;
  readonly catalogue: Catalogue;
  readonly index: ExpertIndex;
  readonly write: ProfileWriter;
  readonly now: () => Date;
}

/** Changes made by this consumer are the service's own, not a person's. */
const SERVICE_ACTOR: DomainActor = {
  subject: 'svc-directory',
  orgCode: '',
  roles: [],
  service: 'svc-directory',
};

/**
 * Keeps profiles true to the programme without manual curation: a graduation creates the
 * person's profile (or adds the certificate and its verified skills to the one they have), a
 * revoked certificate withdraws the verification that rested on it. Every step is safe to
 * repeat: the profile id comes from the person, an applied enrolment changes nothing, and a write
 * that lost a race fails the delivery so the redelivery reads again.
 */
export function profilesFromCohorts(deps: GraduationDependencies) {
  async function graduated(facts: GraduationFacts): Promise<void> {
    const now = deps.now();
    const before = await deps.profiles.get(profileIdFor(facts.trainee.email));
    const { profile, outcome } = applyGraduation(before, facts, deps.catalogue.taxonomy(), now);
    if (outcome === 'unchanged') return;
    const events =
      before === undefined
        ? [
            profileCreated(
              profile,
              { enrolmentId: facts.enrolmentId, nominationId: facts.nominationId },
              now,
            ),
          ]
        : changeEvents(before, profile, now);
    if (!(await deps.write({ before, after: profile, events, actor: SERVICE_ACTOR, now }))) {
      throw new Error(
        `profile ${profile.id} was created concurrently; the redelivery applies to it`,
      );
    }
  }

  async function revoked(certificate: { certificateId: string; number: string }): Promise<void> {
    const now = deps.now();
    // Found in memory (the database would read every profile for an array member), then read again.
    const holders = deps.index.where(({ credentials }) =>
      credentials.some((held) => held.certificateId === certificate.certificateId),
    );
    for (const { id } of holders) {
      const before = await deps.profiles.get(id);
      if (before === undefined) continue;
      const after = revokeCertificate(before, certificate, now);
      if (after === before) continue;
      const events = changeEvents(before, after, now);
      await deps.write({ before, after, events, actor: SERVICE_ACTOR, now });
    }
  }

  async function handle(envelope: EventEnvelope): Promise<void> {
    const schema = COHORTS_FACTS[envelope.subject];
    if (schema === undefined) return;
    const plain = toPlain(fromBinary(schema, envelope.data), schema);
    if (schema === TraineeGraduatedSchema) {
      await graduated(plain as unknown as GraduationFacts);
    } else {
      await revoked(plain as unknown as { certificateId: string; number: string });
    }
  }

  return { handle };
}
