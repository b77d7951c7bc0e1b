import { accessTable, type Principal } from '@expertnet/platform';

export const PROGRAMME_OFFICE = 'programme-office';
/** Roles that act for an organisation: its province coordinator, or a ministry's nominating officer. */
export const ORGANISATION_ROLES = ['province-coordinator', 'nominator'] as const;

/** The RPCs of CoordinationService this service serves, by their proto names. */
export const OPERATIONS = [
  'CreateSupportRequest',
  'UpdateSupportRequest',
  'SubmitSupportRequest',
  'CancelSupportRequest',
  'GetSupportRequest',
  'ListSupportRequests',
  'ReviewSupportRequest',
  'TriageSupportRequest',
  'SuggestExperts',
  'StartOffers',
  'DispatchExperts',
  'RespondToDispatch',
  'WithdrawDispatch',
  'ListDispatches',
  'DecideRelease',
  'StartEngagement',
  'ReportEngagement',
  'RateEngagement',
  'CancelEngagement',
  'CompleteSupportRequest',
  'RateSupportRequest',
  'GetServiceLevels',
  'SetServiceLevels',
  'GetProgrammeKpis',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/**
 * How a caller stands towards what an operation touches.
 *
 * - 'programme-office': the network office; triages, offers, sees everything.
 * - 'requester': the requesting organisation's coordinator or nominating officer.
 * - 'expert': the expert an offer or engagement is for.
 * - 'home-organisation': the expert's own organisation's coordinator or nominating officer, who
 *   releases them (civil servants need their organisation's leave).
 * - 'signed-in': any member of the network (lists are narrowed to what they stand in).
 */
export type Party = 'programme-office' | 'requester' | 'expert' | 'home-organisation' | 'signed-in';

const OFFICE = ['programme-office'] as const;
const SIGNED_IN = ['signed-in'] as const;
const OFFICE_OR_REQUESTER = ['programme-office', 'requester'] as const;

/** Who may do what: the one table the service enforces; a party not named in a row is refused. */
export const ACCESS: Readonly<Record<Operation, readonly Party[]>> = {
  CreateSupportRequest: OFFICE_OR_REQUESTER,
  UpdateSupportRequest: OFFICE_OR_REQUESTER,
  SubmitSupportRequest: OFFICE_OR_REQUESTER,
  CancelSupportRequest: OFFICE_OR_REQUESTER,
  GetSupportRequest: ['programme-office', 'requester', 'expert'],
  ListSupportRequests: SIGNED_IN,
  ReviewSupportRequest: OFFICE,
  TriageSupportRequest: OFFICE,
  SuggestExperts: OFFICE,
  StartOffers: OFFICE,
  DispatchExperts: OFFICE,
  RespondToDispatch: ['expert'],
  WithdrawDispatch: OFFICE,
  ListDispatches: SIGNED_IN,
  DecideRelease: ['home-organisation'],
  StartEngagement: ['programme-office', 'requester', 'expert'],
  ReportEngagement: ['expert'],
  RateEngagement: ['requester'],
  CancelEngagement: ['programme-office', 'requester', 'expert'],
  CompleteSupportRequest: OFFICE_OR_REQUESTER,
  RateSupportRequest: ['requester'],
  GetServiceLevels: SIGNED_IN,
  SetServiceLevels: OFFICE,
  GetProgrammeKpis: SIGNED_IN,
};

/** What an operation touches: the requesting organisation, the expert and their organisation. */
export interface AccessTarget {
  readonly requestingOrganisationCode?: string;
  readonly expertSubjects?: readonly string[];
  readonly expertOrganisationCode?: string;
}

const actsForOrganisation = (principal: Principal, code: string | undefined) =>
  code !== undefined &&
  code !== '' &&
  principal.org === code &&
  ORGANISATION_ROLES.some((role) => principal.roles.has(role));

function stands(principal: Principal, party: Party, target: AccessTarget): boolean {
  switch (party) {
    case 'signed-in':
      return principal.subject !== '';
    case 'programme-office':
      return principal.roles.has(PROGRAMME_OFFICE);
    case 'requester':
      return actsForOrganisation(principal, target.requestingOrganisationCode);
    case 'expert':
      return principal.subject !== '' && (target.expertSubjects ?? []).includes(principal.subject);
    case 'home-organisation':
      return actsForOrganisation(principal, target.expertOrganisationCode);
  }
}

const table = accessTable(ACCESS, stands);

/** The parties the caller stands as for `operation` on `target`, in the table's order. */
export const partiesOf = (
  principal: Principal | undefined,
  operation: Operation,
  target: AccessTarget = {},
): Party[] => table.partiesOf(principal, operation, target);

/** Authorises `operation`, answering the first party the caller stands as, or throws. */
export const authorise = (
  principal: Principal | undefined,
  operation: Operation,
  target: AccessTarget = {},
): Party => table.authorise(principal, operation, target);

/** How lists are narrowed: everything for the office, an organisation's for its people, else one's own. */
export type ListScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'organisation'; readonly organisationCode: string; readonly subject: string }
  | { readonly kind: 'person'; readonly subject: string };

export function listScopeOf(principal: Principal | undefined, onlyMine = false): ListScope {
  const subject =
    principal?.subject === undefined || principal.subject === '' ? '-' : principal.subject;
  if (principal === undefined) return { kind: 'person', subject };
  if (onlyMine) return { kind: 'person', subject };
  if (principal.roles.has(PROGRAMME_OFFICE)) return { kind: 'all' };
  if (principal.org !== '' && ORGANISATION_ROLES.some((role) => principal.roles.has(role))) {
    return { kind: 'organisation', organisationCode: principal.org, subject };
  }
  return { kind: 'person', subject };
}
