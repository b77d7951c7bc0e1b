import type { ReactNode } from 'react';
import { Badge } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import {
  AVAILABILITY_LABEL,
  AVAILABILITY_TONE,
  CONTACT_CHANNEL_LABEL,
  LANGUAGE_LEVEL_LABEL,
  MENTORING_MODALITY_SUMMARY,
  ORIGIN_LABEL,
} from './labels.ts';
import type { ExpertProfile } from './model.ts';
import type { Names } from './reference.ts';
import { SkillTags } from './SkillTags.tsx';
import { isWithheld } from './visibility.ts';

/** A profile read-only, as the API returned it for this viewer. */
export function ProfileFacts({
  profile,
  names,
}: {
  readonly profile: ExpertProfile;
  readonly names: Names;
}) {
  const { t, date, dateTime, number, locale } = useI18n();
  const hidden = <span className="muted">{t('expert.detail.hidden')}</span>;
  /** The field's content, "hidden" when the API withheld it, or "not given" when empty. */
  const part = (
    field: string,
    content: ReactNode,
    empty: boolean,
    emptyText = t('expert.detail.notGiven'),
  ): ReactNode =>
    isWithheld(profile, field) ? (
      hidden
    ) : empty ? (
      <span className="muted">{emptyText}</span>
    ) : (
      content
    );
  const availability = profile.availability?.status ?? 'AVAILABILITY_STATUS_UNSPECIFIED';
  const contact = profile.contact;
  return (
    <div className="expert-facts">
      <section className="card" aria-labelledby="expert-facts-work">
        <h2 id="expert-facts-work">{t('expert.detail.work')}</h2>
        <dl className="facts">
          <dt>{t('expert.profile.position')}</dt>
          <dd>{profile.position}</dd>
          {(profile.unit ?? '') !== '' && (
            <>
              <dt>{t('expert.profile.unit')}</dt>
              <dd>{profile.unit}</dd>
            </>
          )}
          <dt>{t('expert.profile.organisation')}</dt>
          <dd>{names.organisation(profile.organisation?.code)}</dd>
          <dt>{t('expert.profile.province')}</dt>
          <dd>{names.organisation(profile.province?.code)}</dd>
          <dt>{t('expert.profile.origin')}</dt>
          <dd>{t(ORIGIN_LABEL[profile.origin ?? 'PROFILE_ORIGIN_UNSPECIFIED'])}</dd>
          <dt>{t('expert.profile.lastActive')}</dt>
          <dd>
            {part(
              'lastActiveAt',
              dateTime(profile.lastActiveAt),
              profile.lastActiveAt === undefined,
            )}
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="expert-facts-about">
        <h2 id="expert-facts-about">{t('expert.detail.about')}</h2>
        <h3>{t('expert.profile.bio')}</h3>
        <div className="expert-bio">
          {part('bio', <p>{profile.bio}</p>, (profile.bio ?? '') === '')}
        </div>
        <h3>{t('expert.profile.sectors')}</h3>
        {part(
          'sectorCodes',
          <ul className="expert-chips plain">
            {(profile.sectorCodes ?? []).map((code) => (
              <li key={code}>{names.sector(code)}</li>
            ))}
          </ul>,
          (profile.sectorCodes ?? []).length === 0,
        )}
        <h3>{t('expert.profile.languages')}</h3>
        {part(
          'languages',
          <ul className="plain">
            {(profile.languages ?? []).map((language) => (
              <li key={language.code}>
                {names.language(language.code)} — {t(LANGUAGE_LEVEL_LABEL[language.level])}
              </li>
            ))}
          </ul>,
          (profile.languages ?? []).length === 0,
        )}
      </section>
      <section className="card" aria-labelledby="expert-facts-skills">
        <h2 id="expert-facts-skills">{t('expert.skills.title')}</h2>
        {isWithheld(profile, 'skills') ? hidden : <SkillTags skills={profile.skills ?? []} />}
      </section>
      <section className="card" aria-labelledby="expert-facts-availability">
        <h2 id="expert-facts-availability">{t('expert.availability.title')}</h2>
        {part(
          'availability',
          <p>
            <Badge tone={AVAILABILITY_TONE[availability]}>
              {t(AVAILABILITY_LABEL[availability])}
            </Badge>
            {(profile.availability?.until ?? '') !== '' && (
              <>
                {' '}
                {t('expert.availability.untilDate', { date: date(profile.availability?.until) })}
              </>
            )}
            {(profile.availability?.note ?? '') !== '' && <> — {profile.availability?.note}</>}
          </p>,
          profile.availability === undefined,
        )}
        <h3>{t('expert.mentoring.title')}</h3>
        {part(
          'mentoring',
          profile.mentoring?.willing === true ? (
            <p>
              {t('expert.mentoring.willingSummary', {
                count: profile.mentoring.maxMentees ?? 0,
                shown: number(profile.mentoring.maxMentees ?? 0),
              })}{' '}
              {t(
                MENTORING_MODALITY_SUMMARY[
                  profile.mentoring.modality ?? 'MENTORING_MODALITY_UNSPECIFIED'
                ],
              )}
              {(profile.mentoring.topicSkillCodes ?? []).length > 0 && (
                <>
                  {' '}
                  {t('expert.mentoring.topicsSummary', {
                    topics: (profile.mentoring.topicSkillCodes ?? []).map(names.skill).join(', '),
                  })}
                </>
              )}
              {(profile.mentoring.note ?? '') !== '' && <> — {profile.mentoring.note}</>}
            </p>
          ) : (
            <p>{t('expert.mentoring.notWilling')}</p>
          ),
          profile.mentoring === undefined,
        )}
      </section>
      <section className="card" aria-labelledby="expert-facts-contact">
        <h2 id="expert-facts-contact">{t('expert.profile.contact')}</h2>
        <dl className="facts">
          <dt>{t('expert.profile.email')}</dt>
          <dd>
            {part(
              'contact.email',
              <a href={`mailto:${contact?.email ?? ''}`}>{contact?.email}</a>,
              (contact?.email ?? '') === '',
            )}
          </dd>
          <dt>{t('expert.profile.phone')}</dt>
          <dd>
            {part(
              'contact.phone',
              <a href={`tel:${contact?.phone ?? ''}`}>{contact?.phone}</a>,
              (contact?.phone ?? '') === '',
            )}
          </dd>
          {contact?.preferredChannel !== undefined &&
            contact.preferredChannel !== 'CONTACT_CHANNEL_UNSPECIFIED' && (
              <>
                <dt>{t('expert.profile.channel')}</dt>
                <dd>{t(CONTACT_CHANNEL_LABEL[contact.preferredChannel])}</dd>
              </>
            )}
        </dl>
      </section>
      <section className="card" aria-labelledby="expert-facts-credentials">
        <h2 id="expert-facts-credentials">{t('expert.credentials.title')}</h2>
        {part(
          'credentials',
          <ul className="plain">
            {(profile.credentials ?? []).map((credential) => (
              <li key={credential.certificateId ?? credential.number}>
                <strong>{localized(locale, credential.trackName)}</strong>
                {' — '}
                {t('expert.credentials.line', {
                  number: credential.number ?? '',
                  date: date(credential.issuedOn),
                })}
                {credential.revoked === true && (
                  <>
                    {' '}
                    <Badge tone="bad">{t('expert.credentials.revoked')}</Badge>
                  </>
                )}
              </li>
            ))}
          </ul>,
          (profile.credentials ?? []).length === 0,
          t('expert.credentials.none'),
        )}
      </section>
    </div>
  );
}
