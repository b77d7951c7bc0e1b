export {
  REFERENCE_DATA_VERSION,
  currentOrganisation,
  findOrganisation,
  isInForceOn,
  listOrganisations,
  nameOn,
  predecessorsOf,
  type OrganisationFilter,
} from './registry.ts';
export {
  HISTORY_START,
  type FormerName,
  type LocalisedName,
  type Organisation,
  type OrganisationKind,
} from './organisation.ts';
export { foldVietnamese, toSearchKey } from './fold-vietnamese.ts';
