import { randomUUID } from 'node:crypto';
import { timestampFromMs } from '@bufbuild/protobuf/wkt';
import { richStatusOf } from '@expertnet/platform';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import {
  NominationStatus,
  RoundStatus,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { accessToken } from '@expertnet/tests/support/keycloak.ts';
import { kill9, waitUntil } from '@expertnet/tests/support/processes.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidate, decisionLetter, nationalId, officer, startNominations } from '../support.ts';

type ServiceError = Parameters<typeof richStatusOf>[0];

describe('a round closes itself at its deadline', () => {
  let service: Awaited<ReturnType<typeof startNominations>>;
  let office: { token: string };
  let hanoi: { token: string };

  beforeAll(async () => {
    service = await startNominations({ NOMINATIONS_DEADLINE_CHECK_MS: '300' });
    office = { token: await accessToken('expertnet', TEST_CLIENT_ID, 'office.mai') };
    hanoi = { token: await accessToken('expertnet', TEST_CLIENT_ID, 'nominator.hanoi') };
  });

  afterAll(async () => {
    await kill9(service.child);
  });

  it('refuses a submission after the deadline and records the closing once', async () => {
    const closesAt = Date.now() + 4_000;
    const { round } = await service.client.createRound(
      {
        settings: {
          name: { vi: 'Đợt hạn chót gần', en: 'Round about to close' },
          opensAt: timestampFromMs(Date.now() - 60_000),
          closesAt: timestampFromMs(closesAt),
          eligibility: {},
          rubric: [
            { code: 'overall', name: { vi: 'Tổng thể', en: 'Overall' }, maxScore: 10, weight: 1 },
          ],
        },
      },
      office,
    );
    const roundId = round?.id ?? '';
    await service.client.setQuotas(
      { roundId, quotas: [{ organisation: { code: 'P01' }, floor: 1, ceiling: 3 }] },
      office,
    );
    await service.client.openRound({ roundId, expectedVersion: 2 }, office);
    const created = await service.client.createNomination(
      {
        requestId: randomUUID(),
        roundId,
        organisation: { code: 'P01' },
        candidate: candidate('Mai Văn Tùng'),
        nationalId: nationalId(),
        officer,
      },
      hanoi,
    );
    // Rules left out do not apply: this round has no age limit, so a submission goes through.
    const onTime = await service.client.createNomination(
      {
        requestId: randomUUID(),
        roundId,
        organisation: { code: 'P01' },
        candidate: candidate('Đào Thị Hạnh', { dateOfBirth: '1960-01-01' }),
        nationalId: nationalId(),
        officer,
      },
      hanoi,
    );
    const lettered = await service.client.addDocument(
      { nominationId: onTime.nomination?.id ?? '', expectedVersion: 1, ...decisionLetter },
      hanoi,
    );
    const submitted = await service.client.submitNomination(
      {
        nominationId: onTime.nomination?.id ?? '',
        expectedVersion: lettered.nomination?.version ?? 0,
      },
      hanoi,
    );
    expect(submitted.nomination?.status).toBe(NominationStatus.SUBMITTED);

    const ready = await service.client.addDocument(
      {
        nominationId: created.nomination?.id ?? '',
        expectedVersion: created.nomination?.version ?? 0,
        ...decisionLetter,
      },
      hanoi,
    );

    await waitUntil(async () => {
      const current = await service.client.getRound({ roundId }, office);
      return current.round?.closedAt !== undefined;
    }, 15_000);
    const closed = (await service.client.getRound({ roundId }, office)).round;
    expect(closed?.status).toBe(RoundStatus.CLOSED);
    expect(Number(closed?.closedAt?.seconds) * 1000).toBeLessThanOrEqual(closesAt);

    const late = await service.client
      .submitNomination(
        {
          nominationId: ready.nomination?.id ?? '',
          expectedVersion: ready.nomination?.version ?? 0,
        },
        hanoi,
      )
      .then(
        () => undefined,
        (error: unknown) => error as ServiceError,
      );
    expect(late && richStatusOf(late).reason).toBe('NOMINATION_ROUND_CLOSED');
    // Later sweeps see the closing recorded and leave the round alone.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = (await service.client.getRound({ roundId }, office)).round;
    expect(after?.version).toBe(closed?.version);
  });
});
