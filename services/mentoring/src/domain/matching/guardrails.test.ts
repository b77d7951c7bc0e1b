import { describe, expect, it } from 'vitest';
import { aMentee, aMentor, NO_LIMIT } from './fixtures.ts';
import { breachesOf } from './guardrails.ts';
import type { GuardrailKind, MatchOptions, MenteeNeed, MentorCandidate } from './types.ts';

const kinds = (mentor: MentorCandidate, mentee: MenteeNeed, options: MatchOptions = NO_LIMIT) =>
  breachesOf(mentor, mentee, options).map((breach) => breach.kind);

/** The pair breaches exactly this guardrail: the builders' pair breaches none. */
function expectOnly(
  kind: GuardrailKind,
  mentor: MentorCandidate,
  mentee: MenteeNeed,
  options: MatchOptions = NO_LIMIT,
) {
  expect(kinds(mentor, mentee, options)).toEqual([kind]);
}

describe('breachesOf', () => {
  it('finds nothing for the builders’ pair', () => {
    expect(breachesOf(aMentor(), aMentee(), { maxDistanceKm: 300 })).toEqual([]);
  });

  it('rules out the mentee themselves, by profile or by account', () => {
    expectOnly('same-person', aMentor({ expertId: 'e-7' }), aMentee({ expertId: 'e-7' }));
    expectOnly('same-person', aMentor({ userSubject: 's-7' }), aMentee({ userSubject: 's-7' }));
    // A mentee without a profile ('') is nobody's profile.
    expect(kinds(aMentor(), aMentee({ expertId: '' }))).toEqual([]);
  });

  it('rules out the same unit of the same organisation, whatever the case and tone marks', () => {
    const mentor = aMentor({ organisationCode: 'P01-SKHCN', unit: 'Phòng Chuyển đổi số' });
    expectOnly(
      'same-unit',
      mentor,
      aMentee({ organisationCode: 'P01-SKHCN', unit: '  phong chuyen  doi so ' }),
    );
    expect(
      kinds(mentor, aMentee({ organisationCode: 'P48-SKHCN', unit: 'Phòng Chuyển đổi số' })),
    ).toEqual([]);
  });

  it('rules out a reporting line: one unit named within the other', () => {
    const mentor = aMentor({ organisationCode: 'P01-SKHCN', unit: 'Sở KH&CN' });
    const mentee = aMentee({
      organisationCode: 'P01-SKHCN',
      unit: 'Phòng Chuyển đổi số, Sở KH&CN',
    });
    expectOnly('reporting-line', mentor, mentee);
    // Either way round: the mentor in the smaller unit, the mentee in the one containing it.
    expectOnly(
      'reporting-line',
      aMentor({ ...mentor, unit: mentee.unit }),
      aMentee({ ...mentee, unit: mentor.unit }),
    );
    // Part of a word is not the unit; an unknown unit says nothing.
    expect(
      kinds(aMentor({ ...mentor, unit: 'Sở KH' }), aMentee({ ...mentee, unit: 'Sở KHĐT' })),
    ).toEqual([]);
    expect(kinds(aMentor({ ...mentor, unit: '' }), mentee)).toEqual([]);
  });

  it('rules out whoever nominated or reviewed the mentee', () => {
    expectOnly(
      'nominator-or-reviewer',
      aMentor({ userSubject: 'reviewer' }),
      aMentee({ conflictSubjects: ['reviewer'] }),
    );
  });

  it('rules out a past mentor unless the office allowed the repeat', () => {
    const mentor = aMentor({ expertId: 'past' });
    expectOnly('repeat-pair', mentor, aMentee({ pastMentorIds: ['past'] }));
    expect(
      kinds(mentor, aMentee({ pastMentorIds: ['past'], repeatAllowedMentorIds: ['past'] })),
    ).toEqual([]);
  });

  it('rules out a mentor with no free place, and says how full they are', () => {
    const [breach] = breachesOf(aMentor({ maxMentees: 2, heldPlaces: 2 }), aMentee(), NO_LIMIT);
    expect(breach?.kind).toBe('at-capacity');
    expect(breach?.reason).toEqual({ vi: 'Đã đủ số học viên (2/2)', en: 'At capacity (2/2)' });
    expect(kinds(aMentor({ maxMentees: 2, heldPlaces: 1 }), aMentee())).toEqual([]);
  });

  it('rules out a mentor not willing to mentor now', () => {
    expectOnly('not-willing', aMentor({ willing: false }), aMentee());
  });

  it('rules out an unavailable mentor, not a limited one', () => {
    expectOnly('unavailable', aMentor({ availability: 'unavailable' }), aMentee());
    expect(kinds(aMentor({ availability: 'limited' }), aMentee())).toEqual([]);
  });

  it('rules out a mentor who declined this application before', () => {
    expectOnly(
      'declined-before',
      aMentor({ expertId: 'no' }),
      aMentee({ declinedMentorIds: ['no'] }),
    );
  });

  it('rules out an in-person-only pair farther apart than the limit', () => {
    const options = { maxDistanceKm: 300 };
    const mentor = aMentor({ provinceCode: 'P01', mode: 'in-person' });
    const mentee = aMentee({ mode: 'in-person', meetingProvinceCode: 'P79' });
    const [breach] = breachesOf(mentor, mentee, options);
    expect(breach?.kind).toBe('too-far');
    expect(breach?.reason.vi).toMatch(/^Cách khoảng 1\d{3} km, xa hơn giới hạn 300 km/);
    expectOnly('too-far', aMentor({ ...mentor, mode: 'any' }), mentee, options);
    // Online needs no travel, no limit is no limit, and a mentee open to online can meet so.
    expect(kinds(aMentor({ ...mentor, mode: 'online' }), mentee, options)).toEqual([]);
    expect(kinds(mentor, mentee, NO_LIMIT)).toEqual([]);
    expect(kinds(mentor, aMentee({ ...mentee, mode: 'any' }), options)).toEqual([]);
    expect(kinds(mentor, aMentee({ ...mentee, meetingProvinceCode: 'P26' }), options)).toEqual([]);
  });

  it('lists every breach of a pair, each with a reason in both languages', () => {
    const breaches = breachesOf(
      aMentor({ expertId: 'x', willing: false, availability: 'unavailable' }),
      aMentee({ declinedMentorIds: ['x'], pastMentorIds: ['x'] }),
      NO_LIMIT,
    );
    expect(breaches.map((breach) => breach.kind)).toEqual([
      'repeat-pair',
      'declined-before',
      'not-willing',
      'unavailable',
    ]);
    for (const { reason } of breaches) expect(reason.vi && reason.en).toBeTruthy();
  });
});
