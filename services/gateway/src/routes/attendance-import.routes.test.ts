import { create } from '@bufbuild/protobuf';
import {
  AttendanceStatus,
  ImportAttendanceResponseSchema,
  type ImportAttendanceRequest,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { plainWorkbook } from '../../test/spreadsheets.ts';
import { bearer, jsonOf, OFFICE_TOKEN, testGateway, type FakeHandler } from '../../test/support.ts';
import { XLSX_CONTENT_TYPE } from './route-docs.ts';

const SESSION_ID = '9d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a';
const ENROLMENT_ID = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const IMPORT_URL = `/api/v1/sessions/${SESSION_ID}/attendance/import`;

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const importAttendance: FakeHandler = () =>
  Promise.resolve(
    create(ImportAttendanceResponseSchema, {
      rows: [
        { rowNumber: 2, written: true, enrolmentId: ENROLMENT_ID },
        {
          rowNumber: 3,
          problems: [
            {
              field: 'trainee_email',
              code: 'UNKNOWN_TRAINEE',
              message: { vi: 'Không có học viên với email này.', en: 'No trainee has this email.' },
            },
          ],
        },
      ],
      written: 1,
      invalid: 1,
    }),
  );

describe('POST /sessions/{sessionId}/attendance/import', () => {
  it('sends the rows of the sheet as ImportAttendance and answers with the row report', async () => {
    const built = await testGateway({ importAttendance });
    app = built.app;
    const file = await plainWorkbook(
      ['Email', 'Điểm danh', 'Ghi chú'],
      [
        ['ha.ntt@mst.gov.vn', 'Có mặt', ''],
        ['ai.do@example.vn', 'Vắng', 'Không rõ'],
      ],
    );
    const response = await built.app.inject({
      method: 'POST',
      url: `${IMPORT_URL}?allOrNothing=false&dryRun=true`,
      headers: { ...bearer(OFFICE_TOKEN), 'content-type': XLSX_CONTENT_TYPE },
      payload: file,
    });
    expect(response.statusCode).toBe(200);
    expect(built.calls).toHaveLength(1);
    expect(built.calls[0]).toMatchObject({
      service: 'cohorts',
      rpc: 'importAttendance',
      options: { token: OFFICE_TOKEN, deadlineMs: 60_000 },
    });
    const sent = built.calls[0]?.request as ImportAttendanceRequest;
    expect(sent).toMatchObject({ sessionId: SESSION_ID, allOrNothing: false, dryRun: true });
    expect(sent.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.rows.map((row) => [row.rowNumber, row.traineeEmail, row.status])).toEqual([
      [2, 'ha.ntt@mst.gov.vn', AttendanceStatus.PRESENT],
      [3, 'ai.do@example.vn', AttendanceStatus.ABSENT],
    ]);
    expect(jsonOf(response)).toMatchObject({
      written: 1,
      invalid: 1,
      rows: [
        { rowNumber: 2, written: true, enrolmentId: ENROLMENT_ID, problems: [] },
        { rowNumber: 3, written: false, problems: [{ code: 'UNKNOWN_TRAINEE' }] },
      ],
    });
  });

  it('answers a sheet without its required columns with a 400 problem, naming them', async () => {
    const built = await testGateway({ importAttendance });
    app = built.app;
    const file = await plainWorkbook(['Email', 'Ghi chú'], [['ha.ntt@mst.gov.vn', '']]);
    const response = await built.app.inject({
      method: 'POST',
      url: IMPORT_URL,
      headers: {
        ...bearer(OFFICE_TOKEN),
        'content-type': XLSX_CONTENT_TYPE,
        'accept-language': 'en',
      },
      payload: file,
    });
    expect(response.statusCode).toBe(400);
    expect(jsonOf(response)).toMatchObject({
      code: 'XLSX_MISSING_COLUMNS',
      detail: 'Required columns are missing: Attendance.',
      errors: [{ field: 'status' }],
    });
    expect(built.calls).toEqual([]);
  });
});
