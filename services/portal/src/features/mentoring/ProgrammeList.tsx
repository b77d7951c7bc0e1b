import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { dateInputValue } from '../../i18n/format.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadProgrammes } from './data.ts';
import { isOpenOn } from './programme-draft.ts';
import type { Programme } from './types.ts';
import './mentoring.css';

/** The office's mentoring programmes, latest window first; each opens its matching board. */
export default function ProgrammeList() {
  const { t, locale, date, number } = useI18n();
  const programmes = useLoad(() => loadProgrammes(), []);
  const today = dateInputValue(new Date());
  const columns: Column<Programme>[] = [
    {
      key: 'name',
      header: t('mentoring.field.name'),
      cell: (programme) => (
        <Link to={`/mentoring/programmes/${programme.id ?? ''}`}>
          {localized(locale, programme.settings?.name)}
        </Link>
      ),
      sortValue: (programme) => localized(locale, programme.settings?.name),
    },
    {
      key: 'window',
      header: t('mentoring.field.window'),
      cell: (programme) =>
        t('mentoring.programme.window', {
          from: date(programme.settings?.opensOn),
          to: date(programme.settings?.closesOn),
        }),
      sortValue: (programme) => programme.settings?.opensOn ?? '',
    },
    {
      key: 'open',
      header: t('mentoring.field.state'),
      cell: (programme) =>
        isOpenOn(programme, today) ? (
          <Badge tone="good">{t('mentoring.programme.open')}</Badge>
        ) : (
          <Badge>{t('mentoring.programme.closed')}</Badge>
        ),
    },
    {
      key: 'target',
      header: t('mentoring.field.targetPairs'),
      numeric: true,
      cell: (programme) => number(programme.settings?.targetPairs),
      sortValue: (programme) => programme.settings?.targetPairs ?? 0,
    },
    {
      key: 'applications',
      header: t('mentoring.field.applications'),
      numeric: true,
      cell: (programme) => number(programme.applications ?? 0),
      sortValue: (programme) => programme.applications ?? 0,
    },
    {
      key: 'active',
      header: t('mentoring.field.activePairs'),
      numeric: true,
      cell: (programme) => number(programme.activePairs ?? 0),
      sortValue: (programme) => programme.activePairs ?? 0,
    },
    {
      key: 'completed',
      header: t('mentoring.field.completedPairs'),
      numeric: true,
      cell: (programme) => number(programme.completedPairs ?? 0),
      sortValue: (programme) => programme.completedPairs ?? 0,
    },
  ];
  return (
    <Page
      title={t('mentoring.programme.listTitle')}
      actions={
        <Link className="button primary" to="/mentoring/programmes/new">
          {t('mentoring.programme.createTitle')}
        </Link>
      }
    >
      <p className="muted">{t('mentoring.programme.listIntro')}</p>
      {programmes.status === 'loading' && <Loading />}
      {programmes.status === 'failed' && <ProblemAlert failure={programmes.failure} />}
      {programmes.status === 'ok' && (
        <DataTable
          caption={t('mentoring.programme.listTitle')}
          columns={columns}
          rows={programmes.data}
          rowKey={(programme) => programme.id ?? ''}
          initialSort={{ key: 'window', descending: true }}
        />
      )}
    </Page>
  );
}
