import { useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link, navigate } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadProgramme } from './data.ts';
import { ProgrammeForm } from './ProgrammeForm.tsx';
import { draftOfProgramme, settingsOfDraft, type ProgrammeDraft } from './programme-draft.ts';
import './mentoring.css';

/** The office changes a programme's window, target or rules (with the version it read). */
export default function ProgrammeEdit({ params }: ScreenProps) {
  const { t } = useI18n();
  const programmeId = params.programmeId ?? '';
  const loaded = useLoad(() => loadProgramme(programmeId), [programmeId]);
  const programme = loaded.status === 'ok' ? loaded.data.programme : undefined;
  const [draft, setDraft] = useState<ProgrammeDraft | undefined>();
  useEffect(() => {
    if (programme !== undefined) setDraft(draftOfProgramme(programme));
  }, [programme]);
  const back = `/mentoring/programmes/${programmeId}`;
  const save = useAction(
    (settings: ReturnType<typeof settingsOfDraft>) =>
      call(
        api.PUT('/api/v1/mentoring/programmes/{programmeId}', {
          params: { path: { programmeId } },
          body: { expectedVersion: programme?.version ?? 1, settings },
        }),
      ),
    () => {
      navigate(back);
    },
  );
  return (
    <Page title={t('mentoring.programme.editTitle')}>
      <p>
        <Link to={back}>{t('mentoring.programme.backToBoard')}</Link>
      </p>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {draft !== undefined && (
        <ProgrammeForm
          draft={draft}
          onChange={setDraft}
          onSubmit={() => void save.execute(settingsOfDraft(draft))}
          state={save.state}
          submitLabel={t('common.save')}
          cancelTo={back}
        />
      )}
    </Page>
  );
}
