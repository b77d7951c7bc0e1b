import { pathToString } from '@bufbuild/protobuf/reflect';
import { createValidator } from '@bufbuild/protovalidate';
import type { FieldViolation } from '@expertnet/platform';
import {
  CreateRoundRequestSchema,
  type CreateRoundRequest,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FIELD_ERRORS } from './problem-mapping.ts';
import {
  bearer,
  jsonOf,
  OFFICE_TOKEN,
  rpcError,
  testGateway,
  type FakeHandler,
} from '../../test/support.ts';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * A createRound that checks its request with the contract's rules, as the nominations service
 * does (the kit's violationsOf): the violations carry protovalidate's own rule ids.
 */
const validatingCreateRound: FakeHandler = (request) => {
  const result = createValidator().validate(
    CreateRoundRequestSchema,
    request as CreateRoundRequest,
  );
  const violations: FieldViolation[] =
    result.kind === 'invalid'
      ? result.violations.map((violation) => ({
          field: pathToString(violation.field),
          description: violation.message,
          rule: violation.ruleId,
        }))
      : [];
  // The kit's message for it: the violations listed, in English.
  const message = violations.map(({ field, description }) => `${field}: ${description}`).join('; ');
  return Promise.reject(rpcError('invalid-argument', 'INVALID_ARGUMENT', message, violations));
};

async function createRound(
  payload: unknown,
  language: string,
  createRoundHandler: FakeHandler = validatingCreateRound,
) {
  return (await problemOfCreateRound(payload, language, createRoundHandler)).errors;
}

async function problemOfCreateRound(
  payload: unknown,
  language: string,
  createRoundHandler: FakeHandler = validatingCreateRound,
) {
  const built = await testGateway({ createRound: createRoundHandler });
  app = built.app;
  const response = await built.app.inject({
    method: 'POST',
    url: '/api/v1/rounds',
    headers: { ...bearer(OFFICE_TOKEN), 'accept-language': language },
    payload: payload as Record<string, unknown>,
  });
  expect(response.statusCode).toBe(400);
  return jsonOf(response);
}

const SETTINGS = {
  name: { vi: 'Đợ' },
  opensAt: '2027-01-10T00:00:00+07:00',
  closesAt: '2027-01-01T00:00:00+07:00',
  eligibility: {},
  rubric: [],
  reminderDaysBeforeClose: [0, 7],
};

describe('field errors in the language the caller asked for', () => {
  it.each([
    ['vi', 'không đúng định dạng ngày giờ (ví dụ 2026-12-31T09:00:00+07:00)'],
    ['en', 'must be a date and time such as 2026-12-31T09:00:00+07:00'],
  ])('says a structural error in %s', async (language, message) => {
    const errors = await createRound({ settings: { opensAt: 'ngày mai' } }, language);
    expect(errors).toEqual([{ field: 'settings.opensAt', message }]);
  });

  it.each([
    ['vi', 'không phải trường được hỗ trợ'],
    ['en', 'is not a known field'],
  ])('says an unknown member in %s', async (language, message) => {
    const errors = await createRound({ settings: {}, draft: true }, language);
    expect(errors).toEqual([{ field: 'draft', message }]);
  });

  it('says the service’s protovalidate violations in Vietnamese, with the contract’s values', async () => {
    const errors = await createRound({ settings: SETTINGS }, 'vi');
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'settings.rubric', message: 'phải có ít nhất 1 mục' },
        { field: 'settings.reminderDaysBeforeClose[0]', message: 'phải từ 1 đến 90' },
        {
          field: 'settings.name',
          message:
            'bắt buộc có tên tiếng Việt từ 3 đến 200 ký tự; tên tiếng Anh không quá 200 ký tự',
        },
        { field: 'settings', message: 'thời điểm đóng phải sau thời điểm mở' },
      ]),
    );
  });

  it('says them in English when asked', async () => {
    const errors = await createRound({ settings: SETTINGS }, 'en-GB,en;q=0.8');
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'settings.rubric', message: 'must have 1 or more items' },
        { field: 'settings.reminderDaysBeforeClose[0]', message: 'must be from 1 to 90' },
        { field: 'settings', message: 'the closing time must be after the opening time' },
      ]),
    );
  });

  it('writes the detail of the service’s violation list from the localised errors', async () => {
    const problem = await problemOfCreateRound({ settings: SETTINGS }, 'vi');
    expect(problem.detail).toEqual(
      expect.stringContaining('settings.rubric: phải có ít nhất 1 mục; '),
    );
    expect(problem.detail).not.toContain('value');
  });

  it('keeps the service’s text for an unknown rule, a rule without its values, or no rule', async () => {
    const failing: FakeHandler = () =>
      Promise.reject(
        rpcError('invalid-argument', 'INVALID_ARGUMENT', 'bad fields', [
          { field: 'settings.description', description: 'a newer rule', rule: 'string.no_such' },
          { field: 'rows[3].name', description: 'too short', rule: 'string.min_len' },
          { field: 'settings.opens_at', description: 'must fall on a working day' },
          {
            field: 'settings.description',
            description: 'required by the service',
            rule: 'required',
          },
        ]),
      );
    const errors = await createRound({ settings: {} }, 'vi', failing);
    expect(errors).toEqual([
      { field: 'settings.description', message: 'a newer rule' },
      { field: 'rows[3].name', message: 'too short' },
      { field: 'settings.opensAt', message: 'must fall on a working day' },
      { field: 'settings.description', message: 'bắt buộc phải nhập' },
    ]);
  });
});

describe('every field error at once', () => {
  it('reports every structural error of the body, not only the first', async () => {
    const errors = await createRound(
      { settings: { opensAt: 'ngày mai', reminderDaysBeforeClose: ['x'], draft: true } },
      'vi',
    );
    expect(errors).toEqual([
      { field: 'settings.draft', message: 'không phải trường được hỗ trợ' },
      {
        field: 'settings.opensAt',
        message: 'không đúng định dạng ngày giờ (ví dụ 2026-12-31T09:00:00+07:00)',
      },
      { field: 'settings.reminderDaysBeforeClose[0]', message: 'phải là số nguyên' },
    ]);
  });

  it('lists at most MAX_FIELD_ERRORS of them', async () => {
    const many = Array.from({ length: MAX_FIELD_ERRORS + 50 }, () => 'x');
    const errors = await createRound({ settings: { reminderDaysBeforeClose: many } }, 'en');
    expect(errors).toHaveLength(MAX_FIELD_ERRORS);
  });

  it('takes an empty date-time for one not given, so the service reports the whole form', async () => {
    const errors = await createRound({ settings: { ...SETTINGS, opensAt: '' } }, 'vi');
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'settings.opensAt', message: 'bắt buộc phải nhập' },
        { field: 'settings.rubric', message: 'phải có ít nhất 1 mục' },
        { field: 'settings.reminderDaysBeforeClose[0]', message: 'phải từ 1 đến 90' },
      ]),
    );
  });
});
