import { create, toBinary } from '@bufbuild/protobuf';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { NominationStatus } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { NOMINATIONS_EVENTS, NOMINATIONS_SUBJECTS } from '@expertnet/proto/events';
import { resolveOrganisation, serviceActor } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { serviceCaller } from '../usecases/shared/caller.ts';
import { decisionOf, nominationsConsumer } from './nomination-events.ts';

const facts = {
  nominationId: 'n-1',
  roundId: 'r-1',
  organisation: { code: 'P02' },
  effectiveOrganisation: { code: 'P08' },
  nominee: {
    fullName: 'Nguyễn Thị Hoa',
    email: 'hoa@example.gov.vn',
    position: 'Chuyên viên',
    unit: 'Sở Nội vụ',
    specialties: ['Dữ liệu số'],
    languages: ['vi', 'en'],
  },
  version: 4,
};

function rejected(previousStatus: NominationStatus) {
  const subject = NOMINATIONS_SUBJECTS.nominationRejected;
  const schema = NOMINATIONS_EVENTS[subject];
  const data = toBinary(
    schema,
    create(schema, { nomination: facts, previousStatus, reason: 'Không đạt' }),
  );
  return create(EventEnvelopeSchema, { subject, data });
}

describe('the nominations consumer', () => {
  it("maps the contract's NominationFacts into the domain's input, field by field", () => {
    expect(decisionOf(rejected(NominationStatus.ACCEPTED))).toEqual({
      kind: 'rejected',
      previousStatus: 'accepted',
      reason: 'Không đạt',
      nomination: {
        nominationId: 'n-1',
        roundId: 'r-1',
        organisationCode: 'P02',
        effectiveOrganisationCode: 'P08',
        nominee: {
          fullName: 'Nguyễn Thị Hoa',
          email: 'hoa@example.gov.vn',
          position: 'Chuyên viên',
          unit: 'Sở Nội vụ',
          specialties: ['Dữ liệu số'],
          languages: ['vi', 'en'],
        },
        version: 4,
      },
    });
    expect(decisionOf(rejected(NominationStatus.UNDER_REVIEW))?.previousStatus).toBe(
      'under-review',
    );
  });

  it('ignores the subjects cohorts does not act on', () => {
    const subject = NOMINATIONS_SUBJECTS.nominationSubmitted;
    expect(decisionOf(create(EventEnvelopeSchema, { subject }))).toBeUndefined();
  });

  it('refuses a decision that names no nomination, rather than enrolling nobody', () => {
    const subject = NOMINATIONS_SUBJECTS.nominationAccepted;
    const data = toBinary(NOMINATIONS_EVENTS[subject], create(NOMINATIONS_EVENTS[subject], {}));
    expect(() => decisionOf(create(EventEnvelopeSchema, { subject, data }))).toThrow(
      /names no nomination/,
    );
  });

  it('hands every decision to the placement use case, as the service', async () => {
    const placed: unknown[] = [];
    const service = serviceCaller({
      actor: serviceActor('svc-cohorts'),
      now: new Date(0),
      resolve: resolveOrganisation,
    });
    const consume = nominationsConsumer({
      serviceCaller: () => service,
      placeTrainee: async (caller, request) => {
        placed.push({ caller, request });
        await Promise.resolve();
      },
    });
    await consume(rejected(NominationStatus.ACCEPTED));
    await consume(create(EventEnvelopeSchema, { subject: NOMINATIONS_SUBJECTS.roundOpened }));
    expect(placed).toEqual([
      { caller: service, request: { kind: 'nomination', decision: expect.anything() as unknown } },
    ]);
  });
});
