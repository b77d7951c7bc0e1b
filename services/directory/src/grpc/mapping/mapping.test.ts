// The typed mappers (answers.ts, requests.ts) against the reflective toPlain/fromPlain they replaced:
// over many random profiles and every kind of viewer, both give the same messages and the same
// domain objects, so the contract on the wire did not change with the mapping.
import { create, equals } from '@bufbuild/protobuf';
import { fromPlain, toPlain, type Plain } from '@expertnet/platform/testing/plain.ts';
import {
  ExpertProfileSchema,
  ExpertSummarySchema,
  MentoringModality,
  MentoringOfferSchema,
  ProfileDetailsSchema,
  VisibilitySettingsSchema,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { describe, expect, it } from 'vitest';
import { NOW } from '../../../test/fixtures.ts';
import { Random, randomProfile } from '../../../test/random-profiles.ts';
import {
  CONTACT_CHANNELS,
  summaryOf,
  viewProfile,
  type ExpertProfile,
  type ProfileDetails,
  type Viewer,
} from '../../domain/index.ts';
import { detailsOf, offerOf, visibilityOf } from './requests.ts';
import { profileMessage, summaryMessage } from './answers.ts';
import { CONTACT_CHANNEL, LANGUAGE_LEVEL, MENTORING_MODALITY, VISIBILITY } from './enums.ts';
import { mentoringMessage } from './profile-parts.ts';

const VIEWERS: readonly Viewer[] = ['owner', 'programme-office', 'network'];

function profiles(count: number): ExpertProfile[] {
  const random = new Random(7);
  return Array.from({ length: count }, (_, serial) => {
    const profile = randomProfile(random, serial);
    // The random network leaves contact details as the builder made them; vary them here.
    const channel = CONTACT_CHANNELS[serial % (CONTACT_CHANNELS.length + 1)];
    const contact = {
      email: `e${String(serial)}@example.vn`,
      phone: serial % 2 ? '0901234567' : '',
    };
    return { ...profile, contact: channel ? { ...contact, preferredChannel: channel } : contact };
  });
}

/** The form a profile's owner would send for it, contact preferences only when there are any. */
const formOf = (profile: ExpertProfile, withContact: boolean) =>
  create(ProfileDetailsSchema, {
    position: profile.position,
    unit: profile.unit,
    province: { code: profile.provinceCode },
    bio: profile.bio,
    sectorCodes: [...profile.sectorCodes],
    languages: profile.languages.map((l) => ({ code: l.code, level: LANGUAGE_LEVEL[l.level] })),
    ...(withContact && {
      contact: {
        email: profile.contact.email,
        phone: profile.contact.phone,
        ...(profile.contact.preferredChannel && {
          preferredChannel: CONTACT_CHANNEL[profile.contact.preferredChannel],
        }),
      },
    }),
  });

describe('typed protobuf mappers', () => {
  it('encode every view of a profile and its summary as the reflective mapping did', () => {
    for (const profile of profiles(300)) {
      for (const viewer of VIEWERS) {
        const view = viewProfile(profile, viewer, NOW);
        const reflective = fromPlain(ExpertProfileSchema, view as unknown as Plain);
        expect(equals(ExpertProfileSchema, profileMessage(view), reflective)).toBe(true);
        const summary = fromPlain(ExpertSummarySchema, summaryOf(view) as unknown as Plain);
        expect(equals(ExpertSummarySchema, summaryMessage(view), summary)).toBe(true);
      }
    }
  });

  it('decode a profile form and visibility settings as the reflective mapping did', () => {
    for (const [serial, profile] of profiles(200).entries()) {
      const form = formOf(profile, serial % 3 !== 0);
      const plain = toPlain(form, ProfileDetailsSchema) as unknown as ProfileDetails;
      expect(detailsOf(form)).toEqual({
        ...plain,
        contact: form.contact ? plain.contact : { email: '', phone: '' },
      });

      const settings = create(VisibilitySettingsSchema, {});
      for (const [field, visibility] of Object.entries(profile.visibility)) {
        Object.assign(settings, { [field]: VISIBILITY[visibility] });
      }
      const reflective = Object.fromEntries(
        Object.entries(toPlain(settings, VisibilitySettingsSchema)).filter(
          ([, v]) => v !== undefined,
        ),
      );
      expect(visibilityOf(settings)).toEqual(reflective);
    }
  });

  it('read an offer that does not say how (UNSPECIFIED) as any, and the others as they are', () => {
    const offer = (modality: MentoringModality) =>
      offerOf(create(MentoringOfferSchema, { willing: true, maxMentees: 2, modality }));
    expect(offer(MentoringModality.UNSPECIFIED).modality).toBe('any');
    for (const [modality, number] of Object.entries(MENTORING_MODALITY)) {
      expect(offer(number).modality).toBe(modality);
      expect(mentoringMessage(offer(number)).modality).toBe(number);
    }
  });
});
