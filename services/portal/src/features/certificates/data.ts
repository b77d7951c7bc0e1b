import { api, call } from '../../api/client.ts';
import { collectPages, PAGE_SIZE } from '../cohorts/pages.ts';
import type { CertificateFilterStatus } from './certificate-logic.ts';

/** The certificates the caller may see (the office: all; a nominator: their organisation's; a holder: their own). */
export const loadCertificates = (query: {
  readonly cohortId?: string;
  readonly statuses?: CertificateFilterStatus[];
}) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/certificates', {
          params: { query: { ...query, 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor } },
        }),
      ),
    (page) => page.certificates,
  );

export const loadCertificate = (certificateId: string) =>
  call(api.GET('/api/v1/certificates/{certificateId}', { params: { path: { certificateId } } }));
