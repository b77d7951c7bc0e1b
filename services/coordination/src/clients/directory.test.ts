import { create } from '@bufbuild/protobuf';
import {
  MatchExpertsResponseSchema,
  SkillLevel,
  type MatchExpertsResponse,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { describe, expect, it } from 'vitest';
import { aRequest, someDetails } from '../../test/fixtures.ts';
import { DirectoryUnavailable } from '../usecases/shared/dependencies.ts';
import { directoryCandidates } from './directory.ts';

type Client = Parameters<typeof directoryCandidates>[0];

const ANSWER = create(MatchExpertsResponseSchema, {
  matches: [
    {
      expert: { id: 'expert-1', fullName: 'Nguyễn Văn An', organisation: { code: 'P01-SKHCN' } },
      score: 0.91,
      missingSkillCodes: ['ai'],
      reasons: [
        {
          codes: ['data-governance'],
          message: { vi: 'Cùng kỹ năng: Quản trị dữ liệu', en: 'Shared skills: Data governance' },
        },
      ],
    },
    { score: 0.5 },
    { expert: { id: 'expert-2', fullName: 'Lê Thị Bình' }, score: 0.42 },
  ],
});

/** A client whose matchExperts records what it was asked and answers (or fails) as told. */
function fakeClient(answer: () => Promise<MatchExpertsResponse>) {
  const calls: { request: unknown; options: unknown }[] = [];
  const client = {
    matchExperts: (request: unknown, options: unknown) => {
      calls.push({ request, options });
      return answer();
    },
    close: () => undefined,
  };
  return { client: client as unknown as Client, calls };
}

const grpcError = (code: number | undefined, message = 'boom') =>
  Object.assign(new Error(message), code === undefined ? {} : { code });

describe('directoryCandidates', () => {
  it('asks MatchExperts for the skills, the place (on site), the dates, the excluded experts, 50 at most, with the token and deadline', async () => {
    const { client, calls } = fakeClient(() => Promise.resolve(ANSWER));
    const find = directoryCandidates(client, () => Promise.resolve('token-1'), 2500);
    await find(aRequest(), ['expert-8', 'expert-9']);
    expect(calls).toEqual([
      {
        request: {
          skills: [
            { code: 'data-engineering', minLevel: SkillLevel.ADVANCED, verifiedOnly: true },
            { code: 'gis', minLevel: 0, verifiedOnly: false },
          ],
          preferredProvinces: [{ code: 'P79' }],
          availableFrom: '2026-04-06',
          availableTo: '2026-04-17',
          excludeExpertIds: ['expert-8', 'expert-9'],
          page: { pageSize: 50 },
        },
        options: { token: 'token-1', deadlineMs: 2500 },
      },
    ]);
  });

  it('hybrid work prefers its province too', async () => {
    const { client, calls } = fakeClient(() => Promise.resolve(ANSWER));
    const request = aRequest({ details: someDetails({ mode: 'hybrid', provinceCode: 'P48' }) });
    await directoryCandidates(client, () => Promise.resolve('t'), 1000)(request, []);
    expect(calls[0]?.request).toMatchObject({ preferredProvinces: [{ code: 'P48' }] });
  });

  it('remote work prefers no province', async () => {
    const { client, calls } = fakeClient(() => Promise.resolve(ANSWER));
    const request = aRequest({ details: someDetails({ mode: 'remote' }) });
    await directoryCandidates(client, () => Promise.resolve('t'), 1000)(request, []);
    expect(calls[0]?.request).toMatchObject({ preferredProvinces: [], excludeExpertIds: [] });
  });

  it('a fresh token for every call', async () => {
    const { client, calls } = fakeClient(() => Promise.resolve(ANSWER));
    let issued = 0;
    const find = directoryCandidates(
      client,
      () => Promise.resolve(`token-${String(++issued)}`),
      1000,
    );
    await find(aRequest(), []);
    await find(aRequest(), []);
    expect(calls.map((call) => call.options)).toEqual([
      { token: 'token-1', deadlineMs: 1000 },
      { token: 'token-2', deadlineMs: 1000 },
    ]);
  });

  it('answers the candidates in the directory’s order, skipping matches without an expert', async () => {
    const { client } = fakeClient(() => Promise.resolve(ANSWER));
    const candidates = await directoryCandidates(
      client,
      () => Promise.resolve('t'),
      1000,
    )(aRequest(), []);
    expect(candidates).toEqual([
      {
        expertId: 'expert-1',
        fullName: 'Nguyễn Văn An',
        organisationCode: 'P01-SKHCN',
        score: 0.91,
        reasons: [{ vi: 'Cùng kỹ năng: Quản trị dữ liệu', en: 'Shared skills: Data governance' }],
        missingSkillCodes: ['ai'],
      },
      {
        expertId: 'expert-2',
        fullName: 'Lê Thị Bình',
        organisationCode: '',
        score: 0.42,
        reasons: [],
        missingSkillCodes: [],
      },
    ]);
  });

  it('no matches: no candidates', async () => {
    const { client } = fakeClient(() => Promise.resolve(create(MatchExpertsResponseSchema)));
    await expect(
      directoryCandidates(client, () => Promise.resolve('t'), 1000)(aRequest(), []),
    ).resolves.toEqual([]);
  });

  it.each([
    ['DEADLINE_EXCEEDED', 4],
    ['UNAVAILABLE', 14],
  ])('%s (%i) is DirectoryUnavailable, the degraded answer, with the cause', async (_, code) => {
    const failure = grpcError(code, 'too slow');
    const { client } = fakeClient(() => Promise.reject(failure));
    const error: unknown = await directoryCandidates(
      client,
      () => Promise.resolve('t'),
      1000,
    )(aRequest(), []).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DirectoryUnavailable);
    expect((error as Error).message).toContain('too slow');
    expect((error as Error).cause).toBe(failure);
  });

  it('an error without a gRPC code (the connection never opened) is DirectoryUnavailable too', async () => {
    const { client } = fakeClient(() => Promise.reject(grpcError(undefined, 'ECONNREFUSED')));
    await expect(
      directoryCandidates(client, () => Promise.resolve('t'), 1000)(aRequest(), []),
    ).rejects.toBeInstanceOf(DirectoryUnavailable);
  });

  it.each([
    ['INVALID_ARGUMENT', 3],
    ['PERMISSION_DENIED', 7],
    ['UNAUTHENTICATED', 16],
    ['INTERNAL', 13],
  ])('%s (%i) is rethrown as it came', async (_, code) => {
    const failure = grpcError(code);
    const { client } = fakeClient(() => Promise.reject(failure));
    await expect(
      directoryCandidates(client, () => Promise.resolve('t'), 1000)(aRequest(), []),
    ).rejects.toBe(failure);
  });
});
