import { api, call } from '../../api/client.ts';
import type { components } from '../../api/gen/schema.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useUser } from '../../app/session.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { MyNominations } from './MyNominations.tsx';
import { QuotaMeter } from './QuotaMeter.tsx';
import { asOrganisationCode } from './orgCode.ts';
import { roundStatusView } from './status.ts';
import './nominations.css';

const NO_ORGANISATION: components['schemas']['GetOrganisationResponse'] = {};

/** One round for the nominating officer: their organisation's quota and nominations. */
export default function RoundHome({ params, query }: ScreenProps) {
  const { t, date, locale } = useI18n();
  const user = useUser();
  const roundId = params.roundId ?? '';
  const round = useLoad(
    () => call(api.GET('/api/v1/rounds/{roundId}', { params: { path: { roundId } } })),
    [roundId],
  );
  // A nominator's ledger holds their own organisation only; the filter below is a safeguard.
  const ledger = useLoad(
    () =>
      call(
        api.GET('/api/v1/rounds/{roundId}/quota-ledger', {
          params: { path: { roundId }, query: { 'page.pageSize': 200 } },
        }),
      ),
    [roundId],
  );
  const code = asOrganisationCode(user.organisation);
  const organisation = useLoad(
    () =>
      code === undefined
        ? Promise.resolve({ ok: true as const, data: NO_ORGANISATION })
        : call(api.GET('/api/v1/organisations/{code}', { params: { path: { code } } })),
    [code],
  );
  const organisationName =
    organisation.status === 'ok'
      ? localized(locale, organisation.data.organisation?.name) || user.organisation
      : user.organisation;
  const data = round.status === 'ok' ? round.data.round : undefined;
  const open = data?.status === 'ROUND_STATUS_OPEN';
  const entry =
    ledger.status === 'ok'
      ? (ledger.data.entries ?? []).find((item) => item.organisation?.code === user.organisation)
      : undefined;
  const status = roundStatusView(data?.status);
  return (
    <Page
      title={data === undefined ? t('nominations.round.title') : localized(locale, data.name)}
      actions={
        data !== undefined && (
          <>
            {open && (
              <Link className="button primary" to={`/nominating/rounds/${roundId}/new`}>
                {t('nominations.round.new')}
              </Link>
            )}
            {open && (
              <Link className="button" to={`/nominating/rounds/${roundId}/import`}>
                {t('nominations.round.import')}
              </Link>
            )}
            <a
              className="button"
              href={`/api/v1/rounds/${encodeURIComponent(roundId)}/nominations/template.xlsx`}
              download
            >
              {t('nominations.round.template')}
            </a>
          </>
        )
      }
    >
      <p>
        <Link to="/nominating/rounds">{t('nominations.round.allRounds')}</Link>
      </p>
      {round.status === 'loading' && <Loading />}
      {round.status === 'failed' && <ProblemAlert failure={round.failure} />}
      {data !== undefined && (
        <div className="card">
          <p>
            <Badge tone={status.tone}>{t(status.label)}</Badge>{' '}
            {t('nominations.round.window', {
              opens: date(data.opensAt),
              closes: date(data.closesAt),
            })}
          </p>
          {data.description !== undefined && data.description !== '' && <p>{data.description}</p>}
        </div>
      )}
      <section aria-labelledby="quota-heading">
        <h2 id="quota-heading">
          {t('nominations.quota.title', { organisation: organisationName })}
        </h2>
        {ledger.status === 'loading' && <Loading />}
        {ledger.status === 'failed' && <ProblemAlert failure={ledger.failure} />}
        {ledger.status === 'ok' &&
          (entry === undefined ? (
            <p className="muted">{t('nominations.quota.none')}</p>
          ) : (
            <div className="card">
              <QuotaMeter entry={entry} />
            </div>
          ))}
      </section>
      <MyNominations roundId={roundId} query={query} />
    </Page>
  );
}
