import {
  currentOrganisation,
  enumCodec,
  type HandlersOf,
  type Organisation,
} from '@expertnet/platform';
import {
  OrganisationKind,
  type NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { NominationsApp } from '../app.ts';
import { allow, knownOrganisation } from './context.ts';

type Handlers = HandlersOf<typeof NominationsService>;

const organisationKinds = enumCodec<Organisation['kind'], OrganisationKind>({
  ministry: OrganisationKind.MINISTRY,
  'ministerial-agency': OrganisationKind.MINISTERIAL_AGENCY,
  'government-agency': OrganisationKind.GOVERNMENT_AGENCY,
  province: OrganisationKind.PROVINCE,
});

function organisationMessage(organisation: Organisation) {
  return {
    code: organisation.code,
    kind: organisationKinds.encode(organisation.kind),
    name: organisation.name,
    validFrom: organisation.validFrom,
    validTo: organisation.validTo ?? '',
    ...(organisation.successorCode !== undefined && {
      successor: { code: organisation.successorCode },
    }),
    current: { code: currentOrganisation(organisation.code)?.code ?? organisation.code },
    predecessors: organisation.predecessorCodes.map((code) => ({ code })),
  };
}

/** The reference data of the kit, served to the portal and other services. */
export function organisationHandlers(usecases: NominationsApp) {
  return {
    listOrganisations(request, call) {
      allow(call, 'ListOrganisations');
      const found = usecases.listOrganisations({
        kinds: request.kinds.map((kind, index) =>
          organisationKinds.decode(kind, `kinds[${index}]`),
        ),
        query: request.query,
        includeDissolved: request.includeDissolved,
      });
      return Promise.resolve({
        organisations: found.map(organisationMessage),
        page: { nextCursor: '' },
      });
    },

    getOrganisation(request, call) {
      allow(call, 'GetOrganisation');
      const code = knownOrganisation(request.organisation?.code ?? '');
      return Promise.resolve({ organisation: organisationMessage(usecases.getOrganisation(code)) });
    },
  } satisfies Partial<Handlers>;
}
