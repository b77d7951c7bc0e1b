import { useLoad } from '../../api/hooks.ts';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadHistory } from './data.ts';
import type { Assignment, AuditEntry } from './types.ts';

/** Who changed the pair, when, and what it was before and after (the office's audit). */
export function HistorySection({ assignment }: { readonly assignment: Assignment }) {
  const { t, dateTime } = useI18n();
  const assignmentId = assignment.id ?? '';
  const history = useLoad(() => loadHistory(assignmentId), [assignmentId, assignment.version]);
  const who = (entry: AuditEntry) => {
    const subject = entry.actor?.subject ?? '';
    if (subject !== '' && subject === assignment.mentor?.userSubject)
      return t('mentoring.history.byMentor', { name: assignment.mentor.fullName ?? '' });
    if (subject !== '' && subject === assignment.mentee?.userSubject)
      return t('mentoring.history.byMentee', { name: assignment.mentee.fullName ?? '' });
    if (entry.actor?.roles?.includes('programme-office') === true)
      return t('mentoring.history.byOffice');
    if (entry.actor?.service !== undefined && entry.actor.service !== '')
      return t('mentoring.history.bySystem');
    return subject;
  };
  const entries = history.status === 'ok' ? (history.data.entries ?? []) : [];
  return (
    <section className="card mentoring-audit" aria-labelledby="mentoring-history-heading">
      <h2 id="mentoring-history-heading">{t('mentoring.history.title')}</h2>
      {history.status === 'loading' && <Loading />}
      {history.status === 'failed' && <ProblemAlert failure={history.failure} />}
      {history.status === 'ok' && entries.length === 0 && (
        <p className="muted">{t('common.empty')}</p>
      )}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('mentoring.history.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mentoring.history.when')}</th>
                <th scope="col">{t('mentoring.history.who')}</th>
                <th scope="col">{t('mentoring.history.action')}</th>
                <th scope="col">{t('mentoring.history.change')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={`${entry.at ?? ''}-${String(index)}`}>
                  <td>{dateTime(entry.at)}</td>
                  <td>{who(entry)}</td>
                  <td>{entry.action}</td>
                  <td>
                    <details>
                      <summary>{t('mentoring.history.showChange')}</summary>
                      <p className="small">{t('mentoring.history.before')}</p>
                      <pre>
                        {entry.before === undefined || entry.before === '' ? '—' : entry.before}
                      </pre>
                      <p className="small">{t('mentoring.history.after')}</p>
                      <pre>
                        {entry.after === undefined || entry.after === '' ? '—' : entry.after}
                      </pre>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
