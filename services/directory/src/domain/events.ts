/**
 * The events the domain asks to publish, as plain data: `type` is the subject named in
 * events.proto, `payload` has the fields of its message in camel case (organisation references as
 * `...Code`, enums as kebab-case names, Timestamps as Dates). The service wraps them in protobuf and
 * writes them to the outbox with the change that produced them. `orgCode` is the envelope's: the
 * expert's organisation.
 */
import type { SubjectEvent } from '@expertnet/platform';
import { DIRECTORY_SUBJECTS } from '@expertnet/proto/events';
import { isCertified } from './facets.ts';
import type {
  Availability,
  AvailabilityStatus,
  ExpertProfile,
  ExpertSkill,
  LanguageSkill,
  MentoringOffer,
  ProfileOrigin,
} from './types.ts';
import { canSee, viewProfile, visibilityOf } from './visibility.ts';

export const EVENT_TYPES = DIRECTORY_SUBJECTS;

/**
 * A profile as the network may see it: consumers (mentoring, coordination) serve what they keep
 * to network members, so what is not for the network is absent and named in withheldFields.
 * Contact details and bio are never in events.
 */
export interface ExpertSnapshot {
  readonly expertId: string;
  readonly userSubject: string;
  readonly origin: ProfileOrigin;
  readonly fullName: string;
  readonly organisationCode: string;
  readonly provinceCode: string;
  readonly position: string;
  /** Always there, like the position. */
  readonly unit: string;
  readonly skills?: readonly ExpertSkill[];
  readonly sectorCodes?: readonly string[];
  readonly languages?: readonly LanguageSkill[];
  readonly availability?: Availability;
  readonly mentoring?: MentoringOffer;
  readonly certified: boolean;
  readonly withheldFields: readonly string[];
  readonly version: number;
}

export type ProfileCreated = SubjectEvent<
  typeof EVENT_TYPES.profileCreated,
  {
    readonly expert: ExpertSnapshot;
    /** For graduates: where the profile came from; '' for invited specialists. */
    readonly enrolmentId: string;
    readonly nominationId: string;
  }
>;

export type ProfileUpdated = SubjectEvent<
  typeof EVENT_TYPES.profileUpdated,
  {
    readonly expert: ExpertSnapshot;
    /** Snapshot fields that changed, in camel case, e.g. "skills", "mentoring". */
    readonly changedFields: readonly string[];
  }
>;

export type AvailabilityChanged = SubjectEvent<
  typeof EVENT_TYPES.availabilityChanged,
  {
    readonly expertId: string;
    readonly userSubject: string;
    /** Both absent when the availability is not for the network: the event only says it changed. */
    readonly previousStatus?: AvailabilityStatus;
    readonly availability?: Availability;
    readonly withheld: boolean;
    readonly version: number;
    readonly changedAt: Date;
  }
>;

export type DirectoryEvent = ProfileCreated | ProfileUpdated | AvailabilityChanged;

/** Fields that only describe the profile (the proto's withheld names cover contact and bio too). */
const NOT_IN_EVENTS = new Set(['contact.email', 'contact.phone', 'bio', 'last_active_at']);

export function snapshotOf(profile: ExpertProfile, now: Date): ExpertSnapshot {
  const view = viewProfile(profile, 'network', now);
  return {
    expertId: view.id,
    userSubject: view.userSubject,
    origin: view.origin,
    fullName: view.fullName,
    organisationCode: view.organisationCode,
    provinceCode: view.provinceCode,
    position: view.position,
    unit: view.unit,
    ...(view.skills === undefined ? {} : { skills: view.skills }),
    ...(view.sectorCodes === undefined ? {} : { sectorCodes: view.sectorCodes }),
    ...(view.languages === undefined ? {} : { languages: view.languages }),
    ...(view.availability === undefined ? {} : { availability: view.availability }),
    ...(view.mentoring === undefined ? {} : { mentoring: view.mentoring }),
    certified: isCertified(view),
    withheldFields: view.withheldFields.filter((field) => !NOT_IN_EVENTS.has(field)),
    version: view.version,
  };
}

export function profileCreated(
  profile: ExpertProfile,
  origin: { readonly enrolmentId: string; readonly nominationId: string },
  now: Date,
): ProfileCreated {
  return {
    type: EVENT_TYPES.profileCreated,
    orgCode: profile.organisationCode,
    payload: { expert: snapshotOf(profile, now), ...origin },
  };
}

/** Compared as data: Dates by instant, arrays in order, objects by key. */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `updatedAt` moves with every write; it is not a change someone needs to hear about. */
const comparableAvailability = (availability: Availability | undefined) =>
  availability === undefined
    ? undefined
    : { status: availability.status, until: availability.until, note: availability.note };

/**
 * The events one write of a profile produces: ProfileUpdated when anything else in the snapshot
 * changed (naming the fields), AvailabilityChanged when the availability changed. Availability
 * alone gets only its own event, as the contract says; a change to its visibility is a profile
 * change (the snapshot's availability appears or goes), not an availability change.
 */
export function changeEvents(
  before: ExpertProfile,
  after: ExpertProfile,
  now: Date,
): DirectoryEvent[] {
  const events: DirectoryEvent[] = [];
  const old = snapshotOf(before, now);
  const current = snapshotOf(after, now);
  const availabilityVisibilityChanged =
    visibilityOf(before.visibility, 'availability') !==
    visibilityOf(after.visibility, 'availability');
  const keys = new Set([...Object.keys(old), ...Object.keys(current)]);
  const changedFields = [...keys]
    .filter((key) => key !== 'version' && key !== 'expertId')
    .filter((key) => key !== 'availability' || availabilityVisibilityChanged)
    .filter((key) => {
      const a: unknown = old[key as keyof ExpertSnapshot];
      const b: unknown = current[key as keyof ExpertSnapshot];
      return key === 'availability'
        ? !sameValue(
            comparableAvailability(a as Availability),
            comparableAvailability(b as Availability),
          )
        : !sameValue(a, b);
    })
    .sort();
  if (changedFields.length > 0) {
    events.push({
      type: EVENT_TYPES.profileUpdated,
      orgCode: after.organisationCode,
      payload: { expert: current, changedFields },
    });
  }
  if (
    !sameValue(
      comparableAvailability(before.availability),
      comparableAvailability(after.availability),
    )
  ) {
    events.push(availabilityChanged(before, after, now));
  }
  return events;
}

export function availabilityChanged(
  before: ExpertProfile,
  after: ExpertProfile,
  now: Date,
): AvailabilityChanged {
  const visible = canSee('network', visibilityOf(after.visibility, 'availability'));
  return {
    type: EVENT_TYPES.availabilityChanged,
    orgCode: after.organisationCode,
    payload: {
      expertId: after.id,
      userSubject: after.userSubject,
      ...(visible
        ? { previousStatus: before.availability.status, availability: after.availability }
        : {}),
      withheld: !visible,
      version: after.version,
      changedAt: now,
    },
  };
}
