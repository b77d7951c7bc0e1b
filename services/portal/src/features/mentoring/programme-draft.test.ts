import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WEIGHTS,
  draftOfProgramme,
  EMPTY_PROGRAMME,
  isOpenOn,
  missingDates,
  settingsOfDraft,
  wholeNumberOf,
} from './programme-draft.ts';

const DRAFT = {
  ...EMPTY_PROGRAMME,
  nameVi: '  Kèm cặp K2 2026 ',
  nameEn: '',
  description: ' ',
  opensOn: '2026-03-01',
  closesOn: '2026-04-30',
  targetPairs: '40',
  durationMonths: '6',
  mentorCohortIds: ['5f0c7a3e-2b1d-4c8e-9f6a-0b1c2d3e4f50'],
  menteeOrganisations: ['P01' as const],
  certifiedMentorsOnly: true,
  weights: { ...DEFAULT_WEIGHTS, load: '4' },
  maxDistanceKm: '300',
  respondWithinDays: '5',
};

describe('the programme form', () => {
  it('sends trimmed names, leaves out an empty English name and description, numbers as numbers', () => {
    const settings = settingsOfDraft(DRAFT);
    expect(settings.name).toEqual({ vi: 'Kèm cặp K2 2026' });
    expect(settings).not.toHaveProperty('description');
    expect(settings.targetPairs).toBe(40);
    expect(settings.rules).toEqual({
      mentorCohortIds: ['5f0c7a3e-2b1d-4c8e-9f6a-0b1c2d3e4f50'],
      menteeCohortIds: [],
      menteeOrganisations: [{ code: 'P01' }],
      certifiedMentorsOnly: true,
      weights: { skills: 5, topics: 3, language: 1, modality: 1, availability: 1, load: 4 },
      maxDistanceKm: 300,
      respondWithinDays: 5,
    });
  });

  it('sends what is not a whole number as -1, for the API to name the field', () => {
    expect(wholeNumberOf('')).toBe(-1);
    expect(wholeNumberOf('2.5')).toBe(-1);
    expect(wholeNumberOf(' 12 ')).toBe(12);
    const settings = settingsOfDraft({ ...DRAFT, weights: { ...DRAFT.weights, skills: 'x' } });
    expect(settings.rules.weights?.skills).toBe(-1);
  });

  it('reads a programme back into the same fields', () => {
    const settings = settingsOfDraft(DRAFT);
    const draft = draftOfProgramme({ id: 'p', settings, version: 2 });
    expect(draft).toMatchObject({
      nameVi: 'Kèm cặp K2 2026',
      nameEn: '',
      targetPairs: '40',
      menteeOrganisations: ['P01'],
      weights: { skills: '5', load: '4' },
      maxDistanceKm: '300',
    });
  });

  it('shows the default weights for a programme saved with all weights 0', () => {
    const settings = settingsOfDraft(DRAFT);
    const draft = draftOfProgramme({
      settings: { ...settings, rules: { ...settings.rules, weights: {} } },
    });
    expect(draft.weights).toEqual(DEFAULT_WEIGHTS);
  });

  it('names the dates left empty', () => {
    expect(missingDates({ ...DRAFT, opensOn: '' })).toEqual(['opensOn']);
    expect(missingDates(DRAFT)).toEqual([]);
  });

  it('knows whether today falls in the window, both ends included', () => {
    const programme = { settings: settingsOfDraft(DRAFT) };
    expect(isOpenOn(programme, '2026-03-01')).toBe(true);
    expect(isOpenOn(programme, '2026-04-30')).toBe(true);
    expect(isOpenOn(programme, '2026-05-01')).toBe(false);
  });
});
