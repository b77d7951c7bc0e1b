/**
 * Builders for the matching tests: a mentor and a mentee who may be paired and fit well, so each
 * test changes only what it is about. Test support only; nothing in the service imports it.
 */
import type {
  MatchOptions,
  MatchWeights,
  MenteeNeed,
  MentorCandidate,
  PoolSkill,
} from './types.ts';

export function aMentor(overrides: Partial<MentorCandidate> = {}): MentorCandidate {
  return {
    expertId: 'mentor-1',
    userSubject: 'subject-mentor-1',
    fullName: 'Nguyễn Văn Hướng',
    organisationCode: 'P01-SKHCN',
    unit: 'Phòng Chuyển đổi số',
    provinceCode: 'P01',
    skills: [{ code: 'ai', level: 4, verified: true }],
    topicCodes: [],
    languages: [],
    mode: 'online',
    availability: 'available',
    willing: true,
    maxMentees: 2,
    heldPlaces: 0,
    ...overrides,
  };
}

export function aMentee(overrides: Partial<MenteeNeed> = {}): MenteeNeed {
  return {
    key: 'application-1',
    userSubject: 'subject-mentee-1',
    expertId: 'mentee-expert-1',
    organisationCode: 'P79-SNV',
    unit: 'Văn phòng',
    provinceCode: 'P79',
    topicCodes: ['ai'],
    goalCodes: [],
    language: 'vi',
    mode: 'online',
    meetingProvinceCode: 'P79',
    conflictSubjects: [],
    pastMentorIds: [],
    repeatAllowedMentorIds: [],
    declinedMentorIds: [],
    ...overrides,
  };
}

export const NO_LIMIT: MatchOptions = { maxDistanceKm: 0 };

/** Skills alone decide: hand-made cases can then state each pair's score exactly. */
export const SKILLS_ONLY: MatchWeights = {
  skills: 1,
  topics: 0,
  language: 0,
  modality: 0,
  availability: 0,
  load: 0,
};

export const verified = (code: string, level = 4): PoolSkill => ({ code, level, verified: true });
export const declared = (code: string, level = 4): PoolSkill => ({ code, level, verified: false });

/** mulberry32, for random instances that are the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CODES = ['ai', 'gis', 'open-data', 'cybersecurity', 'e-office', 'smart-city'];
const PROVINCES = ['P01', 'P79', 'P48', 'P31', 'P92'];

/** A random pool and need list, with conflicts, repeats and full mentors sprinkled in. */
export function randomInstance(
  seed: number,
  mentorCount: number,
  menteeCount: number,
): { mentors: MentorCandidate[]; mentees: MenteeNeed[] } {
  const random = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const some = <T>(items: readonly T[], p: number) => items.filter(() => random() < p);
  const one = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('empty list');
    return item;
  };
  const modes = ['online', 'in-person', 'any'] as const;
  const mentors = Array.from({ length: mentorCount }, (_, index) => {
    const maxMentees = int(1, 2);
    return aMentor({
      expertId: `mentor-${String(index)}`,
      userSubject: `subject-mentor-${String(index)}`,
      organisationCode: `org-${String(int(1, 3))}`,
      unit: one(['Văn phòng', 'Phòng CĐS', '']),
      provinceCode: one(PROVINCES),
      skills: some(CODES, 0.4).map((code) => ({
        code,
        level: int(1, 4),
        verified: random() < 0.5,
      })),
      mode: one(modes),
      availability: one(['available', 'available', 'limited', 'unavailable'] as const),
      willing: random() < 0.9,
      maxMentees,
      heldPlaces: random() < 0.2 ? maxMentees : 0,
    });
  });
  const ids = mentors.map((mentor) => mentor.expertId);
  const mentees = Array.from({ length: menteeCount }, (_, index) => {
    const past = some(ids, 0.1);
    const provinceCode = one(PROVINCES);
    return aMentee({
      key: `application-${String(index)}`,
      userSubject: `subject-mentee-${String(index)}`,
      expertId: `mentee-${String(index)}`,
      organisationCode: `org-${String(int(1, 3))}`,
      unit: one(['Văn phòng', 'Phòng CĐS', '']),
      provinceCode,
      meetingProvinceCode: provinceCode,
      topicCodes: [one(CODES), one(CODES)],
      mode: one(modes),
      conflictSubjects: some(
        mentors.map((mentor) => mentor.userSubject),
        0.1,
      ),
      pastMentorIds: past,
      repeatAllowedMentorIds: some(past, 0.5),
      declinedMentorIds: some(ids, 0.05),
    });
  });
  return { mentors, mentees };
}
