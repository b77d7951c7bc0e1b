import { DomainError } from '@expertnet/platform';
import {
  dueEscalations,
  escalate,
  EVENT_TYPES,
  type ServiceLevelSettings,
} from '../domain/index.ts';
import {
  allow,
  envelopes,
  retryOnConflict,
  written,
  type Caller,
  type Dependencies,
} from './shared/dependencies.ts';
import { serviceContext } from './shared/service.ts';

export const getServiceLevels = (deps: Dependencies) => async (caller: Caller) => {
  allow(caller, 'GetServiceLevels');
  return deps.settings.serviceLevels();
};

export const setServiceLevels =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly levels: ServiceLevelSettings; readonly expectedVersion: number },
  ) => {
    allow(caller, 'SetServiceLevels');
    await deps.settings
      .setServiceLevels(input.levels, input.expectedVersion)
      .catch((error: unknown) => {
        // The first setting raced another: the version the caller read is stale all the same.
        if ((error as { code?: number }).code === 11000) {
          throw new DomainError(
            'conflict',
            'VERSION_CONFLICT',
            'the service levels were set by someone else; read them again',
          );
        }
        throw error;
      });
    return deps.settings.serviceLevels();
  };

/** Requests past a service level are escalated to the network office, once per level. */
export const escalateBreaches = (deps: Dependencies) => async () => {
  const now = deps.now();
  const context = serviceContext(now);
  let escalated = 0;
  for (const request of await deps.requests.inStatuses(['submitted', 'matching'])) {
    for (const { level, dueAt } of dueEscalations(request, now)) {
      await retryOnConflict(async () => {
        const current = await deps.requests.get(request.id);
        if (
          current === undefined ||
          !dueEscalations(current, now).some((due) => due.level === level)
        )
          return;
        const next = { ...escalate(current, level, dueAt, context), version: current.version + 1 };
        const event = {
          type: EVENT_TYPES.requestEscalated,
          orgCode: next.requestingOrganisationCode,
          payload: { request: next, level, dueAt },
        } as const;
        written(
          deps,
          await deps.requests.replace(
            next,
            current.version,
            envelopes(deps, [event], context),
            `support request ${current.number}`,
          ),
        );
        escalated += 1;
      });
    }
  }
  return escalated;
};
