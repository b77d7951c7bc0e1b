import type { HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { Dependencies } from './context.ts';
import { duplicateFlagHandlers } from './duplicate-flag-handlers.ts';
import { importHandlers } from './import-handlers.ts';
import { nominationHandlers } from './nomination-handlers.ts';
import { organisationHandlers } from './organisation-handlers.ts';
import { reviewHandlers } from './review-handlers.ts';
import { roundHandlers } from './round-handlers.ts';

/** Every RPC of NominationsService; each group enforces who may do what before it acts. */
export function nominationsHandlers(deps: Dependencies): HandlersOf<typeof NominationsService> {
  return {
    ...organisationHandlers(),
    ...roundHandlers(deps),
    ...nominationHandlers(deps),
    ...reviewHandlers(deps),
    ...importHandlers(deps),
    ...duplicateFlagHandlers(deps),
  };
}
