import type { MessageKey } from '../../i18n/i18n.tsx';
import type { ExpertProfile, Visibility, VisibilityField, VisibilitySettings } from './model.ts';

/** The fields whose visibility the expert controls (VisibilitySettings), in the profile's order. */
export const VISIBILITY_FIELDS: readonly { field: VisibilityField; label: MessageKey }[] = [
  { field: 'email', label: 'expert.visibility.field.email' },
  { field: 'phone', label: 'expert.visibility.field.phone' },
  { field: 'bio', label: 'expert.visibility.field.bio' },
  { field: 'skills', label: 'expert.visibility.field.skills' },
  { field: 'sectors', label: 'expert.visibility.field.sectors' },
  { field: 'languages', label: 'expert.visibility.field.languages' },
  { field: 'availability', label: 'expert.visibility.field.availability' },
  { field: 'mentoring', label: 'expert.visibility.field.mentoring' },
  { field: 'certificates', label: 'expert.visibility.field.certificates' },
  { field: 'lastActive', label: 'expert.visibility.field.lastActive' },
];

/** The levels an expert can choose; "unspecified" is the API's "not chosen: the default". */
export const VISIBILITY_LEVELS: readonly Visibility[] = [
  'VISIBILITY_NETWORK',
  'VISIBILITY_PROGRAMME_OFFICE',
  'VISIBILITY_ONLY_ME',
];

/**
 * What an unset field means: the directory's defaults (contact details for the programme office,
 * everything else for the network), said to the expert so that "default" is not a mystery.
 */
export const DEFAULT_VISIBILITY: Readonly<Record<VisibilityField, Visibility>> = {
  email: 'VISIBILITY_PROGRAMME_OFFICE',
  phone: 'VISIBILITY_PROGRAMME_OFFICE',
  bio: 'VISIBILITY_NETWORK',
  skills: 'VISIBILITY_NETWORK',
  sectors: 'VISIBILITY_NETWORK',
  languages: 'VISIBILITY_NETWORK',
  availability: 'VISIBILITY_NETWORK',
  mentoring: 'VISIBILITY_NETWORK',
  certificates: 'VISIBILITY_NETWORK',
  lastActive: 'VISIBILITY_NETWORK',
};

/** The level in force for a field: the chosen one, or the default when none was chosen. */
export function effectiveVisibility(
  settings: VisibilitySettings | undefined,
  field: VisibilityField,
): Visibility {
  const chosen = settings?.[field];
  return chosen === undefined || chosen === 'VISIBILITY_UNSPECIFIED'
    ? DEFAULT_VISIBILITY[field]
    : chosen;
}

/** Every field with its level in force, ready for the form and for saving as a whole. */
export function visibilityDraft(settings: VisibilitySettings | undefined): VisibilitySettings {
  const draft: VisibilitySettings = {};
  for (const { field } of VISIBILITY_FIELDS) draft[field] = effectiveVisibility(settings, field);
  return draft;
}

/** The API names withheld parts in proto or JSON form ("sector_codes", "contact.email"). */
function foldFieldName(name: string): string {
  return name.replace(/_/g, '').toLowerCase();
}

/** Whether the API left `field` out of this view of the profile because the viewer may not see it. */
export function isWithheld(profile: Pick<ExpertProfile, 'withheldFields'>, field: string): boolean {
  const wanted = foldFieldName(field);
  return (profile.withheldFields ?? []).some((name) => foldFieldName(name) === wanted);
}
