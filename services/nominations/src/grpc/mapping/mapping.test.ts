import { create } from '@bufbuild/protobuf';
import { fromPlain, toPlain, type Plain } from '@expertnet/platform/testing/plain.ts';
import {
  CandidateSchema,
  DuplicateFlagSchema,
  IntakeRoundSchema,
  NominationRevisionSchema,
  NominationSchema,
  QuotaLedgerEntrySchema,
  RoundSettingsSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import {
  aCandidate,
  aNomination,
  anActor,
  aPrincipal,
  aRound,
  DURING,
  roundSettings,
} from '../../../test/fixtures.ts';
import type { DuplicateFlag, Nomination, NominationRevision } from '../../domain/index.ts';
import {
  candidateOf,
  flagMessage,
  ledgerEntryMessage,
  roundMessage,
  roundSettingsOf,
} from './common.ts';
import { nominationMessage, revisionMessage } from './nominations.ts';

// The typed mappers replaced the kit's reflective fromPlain/toPlain: for everything a caller may
// see, they must give exactly the messages the reflective mapping gave.
const plain = (value: object) => value as Plain;

const decided: Nomination = aNomination({
  status: 'accepted',
  eligibility: {
    eligible: false,
    findings: [
      {
        reason: 'age-above-limit',
        field: 'candidate.date_of_birth',
        message: { vi: 'Quá tuổi', en: 'Too old' },
      },
    ],
  },
  reviews: [
    {
      reviewerSubject: 'reviewer-1',
      reviewerName: 'Nguyễn Văn Hùng',
      scores: [{ criterionCode: 'experience', score: 8 }],
      total: 80,
      comment: 'Tốt',
      scoredAt: DURING,
    },
  ],
  averageScore: 80,
  decision: { outcome: 'accepted', reason: 'Đạt', decidedBy: 'office', decidedAt: DURING },
  replacesNominationId: 'nom-0',
  duplicateFlagIds: ['flag-1'],
  submittedAt: DURING,
});

describe('typed mappers, as the reflective mapping did', () => {
  it('encodes a nomination for the programme office in full', () => {
    const office = aPrincipal(['programme-office']);
    expect(nominationMessage(decided, office)).toEqual(fromPlain(NominationSchema, plain(decided)));
  });

  it('hides personal data, reviews and flags from another organisation', () => {
    const message = nominationMessage(decided, aPrincipal(['nominator'], 'BTC'));
    expect([message.candidate?.dateOfBirth, message.candidate?.phone]).toEqual(['', '']);
    expect(message.reviews).toEqual([]);
    expect(message.duplicateFlagIds).toEqual([]);
  });

  it('encodes a revision, with and without its candidate', () => {
    const revision: NominationRevision = {
      nominationId: 'nom-1',
      version: 2,
      actor: anActor(),
      at: DURING,
      action: 'UpdateNomination',
      statusBefore: 'draft',
      statusAfter: 'draft',
      changedFields: ['candidate.position'],
      candidateBefore: aCandidate(),
      candidateAfter: aCandidate({ position: 'Giám đốc Sở' }),
      note: '',
    };
    const office = aPrincipal(['programme-office']);
    expect(revisionMessage(revision, decided, office)).toEqual(
      fromPlain(NominationRevisionSchema, plain(revision)),
    );
    const created = { ...revision, statusBefore: undefined, candidateBefore: undefined };
    expect(revisionMessage(created, decided, office)).toEqual(
      fromPlain(NominationRevisionSchema, plain(created)),
    );
  });

  it('encodes rounds, ledger entries and flags', () => {
    const round = aRound({
      closedAt: DURING,
      eligibility: { ...roundSettings().eligibility, maxAge: 45, minEducationLevel: 'bachelor' },
    });
    expect(roundMessage(round)).toEqual(fromPlain(IntakeRoundSchema, plain(round)));
    const entry = {
      organisationCode: 'P01',
      floor: 1,
      ceiling: 3,
      drafts: 2,
      submitted: 1,
      accepted: 0,
      waitlisted: 0,
      rejected: 0,
      shortfall: 0,
      remaining: 2,
    };
    expect(ledgerEntryMessage(entry)).toEqual(fromPlain(QuotaLedgerEntrySchema, plain(entry)));
    const totals = { ...entry, organisationCode: '' };
    expect(ledgerEntryMessage(totals)).toEqual(fromPlain(QuotaLedgerEntrySchema, plain(totals)));
    const flag: DuplicateFlag = {
      id: 'flag-1',
      status: 'confirmed',
      matches: [
        {
          nominationId: 'nom-1',
          roundId: 'round-1',
          organisationCode: 'P01',
          candidateName: 'Nguyễn Thị Thu Hà',
          status: 'submitted',
        },
      ],
      flaggedAt: DURING,
      resolutionNote: 'Cùng một người',
      resolvedBy: 'office',
      resolvedAt: DURING,
    };
    expect(flagMessage(flag)).toEqual(fromPlain(DuplicateFlagSchema, plain(flag)));
  });

  it('decodes a candidate and round settings', () => {
    const candidate = aCandidate();
    const message = fromPlain(CandidateSchema, plain(candidate));
    expect(candidateOf(message)).toEqual(toPlain(message, CandidateSchema));
    expect(candidateOf(message)).toEqual(candidate);

    const strict = roundSettings({
      eligibility: {
        employmentTypes: ['civil-servant'],
        minYearsOfService: 3,
        maxAge: 45,
        ageReferenceDate: '2025-09-30',
        minEducationLevel: 'bachelor',
        requireDigitalBackground: true,
        requirePriorTraining: false,
      },
    });
    expect(roundSettingsOf(fromPlain(RoundSettingsSchema, plain(strict)))).toEqual(strict);
    const loose = roundSettings();
    expect(roundSettingsOf(fromPlain(RoundSettingsSchema, plain(loose)))).toEqual({
      ...loose,
      eligibility: {
        ...loose.eligibility,
        minYearsOfService: undefined,
        maxAge: undefined,
        ageReferenceDate: undefined,
        minEducationLevel: undefined,
      },
    });
  });

  it('refuses a settings message without its required parts', () => {
    expect(() => roundSettingsOf(create(RoundSettingsSchema, {}))).toThrow(/opens_at/);
  });
});
