import type { ReactNode, SubmitEvent } from 'react';
import type { ActionState } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/problem.ts';
import { Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { isStale } from './failures.ts';
import type { ExpertProfile } from './model.ts';
import type { Names } from './reference.ts';

/** What every part of "My profile" gets from the page. */
export interface SectionProps {
  readonly profile: ExpertProfile;
  readonly names: Names;
  readonly onSaved: (profile: ExpertProfile) => void;
  readonly reload: () => void;
}

/** The API's messages per field of a failed save. */
export function errorsOf(state: ActionState): Readonly<Record<string, string>> {
  return state.status === 'failed' && state.failure.kind === 'problem'
    ? fieldErrors(state.failure.problem)
    : {};
}

/** One part of the profile: a titled form with its save button, outcome and failures. */
export function ProfileSection({
  id,
  title,
  intro,
  state,
  onSubmit,
  reload,
  saveLabel,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly intro?: string;
  readonly state: ActionState;
  readonly onSubmit: () => void;
  readonly reload: () => void;
  readonly saveLabel: string;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <section className="card expert-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro !== undefined && <p className="muted">{intro}</p>}
      <form onSubmit={submit} noValidate>
        {children}
        {state.status === 'failed' && <ProblemAlert failure={state.failure} />}
        {state.status === 'failed' && isStale(state.failure) && (
          <p>
            {t('expert.profile.stale')}{' '}
            <button type="button" className="button small" onClick={reload}>
              {t('expert.profile.reload')}
            </button>
          </p>
        )}
        {state.status === 'done' && <Notice>{t('expert.profile.saved', { part: title })}</Notice>}
        <button type="submit" className="button primary" disabled={state.status === 'running'}>
          {state.status === 'running' ? t('expert.profile.saving') : saveLabel}
        </button>
      </form>
    </section>
  );
}
