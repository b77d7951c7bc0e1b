import { create } from '@bufbuild/protobuf';
import type { ErrorKind } from '@expertnet/platform';
import { GetNominationResponseSchema } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  bearer,
  jsonOf,
  NOMINATOR_TOKEN,
  rpcError,
  rpcStatusError,
  testGateway,
  type FakeHandler,
} from '../../test/support.ts';

const NOMINATION_ID = '3b0e1a52-7f7c-4d8e-9a39-1c2b3d4e5f60';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** PUT /nominations/{id} answered by the fake with `failure`. */
async function updateFailingWith(failure: Error) {
  const updateNomination: FakeHandler = () => Promise.reject(failure);
  const built = await testGateway({ updateNomination });
  app = built.app;
  return built.app.inject({
    method: 'PUT',
    url: `/api/v1/nominations/${NOMINATION_ID}`,
    headers: bearer(NOMINATOR_TOKEN),
    payload: { expectedVersion: 3, candidate: { fullName: 'Nguyễn Thị Thu Hà' } },
  });
}

describe('gRPC statuses as problems', () => {
  it.each<[ErrorKind, string, number]>([
    ['unauthenticated', 'TOKEN_INVALID', 401],
    ['permission-denied', 'ORG_SCOPE_VIOLATION', 403],
    ['not-found', 'NOMINATION_NOT_FOUND', 404],
    ['already-exists', 'NOMINATION_EXISTS', 409],
    ['conflict', 'VERSION_CONFLICT', 409],
    ['failed-precondition', 'NOMINATION_ROUND_CLOSED', 422],
  ])('%s (%s) becomes %i with the service code and message', async (kind, code, status) => {
    const response = await updateFailingWith(rpcError(kind, code, `the service says ${code}`));
    expect(response.statusCode).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(jsonOf(response)).toMatchObject({
      status,
      code,
      type: `https://expertnet.vn/problems/${code.toLowerCase().replaceAll('_', '-')}`,
      detail: `the service says ${code}`,
      instance: `/api/v1/nominations/${NOMINATION_ID}`,
      errors: [],
    });
  });

  it('turns INVALID_ARGUMENT into 400 with every field violation, named as the client sent it', async () => {
    const failure = rpcError('invalid-argument', 'INVALID_ARGUMENT', 'bad fields', [
      { field: 'candidate.full_name', description: 'value length must be at least 2 characters' },
      { field: 'candidate.prior_trainings[1].year', description: 'value must be >= 1990' },
      { field: 'expected_version', description: 'value must be >= 1' },
    ]);
    const response = await updateFailingWith(failure);
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response)).toMatchObject({
      code: 'INVALID_ARGUMENT',
      title: 'Yêu cầu không hợp lệ',
      errors: [
        { field: 'candidate.fullName', message: 'value length must be at least 2 characters' },
        { field: 'candidate.priorTrainings[1].year', message: 'value must be >= 1990' },
        { field: 'expectedVersion', message: 'value must be >= 1' },
      ],
    });
  });

  it.each([
    [14, 503, 'SERVICE_UNAVAILABLE'],
    [4, 504, 'SERVICE_TIMEOUT'],
    [13, 500, 'INTERNAL'],
    [2, 500, 'INTERNAL'],
  ])('turns gRPC status %i into %i without the service internals', async (grpc, status, code) => {
    const response = await updateFailingWith(rpcStatusError(grpc, 'connect ECONNREFUSED 10.0.0.7'));
    expect(response.statusCode).toBe(status);
    const problem = jsonOf(response);
    expect(problem).toMatchObject({ status, code });
    expect(JSON.stringify(problem)).not.toContain('10.0.0.7');
  });

  it('answers 200 with the message as JSON when the call succeeds', async () => {
    const getNomination: FakeHandler = () =>
      Promise.resolve(create(GetNominationResponseSchema, { nomination: { id: NOMINATION_ID } }));
    const built = await testGateway({ getNomination });
    app = built.app;
    const response = await built.app.inject({
      method: 'GET',
      url: `/api/v1/nominations/${NOMINATION_ID}`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toMatchObject({ nomination: { id: NOMINATION_ID, version: 0 } });
  });
});
