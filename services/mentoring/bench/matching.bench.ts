// The matching engine on a synthetic programme: one mentee ranked over 10,000 mentors (the
// proposal screen's request), then 1,000 mentees assigned at once, optimal against greedy.
// In process, no servers: it measures the algorithm, not the service around it.
//   pnpm bench:mentoring      (BENCH_MENTORS, BENCH_MENTEES, BENCH_SEED to change the data)
import {
  DEFAULT_CANDIDATES_PER_MENTEE,
  DEFAULT_WEIGHTS,
  PROVINCE_LOCATIONS,
  breachesOf,
  greedyAssignment,
  optimalAssignment,
  preparePool,
  rankMentors,
  type AssignmentOptions,
  type AssignmentPlan,
  type MatchOptions,
  type MeetingMode,
  type MenteeNeed,
  type MentorCandidate,
  type PoolSkill,
} from '../src/domain/matching/index.ts';

const mentorCount = Number(process.env.BENCH_MENTORS ?? '10000');
const menteeCount = Number(process.env.BENCH_MENTEES ?? '1000');
const seed = Number(process.env.BENCH_SEED ?? '2026');
const SINGLE_P99_BUDGET_MS = 50;
const BULK_BUDGET_S = 10;
const RANK_LIMIT = 20;
const options: AssignmentOptions = { maxDistanceKm: 300 };

/*
 * The directory's default taxonomy codes (services/directory/src/reference/taxonomy.ts), copied:
 * a service does not import another's source, and the bench only needs realistic keys.
 */
// prettier-ignore
const SKILL_CODES = [
  'digital-transformation', 'digital-strategy', 'enterprise-architecture', 'digital-economy',
  'digital-society', 'digital-policy', 'it-investment-management',
  'digital-transformation-assessment', 'digital-government', 'e-government',
  'public-service-portal', 'administrative-procedure-reform', 'interoperability', 'e-office',
  'digital-identity', 'digital-signature', 'smart-city', 'data-governance', 'open-data',
  'national-databases', 'master-data', 'data-analytics', 'ai', 'big-data', 'cloud-computing',
  'data-centre', 'network-infrastructure', 'software-development', 'it-operations', 'iot', 'gis',
  'cybersecurity', 'security-operations', 'incident-response', 'security-compliance',
  'personal-data-protection', 'penetration-testing', 'change-management', 'project-management',
  'digital-skills-training', 'digital-communications', 'user-experience',
  'process-reengineering', 'community-digital-teams',
];

const UNITS = [
  'Phòng Chuyển đổi số',
  'Văn phòng',
  'Trung tâm Công nghệ thông tin',
  'Phòng Kế hoạch – Tài chính',
  'Phòng Bưu chính, Viễn thông',
  '',
];

/** mulberry32: small, fast and the same sequence for the same seed on every machine. */
function prng(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(seed);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const at = <T>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${String(index)}`);
  return item;
};
const pick = <T>(items: readonly T[]): T => at(items, Math.floor(random() * items.length));
/** Popular topics are popular: a few codes draw most mentees (and most claims). */
const popular = <T>(items: readonly T[]): T => at(items, Math.floor(items.length * random() ** 2));
const chance = (p: number) => random() < p;
const distinct = (count: number, draw: () => string) => {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(draw());
  return [...codes];
};

const provinceCodes = Object.keys(PROVINCE_LOCATIONS).slice(0, 34);
/** The two big cities hold a large share of the network, as they do in the directory. */
const province = () => (chance(0.35) ? pick(['P01', 'P79']) : pick(provinceCodes));
const organisation = (provinceCode: string) => `${provinceCode}-S${String(int(1, 12))}`;
const mode = (online: number, inPerson: number): MeetingMode => {
  const draw = random();
  return draw < online ? 'online' : draw < online + inPerson ? 'in-person' : 'any';
};

function mentorAt(index: number): MentorCandidate {
  const provinceCode = province();
  const skills: PoolSkill[] = distinct(int(2, 8), () => pick(SKILL_CODES)).map((code) => ({
    code,
    level: int(1, 4),
    verified: chance(0.4),
  }));
  const maxMentees = int(1, 4);
  return {
    expertId: `mentor-${String(index).padStart(5, '0')}`,
    userSubject: `subject-mentor-${String(index)}`,
    fullName: `Chuyên gia ${String(index)}`,
    organisationCode: organisation(provinceCode),
    unit: pick(UNITS),
    provinceCode,
    skills,
    topicCodes: chance(0.3)
      ? skills.slice(0, int(1, skills.length)).map((skill) => skill.code)
      : [],
    languages: chance(0.3) ? ['en'] : chance(0.05) ? ['fr'] : [],
    mode: mode(0.35, 0.15),
    availability: chance(0.07) ? 'unavailable' : chance(0.2) ? 'limited' : 'available',
    willing: chance(0.93),
    maxMentees,
    heldPlaces: chance(0.7) ? 0 : int(0, maxMentees),
  };
}

function menteeAt(index: number, mentors: readonly MentorCandidate[]): MenteeNeed {
  const provinceCode = province();
  const past = chance(0.2) ? distinct(int(1, 2), () => pick(mentors).expertId) : [];
  return {
    key: `application-${String(index).padStart(4, '0')}`,
    userSubject: `subject-mentee-${String(index)}`,
    expertId: chance(0.6) ? `mentee-expert-${String(index)}` : '',
    organisationCode: organisation(provinceCode),
    unit: pick(UNITS),
    provinceCode,
    topicCodes: distinct(int(1, 4), () => popular(SKILL_CODES)),
    goalCodes: chance(0.5) ? distinct(int(1, 2), () => popular(SKILL_CODES)) : [],
    language: chance(0.05) ? 'en' : 'vi',
    mode: mode(0.5, 0.2),
    meetingProvinceCode: provinceCode,
    conflictSubjects: distinct(int(1, 3), () => pick(mentors).userSubject),
    pastMentorIds: past,
    repeatAllowedMentorIds: past.filter(() => chance(0.3)),
    declinedMentorIds: chance(0.1) ? [pick(mentors).expertId] : [],
  };
}

const mentors = Array.from({ length: mentorCount }, (_, index) => mentorAt(index));
const mentees = Array.from({ length: menteeCount }, (_, index) => menteeAt(index, mentors));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const prepareStarted = performance.now();
const pool = preparePool(mentors);
log(
  `pool of ${String(mentorCount)} prepared in ${(performance.now() - prepareStarted).toFixed(0)} ms`,
);

// Single mentee: warm the JIT on other mentees first, then time at least 300 requests.
const rankOptions: MatchOptions = options;
for (let index = 0; index < 50; index++) {
  rankMentors(pool, at(mentees, index % menteeCount), DEFAULT_WEIGHTS, rankOptions, RANK_LIMIT);
}
const latencies: number[] = [];
const samples = Math.max(300, Math.min(menteeCount, 500));
for (let index = 0; index < samples; index++) {
  const mentee = at(mentees, (index + 50) % menteeCount);
  const started = performance.now();
  rankMentors(pool, mentee, DEFAULT_WEIGHTS, rankOptions, RANK_LIMIT);
  latencies.push(performance.now() - started);
}
latencies.sort((a, b) => a - b);
const quantile = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
const [p50, p95, p99] = [quantile(0.5), quantile(0.95), quantile(0.99)];

function timed(run: () => AssignmentPlan): { plan: AssignmentPlan; seconds: number } {
  const started = performance.now();
  const plan = run();
  return { plan, seconds: (performance.now() - started) / 1000 };
}
const optimal = timed(() => optimalAssignment(mentees, pool, DEFAULT_WEIGHTS, options));
const greedy = timed(() => greedyAssignment(mentees, pool, DEFAULT_WEIGHTS, options));

/** The plan's rules checked from scratch, not trusted: free places and guardrails. */
function violations(plan: AssignmentPlan): number {
  const byKey = new Map(mentees.map((mentee) => [mentee.key, mentee]));
  const loads = new Map<string, number>();
  let broken = 0;
  for (const pair of plan.pairs) {
    const mentor = pool.byId.get(pair.mentorId)?.mentor;
    const mentee = byKey.get(pair.menteeKey);
    if (mentor === undefined || mentee === undefined) {
      broken++;
      continue;
    }
    if (breachesOf(mentor, mentee, options).length > 0) broken++;
    loads.set(mentor.expertId, (loads.get(mentor.expertId) ?? 0) + 1);
  }
  for (const [id, load] of loads) {
    const mentor = pool.byId.get(id)?.mentor;
    if (mentor !== undefined && load > mentor.maxMentees - mentor.heldPlaces) broken++;
  }
  return broken;
}

const ratio = optimal.plan.totalScore / greedy.plan.totalScore;
const row = (name: string, { plan, seconds }: { plan: AssignmentPlan; seconds: number }) =>
  `  ${name.padEnd(8)} ${plan.totalScore.toFixed(3).padStart(11)} ${`${String(plan.pairs.length)}/${String(menteeCount)}`.padStart(10)} ${String(plan.mentorsUsed).padStart(11)} ${String(plan.maxLoad).padStart(8)} ${seconds.toFixed(2).padStart(8)} s ${String(violations(plan)).padStart(10)}`;
process.stdout.write(
  [
    `\nSingle mentee over ${String(mentorCount)} mentors (top ${String(RANK_LIMIT)}, ${String(samples)} requests after 50 warm-up)`,
    `  p50 ${p50.toFixed(2)} ms   p95 ${p95.toFixed(2)} ms   p99 ${p99.toFixed(2)} ms`,
    `\nBulk: ${String(menteeCount)} mentees (optimal: top ${String(options.candidatesPerMentee ?? DEFAULT_CANDIDATES_PER_MENTEE)} candidates each, min-cost flow)`,
    `  ${'plan'.padEnd(8)} ${'total score'.padStart(11)} ${'matched'.padStart(10)} ${'mentors used'.padStart(11)} ${'max load'.padStart(8)} ${'time'.padStart(10)} ${'violations'.padStart(10)}`,
    row('optimal', optimal),
    row('greedy', greedy),
    '',
    `W4 matching: single-p99 ${p99.toFixed(1)} ms over ${String(mentorCount)} mentors, bulk ${String(menteeCount)} mentees ${optimal.seconds.toFixed(2)} s, optimal/greedy ${ratio.toFixed(3)}`,
    '',
  ].join('\n'),
);

const failures = [
  ...(p99 > SINGLE_P99_BUDGET_MS
    ? [`single-mentee p99 ${p99.toFixed(1)} ms > ${String(SINGLE_P99_BUDGET_MS)} ms`]
    : []),
  ...(optimal.seconds > BULK_BUDGET_S
    ? [`bulk ${optimal.seconds.toFixed(2)} s > ${String(BULK_BUDGET_S)} s`]
    : []),
  ...(optimal.plan.totalScore < greedy.plan.totalScore ? ['optimal total below greedy'] : []),
  ...(violations(optimal.plan) + violations(greedy.plan) > 0
    ? ['a plan breaks a guardrail or a capacity']
    : []),
];
for (const failure of failures) log(`FAILED: ${failure}`);
if (failures.length > 0) process.exitCode = 1;
