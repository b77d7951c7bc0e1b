import { useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link, setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { AdjustPanel } from './AdjustPanel.tsx';
import { PersonLine, ScoreBars, TopicTags } from './bits.tsx';
import { planComparison, unmatchedApplications } from './board.ts';
import { loadApplications, loadProgramme, loadRun } from './data.ts';
import { FIGURE_LABEL, RUN_STATUS } from './labels.ts';
import type { MatchRun, PlannedPair, Programme } from './types.ts';
import './mentoring.css';

/**
 * The office's matching board for a programme: run a bulk match, inspect the plan (each pair's
 * score in parts, the unmatched applications, optimal against greedy), adjust pairs, publish.
 * The run shown is the one in the URL (?run=), so a reload or a shared link keeps it.
 */
export default function MatchingBoard({ params, query }: ScreenProps) {
  const { t, locale, date, number } = useI18n();
  const programmeId = params.programmeId ?? '';
  const runId = query.get('run') ?? '';
  const programme = useLoad(() => loadProgramme(programmeId), [programmeId]);
  const applications = useLoad(() => loadApplications({ programmeId }), [programmeId]);
  const loadedRun = useLoad(
    () =>
      runId === ''
        ? Promise.resolve({ ok: true as const, data: { run: undefined } })
        : loadRun(runId),
    [runId],
  );
  // There is no list of runs: the last one opened here is remembered, to come back to it.
  const storageKey = `expertnet.mentoring.run.${programmeId}`;
  useEffect(() => {
    if (runId !== '') localStorage.setItem(storageKey, runId);
  }, [runId, storageKey]);
  const remembered = runId === '' ? (localStorage.getItem(storageKey) ?? '') : '';
  // The latest answer of an action on the run wins over the loaded one until the next load.
  const [changed, setChanged] = useState<MatchRun | undefined>();
  const run =
    changed?.id === runId ? changed : loadedRun.status === 'ok' ? loadedRun.data.run : undefined;
  const start = useAction(
    () =>
      call(
        api.POST('/api/v1/mentoring/programmes/{programmeId}/match-runs', {
          params: { path: { programmeId } },
          body: {},
        }),
      ),
    (data) => {
      setChanged(data.run);
      setQuery({ run: data.run?.id });
    },
  );
  const settings = programme.status === 'ok' ? programme.data.programme?.settings : undefined;
  const title =
    settings === undefined ? t('mentoring.board.title') : localized(locale, settings.name);
  return (
    <Page
      title={title}
      actions={
        <Link className="button" to={`/mentoring/programmes/${programmeId}/edit`}>
          {t('mentoring.programme.editTitle')}
        </Link>
      }
    >
      <p>
        <Link to="/mentoring/programmes">{t('mentoring.programme.backToList')}</Link>
      </p>
      {programme.status === 'loading' && <Loading />}
      {programme.status === 'failed' && <ProblemAlert failure={programme.failure} />}
      {programme.status === 'ok' && programme.data.programme !== undefined && (
        <ProgrammeFacts programme={programme.data.programme} />
      )}
      <section className="card" aria-labelledby="mentoring-run-heading">
        <h2 id="mentoring-run-heading">{t('mentoring.board.runTitle')}</h2>
        <p className="hint">{t('mentoring.board.runHint')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            disabled={start.state.status === 'running'}
            onClick={() => void start.execute()}
          >
            {t('mentoring.board.run')}
          </button>
          {remembered !== '' && (
            <Link className="button" to={`/mentoring/programmes/${programmeId}?run=${remembered}`}>
              {t('mentoring.board.lastRun')}
            </Link>
          )}
          {start.state.status === 'running' && (
            <span role="status">{t('mentoring.board.running')}</span>
          )}
        </div>
        <FormProblem state={start.state} placed={[]} />
      </section>
      {runId !== '' && loadedRun.status === 'loading' && changed === undefined && <Loading />}
      {runId !== '' && loadedRun.status === 'failed' && (
        <ProblemAlert failure={loadedRun.failure} />
      )}
      {run?.id !== undefined && (
        <RunView
          run={run}
          applications={applications.status === 'ok' ? applications.data : []}
          onChanged={setChanged}
          createdAt={date(run.createdAt)}
          number={number}
        />
      )}
    </Page>
  );
}

function ProgrammeFacts({ programme }: { readonly programme: Programme }) {
  const { t, date, number } = useI18n();
  const settings = programme.settings;
  return (
    <div className="stats" role="group" aria-label={t('mentoring.board.factsLabel')}>
      <div className="stat">
        <span className="value">
          {t('mentoring.programme.window', {
            from: date(settings?.opensOn),
            to: date(settings?.closesOn),
          })}
        </span>
        {t('mentoring.field.window')}
      </div>
      <div className="stat">
        <span className="value">{number(settings?.targetPairs)}</span>
        {t('mentoring.field.targetPairs')}
      </div>
      <div className="stat">
        <span className="value">{number(programme.applications ?? 0)}</span>
        {t('mentoring.field.applications')}
      </div>
      <div className="stat">
        <span className="value">{number(programme.activePairs ?? 0)}</span>
        {t('mentoring.field.activePairs')}
      </div>
      <div className="stat">
        <span className="value">{number(settings?.durationMonths)}</span>
        {t('mentoring.field.durationMonths')}
      </div>
    </div>
  );
}

function RunView({
  run,
  applications,
  onChanged,
  createdAt,
  number,
}: {
  readonly run: MatchRun;
  readonly applications: Parameters<typeof unmatchedApplications>[1];
  readonly onChanged: (run: MatchRun) => void;
  readonly createdAt: string;
  readonly number: (value: number | undefined) => string;
}) {
  const { t } = useI18n();
  const names = useNames();
  const draft = run.status === 'MATCH_RUN_STATUS_DRAFT';
  const [adjusting, setAdjusting] = useState<string | undefined>();
  const publish = useAction(
    () =>
      call(
        api.POST('/api/v1/mentoring/match-runs/{runId}/publish', {
          params: { path: { runId: run.id ?? '' } },
          body: { expectedVersion: run.version ?? 1 },
        }),
      ),
    (data) => {
      if (data.run !== undefined) onChanged(data.run);
    },
  );
  const unmatched = unmatchedApplications(run, applications);
  const comparison = planComparison(run);
  const pairs = run.pairs ?? [];
  return (
    <>
      <section className="card" aria-labelledby="mentoring-plan-heading">
        <h2 id="mentoring-plan-heading">
          {t('mentoring.board.planTitle')}{' '}
          <Badge tone={draft ? 'info' : 'good'}>
            {t(RUN_STATUS[run.status ?? 'MATCH_RUN_STATUS_UNSPECIFIED'])}
          </Badge>
        </h2>
        <p className="muted">{t('mentoring.board.createdAt', { date: createdAt })}</p>
        <div className="table-wrap">
          <table>
            <caption>{t('mentoring.board.comparison')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mentoring.board.figure')}</th>
                <th scope="col" className="numeric">
                  {t('mentoring.board.optimal')}
                </th>
                <th scope="col" className="numeric">
                  {t('mentoring.board.greedy')}
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{t(FIGURE_LABEL[row.key])}</th>
                  <td className="numeric">
                    {number(row.optimal)}
                    {row.better === 'optimal' && (
                      <span className="visually-hidden"> ({t('mentoring.board.better')})</span>
                    )}
                    {row.better === 'optimal' && <span aria-hidden="true"> ✓</span>}
                  </td>
                  <td className="numeric">
                    {number(row.greedy)}
                    {row.better === 'greedy' && (
                      <span className="visually-hidden"> ({t('mentoring.board.better')})</span>
                    )}
                    {row.better === 'greedy' && <span aria-hidden="true"> ✓</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="hint">{t('mentoring.board.comparisonHint')}</p>
        {draft && (
          <ConfirmAction
            label={t('mentoring.board.publish', { count: pairs.length })}
            question={t('mentoring.board.publishQuestion', { count: pairs.length })}
            confirmLabel={t('mentoring.board.publishConfirm')}
            primary
            state={publish.state}
            onConfirm={() => void publish.execute()}
          />
        )}
        {run.status === 'MATCH_RUN_STATUS_PUBLISHED' && (
          <Notice>{t('mentoring.board.publishedNotice', { count: pairs.length })}</Notice>
        )}
      </section>
      <section aria-labelledby="mentoring-pairs-heading">
        <h2 id="mentoring-pairs-heading">
          {t('mentoring.board.pairsTitle', { count: pairs.length })}
        </h2>
        {pairs.length === 0 && <p className="muted">{t('mentoring.board.noPairs')}</p>}
        <div className="mentoring-pairs">
          {pairs.map((pair) => (
            <PairCard
              key={pair.applicationId ?? ''}
              pair={pair}
              run={run}
              draft={draft}
              adjusting={adjusting === pair.applicationId}
              onAdjust={(open) => {
                setAdjusting(open ? pair.applicationId : undefined);
              }}
              onChanged={(next) => {
                setAdjusting(undefined);
                onChanged(next);
              }}
              names={names}
            />
          ))}
        </div>
      </section>
      <section className="card" aria-labelledby="mentoring-unmatched-heading">
        <h2 id="mentoring-unmatched-heading">
          {t('mentoring.board.unmatchedTitle', { count: unmatched.length })}
        </h2>
        {unmatched.length === 0 ? (
          <p className="muted">{t('mentoring.board.noUnmatched')}</p>
        ) : (
          <ul className="plain">
            {unmatched.map((application) => (
              <li key={application.id ?? ''} className="mentoring-meeting">
                <strong>
                  {application.mentee?.fullName ?? t('mentoring.board.unknownMentee')}
                </strong>
                <TopicTags codes={application.details?.topicSkillCodes} skillName={names.skill} />
                {draft && adjusting !== application.id && (
                  <button
                    type="button"
                    className="button small"
                    onClick={() => {
                      setAdjusting(application.id);
                    }}
                  >
                    {t('mentoring.board.assign', {
                      name: application.mentee?.fullName ?? '',
                    })}
                  </button>
                )}
                {draft && adjusting === application.id && (
                  <AdjustPanel
                    run={run}
                    applicationId={application.id ?? ''}
                    currentMentorId={undefined}
                    onDone={(next) => {
                      setAdjusting(undefined);
                      onChanged(next);
                    }}
                    onCancel={() => {
                      setAdjusting(undefined);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function PairCard({
  pair,
  run,
  draft,
  adjusting,
  onAdjust,
  onChanged,
  names,
}: {
  readonly pair: PlannedPair;
  readonly run: MatchRun;
  readonly draft: boolean;
  readonly adjusting: boolean;
  readonly onAdjust: (open: boolean) => void;
  readonly onChanged: (run: MatchRun) => void;
  readonly names: ReturnType<typeof useNames>;
}) {
  const { t } = useI18n();
  const menteeName = pair.mentee?.fullName ?? '';
  const mentorName = pair.mentor?.fullName ?? '';
  const remove = useAction(
    () =>
      call(
        api.POST('/api/v1/mentoring/match-runs/{runId}/adjustments', {
          params: { path: { runId: run.id ?? '' } },
          body: { expectedVersion: run.version ?? 1, applicationId: pair.applicationId ?? '' },
        }),
      ),
    (data) => {
      if (data.run !== undefined) onChanged(data.run);
    },
  );
  return (
    <article className="card mentoring-pair" aria-label={`${menteeName} – ${mentorName}`}>
      <h3>
        {t('mentoring.board.pairHeading', { mentee: menteeName, mentor: mentorName })}{' '}
        {pair.adjusted === true && <Badge tone="warn">{t('mentoring.board.adjusted')}</Badge>}
      </h3>
      <dl className="mentoring-facts">
        <dt>{t('mentoring.role.mentee')}</dt>
        <dd>
          <PersonLine person={pair.mentee} organisationName={names.organisation} />
        </dd>
        <dt>{t('mentoring.role.mentor')}</dt>
        <dd>
          <PersonLine person={pair.mentor} organisationName={names.organisation} />
        </dd>
        {pair.repeatOverrideReason !== undefined && pair.repeatOverrideReason !== '' && (
          <>
            <dt>{t('mentoring.board.overrideReason')}</dt>
            <dd>{pair.repeatOverrideReason}</dd>
          </>
        )}
        {pair.assignmentId !== undefined && pair.assignmentId !== '' && (
          <>
            <dt>{t('mentoring.board.proposal')}</dt>
            <dd>
              <Link to={`/mentoring/pairs/${pair.assignmentId}`}>
                {t('mentoring.board.openPair')}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <ScoreBars score={pair.score} parts={pair.parts} />
      {draft && !adjusting && (
        <div className="form-actions">
          <button
            type="button"
            className="button small"
            aria-label={t('mentoring.board.changeMentorFor', { name: menteeName })}
            onClick={() => {
              onAdjust(true);
            }}
          >
            {t('mentoring.board.changeMentor')}
          </button>
          <ConfirmAction
            label={t('mentoring.board.remove')}
            question={t('mentoring.board.removeQuestion', { name: menteeName })}
            confirmLabel={t('mentoring.board.removeConfirm')}
            danger
            state={remove.state}
            onConfirm={() => void remove.execute()}
          />
        </div>
      )}
      {draft && adjusting && (
        <AdjustPanel
          run={run}
          applicationId={pair.applicationId ?? ''}
          currentMentorId={pair.mentor?.expertId}
          onDone={onChanged}
          onCancel={() => {
            onAdjust(false);
          }}
        />
      )}
    </article>
  );
}
