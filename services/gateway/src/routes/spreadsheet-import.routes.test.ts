import { create } from '@bufbuild/protobuf';
import {
  GetRoundResponseSchema,
  ImportMode,
  ImportNominationsResponseSchema,
  ImportRowOutcome,
  type ImportNominationsRequest,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { filledTemplate, openWorkbook, zipOf } from '../../test/spreadsheets.ts';
import {
  bearer,
  jsonOf,
  NOMINATOR_TOKEN,
  rpcError,
  testGateway,
  type FakeHandler,
} from '../../test/support.ts';
import { XLSX_CONTENT_TYPE } from './route-docs.ts';

const ROUND_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const IMPORT_URL = `/api/v1/rounds/${ROUND_ID}/nominations/import`;

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function gateway(...args: Parameters<typeof testGateway>) {
  const built = await testGateway(...args);
  app = built.app;
  return built;
}

const importNominations: FakeHandler = () =>
  Promise.resolve(
    create(ImportNominationsResponseSchema, {
      importId: 'import-1',
      rows: [{ rowNumber: 3, outcome: ImportRowOutcome.NOT_WRITTEN }],
      written: 0,
    }),
  );

function upload(target: FastifyInstance, payload: Buffer, query: string, type = XLSX_CONTENT_TYPE) {
  return target.inject({
    method: 'POST',
    url: `${IMPORT_URL}?${query}`,
    headers: { ...bearer(NOMINATOR_TOKEN), 'content-type': type },
    payload,
  });
}

describe('POST /rounds/{roundId}/nominations/import', () => {
  it('parses the workbook and sends its rows with the query fields as ImportNominations', async () => {
    const { app, calls } = await gateway({ importNominations });
    const file = await filledTemplate([
      { 'candidate.full_name': 'Nguyễn Thị Thu Hà', national_id: '001085012345' },
    ]);
    const query = [
      'mode=valid-rows-only',
      'dryRun=true',
      'fileName=de-cu.xlsx',
      'officer.fullName=Tr%E1%BA%A7n%20V%C4%83n%20Nam',
      'officer.email=nam.tv%40mof.gov.vn',
    ].join('&');
    const response = await upload(app, file, query);
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toMatchObject({
      importId: 'import-1',
      rows: [{ rowNumber: 3, outcome: 'IMPORT_ROW_OUTCOME_NOT_WRITTEN', problems: [] }],
    });
    const sent = calls[0]?.request as ImportNominationsRequest;
    expect(calls[0]?.options).toEqual({ token: NOMINATOR_TOKEN, deadlineMs: 60_000 });
    expect(sent).toMatchObject({
      roundId: ROUND_ID,
      // The caller's organisation, from the token, as none was named.
      organisation: { code: 'BTC' },
      officer: { fullName: 'Trần Văn Nam', email: 'nam.tv@mof.gov.vn' },
      mode: ImportMode.VALID_ROWS_ONLY,
      dryRun: true,
      fileName: 'de-cu.xlsx',
    });
    expect(sent.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.rows).toHaveLength(1);
    expect(sent.rows[0]).toMatchObject({
      rowNumber: 3,
      nationalId: '001085012345',
      candidate: { fullName: 'Nguyễn Thị Thu Hà' },
    });
  });

  it('takes the organisation from the query when given', async () => {
    const { app, calls } = await gateway({ importNominations });
    const file = await filledTemplate([{ 'candidate.full_name': 'Lê Văn An' }]);
    await upload(app, file, 'mode=all-or-nothing&organisation.code=P01');
    expect(calls[0]?.request).toMatchObject({
      organisation: { code: 'P01' },
      mode: ImportMode.ALL_OR_NOTHING,
    });
  });

  it('answers a malformed file with a 400 problem and calls nothing', async () => {
    const { app, calls } = await gateway({ importNominations });
    const notAWorkbook = Buffer.from('this is not a spreadsheet at all');
    const response = await upload(app, notAWorkbook, 'mode=all-or-nothing');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(jsonOf(response)).toMatchObject({
      status: 400,
      code: 'XLSX_MALFORMED',
      detail: 'Tệp không phải là tệp Excel (.xlsx) hợp lệ hoặc đã bị hỏng.',
    });
    const brokenZip = await upload(
      app,
      zipOf({ 'xl/workbook.xml': '<nope' }),
      'mode=all-or-nothing',
    );
    expect(brokenZip.statusCode).toBe(400);
    expect(calls).toEqual([]);
  });

  it('names missing columns as field errors', async () => {
    const { app } = await gateway({ importNominations });
    const file = await filledTemplate([{ 'candidate.full_name': 'Lê Văn An' }], (sheet) => {
      sheet.spliceColumns(1, 1);
    });
    const response = await upload(app, file, 'mode=all-or-nothing');
    const problem = jsonOf(response);
    expect(response.statusCode).toBe(400);
    expect(problem.code).toBe('XLSX_MISSING_COLUMNS');
    expect(problem.errors).toEqual([
      { field: 'candidate.full_name', message: expect.any(String) as unknown },
    ]);
  });

  it('requires the mode and an .xlsx body', async () => {
    const { app, calls } = await gateway({ importNominations });
    const file = await filledTemplate([{ 'candidate.full_name': 'Lê Văn An' }]);
    const noMode = await upload(app, file, 'dryRun=true');
    expect(noMode.statusCode).toBe(400);
    expect(jsonOf(noMode).errors).toEqual([{ field: 'mode', message: 'bắt buộc phải nhập' }]);
    const json = await app.inject({
      method: 'POST',
      url: `${IMPORT_URL}?mode=all-or-nothing`,
      headers: bearer(NOMINATOR_TOKEN),
      payload: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
    expect(calls).toEqual([]);
  });

  it('takes files above the JSON limit but not above the upload limit', async () => {
    const { app } = await gateway(
      { importNominations },
      { jsonBodyLimitBytes: 1024, uploadBodyLimitBytes: 64 * 1024 },
    );
    const file = await filledTemplate([{ 'candidate.full_name': 'Lê Văn An' }]);
    expect(file.length).toBeGreaterThan(1024);
    expect((await upload(app, file, 'mode=all-or-nothing')).statusCode).toBe(200);
    const huge = await upload(app, Buffer.alloc(65 * 1024, 1), 'mode=all-or-nothing');
    expect(huge.statusCode).toBe(413);
    expect(jsonOf(huge)).toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect(String(jsonOf(huge).detail)).toContain(String(64 * 1024));
  });
});

describe('GET /rounds/{roundId}/nominations/template.xlsx', () => {
  it('sends the template once the round is known', async () => {
    const getRound: FakeHandler = () =>
      Promise.resolve(create(GetRoundResponseSchema, { round: { id: ROUND_ID } }));
    const { app } = await gateway({ getRound });
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${ROUND_ID}/nominations/template.xlsx`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.xlsx"$/);
    const workbook = await openWorkbook(response.rawPayload);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown round', async () => {
    const getRound: FakeHandler = () =>
      Promise.reject(rpcError('not-found', 'ROUND_NOT_FOUND', 'no such round'));
    const { app } = await gateway({ getRound });
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${ROUND_ID}/nominations/template.xlsx`,
      headers: bearer(NOMINATOR_TOKEN),
    });
    expect(response.statusCode).toBe(404);
    expect(jsonOf(response).code).toBe('ROUND_NOT_FOUND');
  });
});
