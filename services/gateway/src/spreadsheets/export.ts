import { timestampDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import {
  DecisionOutcome,
  DocumentKind,
  EducationLevel,
  EmploymentType,
  Gender,
  NominationStatus,
  type Nomination,
  type PriorTraining,
  type QuotaLedgerEntry,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { CsvDelimiter } from './csv.ts';
import {
  COLUMN_LABELS,
  EXPORT_LABELS,
  LANGUAGE_NAMES,
  OPTION_LABELS,
  type Bilingual,
} from './messages.ts';
import { sheetName } from './style.ts';
import { tableToCsv, tableToXlsx, type ExportColumn, type ExportValue } from './table.ts';

/**
 * The organisation's nominations and the quota ledger as .xlsx and CSV, straight from the
 * service's messages. What a message lacks is not exported: the national ID never reaches the
 * gateway in clear, and date of birth and phone appear only when the service included them for
 * the caller's role (their columns are left out when no nomination has them).
 */
export interface ExportOptions {
  /** Organisation names by code, when the caller has them (from ListOrganisations). */
  readonly organisationName?: (code: string) => string | undefined;
}

export interface CsvOptions {
  /** RFC 4180's comma by default; ";" for spreadsheets set up with a comma as decimal mark. */
  readonly delimiter?: CsvDelimiter;
}

export interface LedgerExportOptions extends ExportOptions {
  /** GetQuotaLedgerResponse.totals, added as a last row. */
  readonly totals?: QuotaLedgerEntry;
}

/** Content-Type of the download responses. */
export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

export function nominationsToXlsx(
  nominations: readonly Nomination[],
  options: ExportOptions = {},
): Promise<Buffer> {
  const name = sheetName(EXPORT_LABELS.nominationsSheet);
  return tableToXlsx(name, nominationColumns(nominations, options), nominations);
}

export function nominationsToCsv(
  nominations: readonly Nomination[],
  options: ExportOptions & CsvOptions = {},
): Buffer {
  return tableToCsv(nominationColumns(nominations, options), nominations, options.delimiter);
}

export function quotaLedgerToXlsx(
  entries: readonly QuotaLedgerEntry[],
  options: LedgerExportOptions = {},
): Promise<Buffer> {
  const name = sheetName(EXPORT_LABELS.ledgerSheet);
  return tableToXlsx(name, ledgerColumns(options), ledgerRows(entries, options));
}

export function quotaLedgerToCsv(
  entries: readonly QuotaLedgerEntry[],
  options: LedgerExportOptions & CsvOptions = {},
): Buffer {
  return tableToCsv(ledgerColumns(options), ledgerRows(entries, options), options.delimiter);
}

type Column<T> = ExportColumn<T>;
type NominationColumn = Column<Nomination>;

function nominationColumns(
  nominations: readonly Nomination[],
  options: ExportOptions,
): NominationColumn[] {
  return [
    { label: EXPORT_LABELS.nominationId, width: 38, value: (n) => n.id },
    { label: EXPORT_LABELS.status, width: 20, value: (n) => vi(statusLabel(n.status)) },
    ...organisationColumns<Nomination>((n) => n.organisation?.code ?? '', options),
    {
      label: EXPORT_LABELS.effectiveOrganisation,
      width: 16,
      value: (n) => n.effectiveOrganisation?.code,
    },
    ...candidateColumns(nominations),
    ...reviewColumns(),
  ];
}

function candidateColumns(nominations: readonly Nomination[]): NominationColumn[] {
  const candidate = (nomination: Nomination) => nomination.candidate;
  const anyHas = (field: 'dateOfBirth' | 'phone') =>
    nominations.some((n) => (candidate(n)?.[field] ?? '') !== '');
  const dateOfBirth: NominationColumn = {
    label: COLUMN_LABELS['candidate.date_of_birth'],
    width: 14,
    value: (n) => day(candidate(n)?.dateOfBirth),
  };
  const phone = candidateText('candidate.phone', 16, (n) => candidate(n)?.phone);
  return [
    candidateText('candidate.full_name', 28, (n) => candidate(n)?.fullName),
    ...(anyHas('dateOfBirth') ? [dateOfBirth] : []),
    candidateText('candidate.gender', 10, (n) => vi(option(GENDER, candidate(n)?.gender))),
    candidateText('candidate.position', 24, (n) => candidate(n)?.position),
    candidateText('candidate.unit', 30, (n) => candidate(n)?.unit),
    candidateText('candidate.email', 28, (n) => candidate(n)?.email),
    ...(anyHas('phone') ? [phone] : []),
    candidateText('candidate.employment_type', 18, (n) =>
      vi(option(EMPLOYMENT, candidate(n)?.employmentType)),
    ),
    candidateText('candidate.education_level', 20, (n) =>
      vi(option(EDUCATION, candidate(n)?.educationLevel)),
    ),
    candidateText('candidate.field_of_study', 24, (n) => candidate(n)?.fieldOfStudy),
    candidateText('candidate.digital_background', 16, (n) =>
      n.candidate === undefined ? undefined : yesNo(n.candidate.digitalBackground),
    ),
    candidateNumber('candidate.years_of_service', (n) => candidate(n)?.yearsOfService),
    candidateNumber('candidate.years_of_experience', (n) => candidate(n)?.yearsOfExperience),
    candidateText('candidate.specialties', 30, (n) => candidate(n)?.specialties.join('; ')),
    candidateText('candidate.languages', 20, (n) =>
      candidate(n)?.languages.map(languageName).join('; '),
    ),
    {
      label: EXPORT_LABELS.priorTrainings,
      width: 40,
      value: (n) => candidate(n)?.priorTrainings.map(trainingText).join('; '),
    },
  ];
}

function reviewColumns(): NominationColumn[] {
  return [
    {
      label: EXPORT_LABELS.decisionLetter,
      width: 14,
      value: (n) => yesNo(n.documents.some((d) => d.kind === DocumentKind.DECISION_LETTER)),
    },
    {
      label: EXPORT_LABELS.eligible,
      width: 12,
      value: (n) => (n.eligibility === undefined ? undefined : yesNo(n.eligibility.eligible)),
    },
    {
      label: EXPORT_LABELS.eligibilityFindings,
      width: 40,
      value: (n) => n.eligibility?.findings.map((f) => f.message?.vi ?? '').join('; '),
    },
    {
      label: EXPORT_LABELS.averageScore,
      width: 12,
      value: (n) => (n.reviews.length > 0 || n.averageScore > 0 ? n.averageScore : undefined),
    },
    {
      label: EXPORT_LABELS.decision,
      width: 18,
      value: (n) => vi(option(OUTCOME, n.decision?.outcome)),
    },
    { label: EXPORT_LABELS.decisionReason, width: 30, value: (n) => n.decision?.reason },
    { label: EXPORT_LABELS.returnReason, width: 30, value: (n) => n.returnReason },
    { label: EXPORT_LABELS.withdrawalReason, width: 30, value: (n) => n.withdrawalReason },
    { label: EXPORT_LABELS.replaces, width: 38, value: (n) => n.replacesNominationId },
    { label: EXPORT_LABELS.submittedAt, width: 18, value: (n) => instant(n.submittedAt) },
    { label: EXPORT_LABELS.updatedAt, width: 18, value: (n) => instant(n.updatedAt) },
  ];
}

function candidateText(
  key: keyof typeof COLUMN_LABELS,
  width: number,
  value: (nomination: Nomination) => string | undefined,
): NominationColumn {
  return { label: COLUMN_LABELS[key], width, value };
}

function candidateNumber(
  key: keyof typeof COLUMN_LABELS,
  value: (nomination: Nomination) => number | undefined,
): NominationColumn {
  return { label: COLUMN_LABELS[key], width: 12, value };
}

/** The code, and the name when the caller can resolve it; `code` is undefined on a totals row. */
function organisationColumns<T>(
  code: (item: T) => string | undefined,
  options: ExportOptions,
): Column<T>[] {
  const codeColumn: Column<T> = {
    label: EXPORT_LABELS.organisation,
    width: 14,
    value: (item) => code(item) ?? vi(EXPORT_LABELS.total),
  };
  const { organisationName } = options;
  if (organisationName === undefined) return [codeColumn];
  const nameColumn: Column<T> = {
    label: EXPORT_LABELS.organisationName,
    width: 32,
    value: (item) => {
      const itemCode = code(item);
      return itemCode === undefined ? undefined : organisationName(itemCode);
    },
  };
  return [codeColumn, nameColumn];
}

interface LedgerRow {
  readonly entry: QuotaLedgerEntry;
  readonly isTotal: boolean;
}

function ledgerRows(entries: readonly QuotaLedgerEntry[], options: LedgerExportOptions) {
  const rows: LedgerRow[] = entries.map((entry) => ({ entry, isTotal: false }));
  if (options.totals !== undefined) rows.push({ entry: options.totals, isTotal: true });
  return rows;
}

function ledgerColumns(options: ExportOptions): Column<LedgerRow>[] {
  const count = (
    label: Bilingual,
    value: (entry: QuotaLedgerEntry) => number,
  ): Column<LedgerRow> => ({ label, width: 14, value: (row) => value(row.entry) });
  return [
    ...organisationColumns<LedgerRow>(
      (row) => (row.isTotal ? undefined : (row.entry.organisation?.code ?? '')),
      options,
    ),
    count(EXPORT_LABELS.floor, (e) => e.floor),
    count(EXPORT_LABELS.ceiling, (e) => e.ceiling),
    count(EXPORT_LABELS.drafts, (e) => e.drafts),
    count(EXPORT_LABELS.submitted, (e) => e.submitted),
    count(EXPORT_LABELS.accepted, (e) => e.accepted),
    count(EXPORT_LABELS.waitlisted, (e) => e.waitlisted),
    count(EXPORT_LABELS.rejected, (e) => e.rejected),
    {
      ...count(EXPORT_LABELS.shortfall, (e) => e.shortfall),
      highlight: (row) => row.entry.shortfall > 0,
    },
    count(EXPORT_LABELS.remaining, (e) => e.remaining),
  ];
}

/** Enum value → label, through the generated enum object's member names. */
function optionLabels<K extends string>(
  members: Readonly<Record<string, number>>,
  labels: Readonly<Partial<Record<K, Bilingual>>>,
): ReadonlyMap<number, Bilingual> {
  const byValue = new Map<number, Bilingual>();
  for (const [member, value] of Object.entries(members)) {
    const label = labels[member as K];
    if (label !== undefined) byValue.set(value, label);
  }
  return byValue;
}

const GENDER = optionLabels(Gender, OPTION_LABELS.gender);
const EMPLOYMENT = optionLabels(EmploymentType, OPTION_LABELS.employmentType);
const EDUCATION = optionLabels(EducationLevel, OPTION_LABELS.educationLevel);
const STATUS = optionLabels(NominationStatus, OPTION_LABELS.nominationStatus);
const OUTCOME = optionLabels(DecisionOutcome, OPTION_LABELS.decisionOutcome);

function option(labels: ReadonlyMap<number, Bilingual>, value: number | undefined) {
  return value === undefined ? undefined : labels.get(value);
}

/** A status the gateway does not know yet (a newer service) still shows, as its number. */
function statusLabel(status: NominationStatus): Bilingual {
  return STATUS.get(status) ?? { vi: String(status), en: String(status) };
}

function vi(label: Bilingual | undefined): string | undefined {
  return label?.vi;
}

function yesNo(value: boolean): string {
  return (value ? OPTION_LABELS.yesNo.YES : OPTION_LABELS.yesNo.NO).vi;
}

function languageName(code: string): string {
  return code in LANGUAGE_NAMES ? LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES].vi : code;
}

function trainingText(training: PriorTraining): string {
  const where = [training.provider, training.year > 0 ? String(training.year) : '']
    .filter((part) => part !== '')
    .join(', ');
  return where === '' ? training.title : `${training.title} (${where})`;
}

function day(value: string | undefined): ExportValue {
  return value === undefined || value === '' ? undefined : { day: value };
}

function instant(timestamp: Timestamp | undefined): ExportValue {
  return timestamp === undefined ? undefined : { instant: timestampDate(timestamp) };
}
