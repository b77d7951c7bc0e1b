import { invalidArgument, type HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { NominationsApp } from '../app.ts';
import { allow, callerFor, pageOf } from './context.ts';
import { flagStatuses } from './mapping/enums.ts';
import { flagMessage } from './mapping/common.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** The programme office's view of people nominated twice, and its verdict on each. */
export function duplicateFlagHandlers(usecases: NominationsApp) {
  return {
    async listDuplicateFlags(request, call) {
      allow(call, 'ListDuplicateFlags');
      const page = await usecases.listDuplicateFlags({
        ...(request.roundId !== '' && { roundId: request.roundId }),
        statuses: request.statuses.map((status, index) =>
          flagStatuses.decode(status, `statuses[${index}]`),
        ),
        page: pageOf(request.page),
      });
      return { flags: page.items.map(flagMessage), page: { nextCursor: page.nextCursor } };
    },

    async resolveDuplicateFlag(request, call) {
      const caller = callerFor(call, 'ResolveDuplicateFlag');
      const resolution = flagStatuses.decode(request.resolution, 'resolution');
      // protovalidate lets only a verdict through; this says so to the compiler.
      if (resolution === 'open') {
        throw invalidArgument([{ field: 'resolution', description: 'must be a verdict' }]);
      }
      const flag = await usecases.resolveDuplicateFlag(caller, {
        flagId: request.flagId,
        resolution,
        note: request.note,
      });
      return { flag: flagMessage(flag) };
    },
  } satisfies Partial<Handlers>;
}
