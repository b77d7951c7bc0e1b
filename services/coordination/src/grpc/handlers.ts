import { withUnimplemented, type HandlersOf } from '@expertnet/platform';
import { CoordinationService } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import type { HandlerDependencies } from './context.ts';
import { dispatchHandlers } from './dispatch-handlers.ts';
import { kpiHandlers } from './kpi-handlers.ts';
import { requestHandlers } from './request-handlers.ts';

export type { HandlerDependencies } from './context.ts';

/**
 * The RPCs of CoordinationService this service serves: each decodes its request, builds the
 * Caller, calls one use case and encodes the answer. The network's focal points, announcements,
 * direct dispatch and whole-request ratings answer UNIMPLEMENTED for now (the engagements carry
 * the ratings), as the kit does for a contract ahead of its service.
 */
export function coordinationHandlers(
  deps: HandlerDependencies,
): HandlersOf<typeof CoordinationService> {
  return withUnimplemented(CoordinationService, {
    ...requestHandlers(deps),
    ...dispatchHandlers(deps),
    ...kpiHandlers(deps),
  });
}
