/**
 * Builders for the coordination unit tests: one support request, one offer to one expert and the
 * candidates the directory proposed, all consistent with each other, so each test changes only
 * what it is about.
 */
import type { Actor, ChangeContext, Principal } from '@expertnet/platform';
import { expect } from 'vitest';
import type {
  Candidate,
  Dispatch,
  SupportRequest,
  SupportRequestDetails,
} from '../src/domain/index.ts';

/** 09:00 in Hà Nội on 2 March 2026 (a Monday). */
export const NOW = new Date('2026-03-02T02:00:00Z');
export const LATER = new Date('2026-03-05T02:00:00Z');
export const DAY_MS = 86_400_000;

export function aPrincipal(roles: readonly string[], org: string, subject: string): Principal {
  return { subject, org, roles: new Set(roles), service: undefined };
}

export const anActor = (overrides: Partial<Actor> = {}): Actor => ({
  subject: 'coord-79',
  orgCode: 'P79-SNV',
  roles: ['province-coordinator'],
  ...overrides,
});

export const aContext = (overrides: Partial<ChangeContext> = {}): ChangeContext => ({
  actor: anActor(),
  now: NOW,
  resolve: (code) => code,
  ...overrides,
});

export function someDetails(overrides: Partial<SupportRequestDetails> = {}): SupportRequestDetails {
  return {
    title: 'Chuyển đổi số hồ sơ đất đai',
    description: 'Số hoá hồ sơ địa chính của tỉnh',
    sectorCode: 'digital-government',
    skills: [
      { code: 'data-engineering', minLevel: 'advanced', verifiedOnly: true },
      { code: 'gis', minLevel: undefined, verifiedOnly: false },
    ],
    mode: 'on-site',
    provinceCode: 'P79',
    address: '86 Lê Thánh Tôn, Quận 1',
    startDate: '2026-04-06',
    endDate: '2026-04-17',
    expertsNeeded: 2,
    languageCodes: ['vi', 'en'],
    contact: { fullName: 'Trần Thị Lan', email: 'lan@snv.example.vn', phone: '+84 28 3829 0000' },
    localPlan: 'Kế hoạch 123/KH-UBND',
    scope: 'Hai tuần tại Sở',
    deliverables: ['Báo cáo hiện trạng', 'Lộ trình'],
    effortDays: 10,
    urgency: 'high',
    attachments: [{ title: 'Kế hoạch', url: 'https://files.example.vn/kh-123.pdf' }],
    ...overrides,
  };
}

export const CANDIDATES: readonly Candidate[] = [
  {
    expertId: 'expert-1',
    fullName: 'Nguyễn Văn An',
    organisationCode: 'P01-SKHCN',
    score: 0.9,
    reasons: [],
    missingSkillCodes: [],
  },
  {
    expertId: 'expert-2',
    fullName: 'Lê Thị Bình',
    organisationCode: 'B-BKHCN',
    score: 0.8,
    reasons: [],
    missingSkillCodes: [],
  },
  {
    expertId: 'expert-3',
    fullName: 'Phạm Minh Châu',
    organisationCode: 'P48-SNV',
    score: 0.7,
    reasons: [],
    missingSkillCodes: [],
  },
  {
    expertId: 'expert-4',
    fullName: 'Hoàng Đức Dũng',
    organisationCode: 'P01-SKHCN',
    score: 0.6,
    reasons: [],
    missingSkillCodes: [],
  },
  {
    expertId: 'expert-5',
    fullName: 'Võ Thị Em',
    organisationCode: 'P31-SNV',
    score: 0.5,
    reasons: [],
    missingSkillCodes: [],
  },
];

export function aRequest(overrides: Partial<SupportRequest> = {}): SupportRequest {
  return {
    id: 'request-1',
    number: 'YC-2026-0042',
    requestingOrganisationCode: 'P79-SNV',
    details: someDetails(),
    status: 'matching',
    priority: 'normal',
    statusReason: '',
    mergedIntoRequestId: '',
    outcomeSummary: '',
    createdBy: 'coord-79',
    createdAt: NOW,
    submittedAt: NOW,
    staffedAt: undefined,
    completedAt: undefined,
    serviceLevel: {
      triageDueAt: undefined,
      firstOfferDueAt: undefined,
      triagedAt: undefined,
      firstOfferAt: undefined,
      escalations: [],
    },
    offers: {
      offersAtOnce: 2,
      respondWithinDays: 3,
      message: 'Mời anh/chị',
      candidates: CANDIDATES,
    },
    matchingDegraded: false,
    places: [],
    history: [],
    version: 4,
    ...overrides,
  };
}

export function aDispatch(overrides: Partial<Dispatch> = {}): Dispatch {
  return {
    id: 'dispatch-1',
    requestId: 'request-1',
    requestNumber: 'YC-2026-0042',
    requestTitle: 'Chuyển đổi số hồ sơ đất đai',
    requestingOrganisationCode: 'P79-SNV',
    mode: 'on-site',
    provinceCode: 'P79',
    startDate: '2026-04-06',
    endDate: '2026-04-17',
    expertId: 'expert-1',
    expertName: 'Nguyễn Văn An',
    expertOrganisationCode: 'P01-SKHCN',
    status: 'invited',
    message: 'Mời anh/chị',
    invitedAt: NOW,
    respondBy: new Date(NOW.getTime() + 3 * DAY_MS),
    respondedAt: undefined,
    reason: '',
    releaseDecidedAt: undefined,
    releaseDecidedBy: '',
    report: undefined,
    rating: undefined,
    cancelledBy: '',
    history: [],
    version: 1,
    ...overrides,
  };
}

/** The DomainError `act` throws, for its code, kind and the field it names. */
export function caught(act: () => unknown): {
  kind: string;
  code: string;
  message: string;
  violations: readonly { field: string; description: string; rule?: string }[];
} {
  try {
    act();
  } catch (error) {
    expect(error).toMatchObject({ name: 'DomainError' });
    return error as ReturnType<typeof caught>;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
