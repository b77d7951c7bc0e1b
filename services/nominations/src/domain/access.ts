import { DomainError, type OrganisationScope, type Principal } from '@expertnet/platform';
import { grantAllOrganisations, grantOrganisation } from '@expertnet/platform/access';
import type { OrganisationResolver, RoundStatus } from './types.ts';

export const PROGRAMME_OFFICE = 'programme-office';
export const REVIEWER = 'reviewer';
export const NOMINATOR = 'nominator';

/** Every RPC of NominationsService, by its proto name. */
export const OPERATIONS = [
  'ListOrganisations',
  'GetOrganisation',
  'CreateRound',
  'UpdateRound',
  'OpenRound',
  'CloseRound',
  'GetRound',
  'ListRounds',
  'SetQuotas',
  'GetQuotaLedger',
  'CreateNomination',
  'UpdateNomination',
  'AddDocument',
  'RemoveDocument',
  'UploadDocument',
  'GetDocumentContent',
  'SubmitNomination',
  'ReturnNomination',
  'ScoreNomination',
  'DecideNomination',
  'WithdrawNomination',
  'ReplaceNominee',
  'GetNomination',
  'ListNominations',
  'ListNominationRevisions',
  'ImportNominations',
  'ListDuplicateFlags',
  'ResolveDuplicateFlag',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** 'all': any organisation; 'own': only the caller's organisation. */
export type Reach = 'all' | 'own';

/** 'signed-in': anyone with a valid token, whatever their roles; else the reach of each role. */
type Rule = 'signed-in' | Readonly<Partial<Record<string, Reach>>>;

const PO_ONLY = { [PROGRAMME_OFFICE]: 'all' } as const;
const NOMINATOR_ONLY = { [NOMINATOR]: 'own' } as const;
const READERS = { [PROGRAMME_OFFICE]: 'all', [REVIEWER]: 'all', [NOMINATOR]: 'own' } as const;
const WITHDRAWERS = { [PROGRAMME_OFFICE]: 'all', [NOMINATOR]: 'own' } as const;

/**
 * Who may do what: the one table the service enforces. Roles not named in a row are refused.
 *
 * - Nominators prepare, submit, withdraw and replace their own organisation's nominations and
 *   see its quota; nobody else edits a nomination's content, so the nominating officer answers
 *   for it.
 * - Reviewers read everything, score, and return for changes (ReturnNomination's contract).
 * - The programme office runs rounds, quotas, decisions and duplicate flags, reads everything,
 *   returns, and may withdraw or replace on an organisation's behalf (after the deadline, only
 *   it may replace).
 */
export const ACCESS: Readonly<Record<Operation, Rule>> = {
  ListOrganisations: 'signed-in',
  GetOrganisation: 'signed-in',
  CreateRound: PO_ONLY,
  UpdateRound: PO_ONLY,
  OpenRound: PO_ONLY,
  CloseRound: PO_ONLY,
  GetRound: 'signed-in',
  ListRounds: 'signed-in',
  SetQuotas: PO_ONLY,
  GetQuotaLedger: READERS,
  CreateNomination: NOMINATOR_ONLY,
  UpdateNomination: NOMINATOR_ONLY,
  AddDocument: NOMINATOR_ONLY,
  RemoveDocument: NOMINATOR_ONLY,
  UploadDocument: NOMINATOR_ONLY,
  // Whoever may read the nomination may open its documents.
  GetDocumentContent: READERS,
  SubmitNomination: NOMINATOR_ONLY,
  ReturnNomination: { [PROGRAMME_OFFICE]: 'all', [REVIEWER]: 'all' },
  ScoreNomination: { [REVIEWER]: 'all' },
  DecideNomination: PO_ONLY,
  WithdrawNomination: WITHDRAWERS,
  ReplaceNominee: WITHDRAWERS,
  GetNomination: READERS,
  ListNominations: READERS,
  ListNominationRevisions: READERS,
  ImportNominations: NOMINATOR_ONLY,
  ListDuplicateFlags: PO_ONLY,
  ResolveDuplicateFlag: PO_ONLY,
};

export interface AccessTarget {
  /** The organisation acted on (a nomination's, as nominated); absent for lists and rounds. */
  readonly organisationCode?: string | undefined;
  readonly resolve: OrganisationResolver;
}

/** The widest reach any of the principal's roles gives for `operation`, if any. */
function reachOf(principal: Principal, operation: Operation): Reach | undefined {
  const rule = ACCESS[operation];
  if (rule === 'signed-in') return 'all';
  // Own properties only: a role named like an Object.prototype member must not match.
  const reaches = [...principal.roles].map((role) =>
    Object.hasOwn(rule, role) ? rule[role] : undefined,
  );
  if (reaches.includes('all')) return 'all';
  return reaches.includes('own') ? 'own' : undefined;
}

/**
 * Allows `operation` or throws permission-denied: ROLE_REQUIRED when no role of the caller may do
 * it, ORG_SCOPE_VIOLATION when their roles reach only their own organisation and the target is
 * another. Organisations compare by their current code, so a nomination made for a province
 * since merged belongs to the successor's nominators.
 */
export function authorise(
  principal: Principal,
  operation: Operation,
  target: AccessTarget,
): OrganisationScope {
  const reach = reachOf(principal, operation);
  if (reach === undefined) {
    const rule = ACCESS[operation];
    const roles = rule === 'signed-in' ? [] : Object.keys(rule);
    throw new DomainError(
      'permission-denied',
      'ROLE_REQUIRED',
      `${operation} needs one of the roles: ${roles.join(', ')}`,
    );
  }
  if (reach === 'all') return grantAllOrganisations();
  const own = principal.org === '' ? '' : target.resolve(principal.org);
  const wanted =
    target.organisationCode === undefined ? own : target.resolve(target.organisationCode);
  if (own === '' || wanted !== own) {
    throw new DomainError(
      'permission-denied',
      'ORG_SCOPE_VIOLATION',
      `organisation ${principal.org === '' ? '(none)' : principal.org} may not ${operation} for ${
        target.organisationCode ?? '(none)'
      }`,
    );
  }
  return grantOrganisation(own);
}

/**
 * The scope of the service acting on its own behalf: the deadline sweep, duplicate detection
 * across organisations, keeping a flag's nominations in step.
 */
export const serviceScope = (): OrganisationScope => grantAllOrganisations();

/**
 * The refusal for a record outside the caller's scope (ORG_SCOPE_VIOLATION), as authorise gives
 * it when the organisation is known up front.
 */
export function outOfScope(scope: OrganisationScope, operation: Operation): DomainError {
  const own = scope.reach === 'organisation' ? scope.organisationCode : '(all)';
  return new DomainError(
    'permission-denied',
    'ORG_SCOPE_VIOLATION',
    `organisation ${own} may not ${operation} for another organisation`,
  );
}

/** Draft rounds are being prepared and only the programme office sees them. */
export function canSeeRound(principal: Principal, status: RoundStatus): boolean {
  return status !== 'draft' || principal.roles.has(PROGRAMME_OFFICE);
}

/**
 * Date of birth and phone go only to the nominating organisation and the programme office
 * (Candidate's contract); reviewers score without them.
 */
export function canSeePersonalData(
  principal: Principal,
  organisationCode: string,
  resolve: OrganisationResolver,
): boolean {
  if (principal.roles.has(PROGRAMME_OFFICE)) return true;
  return (
    principal.roles.has(NOMINATOR) &&
    principal.org !== '' &&
    resolve(principal.org) === resolve(organisationCode)
  );
}

/** Duplicate flags are for the programme office and reviewers, never for nominators. */
export const canSeeDuplicateFlags = (principal: Principal) =>
  principal.roles.has(PROGRAMME_OFFICE) || principal.roles.has(REVIEWER);
