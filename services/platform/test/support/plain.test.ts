import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  DocumentKind,
  DocumentSchema,
  NominationSchema,
  NominationStatus,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { fromPlain, toPlain } from './plain.ts';

describe('plain domain objects from and to protobuf messages', () => {
  const uploadedAt = new Date('2025-09-01T03:00:00Z');

  it('turns enums into kebab-case names, timestamps into Dates and int64 into numbers', () => {
    const message = create(DocumentSchema, {
      id: 'd1',
      kind: DocumentKind.DECISION_LETTER,
      sizeBytes: 2048n,
      uploadedAt: timestampFromDate(uploadedAt),
    });
    expect(toPlain(message, DocumentSchema)).toMatchObject({
      id: 'd1',
      kind: 'decision-letter',
      sizeBytes: 2048,
      uploadedAt,
    });
  });

  it('round-trips a nomination, leaving zero enums and unset messages undefined', () => {
    const plain = toPlain(
      create(NominationSchema, {
        id: 'n1',
        status: NominationStatus.UNDER_REVIEW,
        candidate: { fullName: 'Nguyễn Thị Thu Hà', languages: ['vi', 'en'] },
      }),
      NominationSchema,
    );
    expect(plain.status).toBe('under-review');
    expect(plain.decision).toBeUndefined();
    expect((plain.candidate as { gender: unknown }).gender).toBeUndefined();
    const back = fromPlain(NominationSchema, plain);
    expect(back.status).toBe(NominationStatus.UNDER_REVIEW);
    expect(back.candidate?.fullName).toBe('Nguyễn Thị Thu Hà');
    expect(back.candidate?.languages).toEqual(['vi', 'en']);
  });

  it('speaks of a single organisation reference by its code', () => {
    const message = fromPlain(NominationSchema, { organisationCode: 'P01' });
    expect(message.organisation?.code).toBe('P01');
    expect(toPlain(message, NominationSchema)).toMatchObject({
      organisationCode: 'P01',
      effectiveOrganisationCode: '',
    });
  });

  it('refuses an enum name the contract does not have', () => {
    expect(() => fromPlain(DocumentSchema, { kind: 'passport' })).toThrow(/no value "passport"/);
  });
});
