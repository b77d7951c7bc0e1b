import { useCallback, useEffect, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/problem.ts';
import { SelectField } from '../../components/Field.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { asOrganisationCode } from '../nominations/orgCode.ts';
import { loadQuotaLedger } from './data.ts';
import { quotaDraftsFromLedger, quotaTotals, quotaValues, type QuotaDraft } from './quotas.ts';
import { sortByVietnamese } from '../../i18n/format.ts';

/**
 * The quotas of a round: a floor and a ceiling per organisation, saved together (the table is
 * the whole set; an organisation removed from it loses its quota).
 */
export function QuotaEditor({
  roundId,
  nameOf,
  options,
  onSaved,
}: {
  readonly roundId: string;
  readonly nameOf: (code: string) => string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onSaved: () => void;
}) {
  const { t, number } = useI18n();
  const ledger = useLoad(() => loadQuotaLedger(roundId), [roundId]);
  const [rows, setRows] = useState<readonly QuotaDraft[] | undefined>();
  const [adding, setAdding] = useState('');
  const entries = ledger.status === 'ok' ? ledger.data : undefined;
  useEffect(() => {
    if (entries !== undefined) setRows(quotaDraftsFromLedger(entries));
  }, [entries]);
  const save = useCallback(
    (drafts: readonly QuotaDraft[]) =>
      call(
        api.PUT('/api/v1/rounds/{roundId}/quotas', {
          params: { path: { roundId } },
          body: {
            replaceAll: true,
            quotas: quotaValues(drafts).flatMap((quota) => {
              const code = asOrganisationCode(quota.code);
              return code === undefined
                ? []
                : [{ organisation: { code }, floor: quota.floor, ceiling: quota.ceiling }];
            }),
          },
        }),
      ),
    [roundId],
  );
  const { state, execute } = useAction(save, onSaved);
  const errors =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? fieldErrors(state.failure.problem)
      : {};
  if (ledger.status === 'loading' || rows === undefined) {
    return ledger.status === 'failed' ? <ProblemAlert failure={ledger.failure} /> : <Loading />;
  }
  const present = new Set(rows.map((row) => row.code));
  const addable = options.filter((option) => !present.has(option.value));
  const update = (code: string, field: 'floor' | 'ceiling', value: string) => {
    setRows((previous) =>
      previous?.map((row) => (row.code === code ? { ...row, [field]: value } : row)),
    );
  };
  // Shown by name in Vietnamese collation; sent (and named by the API's errors) in `rows` order.
  const indexOf = new Map(rows.map((row, index) => [row.code, index]));
  const shown = sortByVietnamese(rows, (row) => nameOf(row.code));
  const totals = quotaTotals(rows);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void execute(rows);
  };
  const rowError = (index: number, field?: string) =>
    field === undefined
      ? errors[`quotas[${String(index)}]`]
      : errors[`quotas[${String(index)}].${field}`];
  return (
    <form onSubmit={submit} aria-labelledby="quotas-heading">
      <h2 id="quotas-heading">{t('review.quotas.title')}</h2>
      <p className="muted">{t('review.quotas.intro')}</p>
      <div className="table-wrap quota-table">
        <table>
          <caption className="visually-hidden">{t('review.quotas.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.ledger.organisation')}</th>
              <th scope="col">{t('nominations.quota.floor')}</th>
              <th scope="col">{t('nominations.quota.ceiling')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const index = indexOf.get(row.code) ?? -1;
              const name = nameOf(row.code);
              const problem = rowError(index);
              const floorError = rowError(index, 'floor');
              const ceilingError = rowError(index, 'ceiling');
              return (
                <tr key={row.code} className={problem === undefined ? undefined : 'invalid'}>
                  <th scope="row">
                    {name}
                    {problem !== undefined && <p className="field-error">{problem}</p>}
                  </th>
                  <td>
                    <input
                      type="number"
                      min={0}
                      name={`quotas.${row.code}.floor`}
                      aria-label={t('review.quotas.floorOf', { organisation: name })}
                      aria-invalid={floorError !== undefined || problem !== undefined}
                      value={row.floor}
                      onChange={(event) => {
                        update(row.code, 'floor', event.target.value);
                      }}
                    />
                    {floorError !== undefined && <p className="field-error">{floorError}</p>}
                  </td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      name={`quotas.${row.code}.ceiling`}
                      aria-label={t('review.quotas.ceilingOf', { organisation: name })}
                      aria-invalid={ceilingError !== undefined || problem !== undefined}
                      value={row.ceiling}
                      onChange={(event) => {
                        update(row.code, 'ceiling', event.target.value);
                      }}
                    />
                    {ceilingError !== undefined && <p className="field-error">{ceilingError}</p>}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button danger small"
                      onClick={() => {
                        setRows(rows.filter((other) => other.code !== row.code));
                      }}
                    >
                      {t('review.quotas.remove', { organisation: name })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('review.quotas.total')}</th>
              <td>{number(totals.floor)}</td>
              <td>{number(totals.ceiling)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="filters">
        <SelectField
          label={t('review.quotas.add')}
          name="addOrganisation"
          value={adding}
          options={[{ value: '', label: t('review.quotas.choose') }, ...addable]}
          onChange={(event) => {
            setAdding(event.target.value);
          }}
        />
        <div className="field">
          <button
            type="button"
            className="button"
            disabled={adding === ''}
            onClick={() => {
              setRows([...rows, { code: adding, floor: '0', ceiling: '' }]);
              setAdding('');
            }}
          >
            {t('review.quotas.addButton')}
          </button>
        </div>
      </div>
      {state.status === 'failed' && <ProblemAlert failure={state.failure} />}
      <button type="submit" className="button primary" disabled={state.status === 'running'}>
        {t('review.quotas.save')}
      </button>
      {state.status === 'done' && <Notice>{t('review.quotas.saved')}</Notice>}
    </form>
  );
}
