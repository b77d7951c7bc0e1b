import { listOrganisations, type Organisation } from '@expertnet/platform';

export interface ListOrganisationsInput {
  readonly kinds: readonly Organisation['kind'][];
  readonly query: string;
  readonly includeDissolved: boolean;
}

/** The kit's reference data: under 200 organisations in all, so one page whatever was asked. */
export function listOrganisationsUseCase() {
  return (input: ListOrganisationsInput): readonly Organisation[] =>
    listOrganisations({
      kinds: [...input.kinds],
      query: input.query,
      includeDissolved: input.includeDissolved,
    });
}
