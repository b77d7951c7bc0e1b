import type { HandlersOf } from '@expertnet/platform';
import type { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { applicationHandlers } from './application-handlers.ts';
import { assignmentHandlers } from './assignment-handlers.ts';
import type { HandlerDependencies } from './context.ts';
import { meetingHandlers } from './meeting-handlers.ts';
import { programmeHandlers } from './programme-handlers.ts';

export type { HandlerDependencies } from './context.ts';

/**
 * Every RPC of MentoringService: each decodes its request, builds the Caller, calls one use case of
 * the app and encodes the answer.
 */
export function mentoringHandlers(deps: HandlerDependencies): HandlersOf<typeof MentoringService> {
  return {
    ...programmeHandlers(deps),
    ...applicationHandlers(deps),
    ...assignmentHandlers(deps),
    ...meetingHandlers(deps),
  };
}
