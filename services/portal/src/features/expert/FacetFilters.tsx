import { CheckboxField, SelectField } from '../../components/Field.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import {
  ACTIVE_WITHIN_DAYS,
  availabilityOfFacetValue,
  facetOptions,
  facetValueOfAvailability,
  toggle,
  type DirectoryFilters,
  type FacetOption,
} from './filters.ts';
import { FACET_LABEL } from './labels.ts';
import type { Facet, FacetBucket, FacetField, OrganisationCode } from './model.ts';
import type { Names } from './reference.ts';

/** The directory's filters with the number of experts behind each value. */
export function FacetFilters({
  facets,
  filters,
  names,
  onChange,
  onSkill,
}: {
  readonly facets: readonly Facet[];
  readonly filters: DirectoryFilters;
  readonly names: Names;
  readonly onChange: (filters: DirectoryFilters) => void;
  /** The API cannot filter by skill: a skill searches by its name instead. */
  readonly onSkill: (name: string) => void;
}) {
  const { t, locale, number } = useI18n();
  const buckets = (field: FacetField) => facets.find((facet) => facet.field === field)?.buckets;
  const label =
    (nameOf: (code: string) => string) =>
    (bucket: FacetBucket): string => {
      const name = nameOf(bucket.value ?? '');
      return name !== '' && name !== bucket.value ? name : localized(locale, bucket.label) || name;
    };
  const withCount = (option: FacetOption) =>
    t('expert.facet.option', { label: option.label, count: number(option.count) });

  const single = (field: 'FACET_FIELD_PROVINCE' | 'FACET_FIELD_ORGANISATION') => {
    const key = field === 'FACET_FIELD_PROVINCE' ? 'province' : 'organisation';
    const selected = filters[key];
    const options = facetOptions(
      buckets(field),
      selected === undefined ? [] : [selected],
      label(names.organisation),
    );
    return (
      <SelectField
        label={t(FACET_LABEL[field])}
        value={selected ?? ''}
        options={[
          { value: '', label: t('common.all') },
          ...options.map((option) => ({ value: option.value, label: withCount(option) })),
        ]}
        onChange={(event) => {
          const value = event.target.value;
          onChange({ ...filters, [key]: value === '' ? undefined : (value as OrganisationCode) });
        }}
      />
    );
  };

  const availabilityOptions = facetOptions(
    buckets('FACET_FIELD_AVAILABILITY'),
    filters.availability.map(facetValueOfAvailability),
    (bucket) => localized(locale, bucket.label) || (bucket.value ?? ''),
  );
  const skillOptions = facetOptions(buckets('FACET_FIELD_SKILL'), [], label(names.skill))
    .sort((a, b) => b.count - a.count)
    .slice(0, 12);

  return (
    <aside className="expert-facets" aria-labelledby="expert-facets-title">
      <h2 id="expert-facets-title">{t('expert.directory.filters')}</h2>
      {single('FACET_FIELD_PROVINCE')}
      {single('FACET_FIELD_ORGANISATION')}
      <CheckboxFacet
        legend={t(FACET_LABEL.FACET_FIELD_SECTOR)}
        options={facetOptions(buckets('FACET_FIELD_SECTOR'), filters.sectors, label(names.sector))}
        describe={withCount}
        onToggle={(value) => {
          onChange({ ...filters, sectors: toggle(filters.sectors, value) });
        }}
      />
      <CheckboxFacet
        legend={t(FACET_LABEL.FACET_FIELD_LANGUAGE)}
        options={facetOptions(
          buckets('FACET_FIELD_LANGUAGE'),
          filters.languages,
          (bucket) => localized(locale, bucket.label) || names.language(bucket.value),
        )}
        describe={withCount}
        onToggle={(value) => {
          onChange({ ...filters, languages: toggle(filters.languages, value) });
        }}
      />
      <CheckboxFacet
        legend={t(FACET_LABEL.FACET_FIELD_AVAILABILITY)}
        options={availabilityOptions}
        describe={withCount}
        onToggle={(value) => {
          const status = availabilityOfFacetValue(value);
          if (status !== undefined) {
            onChange({ ...filters, availability: toggle(filters.availability, status) });
          }
        }}
      />
      <SelectField
        label={t('expert.directory.active')}
        value={filters.activeWithinDays === undefined ? '' : String(filters.activeWithinDays)}
        options={[
          { value: '', label: t('expert.directory.activeAny') },
          ...ACTIVE_WITHIN_DAYS.map((days) => ({
            value: String(days),
            label: t('expert.directory.activeWithin', { days }),
          })),
        ]}
        onChange={(event) => {
          const days = ACTIVE_WITHIN_DAYS.find((item) => String(item) === event.target.value);
          onChange({ ...filters, activeWithinDays: days });
        }}
      />
      <fieldset>
        <legend>{t('expert.directory.more')}</legend>
        <CheckboxField
          label={t('expert.directory.onlyMentors')}
          checked={filters.onlyMentors}
          onChange={(checked) => {
            onChange({ ...filters, onlyMentors: checked });
          }}
        />
        <CheckboxField
          label={t('expert.directory.onlyCertified')}
          checked={filters.onlyCertified}
          onChange={(checked) => {
            onChange({ ...filters, onlyCertified: checked });
          }}
        />
      </fieldset>
      {skillOptions.length > 0 && (
        <section aria-labelledby="expert-facet-skills">
          <h3 id="expert-facet-skills">{t('expert.directory.topSkills')}</h3>
          <p className="hint">{t('expert.directory.topSkillsHint')}</p>
          <ul className="plain expert-facet-skills">
            {skillOptions.map((option) => (
              <li key={option.value}>
                <button
                  type="button"
                  className="button small"
                  onClick={() => {
                    onSkill(option.label);
                  }}
                >
                  {withCount(option)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

function CheckboxFacet({
  legend,
  options,
  describe,
  onToggle,
}: {
  readonly legend: string;
  readonly options: readonly FacetOption[];
  readonly describe: (option: FacetOption) => string;
  readonly onToggle: (value: string) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="expert-facet">
      <legend>{legend}</legend>
      {options.length === 0 ? (
        <p className="muted small">{t('expert.facet.empty')}</p>
      ) : (
        options.map((option) => (
          <CheckboxField
            key={option.value}
            label={describe(option)}
            checked={option.selected}
            onChange={() => {
              onToggle(option.value);
            }}
          />
        ))
      )}
    </fieldset>
  );
}
