import {
  CreateRoundRequestSchema,
  UpdateNominationRequestSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { jsonFieldPath } from './field-path.ts';

describe('jsonFieldPath', () => {
  it.each([
    ['candidate.full_name', 'candidate.fullName'],
    ['candidate.prior_trainings[2].year', 'candidate.priorTrainings[2].year'],
    ['expected_version', 'expectedVersion'],
    ['national_id', 'nationalId'],
    ['candidate.fullName', 'candidate.fullName'],
    ['candidate.no_such_field.x_y', 'candidate.no_such_field.x_y'],
    ['', ''],
  ])('%s → %s', (path, expected) => {
    expect(jsonFieldPath(UpdateNominationRequestSchema, path)).toBe(expected);
  });

  it('walks lists of messages', () => {
    expect(jsonFieldPath(CreateRoundRequestSchema, 'settings.rubric[0].max_score')).toBe(
      'settings.rubric[0].maxScore',
    );
  });
});
