import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import { useOrganisations } from '../../api/organisations.ts';
import type { ScreenProps } from '../../app/screens.ts';
import { BarChart } from '../../components/BarChart.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import {
  exportHref,
  FUNNEL,
  organisationsOf,
  organisationValue,
  percent,
  plannedVsActual,
  valueOf,
} from './kpis.ts';
import type { KpiName, KpiValue, OrganisationCode } from './types.ts';
import './coordination.css';

const STAGE: Readonly<Partial<Record<KpiName, MessageKey>>> = {
  KPI_NOMINATIONS_SUBMITTED: 'coordination.kpi.nominated',
  KPI_NOMINATIONS_ACCEPTED: 'coordination.kpi.accepted',
  KPI_TRAINEES_ENROLLED: 'coordination.kpi.enrolled',
  KPI_TRAINEES_GRADUATED: 'coordination.kpi.graduated',
  KPI_EXPERTS_ENGAGED: 'coordination.kpi.engaged',
};

/** The programme's figures: the funnel per organisation, planned against actual, requests. */
export default function KpiDashboard({ query }: ScreenProps) {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const organisation = query.get('organisation') ?? '';
  const kpis = useLoad(
    () =>
      call(
        api.GET('/api/v1/kpis', {
          params: {
            query: {
              breakDownByOrganisation: true,
              ...(organisation === ''
                ? {}
                : { 'organisations.code': [organisation as OrganisationCode] }),
            },
          },
        }),
      ),
    [organisation],
  );
  const notYet =
    kpis.status === 'failed' &&
    kpis.failure.kind === 'problem' &&
    kpis.failure.problem.status === 501;
  return (
    <Page
      title={t('coordination.kpi.title')}
      actions={
        <a className="button" href={exportHref(organisation)} download>
          {t('coordination.kpi.download')}
        </a>
      }
    >
      <FilterForm>
        <QueryFilter
          label={t('coordination.field.organisation')}
          value={organisation}
          param="organisation"
          options={organisations.options}
        />
      </FilterForm>
      {kpis.status === 'loading' && <Loading />}
      {notYet && (
        <p className="alert alert-warn" role="status">
          {t('coordination.kpi.notYet')}
        </p>
      )}
      {kpis.status === 'failed' && !notYet && <ProblemAlert failure={kpis.failure} />}
      {kpis.status === 'ok' && (
        <Figures values={kpis.data.values ?? []} nameOf={organisations.nameOf} />
      )}
    </Page>
  );
}

function Figures({
  values,
  nameOf,
}: {
  readonly values: readonly KpiValue[];
  readonly nameOf: (code: string) => string;
}) {
  const { t, number } = useI18n();
  const stage = (kpi: KpiName) => t(STAGE[kpi] ?? 'coordination.status.unknown');
  const organisations = organisationsOf(values);
  const planned = plannedVsActual(values);
  const columns: Column<string>[] = [
    {
      key: 'organisation',
      header: t('coordination.field.organisation'),
      cell: (code) => nameOf(code),
      sortValue: (code) => nameOf(code),
    },
    ...FUNNEL.map((kpi) => ({
      key: kpi,
      header: stage(kpi),
      numeric: true,
      cell: (code: string) => number(organisationValue(values, kpi, code)),
      sortValue: (code: string) => organisationValue(values, kpi, code),
    })),
  ];
  return (
    <>
      <div className="coordination-figures">
        <p className="card coordination-figure">
          {t('coordination.kpi.received')}
          <strong>{number(valueOf(values, 'KPI_SUPPORT_REQUESTS_RECEIVED'))}</strong>
        </p>
        <p className="card coordination-figure">
          {t('coordination.kpi.fulfilled')}
          <strong>{number(valueOf(values, 'KPI_SUPPORT_REQUESTS_FULFILLED'))}</strong>
        </p>
        <p className="card coordination-figure">
          {t('coordination.kpi.daysToMatch')}
          <strong>{number(valueOf(values, 'KPI_MEDIAN_DAYS_TO_MATCH'))}</strong>
        </p>
        <p className="card coordination-figure">
          {t('coordination.kpi.utilisation')}
          <strong>
            {t('coordination.kpi.percent', {
              value: percent(valueOf(values, 'KPI_EXPERT_UTILISATION')),
            })}
          </strong>
        </p>
      </div>
      <BarChart
        title={t('coordination.kpi.funnel')}
        valueLabel={t('coordination.kpi.people')}
        rows={FUNNEL.map((kpi) => ({ label: stage(kpi), value: valueOf(values, kpi) }))}
      />
      {planned.length > 0 && (
        <BarChart
          title={t('coordination.kpi.plannedVsActual')}
          valueLabel={t('coordination.kpi.nominated')}
          markerLabel={t('coordination.kpi.planned')}
          belowMarkerLabel={t('coordination.kpi.belowPlan')}
          rows={planned.slice(0, 25).map((row) => ({
            label: nameOf(row.organisation),
            value: row.actual,
            marker: row.planned,
          }))}
        />
      )}
      <section aria-labelledby="funnel-heading">
        <h2 id="funnel-heading">{t('coordination.kpi.byOrganisation')}</h2>
        <DataTable
          caption={t('coordination.kpi.byOrganisation')}
          columns={columns}
          rows={organisations}
          rowKey={(code) => code}
          initialSort={{ key: 'organisation' }}
        />
      </section>
    </>
  );
}
