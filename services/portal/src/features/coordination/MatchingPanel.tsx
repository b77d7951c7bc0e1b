import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { places } from './board.ts';
import { loadSuggestions } from './data.ts';
import type { ExpertMatch, SupportRequest } from './types.ts';

/**
 * For an accepted request, the network office's matching: the directory's ranked candidates (or
 * why there are none just now), then offers to the best K at once, each with days to answer.
 */
export function MatchingPanel({
  request,
  onChanged,
}: {
  readonly request: SupportRequest;
  readonly onChanged: (request: SupportRequest) => void;
}) {
  const { t, locale, number } = useI18n();
  const names = useNames();
  const id = request.id ?? '';
  const suggestions = useLoad(() => loadSuggestions(id), [id, request.version]);
  const [offersAtOnce, setOffersAtOnce] = useState('');
  const [days, setDays] = useState('3');
  const [message, setMessage] = useState('');
  const start = useAction(
    () =>
      call(
        api.POST('/api/v1/support-requests/{supportRequestId}/offers', {
          params: { path: { supportRequestId: id } },
          body: {
            expectedVersion: request.version ?? 1,
            offersAtOnce: Number(offersAtOnce) || 0,
            respondWithinDays: Number(days) || 0,
            ...(message.trim() === '' ? {} : { message: message.trim() }),
          },
        }),
      ),
    (data) => {
      if (data.supportRequest !== undefined) onChanged(data.supportRequest);
    },
  );
  const errors = actionFieldErrors(start.state);
  const { needed, taken, outstanding } = places(request);
  const columns: Column<ExpertMatch>[] = [
    {
      key: 'name',
      header: t('coordination.match.expert'),
      cell: (match) => match.expert?.fullName ?? '',
    },
    {
      key: 'organisation',
      header: t('coordination.field.organisation'),
      cell: (match) => names.organisation(match.expert?.organisation?.code),
    },
    {
      key: 'province',
      header: t('coordination.field.province'),
      cell: (match) => names.organisation(match.expert?.province?.code),
    },
    {
      key: 'score',
      header: t('coordination.match.score'),
      numeric: true,
      cell: (match) => number(Math.round((match.score ?? 0) * 100)),
    },
    {
      key: 'skills',
      header: t('coordination.match.skills'),
      cell: (match) =>
        (match.matchedSkills ?? []).map((skill) => names.skill(skill.code)).join(', '),
    },
    {
      key: 'missing',
      header: t('coordination.match.missing'),
      cell: (match) => (match.missingSkillCodes ?? []).map(names.skill).join(', '),
    },
    {
      key: 'reasons',
      header: t('coordination.match.why'),
      cell: (match) =>
        (match.reasons ?? [])
          .map((reason) => localized(locale, reason.message))
          .filter((text) => text !== '')
          .join('; '),
    },
  ];
  // Columns the answer fills: the service may send only the expert and the score.
  const rows = suggestions.status === 'ok' ? (suggestions.data.matches ?? []) : [];
  const filled = (key: string) => {
    if (key === 'province') return rows.some((match) => match.expert?.province?.code !== undefined);
    if (key === 'skills') return rows.some((match) => (match.matchedSkills ?? []).length > 0);
    if (key === 'missing') return rows.some((match) => (match.missingSkillCodes ?? []).length > 0);
    if (key === 'reasons') return rows.some((match) => (match.reasons ?? []).length > 0);
    return true;
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void start.execute();
  };
  return (
    <section aria-labelledby="matching-heading" className="card">
      <h2 id="matching-heading">{t('coordination.match.title')}</h2>
      <p role="status">
        {t('coordination.match.places', { taken, needed, outstanding })}
        {(request.offersAtOnce ?? 0) > 0 &&
          ` · ${t('coordination.match.offersAtOnce', { count: request.offersAtOnce ?? 0 })}`}
      </p>
      {request.matchingDegraded === true && (
        <p className="alert alert-warn">{t('coordination.match.waiting')}</p>
      )}
      {suggestions.status === 'loading' && <Loading />}
      {suggestions.status === 'failed' && <ProblemAlert failure={suggestions.failure} />}
      {suggestions.status === 'ok' && suggestions.data.degraded === true && (
        <p className="alert alert-warn" role="status">
          <strong>{t('coordination.match.degraded')}</strong>{' '}
          {localized(locale, suggestions.data.degradedReason)}
        </p>
      )}
      {suggestions.status === 'ok' && suggestions.data.degraded !== true && (
        <DataTable
          caption={t('coordination.match.suggestions')}
          columns={columns.filter((column) => filled(column.key))}
          rows={rows}
          rowKey={(match) => match.expert?.id ?? ''}
        />
      )}
      {request.status === 'SUPPORT_REQUEST_STATUS_MATCHING' && (
        <form aria-label={t('coordination.match.startTitle')} onSubmit={submit} noValidate>
          <h3>{t('coordination.match.startTitle')}</h3>
          {start.state.status === 'done' && <Notice>{t('coordination.match.started')}</Notice>}
          <div className="grid-2">
            <TextField
              label={t('coordination.match.k')}
              hint={t('coordination.match.kHint')}
              type="number"
              inputMode="numeric"
              min={0}
              max={20}
              value={offersAtOnce}
              error={errors.offersAtOnce}
              onChange={(event) => {
                setOffersAtOnce(event.target.value);
              }}
            />
            <TextField
              label={t('coordination.match.days')}
              hint={t('coordination.match.daysHint')}
              type="number"
              inputMode="numeric"
              min={0}
              max={14}
              value={days}
              error={errors.respondWithinDays}
              onChange={(event) => {
                setDays(event.target.value);
              }}
            />
          </div>
          <TextAreaField
            label={t('coordination.match.message')}
            rows={2}
            maxLength={2000}
            value={message}
            error={errors.message}
            onChange={(event) => {
              setMessage(event.target.value);
            }}
          />
          <FormProblem
            state={start.state}
            placed={['offersAtOnce', 'respondWithinDays', 'message']}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="button primary"
              disabled={start.state.status === 'running'}
            >
              {t('coordination.match.start')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
