import { create } from '@bufbuild/protobuf';
import { createValidator } from '@bufbuild/protovalidate';
import { CandidateSchema } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { ServiceError } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { fieldViolations, violationsOf } from '../grpc/request-checks.ts';
import { invalidArgument } from './domain-error.ts';
import { toServiceError } from './grpc-status.ts';
import { richStatusOf } from './rich-status.ts';

/** What the client side sees of what the handler threw: the status decoded again. */
const overTheWire = (thrown: unknown) => richStatusOf(toServiceError(thrown) as ServiceError);

const candidate = create(CandidateSchema, {
  fullName: 'H',
  email: 'not-an-email',
  phone: '0912345678',
  dateOfBirth: '1980-05-17',
  position: 'Phó Giám đốc Sở',
  unit: 'Sở Khoa học và Công nghệ',
  gender: 2,
  employmentType: 1,
  educationLevel: 1,
});

describe('field violations over gRPC', () => {
  it('carry the protovalidate rule id as the BadRequest reason, and back', () => {
    const error = violationsOf(createValidator(), CandidateSchema, candidate);
    expect(error?.violations).toEqual([
      { field: 'full_name', description: expect.any(String) as unknown, rule: 'string.min_len' },
      { field: 'email', description: expect.any(String) as unknown, rule: 'string.email' },
    ]);
    expect(overTheWire(error)).toEqual({
      reason: 'INVALID_ARGUMENT',
      violations: error?.violations,
    });
  });

  it('keeps a violation the service raised itself without a rule', () => {
    const error = invalidArgument([{ field: 'reason', description: 'must be 3 to 20 characters' }]);
    expect(overTheWire(error).violations).toEqual([
      { field: 'reason', description: 'must be 3 to 20 characters' },
    ]);
  });

  it('keeps the rule of a checked row under its prefix', () => {
    expect(
      fieldViolations(CandidateSchema, candidate, 'rows[3]').map(({ field, rule }) => ({
        field,
        rule,
      })),
    ).toEqual([
      { field: 'rows[3].full_name', rule: 'string.min_len' },
      { field: 'rows[3].email', rule: 'string.email' },
    ]);
  });
});
