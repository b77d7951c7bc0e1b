import { api, call } from '../../api/client.ts';
import type { components } from '../../api/gen/schema.ts';
import { useLoad } from '../../api/hooks.ts';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { actorRoleLabels, changedFieldLabel, revisionActionLabel } from './labels.ts';
import { nominationStatusView } from './status.ts';

type Revision = components['schemas']['NominationRevision'];

/** A nomination's history, newest first: who did what, and the status it moved between. */
export function Revisions({
  nominationId,
  version,
}: {
  readonly nominationId: string;
  /** Reloads the history when the nomination changes. */
  readonly version: number | undefined;
}) {
  const { t } = useI18n();
  const revisions = useLoad(
    () =>
      call(
        api.GET('/api/v1/nominations/{nominationId}/revisions', {
          params: { path: { nominationId }, query: { 'page.pageSize': 200 } },
        }),
      ),
    [nominationId, version],
  );
  const list =
    revisions.status === 'ok'
      ? [...(revisions.data.revisions ?? [])].sort((a, b) => (b.version ?? 0) - (a.version ?? 0))
      : [];
  return (
    <section aria-labelledby="revisions-heading">
      <h2 id="revisions-heading">{t('nominations.revisions.title')}</h2>
      {revisions.status === 'loading' && <Loading />}
      {revisions.status === 'failed' && <ProblemAlert failure={revisions.failure} />}
      {revisions.status === 'ok' &&
        (list.length === 0 ? (
          <p className="muted">{t('common.empty')}</p>
        ) : (
          <ol className="timeline">
            {list.map((revision) => (
              <RevisionItem key={revision.version} revision={revision} />
            ))}
          </ol>
        ))}
    </section>
  );
}

function RevisionItem({ revision }: { readonly revision: Revision }) {
  const { t, dateTime } = useI18n();
  const after = nominationStatusView(revision.statusAfter);
  const before = nominationStatusView(revision.statusBefore);
  const changedStatus =
    revision.statusBefore !== undefined &&
    revision.statusBefore !== 'NOMINATION_STATUS_UNSPECIFIED' &&
    revision.statusBefore !== revision.statusAfter;
  const changed = revision.changedFields ?? [];
  const action = revisionActionLabel(revision.action);
  const roles = actorRoleLabels(revision.actor?.roles).map((key) => t(key));
  const service = revision.actor?.service ?? '';
  const by = roles.length > 0 ? roles.join(', ') : service === '' ? '—' : service;
  return (
    <li>
      <span className="when">{dateTime(revision.at)}</span>
      <strong>{action === undefined ? revision.action : t(action)}</strong>
      {' — '}
      {changedStatus
        ? t('nominations.revisions.moved', { from: t(before.label), to: t(after.label) })
        : t(after.label)}
      {changed.length > 0 && (
        <p className="small">
          {t('nominations.revisions.changed', {
            fields: changed
              .map((field) => {
                const key = changedFieldLabel(field);
                return key === undefined ? field : t(key);
              })
              .join(', '),
          })}
        </p>
      )}
      {revision.note !== undefined && revision.note !== '' && (
        <p className="small">{revision.note}</p>
      )}
      <p className="small muted">
        {t('nominations.revisions.by', {
          roles: by,
          organisation: revision.actor?.orgCode ?? '',
        })}
      </p>
    </li>
  );
}
