import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession, useUser } from '../../app/session.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { PairStatusBadge, PersonLine, ScoreBars, TopicTags } from './bits.tsx';
import { placeIn } from './board.ts';
import { loadAssignment } from './data.ts';
import { EndPair } from './EndPair.tsx';
import { FeedbackSection } from './FeedbackSection.tsx';
import { GoalsSection } from './GoalsSection.tsx';
import { HistorySection } from './HistorySection.tsx';
import { MeetingsSection } from './MeetingsSection.tsx';
import { RespondActions } from './RespondActions.tsx';
import type { Assignment } from './types.ts';
import './mentoring.css';

/**
 * The pair's space: who and on what, meetings, goals with progress, feedback, ending the pair,
 * and for the office the pair's audited history. The service trims what each caller sees (a
 * coordinator gets no meeting notes).
 */
export default function PairSpace({ params }: ScreenProps) {
  const { t, date } = useI18n();
  const { hasRole } = useSession();
  const user = useUser();
  const names = useNames();
  const assignmentId = params.assignmentId ?? '';
  const loaded = useLoad(() => loadAssignment(assignmentId), [assignmentId]);
  // A mentor is known by their expert profile: the pool may not carry their account's subject.
  const expert = hasRole('expert', 'mentor');
  const profile = useLoad(
    () =>
      expert
        ? call(api.GET('/api/v1/experts/me'))
        : Promise.resolve({ ok: true as const, data: { profile: undefined } }),
    [expert],
  );
  const expertId = profile.status === 'ok' ? (profile.data.profile?.id ?? '') : '';
  const [changed, setChanged] = useState<Assignment | undefined>();
  const assignment =
    changed?.id === assignmentId
      ? changed
      : loaded.status === 'ok'
        ? loaded.data.assignment
        : undefined;
  const office = hasRole('programme-office');
  const refresh = () => {
    setChanged(undefined);
    loaded.reload();
  };
  const place = assignment === undefined ? undefined : placeIn(assignment, user.subject, expertId);
  const participant = place !== undefined;
  const active = assignment?.status === 'ASSIGNMENT_STATUS_ACTIVE';
  const title =
    assignment === undefined
      ? t('mentoring.space.title')
      : t('mentoring.space.titleOf', {
          mentee: assignment.mentee?.fullName ?? '',
          mentor: assignment.mentor?.fullName ?? '',
        });
  return (
    <Page title={title}>
      <p>
        <Link to="/mentoring/pairs">{t('mentoring.space.backToPairs')}</Link>
      </p>
      {loaded.status === 'loading' && assignment === undefined && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {assignment !== undefined && (
        <>
          <section className="card" aria-labelledby="mentoring-pair-heading">
            <h2 id="mentoring-pair-heading">
              {t('mentoring.space.about')} <PairStatusBadge status={assignment.status} />
            </h2>
            <dl className="mentoring-facts">
              <dt>{t('mentoring.role.mentor')}</dt>
              <dd>
                <PersonLine person={assignment.mentor} organisationName={names.organisation} />
              </dd>
              <dt>{t('mentoring.role.mentee')}</dt>
              <dd>
                <PersonLine person={assignment.mentee} organisationName={names.organisation} />
              </dd>
              <dt>{t('mentoring.apply.topics')}</dt>
              <dd>
                <TopicTags codes={assignment.topicSkillCodes} skillName={names.skill} />
              </dd>
              {assignment.goals !== undefined && assignment.goals !== '' && (
                <>
                  <dt>{t('mentoring.space.request')}</dt>
                  <dd>{assignment.goals}</dd>
                </>
              )}
              {assignment.startDate !== undefined && assignment.startDate !== '' && (
                <>
                  <dt>{t('mentoring.space.period')}</dt>
                  <dd>
                    {t('mentoring.programme.window', {
                      from: date(assignment.startDate),
                      to: date(assignment.plannedEndDate),
                    })}
                  </dd>
                </>
              )}
              {assignment.status === 'ASSIGNMENT_STATUS_PROPOSED' && (
                <>
                  <dt>{t('mentoring.inbox.respondBy')}</dt>
                  <dd>{date(assignment.respondBy)}</dd>
                </>
              )}
              {assignment.reason !== undefined && assignment.reason !== '' && (
                <>
                  <dt>{t('mentoring.space.reason')}</dt>
                  <dd>{assignment.reason}</dd>
                </>
              )}
              {assignment.repeatOverrideReason !== undefined &&
                assignment.repeatOverrideReason !== '' && (
                  <>
                    <dt>{t('mentoring.board.overrideReason')}</dt>
                    <dd>{assignment.repeatOverrideReason}</dd>
                  </>
                )}
            </dl>
            {(assignment.scoreParts ?? []).length > 0 && (
              <details>
                <summary>{t('mentoring.space.whyMatched')}</summary>
                <ScoreBars score={assignment.score} parts={assignment.scoreParts} />
              </details>
            )}
            {assignment.status === 'ASSIGNMENT_STATUS_PROPOSED' && place === 'mentor' && (
              <RespondActions assignment={assignment} onAnswered={setChanged} />
            )}
            {active && (participant || office) && (
              <EndPair assignment={assignment} onEnded={setChanged} />
            )}
          </section>
          {assignment.status !== 'ASSIGNMENT_STATUS_PROPOSED' && (
            <>
              <MeetingsSection
                assignment={assignment}
                canChange={active && (participant || office)}
                onChanged={refresh}
              />
              <GoalsSection
                assignment={assignment}
                canChange={active && (participant || office)}
                onSaved={setChanged}
              />
              <FeedbackSection
                assignment={assignment}
                canGive={participant && assignment.status !== 'ASSIGNMENT_STATUS_DECLINED'}
                onGiven={refresh}
              />
            </>
          )}
          {office && <HistorySection assignment={assignment} />}
        </>
      )}
    </Page>
  );
}
