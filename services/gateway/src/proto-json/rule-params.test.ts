import type { DescMessage } from '@bufbuild/protobuf';
import {
  CreateRoundRequestSchema,
  UpdateNominationRequestSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { fieldMessage } from '../field-messages.ts';
import { ruleOfViolation } from './rule-params.ts';

const said = (
  path: string,
  ruleId: string,
  schema: DescMessage = UpdateNominationRequestSchema,
) => {
  const rule = ruleOfViolation(schema, path, ruleId);
  return { vi: fieldMessage(rule, 'vi'), en: fieldMessage(rule, 'en') };
};

describe('ruleOfViolation', () => {
  it('reads the rule values at a nested field path from the request descriptor', () => {
    expect(
      ruleOfViolation(UpdateNominationRequestSchema, 'candidate.full_name', 'string.min_len'),
    ).toMatchObject({ key: 'string.min_len', params: { minLen: '2', maxLen: '120' } });
    expect(said('candidate.full_name', 'string.min_len')).toEqual({
      vi: 'phải có ít nhất 2 ký tự',
      en: 'must be at least 2 characters',
    });
    expect(said('candidate.email', 'string.email').vi).toBe(
      'không phải địa chỉ thư điện tử hợp lệ',
    );
    expect(said('candidate.phone', 'string.pattern').vi).toBe(
      'không phải số điện thoại hợp lệ (ví dụ 0912345678 hoặc +84912345678)',
    );
    expect(said('nomination_id', 'string.uuid').en).toBe('is not a valid identifier (UUID)');
    expect(said('expected_version', 'int32.gte').vi).toBe('phải lớn hơn hoặc bằng 1');
  });

  it('reads the rules of one element of a list', () => {
    expect(
      said('settings.reminder_days_before_close[2]', 'int32.gte_lte', CreateRoundRequestSchema),
    ).toEqual({ vi: 'phải từ 1 đến 90', en: 'must be from 1 to 90' });
    expect(said('settings.rubric', 'repeated.max_items', CreateRoundRequestSchema).vi).toBe(
      'không được quá 20 mục',
    );
  });

  it('says an enum left at its unspecified value as a choice to make', () => {
    expect(
      ruleOfViolation(UpdateNominationRequestSchema, 'candidate.gender', 'enum.not_in'),
    ).toEqual({
      key: 'enum.unset',
    });
    expect(said('candidate.gender', 'enum.not_in').vi).toBe('bắt buộc phải chọn');
  });

  it('gives the id alone for a path the descriptor does not know', () => {
    expect(
      ruleOfViolation(UpdateNominationRequestSchema, 'rows[3].full_name', 'string.min_len'),
    ).toEqual({ key: 'string.min_len' });
    expect(said('rows[3].full_name', 'string.min_len').vi).toBeUndefined();
    expect(said('rows[3].email', 'string.email').vi).toBe('không phải địa chỉ thư điện tử hợp lệ');
  });
});
