import { enumName, type HandlersOf } from '@expertnet/platform';
import {
  DuplicateFlagStatusSchema,
  type NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { resolveDuplicateFlag, type DuplicateFlagStatus } from '../domain/index.ts';
import { allow, changeContext, required, type Dependencies } from './context.ts';
import { statusesOf } from './enums.ts';
import { flagMessage } from './mapping.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** The programme office's view of people nominated twice, and its verdict on each. */
export function duplicateFlagHandlers(deps: Dependencies) {
  return {
    async listDuplicateFlags(request, call) {
      allow(call, 'ListDuplicateFlags');
      const page = await deps.flags.list(
        {
          ...(request.roundId !== '' && { roundId: request.roundId }),
          statuses: statusesOf<DuplicateFlagStatus>(request.statuses, 'flag'),
        },
        { pageSize: request.page?.pageSize ?? 0, cursor: request.page?.cursor ?? '' },
      );
      return { flags: page.items.map(flagMessage), page: { nextCursor: page.nextCursor } };
    },

    async resolveDuplicateFlag(request, call) {
      allow(call, 'ResolveDuplicateFlag');
      const flag = required(
        await deps.flags.get(request.flagId),
        `duplicate flag ${request.flagId}`,
      );
      const resolved = resolveDuplicateFlag(
        flag,
        {
          resolution: enumName(DuplicateFlagStatusSchema, request.resolution) as
            'confirmed' | 'dismissed',
          note: request.note,
        },
        changeContext(call, deps.now()),
      );
      await deps.flags.save(resolved, undefined, []);
      return { flag: flagMessage(resolved) };
    },
  } satisfies Partial<Handlers>;
}
