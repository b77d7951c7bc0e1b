import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { CohortDates, CohortStatusBadge, Seats } from './CohortBits.tsx';
import { loadCohort, loadTracks } from './data.ts';
import { EnrolmentsSection } from './EnrolmentsSection.tsx';
import { DELIVERY_MODE } from './labels.ts';
import { useOrganisationName } from '../../api/organisations.ts';
import { PoolSection } from './PoolSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import './cohorts.css';

/** One cohort: its settings, sessions and trainees, and the office's and facilitators' work. */
export default function CohortDetail({ params, query }: ScreenProps) {
  const { t, locale } = useI18n();
  const { hasRole, state } = useSession();
  const office = hasRole('programme-office');
  const cohortId = params.cohortId ?? '';
  const cohort = useLoad(() => loadCohort(cohortId), [cohortId]);
  const tracks = useLoad(loadTracks, []);
  const organisationName = useOrganisationName();
  if (cohort.status === 'loading') return <Loading />;
  if (cohort.status === 'failed') return <ProblemAlert failure={cohort.failure} />;
  const found = cohort.data.cohort;
  if (found === undefined) return <Loading />;
  const settings = found.settings;
  const track =
    tracks.status === 'ok'
      ? tracks.data.find((candidate) => candidate.id === settings?.trackId)
      : undefined;
  const subject = state.status === 'signed-in' ? state.user.subject : '';
  const facilitates = (settings?.facilitators ?? []).some(
    (facilitator) => facilitator.subject === subject,
  );
  const staff = office || facilitates;
  return (
    <Page
      title={localized(locale, settings?.name)}
      actions={
        <>
          {(staff || hasRole('nominator')) && (
            <Link className="button" to={`/cohorts/${cohortId}/assessments`}>
              {t('cohorts.assessments.title')}
            </Link>
          )}
          {office && (
            <>
              <Link className="button" to={`/cohorts/${cohortId}/graduation`}>
                {t('cohorts.graduation.title')}
              </Link>
              <Link className="button primary" to={`/cohorts/${cohortId}/edit`}>
                {t('cohorts.edit.title')}
              </Link>
            </>
          )}
        </>
      }
    >
      <p>
        <Link to="/cohorts">{t('cohorts.backToList')}</Link>
      </p>
      {query.get('created') === '1' && <Notice>{t('cohorts.create.done')}</Notice>}
      {query.get('saved') === '1' && <Notice>{t('common.saved')}</Notice>}
      <section className="card" aria-labelledby="cohort-facts">
        <h2 id="cohort-facts" className="visually-hidden">
          {t('cohorts.detail.facts')}
        </h2>
        <dl className="facts">
          <dt>{t('cohorts.field.status')}</dt>
          <dd>
            <CohortStatusBadge cohort={found} />
          </dd>
          <dt>{t('cohorts.field.code')}</dt>
          <dd>{settings?.code}</dd>
          <dt>{t('cohorts.field.track')}</dt>
          <dd>
            {track === undefined
              ? ''
              : `${track.settings?.code ?? ''} · ${localized(locale, track.settings?.name)}`}
          </dd>
          <dt>{t('cohorts.field.dates')}</dt>
          <dd>
            <CohortDates cohort={found} />
          </dd>
          <dt>{t('cohorts.field.deliveryMode')}</dt>
          <dd>{settings === undefined ? '' : t(DELIVERY_MODE[settings.deliveryMode])}</dd>
          <dt>{t('cohorts.field.venue')}</dt>
          <dd>
            {[settings?.venue, organisationName(settings?.venueProvince?.code)]
              .filter((part) => part !== undefined && part !== '')
              .join(', ') || t('common.none')}
          </dd>
          <dt>{t('cohorts.field.seats')}</dt>
          <dd>
            <Seats cohort={found} />
          </dd>
          <dt>{t('cohorts.field.facilitators')}</dt>
          <dd>
            {(settings?.facilitators ?? []).length === 0
              ? t('common.none')
              : (settings?.facilitators ?? [])
                  .map((facilitator) => `${facilitator.fullName} (${facilitator.email})`)
                  .join('; ')}
          </dd>
          {track?.settings?.completion !== undefined && (
            <>
              <dt>{t('cohorts.detail.completion')}</dt>
              <dd>
                {t('cohorts.detail.completionRules', {
                  attendance: track.settings.completion.minAttendancePercent ?? 0,
                  modules: track.settings.completion.minModulesPassed ?? 0,
                })}
              </dd>
            </>
          )}
        </dl>
      </section>
      <SessionsSection
        cohortId={cohortId}
        modules={track?.settings?.modules ?? []}
        office={office}
      />
      <EnrolmentsSection
        cohort={found}
        office={office}
        status={query.get('status') ?? ''}
        onChanged={cohort.reload}
      />
      {office && <PoolSection cohort={found} onChanged={cohort.reload} />}
    </Page>
  );
}
