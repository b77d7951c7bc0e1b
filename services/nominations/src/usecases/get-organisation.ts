import { findOrganisation, type Organisation } from '@expertnet/platform';
import { required } from './shared/dependencies.ts';

/** One organisation of the reference data, dissolved ones included. */
export function getOrganisationUseCase() {
  return (code: string): Organisation => required(findOrganisation(code), code);
}
