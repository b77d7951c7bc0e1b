import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { useUser } from '../../app/session.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { PersonLine, ScoreBars, TopicTags } from './bits.tsx';
import { proposalsToAnswer } from './board.ts';
import { loadAssignments } from './data.ts';
import { RespondActions } from './RespondActions.tsx';
import type { Assignment } from './types.ts';
import './mentoring.css';

/** The mentor's proposals to answer: who, on what, why they were chosen, and by when. */
export default function MentorInbox() {
  const { t, dateTime } = useI18n();
  const user = useUser();
  const names = useNames();
  const loaded = useLoad(async () => {
    // Opening one's own profile links it to the account (as the profile screen does), so that
    // the mentor pool, fed by the directory, knows whose proposals these are.
    await call(api.GET('/api/v1/experts/me'));
    return loadAssignments({ onlyMine: true, statuses: ['ASSIGNMENT_STATUS_PROPOSED'] });
  }, []);
  const [answered, setAnswered] = useState<readonly Assignment[]>([]);
  const proposals =
    loaded.status === 'ok'
      ? proposalsToAnswer(loaded.data, user.subject).filter(
          (proposal) => !answered.some((done) => done.id === proposal.id),
        )
      : [];
  return (
    <Page
      title={t('mentoring.inbox.title')}
      actions={
        <Link className="button" to="/mentoring/pairs">
          {t('mentoring.nav.pairs')}
        </Link>
      }
    >
      <p className="muted">{t('mentoring.inbox.intro')}</p>
      {answered.map((assignment) => (
        <Notice key={assignment.id ?? ''}>
          {assignment.status === 'ASSIGNMENT_STATUS_ACTIVE' ? (
            <>
              {t('mentoring.inbox.accepted', { name: assignment.mentee?.fullName ?? '' })}{' '}
              <Link to={`/mentoring/pairs/${assignment.id ?? ''}`}>
                {t('mentoring.inbox.openPair')}
              </Link>
            </>
          ) : (
            t('mentoring.inbox.declined', { name: assignment.mentee?.fullName ?? '' })
          )}
        </Notice>
      ))}
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {loaded.status === 'ok' && proposals.length === 0 && (
        <p className="muted">{t('mentoring.inbox.empty')}</p>
      )}
      {proposals.map((proposal) => (
        <article
          key={proposal.id ?? ''}
          className="card mentoring-proposal"
          aria-labelledby={`proposal-${proposal.id ?? ''}`}
        >
          <h2 id={`proposal-${proposal.id ?? ''}`}>
            {t('mentoring.inbox.proposalFrom', { name: proposal.mentee?.fullName ?? '' })}
          </h2>
          <dl className="mentoring-facts">
            <dt>{t('mentoring.role.mentee')}</dt>
            <dd>
              <PersonLine person={proposal.mentee} organisationName={names.organisation} />
            </dd>
            <dt>{t('mentoring.apply.topics')}</dt>
            <dd>
              <TopicTags codes={proposal.topicSkillCodes} skillName={names.skill} />
            </dd>
            <dt>{t('mentoring.apply.goals')}</dt>
            <dd>{proposal.goals}</dd>
            <dt>{t('mentoring.inbox.respondBy')}</dt>
            <dd>{dateTime(proposal.respondBy)}</dd>
          </dl>
          <ScoreBars
            score={proposal.score}
            parts={proposal.scoreParts}
            caption={t('mentoring.inbox.why')}
          />
          <RespondActions
            assignment={proposal}
            onAnswered={(assignment) => {
              setAnswered((previous) => [...previous, assignment]);
            }}
          />
        </article>
      ))}
    </Page>
  );
}
