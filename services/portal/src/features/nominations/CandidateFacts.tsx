import { useI18n } from '../../i18n/i18n.tsx';
import { EDUCATION_LEVEL_LABEL, EMPLOYMENT_TYPE_LABEL, GENDER_LABEL, labelOf } from './labels.ts';
import type { Nomination } from './model.ts';

/** What a nomination says about its nominee and its officer, as a list of facts. */
export function CandidateFacts({ nomination }: { readonly nomination: Nomination }) {
  const { t, date, number } = useI18n();
  const candidate = nomination.candidate;
  const officer = nomination.officer;
  const label = (key: ReturnType<typeof labelOf>, raw: string | undefined) =>
    key === undefined ? (raw ?? '') : t(key);
  const trainings = candidate?.priorTrainings ?? [];
  return (
    <>
      <section aria-labelledby="candidate-heading" className="card">
        <h2 id="candidate-heading">{t('nominations.detail.candidate')}</h2>
        {candidate === undefined ? (
          <p className="muted">{t('nominations.detail.hidden')}</p>
        ) : (
          <dl className="facts">
            <dt>{t('nominations.field.fullName')}</dt>
            <dd>{candidate.fullName}</dd>
            <dt>{t('nominations.field.dateOfBirth')}</dt>
            <dd>{date(candidate.dateOfBirth)}</dd>
            <dt>{t('nominations.field.gender')}</dt>
            <dd>{label(labelOf(GENDER_LABEL, candidate.gender), candidate.gender)}</dd>
            <dt>{t('nominations.field.email')}</dt>
            <dd>{candidate.email}</dd>
            <dt>{t('nominations.field.phone')}</dt>
            <dd>{candidate.phone}</dd>
            <dt>{t('nominations.field.position')}</dt>
            <dd>{candidate.position}</dd>
            <dt>{t('nominations.field.unit')}</dt>
            <dd>{candidate.unit}</dd>
            <dt>{t('nominations.field.employmentType')}</dt>
            <dd>
              {label(
                labelOf(EMPLOYMENT_TYPE_LABEL, candidate.employmentType),
                candidate.employmentType,
              )}
            </dd>
            <dt>{t('nominations.field.yearsOfService')}</dt>
            <dd>{number(candidate.yearsOfService)}</dd>
            <dt>{t('nominations.field.educationLevel')}</dt>
            <dd>
              {label(
                labelOf(EDUCATION_LEVEL_LABEL, candidate.educationLevel),
                candidate.educationLevel,
              )}
            </dd>
            <dt>{t('nominations.field.fieldOfStudy')}</dt>
            <dd>{candidate.fieldOfStudy}</dd>
            <dt>{t('nominations.field.digitalBackground')}</dt>
            <dd>{candidate.digitalBackground === true ? t('common.yes') : t('common.no')}</dd>
            <dt>{t('nominations.field.yearsOfExperience')}</dt>
            <dd>{number(candidate.yearsOfExperience)}</dd>
            <dt>{t('nominations.field.specialties')}</dt>
            <dd>{(candidate.specialties ?? []).join(', ')}</dd>
            <dt>{t('nominations.field.languages')}</dt>
            <dd>{(candidate.languages ?? []).join(', ')}</dd>
          </dl>
        )}
        <h3>{t('nominations.form.trainings')}</h3>
        {trainings.length === 0 ? (
          <p className="muted">{t('nominations.form.noTrainings')}</p>
        ) : (
          <ul>
            {trainings.map((training, index) => (
              <li key={`${training.title}-${String(index)}`}>
                {training.title}
                {training.provider !== undefined && training.provider !== ''
                  ? ` — ${training.provider}`
                  : ''}{' '}
                ({training.year})
              </li>
            ))}
          </ul>
        )}
      </section>
      {officer !== undefined && (
        <section aria-labelledby="officer-heading" className="card">
          <h2 id="officer-heading">{t('nominations.form.officer')}</h2>
          <dl className="facts">
            <dt>{t('nominations.field.officerFullName')}</dt>
            <dd>{officer.fullName}</dd>
            <dt>{t('nominations.field.officerPosition')}</dt>
            <dd>{officer.position}</dd>
            <dt>{t('nominations.field.officerEmail')}</dt>
            <dd>{officer.email}</dd>
            <dt>{t('nominations.field.officerPhone')}</dt>
            <dd>{officer.phone}</dd>
          </dl>
        </section>
      )}
    </>
  );
}
