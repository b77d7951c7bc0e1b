import { describe, expect, it } from 'vitest';
import {
  addDocument,
  createNomination,
  MAX_DOCUMENTS,
  removeDocument,
  submitNomination,
  updateNomination,
  type NewNomination,
} from './nominations.ts';
import {
  aCandidate,
  aContext,
  aDocument,
  AFTER,
  aNomination,
  anActor,
  aRound,
  BEFORE,
  caught,
  DURING,
  roundSettings,
} from '../../test/fixtures.ts';
import type { Nomination } from './types.ts';

const newNomination: NewNomination = {
  id: 'nom-new',
  organisationCode: 'BKHCN',
  candidate: aCandidate(),
  nationalIdHash: 'hash-new',
  officer: aNomination().officer,
};

const strictRound = aRound({
  eligibility: { ...roundSettings().eligibility, maxAge: 45, requirePriorTraining: true },
});

describe('createNomination', () => {
  it('creates a draft at version 1 with its eligibility and a first revision, publishing nothing', () => {
    const { nomination, revision, events } = createNomination(
      strictRound,
      newNomination,
      aContext(),
    );
    expect(nomination).toEqual({
      id: 'nom-new',
      roundId: 'round-1',
      organisationCode: 'BKHCN',
      effectiveOrganisationCode: 'BKHCN',
      status: 'draft',
      candidate: newNomination.candidate,
      nationalIdHash: 'hash-new',
      officer: newNomination.officer,
      documents: [],
      eligibility: { eligible: true, findings: [] },
      reviews: [],
      averageScore: 0,
      returnReason: '',
      withdrawalReason: '',
      duplicateFlagIds: [],
      version: 1,
      createdBy: 'user-nominator',
      createdAt: DURING,
      updatedAt: DURING,
    });
    expect(revision).toEqual({
      nominationId: 'nom-new',
      version: 1,
      actor: anActor(),
      at: DURING,
      action: 'CreateNomination',
      statusBefore: undefined,
      statusAfter: 'draft',
      changedFields: [],
      candidateBefore: undefined,
      candidateAfter: newNomination.candidate,
      note: '',
    });
    expect(events).toEqual([]);
  });

  it('keeps an ineligible candidate as a draft, showing why', () => {
    const candidate = aCandidate({ priorTrainings: [] });
    const { nomination } = createNomination(
      strictRound,
      { ...newNomination, candidate },
      aContext(),
    );
    expect(nomination.eligibility.eligible).toBe(false);
    expect(nomination.eligibility.findings.map((finding) => finding.reason)).toEqual([
      'no-prior-training',
    ]);
  });

  it('records an import as such', () => {
    expect(
      createNomination(aRound(), newNomination, aContext(), 'ImportNominations').revision.action,
    ).toBe('ImportNominations');
  });

  it('accepts drafts from publication, before the round opens', () => {
    const context = aContext({ now: BEFORE });
    expect(
      createNomination(aRound({ status: 'scheduled' }), newNomination, context).nomination.status,
    ).toBe('draft');
  });

  it('refuses a draft or closed round', () => {
    expect(
      caught(() => createNomination(aRound({ status: 'draft' }), newNomination, aContext())).code,
    ).toBe('NOMINATION_ROUND_NOT_OPEN');
    expect(
      caught(() => createNomination(aRound(), newNomination, aContext({ now: AFTER }))).code,
    ).toBe('NOMINATION_ROUND_CLOSED');
  });

  it('refuses an organisation dissolved by a merger, naming its successor', () => {
    const error = caught(() =>
      createNomination(aRound(), { ...newNomination, organisationCode: 'P-OLDER' }, aContext()),
    );
    expect(error.kind).toBe('invalid-argument');
    expect(error.violations).toEqual([
      { field: 'organisation.code', description: 'was dissolved; its successor is P-NEW' },
    ]);
  });
});

describe('updateNomination', () => {
  const edit = (
    nomination: Nomination,
    overrides: Partial<Parameters<typeof updateNomination>[2]> = {},
  ) =>
    updateNomination(
      strictRound,
      nomination,
      { candidate: nomination.candidate, officer: nomination.officer, ...overrides },
      aContext(),
    );

  it('edits a draft, re-evaluating eligibility and recording what changed', () => {
    const before = aNomination();
    const candidate = aCandidate({ position: 'Giám đốc Sở', priorTrainings: [] });
    const { nomination, revision, events } = edit(before, { candidate });
    expect(nomination).toMatchObject({ candidate, version: 5, updatedAt: DURING, status: 'draft' });
    expect(nomination.eligibility.eligible).toBe(false);
    expect(revision).toMatchObject({
      action: 'UpdateNomination',
      statusBefore: 'draft',
      statusAfter: 'draft',
      changedFields: ['candidate.position', 'candidate.prior_trainings', 'eligibility'],
      candidateBefore: before.candidate,
      candidateAfter: candidate,
    });
    expect(events).toEqual([]);
  });

  it('records a new national ID by path only, and keeps the old one when none is given', () => {
    const changed = edit(aNomination(), { nationalIdHash: 'hash-other' });
    expect(changed.nomination.nationalIdHash).toBe('hash-other');
    expect(changed.revision.changedFields).toEqual(['national_id']);
    expect(JSON.stringify(changed.revision)).not.toContain('hash-');
    expect(edit(aNomination()).nomination.nationalIdHash).toBe('hash-of-person-1');
  });

  it('yields an empty change when nothing differs, which the store may skip', () => {
    const { revision } = edit(aNomination());
    expect(revision.changedFields).toEqual([]);
    expect(revision.candidateBefore).toBeUndefined();
  });

  it('edits a returned nomination even after the deadline', () => {
    const returned = aNomination({ status: 'returned' });
    const change = updateNomination(
      aRound(),
      returned,
      { candidate: aCandidate({ unit: 'Sở Nội vụ' }), officer: returned.officer },
      aContext({ now: AFTER }),
    );
    expect(change.nomination.status).toBe('returned');
  });

  it('moves a nomination of a since-merged province to its successor', () => {
    const old = aNomination({ organisationCode: 'P-OLD', effectiveOrganisationCode: 'P-OLD' });
    const { nomination, revision } = edit(old);
    expect(nomination).toMatchObject({
      organisationCode: 'P-OLD',
      effectiveOrganisationCode: 'P-NEW',
    });
    expect(revision.changedFields).toEqual(['effective_organisation']);
  });

  it('refuses a nomination under review', () => {
    expect(caught(() => edit(aNomination({ status: 'submitted' }))).code).toBe(
      'NOMINATION_INVALID_TRANSITION',
    );
  });

  it('refuses to pair a nomination with another round', () => {
    expect(() => edit(aNomination({ roundId: 'round-2' }))).toThrow('belongs to round round-2');
  });
});

describe('documents', () => {
  const cv = { ...aDocument({ id: 'doc-cv', kind: 'cv', sha256: 'b'.repeat(64) }) };

  it('adds a document stamped with who uploaded it and when', () => {
    const { nomination, revision } = addDocument(aNomination(), cv, aContext());
    expect(nomination.documents.at(-1)).toEqual({
      ...cv,
      uploadedAt: DURING,
      uploadedBy: 'user-nominator',
    });
    expect(revision).toMatchObject({ action: 'AddDocument', changedFields: ['documents'] });
  });

  it('refuses the same file twice, or a reused id', () => {
    const sameFile = { ...cv, id: 'doc-other', sha256: 'a'.repeat(64) };
    expect(caught(() => addDocument(aNomination(), sameFile, aContext()))).toMatchObject({
      kind: 'already-exists',
      code: 'DOCUMENT_ALREADY_ATTACHED',
    });
    expect(
      caught(() => addDocument(aNomination(), { ...cv, id: 'doc-letter' }, aContext())).code,
    ).toBe('DOCUMENT_ALREADY_ATTACHED');
  });

  it(`holds at most ${MAX_DOCUMENTS} documents`, () => {
    const full = aNomination({
      documents: Array.from({ length: MAX_DOCUMENTS }, (_, index) =>
        aDocument({ id: `doc-${index}`, sha256: index.toString(16).padStart(64, '0') }),
      ),
    });
    expect(caught(() => addDocument(full, cv, aContext())).code).toBe('TOO_MANY_DOCUMENTS');
  });

  it('removes a document by id', () => {
    const { nomination } = removeDocument(aNomination(), 'doc-letter', aContext());
    expect(nomination.documents).toEqual([]);
    expect(caught(() => removeDocument(aNomination(), 'doc-missing', aContext()))).toMatchObject({
      kind: 'not-found',
      code: 'DOCUMENT_NOT_FOUND',
    });
  });

  it('changes documents only while the nominator holds the nomination', () => {
    const submitted = aNomination({ status: 'submitted' });
    expect(caught(() => addDocument(submitted, cv, aContext())).code).toBe(
      'NOMINATION_INVALID_TRANSITION',
    );
    expect(caught(() => removeDocument(submitted, 'doc-letter', aContext())).code).toBe(
      'NOMINATION_INVALID_TRANSITION',
    );
    expect(addDocument(aNomination({ status: 'returned' }), cv, aContext()).nomination.status).toBe(
      'returned',
    );
  });
});

describe('submitNomination', () => {
  it('submits a complete, eligible draft and publishes NominationSubmitted', () => {
    const { nomination, revision, events } = submitNomination(
      strictRound,
      aNomination(),
      aContext(),
    );
    expect(nomination).toMatchObject({ status: 'submitted', submittedAt: DURING, version: 5 });
    expect(revision).toMatchObject({
      action: 'SubmitNomination',
      statusBefore: 'draft',
      statusAfter: 'submitted',
      changedFields: ['status', 'submitted_at'],
    });
    expect(events).toEqual([
      {
        type: 'nominations.nomination.submitted',
        orgCode: 'BKHCN',
        payload: {
          nomination: {
            nominationId: 'nom-1',
            roundId: 'round-1',
            organisationCode: 'BKHCN',
            effectiveOrganisationCode: 'BKHCN',
            nominee: {
              fullName: 'Nguyễn Thị Thu Hà',
              gender: 'female',
              email: 'ha.ntt@example.gov.vn',
              position: 'Phó Giám đốc Sở',
              unit: 'Sở Khoa học và Công nghệ',
              educationLevel: 'master',
              fieldOfStudy: 'Công nghệ thông tin',
              yearsOfExperience: 8,
              specialties: ['dữ liệu số'],
              languages: ['vi', 'en'],
            },
            version: 5,
          },
          resubmission: false,
          submittedAt: DURING,
        },
      },
    ]);
  });

  it('never puts the date of birth, phone or national ID hash in the event', () => {
    const { events } = submitNomination(aRound(), aNomination(), aContext());
    const text = JSON.stringify(events);
    expect(text).not.toContain('1985-06-15');
    expect(text).not.toContain('0912345678');
    expect(text).not.toContain('hash-of-person-1');
  });

  it('refuses without a decision letter', () => {
    const error = caught(() =>
      submitNomination(
        aRound(),
        aNomination({ documents: [aDocument({ kind: 'cv' })] }),
        aContext(),
      ),
    );
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'DECISION_LETTER_MISSING' });
    expect(error.violations).toEqual([
      { field: 'documents', description: 'a decision letter is required to submit' },
    ]);
  });

  it('refuses an ineligible candidate, re-evaluated now, with the findings as violations', () => {
    const stale = aNomination({
      candidate: aCandidate({ dateOfBirth: '1970-01-01', priorTrainings: [] }),
    });
    const error = caught(() => submitNomination(strictRound, stale, aContext()));
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'NOT_ELIGIBLE' });
    expect(error.violations).toEqual([
      {
        field: 'candidate.date_of_birth',
        description: 'Age 55 is above the limit of 45 (on 2025-09-30)',
      },
      {
        field: 'candidate.prior_trainings',
        description: 'No earlier training in digital transformation',
      },
    ]);
  });

  it('refuses outside the round window', () => {
    expect(
      caught(() => submitNomination(aRound(), aNomination(), aContext({ now: AFTER }))).code,
    ).toBe('NOMINATION_ROUND_CLOSED');
    expect(
      caught(() => submitNomination(aRound(), aNomination(), aContext({ now: BEFORE }))).code,
    ).toBe('NOMINATION_ROUND_NOT_OPEN');
  });

  it('follows a merged province to its successor', () => {
    const old = aNomination({ organisationCode: 'P-OLD', effectiveOrganisationCode: 'P-OLD' });
    const change = submitNomination(aRound(), old, aContext());
    expect(change.nomination.effectiveOrganisationCode).toBe('P-NEW');
    expect(change.events[0]?.orgCode).toBe('P-NEW');
  });

  it('checks the window first, then the letter, then eligibility (the quota comes after)', () => {
    const hopeless = aNomination({
      documents: [],
      candidate: aCandidate({ dateOfBirth: '1950-01-01' }),
    });
    expect(
      caught(() => submitNomination(strictRound, hopeless, aContext({ now: AFTER }))).code,
    ).toBe('NOMINATION_ROUND_CLOSED');
    expect(caught(() => submitNomination(strictRound, hopeless, aContext())).code).toBe(
      'DECISION_LETTER_MISSING',
    );
    const lettered = { ...hopeless, documents: [aDocument()] };
    expect(caught(() => submitNomination(strictRound, lettered, aContext())).code).toBe(
      'NOT_ELIGIBLE',
    );
  });

  it('refuses a nomination already submitted', () => {
    expect(
      caught(() => submitNomination(aRound(), aNomination({ status: 'submitted' }), aContext()))
        .code,
    ).toBe('NOMINATION_INVALID_TRANSITION');
  });

  describe('resubmission after a return', () => {
    const returned = aNomination({
      status: 'returned',
      submittedAt: DURING,
      returnReason: 'Thiếu bằng cấp',
    });
    const later = aContext({ now: AFTER });

    it('is accepted after the deadline, keeping the first submission time', () => {
      const { nomination, events } = submitNomination(aRound(), returned, later);
      expect(nomination).toMatchObject({ status: 'resubmitted', submittedAt: DURING });
      expect(events[0]).toMatchObject({
        type: 'nominations.nomination.submitted',
        payload: { resubmission: true, submittedAt: AFTER },
      });
    });

    it('still needs the decision letter and eligibility', () => {
      expect(
        caught(() => submitNomination(aRound(), { ...returned, documents: [] }, later)).code,
      ).toBe('DECISION_LETTER_MISSING');
      const tooOld = { ...returned, candidate: aCandidate({ dateOfBirth: '1950-01-01' }) };
      expect(caught(() => submitNomination(strictRound, tooOld, later)).code).toBe('NOT_ELIGIBLE');
    });
  });
});
