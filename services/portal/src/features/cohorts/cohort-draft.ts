import type { Cohort, CohortSettings, DeliveryMode, OrganisationCode } from './types.ts';

export interface FacilitatorDraft {
  readonly subject: string;
  readonly fullName: string;
  readonly email: string;
}

/** A cohort form's fields, as typed. */
export interface CohortDraft {
  readonly trackId: string;
  readonly intakeRoundId: string;
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly capacity: string;
  readonly deliveryMode: DeliveryMode;
  /** '' for none. */
  readonly venueProvince: OrganisationCode | '';
  readonly venue: string;
  readonly facilitators: readonly FacilitatorDraft[];
}

export const EMPTY_COHORT: CohortDraft = {
  trackId: '',
  intakeRoundId: '',
  code: '',
  nameVi: '',
  nameEn: '',
  startDate: '',
  endDate: '',
  capacity: '40',
  deliveryMode: 'DELIVERY_MODE_BLENDED',
  venueProvince: '',
  venue: '',
  facilitators: [],
};

/** The form's fields for an existing cohort. */
export function draftOfCohort(cohort: Cohort): CohortDraft {
  const settings = cohort.settings;
  if (settings === undefined) return EMPTY_COHORT;
  return {
    trackId: settings.trackId,
    intakeRoundId: settings.intakeRoundId ?? '',
    code: settings.code,
    nameVi: settings.name.vi ?? '',
    nameEn: settings.name.en ?? '',
    startDate: settings.startDate,
    endDate: settings.endDate,
    capacity: String(settings.capacity),
    deliveryMode: settings.deliveryMode,
    venueProvince: settings.venueProvince?.code ?? '',
    venue: settings.venue ?? '',
    facilitators: (settings.facilitators ?? []).map(({ subject, fullName, email }) => ({
      subject,
      fullName,
      email,
    })),
  };
}

/**
 * The settings the API takes: texts trimmed, empty optional fields left out, a capacity that is
 * not a number sent as 0 (for the API to name the field), empty facilitator rows dropped.
 */
export function settingsOfDraft(draft: CohortDraft): CohortSettings {
  const capacity = /^\d+$/.test(draft.capacity.trim()) ? Number(draft.capacity.trim()) : 0;
  const nameEn = draft.nameEn.trim();
  const venue = draft.venue.trim();
  return {
    trackId: draft.trackId,
    ...(draft.intakeRoundId === '' ? {} : { intakeRoundId: draft.intakeRoundId }),
    code: draft.code.trim().toUpperCase(),
    name: { vi: draft.nameVi.trim(), ...(nameEn === '' ? {} : { en: nameEn }) },
    startDate: draft.startDate,
    endDate: draft.endDate,
    capacity,
    deliveryMode: draft.deliveryMode,
    ...(draft.venueProvince === '' ? {} : { venueProvince: { code: draft.venueProvince } }),
    ...(venue === '' ? {} : { venue }),
    facilitators: draft.facilitators
      .map((facilitator) => ({
        subject: facilitator.subject.trim(),
        fullName: facilitator.fullName.trim(),
        email: facilitator.email.trim(),
      }))
      .filter(
        (facilitator) => facilitator.subject + facilitator.fullName + facilitator.email !== '',
      ),
  };
}
