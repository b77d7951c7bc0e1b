import { create } from '@bufbuild/protobuf';
import {
  GetQuotaLedgerResponseSchema,
  ListNominationsResponseSchema,
  NominationStatus,
  type GetQuotaLedgerRequest,
  type ListNominationsRequest,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openWorkbook, parseCsv } from '../../test/spreadsheets.ts';
import { bearer, NOMINATOR_TOKEN, testGateway, type FakeHandler } from '../../test/support.ts';
import { XLSX_CONTENT_TYPE } from './route-docs.ts';

const ROUND_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Two pages: the export must follow the cursor to the end. */
const listNominations: FakeHandler = (request) => {
  const cursor = (request as ListNominationsRequest).page?.cursor ?? '';
  const name = cursor === '' ? 'Nguyễn Thị Thu Hà' : 'Lê Văn An';
  return Promise.resolve(
    create(ListNominationsResponseSchema, {
      nominations: [
        {
          id: cursor === '' ? 'n1' : 'n2',
          roundId: ROUND_ID,
          status: NominationStatus.SUBMITTED,
          organisation: { code: 'BTC' },
          candidate: { fullName: name },
        },
      ],
      page: { nextCursor: cursor === '' ? 'page-2' : '' },
    }),
  );
};

const getQuotaLedger: FakeHandler = () =>
  Promise.resolve(
    create(GetQuotaLedgerResponseSchema, {
      entries: [
        { organisation: { code: 'P01' }, floor: 30, ceiling: 40, submitted: 12, shortfall: 18 },
      ],
      totals: { floor: 30, ceiling: 40, submitted: 12, shortfall: 18 },
    }),
  );

describe('exports', () => {
  it('pages through ListNominations and writes every row to CSV', async () => {
    const built = await testGateway({ listNominations });
    app = built.app;
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${ROUND_ID}/nominations/export.csv?statuses=NOMINATION_STATUS_SUBMITTED&separator=semicolon`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="nominations-${ROUND_ID}.csv"`,
    );
    const text = response.rawPayload.toString('utf8').replace(/^\uFEFF/, '');
    expect(text).toContain('Nguyễn Thị Thu Hà');
    expect(text).toContain('Lê Văn An');
    expect(parseCsv(text, ';')[0]?.length).toBeGreaterThan(3);
    const requests = built.calls.map((call) => call.request as ListNominationsRequest);
    expect(requests.map((request) => request.page?.cursor)).toEqual(['', 'page-2']);
    expect(requests[0]).toMatchObject({
      roundId: ROUND_ID,
      statuses: [NominationStatus.SUBMITTED],
    });
  });

  it('writes the quota ledger with its totals to .xlsx', async () => {
    const built = await testGateway({ getQuotaLedger });
    app = built.app;
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${ROUND_ID}/quota-ledger/export.xlsx?onlyBelowFloor=true`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(built.calls[0]?.request as GetQuotaLedgerRequest).toMatchObject({
      roundId: ROUND_ID,
      onlyBelowFloor: true,
    });
    const sheet = (await openWorkbook(response.rawPayload)).worksheets[0];
    const cells: unknown[] = [];
    sheet?.eachRow((row) => {
      row.eachCell((cell) => cells.push(cell.value));
    });
    expect(cells).toContain('P01');
    expect(cells).toContain(18);
  });

  it('refuses the CSV separator on an .xlsx export', async () => {
    const built = await testGateway({ getQuotaLedger });
    app = built.app;
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${ROUND_ID}/quota-ledger/export.xlsx?separator=comma`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(400);
  });
});
