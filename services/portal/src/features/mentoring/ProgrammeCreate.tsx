import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { Link, navigate } from '../../app/router.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ProgrammeForm } from './ProgrammeForm.tsx';
import { EMPTY_PROGRAMME, settingsOfDraft, type ProgrammeDraft } from './programme-draft.ts';
import './mentoring.css';

/** The office opens a mentoring programme; its matching board comes next. */
export default function ProgrammeCreate() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<ProgrammeDraft>(EMPTY_PROGRAMME);
  const save = useAction(
    (settings: ReturnType<typeof settingsOfDraft>) =>
      call(api.POST('/api/v1/mentoring/programmes', { body: { settings } })),
    (data) => {
      navigate(`/mentoring/programmes/${data.programme?.id ?? ''}`);
    },
  );
  return (
    <Page title={t('mentoring.programme.createTitle')}>
      <p>
        <Link to="/mentoring/programmes">{t('mentoring.programme.backToList')}</Link>
      </p>
      <ProgrammeForm
        draft={draft}
        onChange={setDraft}
        onSubmit={() => void save.execute(settingsOfDraft(draft))}
        state={save.state}
        submitLabel={t('mentoring.programme.create')}
        cancelTo="/mentoring/programmes"
      />
    </Page>
  );
}
