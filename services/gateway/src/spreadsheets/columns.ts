import { create } from '@bufbuild/protobuf';
import {
  EducationLevel,
  EmploymentType,
  Gender,
  PriorTrainingSchema,
  type Candidate,
  type PriorTraining,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { CellContent } from './cells.ts';
import {
  COLUMN_HINTS,
  COLUMN_LABELS,
  formatMessage,
  LANGUAGE_NAMES,
  OPTION_ALIASES,
  OPTION_LABELS,
  PRIOR_TRAINING_LABELS,
  type Bilingual,
} from './messages.ts';
import {
  languageKey,
  readBoolean,
  readDate,
  readLanguages,
  readList,
  readNationalId,
  readOption,
  readPhone,
  readText,
  readWholeNumber,
  type Read,
} from './readers.ts';
import { fold } from './text.ts';

/**
 * The nomination template's columns, shared by the template builder and the importer. Each
 * column's key is the proto field path it fills ("candidate.date_of_birth"): it is written in the
 * template's hidden key row, found there by the importer, and named in every cell problem.
 */
export interface Column {
  readonly key: string;
  readonly label: Bilingual;
  readonly hint: Bilingual;
  /**
   * The file must have this column: it fills a field the contract requires, so without it every
   * row would fail. Reported once for the file instead of once per row.
   */
  readonly requiredInFile: boolean;
  readonly format: 'text' | 'date' | 'wholeNumber' | 'general';
  readonly width: number;
  /** Drop-down labels; empty for free entry. */
  readonly options: readonly Bilingual[];
  /** Reads a non-empty cell into the row, or returns why it could not. */
  readonly readInto: (content: CellContent, row: RowDraft) => CellFailure | undefined;
}

export type CellFailure = Extract<Read<unknown>, { ok: false }>;

export interface RowDraft {
  readonly candidate: Candidate;
  nationalId: string;
  /** By template slot; gaps are closed when the row is finished. */
  readonly trainings: Map<number, PriorTraining>;
}

/** How many prior trainings the template has columns for (the contract allows up to 20). */
export const PRIOR_TRAINING_SLOTS = 3;

type Setter<T> = (row: RowDraft, value: T) => void;

function into<T>(read: (content: CellContent) => Read<T>, set: Setter<T>) {
  return (content: CellContent, row: RowDraft): CellFailure | undefined => {
    const result = read(content);
    if (!result.ok) return result;
    set(row, result.value);
    return undefined;
  };
}

/** Label, alias and member-name lookups (folded) for one enum's options. */
function optionLookup<K extends string, V>(
  labels: Readonly<Record<K, Bilingual>>,
  aliases: Readonly<Partial<Record<K, readonly string[]>>>,
  values: Readonly<Record<K, V>>,
): {
  readonly map: ReadonlyMap<string, V>;
  readonly list: Bilingual;
  readonly labels: Bilingual[];
} {
  const map = new Map<string, V>();
  const members = Object.keys(labels) as K[];
  for (const member of members) {
    const names = [labels[member].vi, labels[member].en, member, ...(aliases[member] ?? [])];
    for (const name of names) map.set(fold(name), values[member]);
  }
  const shown = members.map((member) => labels[member]);
  return {
    map,
    labels: shown,
    list: {
      vi: shown.map((label) => label.vi).join(', '),
      en: shown.map((label) => label.en).join(', '),
    },
  };
}

const genders = optionLookup(OPTION_LABELS.gender, OPTION_ALIASES.gender, {
  MALE: Gender.MALE,
  FEMALE: Gender.FEMALE,
  OTHER: Gender.OTHER,
});
const employmentTypes = optionLookup(OPTION_LABELS.employmentType, OPTION_ALIASES.employmentType, {
  OFFICIAL: EmploymentType.OFFICIAL,
  CIVIL_SERVANT: EmploymentType.CIVIL_SERVANT,
  PUBLIC_EMPLOYEE: EmploymentType.PUBLIC_EMPLOYEE,
  CONTRACT_STAFF: EmploymentType.CONTRACT_STAFF,
  OTHER: EmploymentType.OTHER,
});
const educationLevels = optionLookup(OPTION_LABELS.educationLevel, OPTION_ALIASES.educationLevel, {
  SECONDARY: EducationLevel.SECONDARY,
  COLLEGE: EducationLevel.COLLEGE,
  BACHELOR: EducationLevel.BACHELOR,
  MASTER: EducationLevel.MASTER,
  DOCTORATE: EducationLevel.DOCTORATE,
});
const yesNo = optionLookup(OPTION_LABELS.yesNo, OPTION_ALIASES.yesNo, { YES: true, NO: false });

const languageNames: ReadonlyMap<string, string> = new Map(
  Object.entries(LANGUAGE_NAMES).flatMap(([code, name]) => [
    [languageKey(name.vi), code],
    [languageKey(name.en), code],
  ]),
);

type CandidateColumnKey = keyof typeof COLUMN_LABELS & keyof typeof COLUMN_HINTS;

function column(
  key: CandidateColumnKey,
  spec: Pick<Column, 'requiredInFile' | 'readInto'> & Partial<Column>,
): Column {
  return {
    key,
    label: COLUMN_LABELS[key],
    hint: COLUMN_HINTS[key],
    format: 'general',
    width: 20,
    options: [],
    ...spec,
  };
}

const text = (set: Setter<string>) => into(readText, set);

const CANDIDATE_COLUMNS: readonly Column[] = [
  column('candidate.full_name', {
    requiredInFile: true,
    width: 28,
    readInto: text((row, value) => (row.candidate.fullName = value)),
  }),
  column('candidate.date_of_birth', {
    requiredInFile: true,
    format: 'date',
    width: 14,
    readInto: into(readDate, (row, value) => (row.candidate.dateOfBirth = value)),
  }),
  column('candidate.gender', {
    requiredInFile: true,
    width: 10,
    options: genders.labels,
    readInto: into(
      (content) => readOption(content, genders.map, genders.list),
      (row, value) => (row.candidate.gender = value),
    ),
  }),
  column('national_id', {
    requiredInFile: true,
    format: 'text',
    width: 18,
    readInto: into(readNationalId, (row, value) => (row.nationalId = value)),
  }),
  column('candidate.position', {
    requiredInFile: true,
    width: 24,
    readInto: text((row, value) => (row.candidate.position = value)),
  }),
  column('candidate.unit', {
    requiredInFile: true,
    width: 30,
    readInto: text((row, value) => (row.candidate.unit = value)),
  }),
  column('candidate.employment_type', {
    requiredInFile: true,
    width: 18,
    options: employmentTypes.labels,
    readInto: into(
      (content) => readOption(content, employmentTypes.map, employmentTypes.list),
      (row, value) => (row.candidate.employmentType = value),
    ),
  }),
  column('candidate.education_level', {
    requiredInFile: true,
    width: 20,
    options: educationLevels.labels,
    readInto: into(
      (content) => readOption(content, educationLevels.map, educationLevels.list),
      (row, value) => (row.candidate.educationLevel = value),
    ),
  }),
  column('candidate.field_of_study', {
    requiredInFile: false,
    width: 24,
    readInto: text((row, value) => (row.candidate.fieldOfStudy = value)),
  }),
  column('candidate.digital_background', {
    requiredInFile: false,
    width: 16,
    options: yesNo.labels,
    readInto: into(
      (content) => readBoolean(content, yesNo.map, yesNo.list),
      (row, value) => (row.candidate.digitalBackground = value),
    ),
  }),
  column('candidate.years_of_service', {
    requiredInFile: false,
    format: 'wholeNumber',
    width: 12,
    readInto: into(readWholeNumber, (row, value) => (row.candidate.yearsOfService = value)),
  }),
  column('candidate.years_of_experience', {
    requiredInFile: false,
    format: 'wholeNumber',
    width: 14,
    readInto: into(readWholeNumber, (row, value) => (row.candidate.yearsOfExperience = value)),
  }),
  column('candidate.specialties', {
    requiredInFile: false,
    width: 30,
    readInto: into(readList, (row, value) => (row.candidate.specialties = value)),
  }),
  column('candidate.languages', {
    requiredInFile: false,
    width: 20,
    readInto: into(
      (content) => readLanguages(content, languageNames),
      (row, value) => (row.candidate.languages = value),
    ),
  }),
  column('candidate.email', {
    requiredInFile: true,
    width: 28,
    readInto: text((row, value) => (row.candidate.email = value)),
  }),
  column('candidate.phone', {
    requiredInFile: true,
    format: 'text',
    width: 16,
    readInto: into(readPhone, (row, value) => (row.candidate.phone = value)),
  }),
];

function training(row: RowDraft, slot: number): PriorTraining {
  let entry = row.trainings.get(slot);
  if (entry === undefined) {
    entry = create(PriorTrainingSchema);
    row.trainings.set(slot, entry);
  }
  return entry;
}

function trainingColumns(slot: number): Column[] {
  const params = { n: slot + 1 };
  const path = `candidate.prior_trainings[${String(slot)}]`;
  const hint = formatMessage(COLUMN_HINTS.prior_training, { slots: PRIOR_TRAINING_SLOTS });
  const base = { hint, requiredInFile: false, options: [], format: 'general' } as const;
  return [
    {
      ...base,
      key: `${path}.title`,
      label: formatMessage(PRIOR_TRAINING_LABELS.title, params),
      width: 30,
      readInto: text((row, value) => (training(row, slot).title = value)),
    },
    {
      ...base,
      key: `${path}.provider`,
      label: formatMessage(PRIOR_TRAINING_LABELS.provider, params),
      width: 24,
      readInto: text((row, value) => (training(row, slot).provider = value)),
    },
    {
      ...base,
      key: `${path}.year`,
      label: formatMessage(PRIOR_TRAINING_LABELS.year, params),
      format: 'wholeNumber',
      width: 10,
      readInto: into(readWholeNumber, (row, value) => (training(row, slot).year = value)),
    },
  ];
}

export const COLUMNS: readonly Column[] = [
  ...CANDIDATE_COLUMNS,
  ...Array.from({ length: PRIOR_TRAINING_SLOTS }, (_, slot) => trainingColumns(slot)).flat(),
];
