import { describe, expect, it } from 'vitest';
import {
  candidateFromDraft,
  draftFromNomination,
  emptyDraft,
  errorAt,
  inputNameOf,
  isFormPath,
  officerFromDraft,
  trainingPath,
  wholeNumber,
} from './form.ts';

const filled = {
  ...emptyDraft({ fullName: 'Vũ Văn Thành', email: 'thanh@hanoi.gov.vn' }),
  fullName: '  Lê Thị Mai Anh ',
  dateOfBirth: '1985-03-15',
  nationalId: '001085001234',
  email: 'anh@hanoi.gov.vn',
  phone: '0912 345 602',
  position: 'Chuyên viên chính',
  unit: 'Sở KH&CN',
  yearsOfService: '10',
  yearsOfExperience: '',
  specialties: 'Dữ liệu số\n\n Chính quyền số ',
  languages: 'vi, en',
  trainings: [{ title: 'An toàn thông tin', provider: '', year: '2022' }],
};

describe('the nomination form', () => {
  it('turns the inputs into the API candidate, leaving out empty optional fields', () => {
    const candidate = candidateFromDraft(filled);
    expect(candidate).toMatchObject({
      fullName: 'Lê Thị Mai Anh',
      phone: '0912345602',
      yearsOfService: 10,
      specialties: ['Dữ liệu số', 'Chính quyền số'],
      languages: ['vi', 'en'],
      priorTrainings: [{ title: 'An toàn thông tin', year: 2022 }],
    });
    expect(candidate).not.toHaveProperty('yearsOfExperience');
    expect(candidate).not.toHaveProperty('fieldOfStudy');
    expect(candidate.priorTrainings?.[0]).not.toHaveProperty('provider');
  });

  it('prefills the officer and leaves out the optional officer fields', () => {
    expect(officerFromDraft(filled)).toEqual({
      fullName: 'Vũ Văn Thành',
      email: 'thanh@hanoi.gov.vn',
    });
  });

  it('reads a nomination back into the form without its national id', () => {
    const draft = draftFromNomination({
      candidate: candidateFromDraft(filled),
      officer: officerFromDraft(filled),
    });
    expect(draft.nationalId).toBe('');
    expect(draft.specialties).toBe('Dữ liệu số\nChính quyền số');
    expect(draft.trainings).toEqual([{ title: 'An toàn thông tin', provider: '', year: '2022' }]);
    expect(draft.yearsOfService).toBe('10');
  });

  it('lets the API judge numbers that are not whole numbers', () => {
    expect(wholeNumber(' 7 ')).toBe(7);
    expect(wholeNumber('')).toBeUndefined();
    expect(wholeNumber('abc')).toBe(-1);
  });

  it('finds field errors by JSON path, nested array items included', () => {
    const errors = {
      'candidate.priorTrainings[1].year': 'must be at least 1990',
      'candidate.specialties[2]': 'too long',
    };
    expect(errorAt(errors, trainingPath(1, 'year'))).toBe('must be at least 1990');
    expect(errorAt(errors, trainingPath(0, 'year'))).toBeUndefined();
    expect(errorAt(errors, 'candidate.specialties')).toBe('too long');
    expect(inputNameOf('candidate.specialties[2]')).toBe('candidate.specialties');
  });

  it('knows which paths have an input', () => {
    expect(isFormPath('candidate.fullName', 0)).toBe(true);
    expect(isFormPath('candidate.priorTrainings[0].title', 1)).toBe(true);
    expect(isFormPath('candidate.priorTrainings[1].title', 1)).toBe(false);
    expect(isFormPath('organisation.code', 0)).toBe(false);
  });
});
