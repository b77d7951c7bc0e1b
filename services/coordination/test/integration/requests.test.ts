import { randomUUID } from 'node:crypto';
import {
  DispatchStatus,
  Priority,
  SupportRequestStatus,
  TriageAction,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { accessTokens } from '@expertnet/tests/support/keycloak.ts';
import { kill9, waitUntil } from '@expertnet/tests/support/processes.ts';
import { startService } from '@expertnet/tests/support/services.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  caughtUp,
  createExpert,
  failure,
  requestDetails,
  startServices,
  stopServices,
  type RunningServices,
} from '../support.ts';

const NOT_FOUND = 5;
const PERMISSION_DENIED = 7;
const FAILED_PRECONDITION = 9;
const INVALID_ARGUMENT = 3;

type Users = 'office' | 'hanoi' | 'danang' | 'hcmNominator' | 'duc' | 'an' | 'linh';
const USERNAMES: Record<Users, string> = {
  office: 'office.mai',
  hanoi: 'coordinator.hanoi',
  danang: 'coordinator.danang',
  hcmNominator: 'nominator.hcm',
  duc: 'mentor.duc',
  an: 'expert.an',
  linh: 'expert.linh',
};
const EXPERTS = ['duc', 'an', 'linh'] as const;

describe('support requests against the real servers (directory and coordination)', () => {
  let nc: NatsConnection;
  let mongo: MongoClient;
  let services: RunningServices;
  let tokens: Record<Users, string>;
  const as = (user: Users) => ({ token: tokens[user] });
  const client = () => services.client;
  /** Which demo user each created expert profile belongs to. */
  const userOfExpert = new Map<string, Users>();

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    tokens = await accessTokens(USERNAMES);
    services = await startServices(nc);
    const organisations = { duc: 'P48', an: 'P01', linh: 'P79' } as const;
    for (const user of EXPERTS) {
      const expertId = await createExpert(services.directory, as('office'), {
        fullName: `Chuyên gia ${user}`,
        email: `${USERNAMES[user]}@demo.expertnet.vn`,
        org: organisations[user],
        // Only Đức knows e-office: the double-booking test offers him every request.
        skills: user === 'duc' ? ['data-governance', 'e-office'] : ['data-governance'],
      });
      userOfExpert.set(expertId, user);
      // Reading their own profile links it to their sign-in (the directory's first-visit rule).
      await services.directory.getMyProfile({}, as(user));
    }
    await caughtUp(nc, services.env.COORDINATION_DIRECTORY_DURABLE);
    // The links are published by the directory's relay a moment later: wait until coordination has them.
    const experts = mongo.db(services.env.COORDINATION_DB).collection('experts');
    await waitUntil(
      async () =>
        (await experts.countDocuments({
          _id: { $in: [...userOfExpert.keys()] } as never,
          userSubject: { $ne: '' },
        })) === EXPERTS.length,
      30_000,
    );
  });

  afterAll(async () => {
    await stopServices(services, nc, mongo);
    await nc.close();
    await mongo.close();
  });

  /** A request drafted by Hà Nội's coordinator, submitted, and accepted by the office. */
  async function acceptedRequest(details = requestDetails()) {
    const { supportRequest: draft } = await client().createSupportRequest(
      { requestId: randomUUID(), requestingOrganisation: { code: 'P01' }, details },
      as('hanoi'),
    );
    const { supportRequest: submitted } = await client().submitSupportRequest(
      { supportRequestId: draft?.id ?? '', expectedVersion: draft?.version ?? 0 },
      as('hanoi'),
    );
    const { supportRequest: accepted } = await client().triageSupportRequest(
      {
        supportRequestId: submitted?.id ?? '',
        expectedVersion: submitted?.version ?? 0,
        action: TriageAction.ACCEPT,
        priority: Priority.HIGH,
      },
      as('office'),
    );
    return accepted;
  }

  const offersOf = async (requestId: string) =>
    (
      await client().listDispatches(
        { supportRequestId: requestId, page: { pageSize: 50 } },
        as('office'),
      )
    ).dispatches;

  it('drafts idempotently, refuses other organisations and bad input, and triages with a due date', async () => {
    const requestId = randomUUID();
    const create = () =>
      client().createSupportRequest(
        { requestId, requestingOrganisation: { code: 'P01' }, details: requestDetails() },
        as('hanoi'),
      );
    const first = await create();
    const again = await create();
    expect(again.supportRequest?.number).toBe(first.supportRequest?.number);
    expect(first.supportRequest?.status).toBe(SupportRequestStatus.DRAFT);

    const foreign = await failure(
      client().createSupportRequest(
        {
          requestId: randomUUID(),
          requestingOrganisation: { code: 'P01' },
          details: requestDetails(),
        },
        as('hcmNominator'),
      ),
    );
    expect(foreign.code).toBe(PERMISSION_DENIED);
    const backwards = await failure(
      client().createSupportRequest(
        {
          requestId: randomUUID(),
          requestingOrganisation: { code: 'P01' },
          details: { ...requestDetails(), endDate: '2020-01-01' },
        },
        as('hanoi'),
      ),
    );
    expect(backwards.code).toBe(INVALID_ARGUMENT);
    const early = await failure(
      client().triageSupportRequest(
        { supportRequestId: requestId, expectedVersion: 1, action: TriageAction.ACCEPT },
        as('office'),
      ),
    );
    expect(early).toMatchObject({ code: FAILED_PRECONDITION, reason: 'REQUEST_STATUS' });

    const { supportRequest: submitted } = await client().submitSupportRequest(
      { supportRequestId: requestId, expectedVersion: 1 },
      as('hanoi'),
    );
    expect(submitted?.serviceLevel?.triageDueAt).toBeDefined();
    expect(
      (
        await failure(
          client().triageSupportRequest(
            { supportRequestId: requestId, expectedVersion: 2, action: TriageAction.ACCEPT },
            as('hanoi'),
          ),
        )
      ).code,
    ).toBe(PERMISSION_DENIED);
    const { supportRequest: returned } = await client().triageSupportRequest(
      {
        supportRequestId: requestId,
        expectedVersion: 2,
        action: TriageAction.REQUEST_CHANGES,
        reason: 'Nêu rõ sản phẩm bàn giao',
      },
      as('office'),
    );
    expect(returned).toMatchObject({
      status: SupportRequestStatus.CHANGES_REQUESTED,
      statusReason: 'Nêu rõ sản phẩm bàn giao',
    });
    const merged = await failure(
      client().triageSupportRequest(
        {
          supportRequestId: requestId,
          expectedVersion: 3,
          action: TriageAction.MERGE,
          reason: 'Trùng',
          mergeIntoRequestId: randomUUID(),
        },
        as('office'),
      ),
    );
    expect(merged.code).toBe(NOT_FOUND);
  });

  it('offers K at once, fills the place, takes the surplus back, and moves on when the home organisation refuses', async () => {
    const request = await acceptedRequest();
    const requestId = request?.id ?? '';
    const { supportRequest: offering } = await client().startOffers(
      {
        supportRequestId: requestId,
        expectedVersion: request?.version ?? 0,
        offersAtOnce: 2,
        respondWithinDays: 3,
      },
      as('office'),
    );
    expect(
      offering?.dispatches.filter((dispatch) => dispatch.status === DispatchStatus.INVITED),
    ).toHaveLength(2);
    expect(offering?.serviceLevel?.firstOfferAt).toBeDefined();
    const [first, second] = offering?.dispatches ?? [];
    const firstUser = userOfExpert.get(first?.expertId ?? '') ?? 'linh';
    const secondUser = userOfExpert.get(second?.expertId ?? '') ?? 'linh';
    expect(
      (
        await failure(
          client().respondToDispatch(
            { dispatchId: first?.id ?? '', expectedVersion: 1, accept: true },
            as(secondUser),
          ),
        )
      ).code,
    ).toBe(PERMISSION_DENIED);
    const { dispatch: accepted } = await client().respondToDispatch(
      { dispatchId: first?.id ?? '', expectedVersion: 1, accept: true },
      as(firstUser),
    );
    expect(accepted?.status).toBe(DispatchStatus.ACCEPTED);
    // The one place is held: the other offer was taken back, and a late answer is refused.
    await waitUntil(
      async () =>
        (await offersOf(requestId)).some(
          (dispatch) => dispatch.id === second?.id && dispatch.status === DispatchStatus.WITHDRAWN,
        ),
      10_000,
    );
    const late = await failure(
      client().respondToDispatch(
        { dispatchId: second?.id ?? '', expectedVersion: 2, accept: true },
        as(secondUser),
      ),
    );
    expect(late).toMatchObject({ code: FAILED_PRECONDITION, reason: 'OFFER_CLOSED' });

    // Released only by the expert's own organisation.
    const homeOf = (user: Users): Users =>
      user === 'duc' ? 'danang' : user === 'an' ? 'hanoi' : 'hcmNominator';
    const wrongHome: Users = homeOf(firstUser) === 'danang' ? 'hanoi' : 'danang';
    expect(
      (
        await failure(
          client().decideRelease(
            { dispatchId: first?.id ?? '', expectedVersion: 2, release: true },
            as(wrongHome),
          ),
        )
      ).code,
    ).toBe(PERMISSION_DENIED);
    const awaiting = await client().listDispatches(
      { awaitingMyRelease: true },
      as(homeOf(firstUser)),
    );
    expect(awaiting.dispatches.map((dispatch) => dispatch.id)).toContain(first?.id);
    const { dispatch: refused } = await client().decideRelease(
      {
        dispatchId: first?.id ?? '',
        expectedVersion: 2,
        release: false,
        reason: 'Đang trực dự án của sở',
      },
      as(homeOf(firstUser)),
    );
    expect(refused?.status).toBe(DispatchStatus.RELEASE_REFUSED);
    // The place went back: the next candidate (the one never offered) gets an offer.
    let third = '';
    await waitUntil(async () => {
      const offers = await offersOf(requestId);
      third =
        offers.find((dispatch) => dispatch.id !== first?.id && dispatch.id !== second?.id)?.id ??
        '';
      return third !== '';
    }, 10_000);
    const thirdOffer = (await offersOf(requestId)).find((dispatch) => dispatch.id === third);
    const thirdUser = userOfExpert.get(thirdOffer?.expertId ?? '') ?? 'linh';
    await client().respondToDispatch(
      { dispatchId: third, expectedVersion: 1, accept: true },
      as(thirdUser),
    );
    const { dispatch: confirmed } = await client().decideRelease(
      { dispatchId: third, expectedVersion: 2, release: true },
      as(homeOf(thirdUser)),
    );
    expect(confirmed?.status).toBe(DispatchStatus.CONFIRMED);
    const { supportRequest: staffed } = await client().getSupportRequest(
      { supportRequestId: requestId },
      as('hanoi'),
    );
    expect(staffed?.status).toBe(SupportRequestStatus.STAFFED);

    // The engagement: started, reported by the expert, rated by the requester.
    await client().startEngagement({ dispatchId: third, expectedVersion: 3 }, as(thirdUser));
    const report = {
      summary: 'Đã hoàn thành thiết kế kho dữ liệu và lộ trình',
      hours: 64,
      deliverables: ['Bản thiết kế'],
    };
    expect(
      (
        await failure(
          client().reportEngagement({ dispatchId: third, expectedVersion: 4, report }, as('hanoi')),
        )
      ).code,
    ).toBe(PERMISSION_DENIED);
    await client().reportEngagement(
      { dispatchId: third, expectedVersion: 4, report },
      as(thirdUser),
    );
    const { dispatch: closed } = await client().rateEngagement(
      { dispatchId: third, expectedVersion: 5, rating: { rating: 5, feedback: 'Rất tốt' } },
      as('hanoi'),
    );
    expect(closed).toMatchObject({ status: DispatchStatus.COMPLETED, report: { hours: 64 } });
  });

  it('never books one expert for two engagements on overlapping dates, however many acceptances race', async () => {
    const requests = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        acceptedRequest(
          requestDetails({
            skills: ['e-office'],
            startIn: 40 + index,
            days: 10,
            title: `Triển khai văn phòng điện tử đợt ${String(index + 1)}`,
          }),
        ),
      ),
    );
    const offers = [];
    for (const request of requests) {
      const { supportRequest } = await client().startOffers(
        {
          supportRequestId: request?.id ?? '',
          expectedVersion: request?.version ?? 0,
          offersAtOnce: 1,
        },
        as('office'),
      );
      const offer = supportRequest?.dispatches.find(
        (dispatch) => userOfExpert.get(dispatch.expertId) === 'duc',
      );
      if (offer !== undefined) offers.push(offer);
    }
    expect(offers.map((offer) => offer.requestId).sort()).toEqual(
      requests.map((request) => request?.id).sort(),
    );
    const answers = await Promise.allSettled(
      offers.map((offer) =>
        client().respondToDispatch(
          { dispatchId: offer.id, expectedVersion: 1, accept: true },
          as('duc'),
        ),
      ),
    );
    expect(answers.filter((answer) => answer.status === 'fulfilled')).toHaveLength(1);
    for (const answer of answers.filter((settled) => settled.status === 'rejected')) {
      expect(await failure(Promise.reject(answer.reason as Error))).toMatchObject({
        code: FAILED_PRECONDITION,
        reason: 'EXPERT_ALREADY_ENGAGED',
      });
    }
    const expert = await mongo
      .db(services.env.COORDINATION_DB)
      .collection<{ _id: string; bookings?: { dispatchId: string }[] }>('experts')
      .findOne({ _id: offers[0]?.expertId ?? '' });
    const raced = new Set(offers.map((offer) => offer.id));
    expect(expert?.bookings?.filter((booking) => raced.has(booking.dispatchId))).toHaveLength(1);
  });

  it('answers clearly, and later offers by itself, while the directory is down', async () => {
    const request = await acceptedRequest();
    await kill9(services.directoryChild);
    const suggestion = await client().suggestExperts(
      { supportRequestId: request?.id ?? '' },
      as('office'),
    );
    expect(suggestion).toMatchObject({ degraded: true, matches: [] });
    expect(suggestion.degradedReason?.vi).toContain('Danh bạ');
    const { supportRequest: waiting } = await client().startOffers(
      {
        supportRequestId: request?.id ?? '',
        expectedVersion: request?.version ?? 0,
        offersAtOnce: 1,
      },
      as('office'),
    );
    expect(waiting).toMatchObject({ matchingDegraded: true, dispatches: [] });
    services.directoryChild = (
      await startService('directory', services.directoryEnv, 'directory serving')
    ).child;
    await waitUntil(async () => (await offersOf(request?.id ?? '')).length === 1, 30_000);
    const { supportRequest: offered } = await client().getSupportRequest(
      { supportRequestId: request?.id ?? '' },
      as('office'),
    );
    expect(offered?.matchingDegraded).toBe(false);
  });
});
