import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadCohorts } from '../cohorts/data.ts';
import { useOrganisationName } from '../../api/organisations.ts';
import type { Certificate, CertificateFilterStatus } from './certificate-logic.ts';
import { loadCertificates } from './data.ts';
import { CERTIFICATE_STATUS, CERTIFICATE_TONE } from './labels.ts';

const STATUSES: readonly CertificateFilterStatus[] = [
  'CERTIFICATE_STATUS_VALID',
  'CERTIFICATE_STATUS_REVOKED',
];

/** The certificates issued at graduation, as far as the caller may see them. */
export default function CertificateList({ query }: ScreenProps) {
  const { t, locale, date } = useI18n();
  const organisationName = useOrganisationName();
  const cohortId = query.get('cohort') ?? '';
  const statusParam = query.get('status') ?? '';
  const status = STATUSES.find((candidate) => candidate === statusParam);
  const certificates = useLoad(
    () =>
      loadCertificates({
        ...(cohortId === '' ? {} : { cohortId }),
        ...(status === undefined ? {} : { statuses: [status] }),
      }),
    [cohortId, status],
  );
  const cohorts = useLoad(() => loadCohorts(), []);
  const columns: Column<Certificate>[] = [
    {
      key: 'number',
      header: t('certificates.field.number'),
      cell: (certificate) => (
        <Link to={`/certificates/${certificate.id ?? ''}`}>{certificate.number}</Link>
      ),
      sortValue: (certificate) => certificate.number ?? '',
    },
    {
      key: 'holder',
      header: t('certificates.field.holder'),
      cell: (certificate) => certificate.holderName,
      sortValue: (certificate) => certificate.holderName ?? '',
    },
    {
      key: 'organisation',
      header: t('certificates.field.organisation'),
      cell: (certificate) => organisationName(certificate.organisation?.code),
      sortValue: (certificate) => organisationName(certificate.organisation?.code),
    },
    {
      key: 'track',
      header: t('certificates.field.track'),
      cell: (certificate) => (
        <>
          {localized(locale, certificate.trackName)}
          <br />
          <span className="muted small">{localized(locale, certificate.cohortName)}</span>
        </>
      ),
      sortValue: (certificate) => localized(locale, certificate.trackName),
    },
    {
      key: 'issuedOn',
      header: t('certificates.field.issuedOn'),
      cell: (certificate) => date(certificate.issuedOn),
      sortValue: (certificate) => certificate.issuedOn ?? '',
    },
    {
      key: 'status',
      header: t('certificates.field.status'),
      cell: (certificate) => {
        const value = certificate.status ?? 'CERTIFICATE_STATUS_UNSPECIFIED';
        return <Badge tone={CERTIFICATE_TONE[value]}>{t(CERTIFICATE_STATUS[value])}</Badge>;
      },
      sortValue: (certificate) =>
        t(CERTIFICATE_STATUS[certificate.status ?? 'CERTIFICATE_STATUS_UNSPECIFIED']),
    },
  ];
  return (
    <Page title={t('certificates.list.title')}>
      <FilterForm>
        <QueryFilter
          label={t('certificates.field.cohort')}
          value={cohortId}
          param="cohort"
          options={(cohorts.status === 'ok' ? cohorts.data : []).map((cohort) => ({
            value: cohort.id ?? '',
            label: localized(locale, cohort.settings?.name),
          }))}
        />
        <QueryFilter
          label={t('certificates.field.status')}
          value={status ?? ''}
          param="status"
          options={STATUSES.map((value) => ({ value, label: t(CERTIFICATE_STATUS[value]) }))}
        />
      </FilterForm>
      {certificates.status === 'loading' && <Loading />}
      {certificates.status === 'failed' && <ProblemAlert failure={certificates.failure} />}
      {certificates.status === 'ok' && (
        <>
          <p className="muted" role="status">
            {t('certificates.list.count', { count: certificates.data.length })}
          </p>
          {certificates.data.length === 0 ? (
            <p>{t('certificates.list.empty')}</p>
          ) : (
            <DataTable
              caption={t('certificates.list.title')}
              columns={columns}
              rows={certificates.data}
              rowKey={(certificate) => certificate.id ?? ''}
              initialSort={{ key: 'issuedOn', descending: true }}
            />
          )}
        </>
      )}
    </Page>
  );
}
