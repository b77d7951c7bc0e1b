import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  ExpertProfileSchema,
  ExpertSummarySchema,
  FacetSchema,
  PeerReasonSchema,
  SkillDefinitionSchema,
  type VisibilitySettings as VisibilitySettingsMessage,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  summaryOf,
  VISIBILITY_FIELDS,
  type ContactPreferences,
  type Credential,
  type Facet,
  type PeerReason,
  type ProfileView,
  type SkillDefinition,
  type VisibilityField,
  type VisibilitySettings,
} from '../../domain/index.ts';
import {
  availabilityStatuses,
  contactChannels,
  facetFields,
  peerReasonKinds,
  visibilities,
} from './enums.ts';
import { profilePartsInit, skillMessage, text, timestamp } from './profile-parts.ts';

// Domain objects → contract messages, field by field through `create`, which type-checks each
// init against the generated message: a field renamed or retyped on either side fails to compile.
// The parts a profile shares with the events' snapshot are in profile-parts.ts.

/** What the caller may see of the contact details; a channel without a detail is not shown. */
const contactInit = (contact: Partial<ContactPreferences>) => ({
  email: contact.email ?? '',
  phone: contact.phone ?? '',
  ...(contact.preferredChannel && {
    preferredChannel: contactChannels.encode(contact.preferredChannel),
  }),
});

const credentialInit = (credential: Credential) => ({
  certificateId: credential.certificateId,
  number: credential.number,
  trackName: text(credential.trackName),
  issuedOn: credential.issuedOn,
  revoked: credential.revoked,
});

/** Unset entries stay UNSPECIFIED: they mean the default (visibility.ts). */
function visibilityInit(settings: VisibilitySettings) {
  const init: { -readonly [Field in VisibilityField]?: VisibilitySettingsMessage[Field] } = {};
  for (const field of VISIBILITY_FIELDS) {
    const visibility = settings[field];
    if (visibility !== undefined) init[field] = visibilities.encode(visibility);
  }
  return init;
}

/** A profile as the caller may see it; the parts withheld from them stay unset. */
export const profileMessage = (view: ProfileView) =>
  create(ExpertProfileSchema, {
    id: view.id,
    ...profilePartsInit(view),
    bio: view.bio ?? '',
    contact: view.contact && contactInit(view.contact),
    credentials: (view.credentials ?? []).map(credentialInit),
    visibility: view.visibility && visibilityInit(view.visibility),
    lastActiveAt: timestamp(view.lastActiveAt),
    createdAt: timestampFromDate(view.createdAt),
    updatedAt: timestampFromDate(view.updatedAt),
  });

/** A profile in a list, from the caller's view (visibility.ts summaryOf). */
export function summaryMessage(view: ProfileView) {
  const summary = summaryOf(view);
  return create(ExpertSummarySchema, {
    id: summary.id,
    fullName: summary.fullName,
    organisation: { code: summary.organisationCode },
    province: { code: summary.provinceCode },
    position: summary.position,
    topSkills: summary.topSkills.map(skillMessage),
    ...(summary.availability && {
      availability: availabilityStatuses.encode(summary.availability),
    }),
    willingToMentor: summary.willingToMentor,
    certified: summary.certified,
    lastActiveAt: timestamp(summary.lastActiveAt),
  });
}

export const reasonMessage = (reason: PeerReason) =>
  create(PeerReasonSchema, {
    kind: peerReasonKinds.encode(reason.kind),
    codes: [...reason.codes],
    message: text(reason.message),
  });

export const facetMessage = (facet: Facet) =>
  create(FacetSchema, {
    field: facetFields.encode(facet.field),
    buckets: facet.buckets.map((bucket) => ({
      value: bucket.value,
      label: text(bucket.label),
      count: bucket.count,
    })),
  });

export const skillDefinitionMessage = (skill: SkillDefinition) =>
  create(SkillDefinitionSchema, {
    code: skill.code,
    name: text(skill.name),
    description: text(skill.description),
    category: skill.category,
    aliases: [...skill.aliases],
    deprecated: skill.deprecated,
  });
