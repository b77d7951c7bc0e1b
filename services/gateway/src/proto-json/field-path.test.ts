import {
  CreateRoundRequestSchema,
  UpdateNominationRequestSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { jsonFieldPath, renameFieldsInText } from './field-path.ts';

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

describe('renameFieldsInText', () => {
  it('renames whole field paths only, longest first', () => {
    const renames = new Map([
      ['candidate.full_name', 'candidate.fullName'],
      ['code', 'verificationCode'],
    ]);
    expect(
      renameFieldsInText(
        'candidate.full_name: required; verification_code: too short; code: bad; rubric[0].code: ok',
        renames,
      ),
    ).toBe(
      'candidate.fullName: required; verification_code: too short; verificationCode: bad; rubric[0].code: ok',
    );
  });

  it('leaves a text without the fields as it is', () => {
    expect(renameFieldsInText('the round is closed', new Map([['round_id', 'roundId']]))).toBe(
      'the round is closed',
    );
  });
});
