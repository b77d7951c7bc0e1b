import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { TopicTags } from './bits.tsx';
import { loadApplications, loadProgrammes } from './data.ts';
import { APPLICATION_STATUS } from './labels.ts';
import type { Application } from './types.ts';
import './mentoring.css';

const TONE = {
  APPLICATION_STATUS_UNSPECIFIED: 'neutral',
  APPLICATION_STATUS_OPEN: 'info',
  APPLICATION_STATUS_PROPOSED: 'warn',
  APPLICATION_STATUS_MATCHED: 'good',
  APPLICATION_STATUS_WITHDRAWN: 'neutral',
} as const;

/** The mentee's own applications with where each stands, and the pair it led to. */
export default function MyApplications({ query }: ScreenProps) {
  const { t, locale, date } = useI18n();
  const names = useNames();
  const applications = useLoad(() => loadApplications({ onlyMine: true }), []);
  const programmes = useLoad(() => loadProgrammes(), []);
  const programmeName = (id: string | undefined) => {
    const programme =
      programmes.status === 'ok' ? programmes.data.find((item) => item.id === id) : undefined;
    return programme === undefined ? '' : localized(locale, programme.settings?.name);
  };
  const columns: Column<Application>[] = [
    {
      key: 'programme',
      header: t('mentoring.field.programme'),
      cell: (application) => programmeName(application.programmeId),
      sortValue: (application) => programmeName(application.programmeId),
    },
    {
      key: 'topics',
      header: t('mentoring.apply.topics'),
      cell: (application) => (
        <TopicTags codes={application.details?.topicSkillCodes} skillName={names.skill} />
      ),
    },
    {
      key: 'created',
      header: t('mentoring.field.sentOn'),
      cell: (application) => date(application.createdAt),
      sortValue: (application) => application.createdAt ?? '',
    },
    {
      key: 'status',
      header: t('mentoring.field.status'),
      cell: (application) => {
        const status = application.status ?? 'APPLICATION_STATUS_UNSPECIFIED';
        return <Badge tone={TONE[status]}>{t(APPLICATION_STATUS[status])}</Badge>;
      },
      sortValue: (application) => application.status ?? '',
    },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (application) => (
        <ApplicationActions application={application} onChanged={applications.reload} />
      ),
    },
  ];
  return (
    <Page
      title={t('mentoring.applications.title')}
      actions={
        <Link className="button primary" to="/mentoring/apply">
          {t('mentoring.apply.title')}
        </Link>
      }
    >
      {query.get('sent') === '1' && <Notice>{t('mentoring.applications.sent')}</Notice>}
      {applications.status === 'loading' && <Loading />}
      {applications.status === 'failed' && <ProblemAlert failure={applications.failure} />}
      {applications.status === 'ok' && (
        <DataTable
          caption={t('mentoring.applications.title')}
          columns={columns}
          rows={applications.data}
          rowKey={(application) => application.id ?? ''}
          initialSort={{ key: 'created', descending: true }}
        />
      )}
    </Page>
  );
}

function ApplicationActions({
  application,
  onChanged,
}: {
  readonly application: Application;
  readonly onChanged: () => void;
}) {
  const { t } = useI18n();
  const withdraw = useAction(
    (reason: string) =>
      call(
        api.POST('/api/v1/mentoring/applications/{applicationId}/withdraw', {
          params: { path: { applicationId: application.id ?? '' } },
          body: { expectedVersion: application.version ?? 1, reason },
        }),
      ),
    onChanged,
  );
  const status = application.status;
  const pair = application.assignmentId ?? '';
  return (
    <div className="form-actions">
      {pair !== '' && status !== 'APPLICATION_STATUS_OPEN' && (
        <Link to={`/mentoring/pairs/${pair}`}>{t('mentoring.applications.openPair')}</Link>
      )}
      {(status === 'APPLICATION_STATUS_OPEN' || status === 'APPLICATION_STATUS_PROPOSED') && (
        <ConfirmAction
          label={t('mentoring.applications.withdraw')}
          question={t('mentoring.applications.withdrawQuestion')}
          confirmLabel={t('mentoring.applications.withdrawConfirm')}
          reasonLabel={t('mentoring.applications.withdrawReason')}
          danger
          state={withdraw.state}
          onConfirm={(reason) => void withdraw.execute(reason)}
        />
      )}
    </div>
  );
}
