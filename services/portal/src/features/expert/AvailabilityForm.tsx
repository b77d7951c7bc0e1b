import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { AVAILABILITY_LABEL, AVAILABILITY_STATUSES } from './labels.ts';
import { availabilityBody, availabilityDraftOf, type AvailabilityDraft } from './profileForm.ts';
import { errorsOf, ProfileSection, type SectionProps } from './section.tsx';

/** Available, limited or unavailable, optionally until a date (PUT /experts/{id}/availability). */
export function AvailabilityForm({ profile, onSaved, reload }: SectionProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<AvailabilityDraft>(() => availabilityDraftOf(profile));
  const save = useAction(
    (body: AvailabilityDraft) =>
      call(
        api.PUT('/api/v1/experts/{expertId}/availability', {
          params: { path: { expertId: profile.id ?? '' } },
          body: { expectedVersion: profile.version ?? 1, ...availabilityBody(body) },
        }),
      ),
    (data) => {
      if (data.profile !== undefined) onSaved(data.profile);
    },
  );
  const errors = errorsOf(save.state);
  const dated = draft.status !== 'AVAILABILITY_STATUS_AVAILABLE';
  return (
    <ProfileSection
      id="expert-availability"
      title={t('expert.availability.title')}
      intro={t('expert.availability.intro')}
      state={save.state}
      reload={reload}
      saveLabel={t('expert.availability.save')}
      onSubmit={() => void save.execute(draft)}
    >
      <SelectField
        label={t('expert.availability.status')}
        value={draft.status}
        required
        error={errors.status}
        options={AVAILABILITY_STATUSES.map((status) => ({
          value: status,
          label: t(AVAILABILITY_LABEL[status]),
        }))}
        onChange={(event) => {
          const status = AVAILABILITY_STATUSES.find((item) => item === event.target.value);
          if (status !== undefined) setDraft({ ...draft, status });
        }}
      />
      {dated && (
        <TextField
          label={t('expert.availability.until')}
          type="date"
          value={draft.until}
          hint={t('expert.availability.untilHint')}
          error={errors.until}
          onChange={(event) => {
            setDraft({ ...draft, until: event.target.value });
          }}
        />
      )}
      <TextAreaField
        label={t('expert.availability.note')}
        value={draft.note}
        rows={2}
        maxLength={500}
        hint={t('expert.availability.noteHint')}
        error={errors.note}
        onChange={(event) => {
          setDraft({ ...draft, note: event.target.value });
        }}
      />
    </ProfileSection>
  );
}
