import type { HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { NominationsApp } from '../app.ts';
import { duplicateFlagHandlers } from './duplicate-flag-handlers.ts';
import { importHandlers } from './import-handlers.ts';
import { nominationHandlers } from './nomination-handlers.ts';
import { organisationHandlers } from './organisation-handlers.ts';
import { reviewHandlers } from './review-handlers.ts';
import { roundHandlers } from './round-handlers.ts';

/**
 * Every RPC of NominationsService: each handler decodes, authorises (the access check gives the
 * caller's organisation scope), calls one use case and encodes.
 */
export function nominationsHandlers(
  usecases: NominationsApp,
): HandlersOf<typeof NominationsService> {
  return {
    ...organisationHandlers(usecases),
    ...roundHandlers(usecases),
    ...nominationHandlers(usecases),
    ...reviewHandlers(usecases),
    ...importHandlers(usecases),
    ...duplicateFlagHandlers(usecases),
  };
}
