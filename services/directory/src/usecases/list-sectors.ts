import type { Sector } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';

/** The sector list (ListSectors): reference data, the same for everyone. */
export const listSectors = (deps: UseCaseDependencies) => (): Sector[] => [
  ...deps.catalogue.sectors.values(),
];
