import { create, type Message } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  CreateNominationResponseSchema,
  DocumentKind,
  EmploymentType,
  Gender,
  ListNominationsResponseSchema,
  NominationOrder,
  NominationStatus,
  RemoveDocumentResponseSchema,
  type CreateNominationRequest,
  type ListNominationsRequest,
  type RemoveDocumentRequest,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  bearer,
  jsonOf,
  NOMINATOR_TOKEN,
  testGateway,
  type FakeHandler,
} from '../../test/support.ts';

const ROUND_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const NOMINATION_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const DOCUMENT_ID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function gateway(handlers: Parameters<typeof testGateway>[0]) {
  const built = await testGateway(handlers);
  app = built.app;
  return built;
}

const candidateJson = {
  fullName: 'Nguyễn Thị Thu Hà',
  dateOfBirth: '1985-03-15',
  gender: 'GENDER_FEMALE',
  position: 'Phó Giám đốc Sở',
  unit: 'Sở Khoa học và Công nghệ',
  email: 'ha.ntt@mst.gov.vn',
  employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
  yearsOfService: 12,
  languages: ['vi', 'en'],
  priorTrainings: [{ title: 'Bồi dưỡng CĐS cơ bản', year: 2023 }],
};

/** What the fake service answers: the draft, as the real one would build it from the request. */
const createNomination: FakeHandler = (request: Message) => {
  const input = request as CreateNominationRequest;
  return Promise.resolve(
    create(CreateNominationResponseSchema, {
      nomination: {
        id: NOMINATION_ID,
        roundId: input.roundId,
        organisation: input.organisation,
        effectiveOrganisation: input.organisation,
        status: NominationStatus.DRAFT,
        candidate: input.candidate,
        officer: input.officer,
        documents: [
          { id: DOCUMENT_ID, kind: DocumentKind.DECISION_LETTER, sizeBytes: 5_000_000_000n },
        ],
        version: 1,
        createdAt: timestampFromDate(new Date('2025-09-01T03:04:05.678Z')),
      },
    }),
  );
};

describe('JSON ↔ protobuf for a nomination', () => {
  it('decodes the JSON body into the request message and encodes the answer', async () => {
    const { app, calls } = await gateway({ createNomination });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/nominations',
      headers: bearer(NOMINATOR_TOKEN),
      payload: {
        requestId: '9b2d6a3e-0e55-4b0c-8bd4-5e6f1a2b3c4d',
        roundId: ROUND_ID,
        organisation: { code: 'BTC' },
        candidate: candidateJson,
        nationalId: '001085012345',
        officer: { fullName: 'Trần Văn Nam', email: 'nam.tv@mof.gov.vn' },
      },
    });
    expect(response.statusCode).toBe(201);

    const sent = calls[0]?.request as CreateNominationRequest;
    expect(calls[0]?.rpc).toBe('createNomination');
    expect(sent.$typeName).toBe('expertnet.nominations.v1.CreateNominationRequest');
    expect(sent.nationalId).toBe('001085012345');
    expect(sent.candidate?.gender).toBe(Gender.FEMALE);
    expect(sent.candidate?.employmentType).toBe(EmploymentType.CIVIL_SERVANT);
    expect(sent.candidate?.priorTrainings[0]?.year).toBe(2023);
    expect(sent.officer?.fullName).toBe('Trần Văn Nam');

    const body = jsonOf(response);
    expect(body.nomination).toMatchObject({
      id: NOMINATION_ID,
      roundId: ROUND_ID,
      status: 'NOMINATION_STATUS_DRAFT',
      organisation: { code: 'BTC' },
      candidate: { ...candidateJson, phone: '', specialties: [] },
      documents: [{ kind: 'DOCUMENT_KIND_DECISION_LETTER', sizeBytes: '5000000000' }],
      createdAt: '2025-09-01T03:04:05.678Z',
      averageScore: 0,
      returnReason: '',
      version: 1,
    });
    expect(body.nomination).not.toHaveProperty('nationalId');
  });

  it('refuses unknown and mistyped fields before calling the service', async () => {
    const { app, calls } = await gateway({ createNomination });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/nominations',
      headers: bearer(NOMINATOR_TOKEN),
      payload: { roundId: ROUND_ID, candidate: { ...candidateJson, fullname: 'typo' } },
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response)).toMatchObject({
      code: 'REQUEST_INVALID',
      errors: [{ field: 'candidate.fullname', message: 'không phải trường được hỗ trợ' }],
    });
    const wrongEnum = await app.inject({
      method: 'POST',
      url: '/api/v1/nominations',
      headers: bearer(NOMINATOR_TOKEN),
      payload: { candidate: { gender: 'F' } },
    });
    expect(wrongEnum.statusCode).toBe(400);
    expect(jsonOf(wrongEnum).errors).toEqual([
      {
        field: 'candidate.gender',
        message: expect.stringContaining('GENDER_FEMALE') as unknown,
      },
    ]);
    expect(calls).toEqual([]);
  });

  it('reports what the JSON schema cannot see as a 400 too', async () => {
    const { app, calls } = await gateway({});
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${NOMINATION_ID}/documents`,
      headers: bearer(NOMINATOR_TOKEN),
      payload: { expectedVersion: 1, sizeBytes: '99999999999999999999999' },
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response).code).toBe('REQUEST_INVALID');
    expect(calls).toEqual([]);
  });
});

describe('path, query and body fill one request message', () => {
  it('maps query parameters onto a list request', async () => {
    const listNominations: FakeHandler = () =>
      Promise.resolve(create(ListNominationsResponseSchema, { page: { nextCursor: 'c2' } }));
    const { app, calls } = await gateway({ listNominations });
    const query = [
      `roundId=${ROUND_ID}`,
      'organisations.code=BTC',
      'organisations.code=P01',
      'statuses=NOMINATION_STATUS_SUBMITTED',
      'order=NOMINATION_ORDER_NAME',
      'query=chuyen%20doi%20so',
      'onlyFlaggedDuplicates=true',
      'page.pageSize=50',
      'page.cursor=c1',
    ].join('&');
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/nominations?${query}`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toEqual({ nominations: [], page: { nextCursor: 'c2' } });
    const sent = calls[0]?.request as ListNominationsRequest;
    expect(sent.roundId).toBe(ROUND_ID);
    expect(sent.organisations.map((organisation) => organisation.code)).toEqual(['BTC', 'P01']);
    expect(sent.statuses).toEqual([NominationStatus.SUBMITTED]);
    expect(sent.order).toBe(NominationOrder.NAME);
    expect(sent.query).toBe('chuyen doi so');
    expect(sent.onlyFlaggedDuplicates).toBe(true);
    expect(sent.page).toMatchObject({ pageSize: 50, cursor: 'c1' });
  });

  it('refuses an unknown query parameter', async () => {
    const { app } = await gateway({});
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/nominations?status=DRAFT',
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response).errors).toEqual([
      { field: 'status', message: 'không phải trường được hỗ trợ' },
    ]);
  });

  it('takes expectedVersion from the query of a DELETE, ids from the path', async () => {
    const removeDocument: FakeHandler = () =>
      Promise.resolve(create(RemoveDocumentResponseSchema, { nomination: { id: NOMINATION_ID } }));
    const { app, calls } = await gateway({ removeDocument });
    const response = await app.inject({
      method: 'DELETE',
      url: `/api/v1/nominations/${NOMINATION_ID}/documents/${DOCUMENT_ID}?expectedVersion=4`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    const sent = calls[0]?.request as RemoveDocumentRequest;
    expect(sent).toMatchObject({
      nominationId: NOMINATION_ID,
      documentId: DOCUMENT_ID,
      expectedVersion: 4,
    });
  });

  it('does not let the body override the id in the path', async () => {
    const { app, calls } = await gateway({});
    const response = await app.inject({
      method: 'POST',
      url: `/api/v1/nominations/${NOMINATION_ID}/submit`,
      headers: bearer(NOMINATOR_TOKEN),
      payload: { expectedVersion: 2, nominationId: DOCUMENT_ID },
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response).errors).toEqual([
      { field: 'nominationId', message: 'không phải trường được hỗ trợ' },
    ]);
    expect(calls).toEqual([]);
  });

  it('fills a nested field from the path', async () => {
    const { app, calls } = await gateway({});
    await app.inject({
      method: 'GET',
      url: '/api/v1/organisations/P01',
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(calls[0]?.request).toMatchObject({ organisation: { code: 'P01' } });
  });
});
