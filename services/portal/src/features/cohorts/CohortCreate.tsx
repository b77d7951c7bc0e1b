import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { navigate } from '../../app/router.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { EMPTY_COHORT, settingsOfDraft, type CohortDraft } from './cohort-draft.ts';
import { CohortForm } from './CohortForm.tsx';
import './cohorts.css';

/** The programme office opens a new cohort of a track. */
export default function CohortCreate() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<CohortDraft>(EMPTY_COHORT);
  const create = useAction(
    (settings: CohortDraft) =>
      call(api.POST('/api/v1/cohorts', { body: { settings: settingsOfDraft(settings) } })),
    (answer) => {
      navigate(`/cohorts/${answer.cohort?.id ?? ''}?created=1`);
    },
  );
  return (
    <Page title={t('cohorts.create.title')}>
      <CohortForm
        draft={draft}
        onChange={setDraft}
        onSubmit={() => void create.execute(draft)}
        state={create.state}
        submitLabel={t('cohorts.create.submit')}
        cancelTo="/cohorts"
      />
    </Page>
  );
}
