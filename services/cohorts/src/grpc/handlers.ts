import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { assessmentHandlers } from './assessment-handlers.ts';
import { attendanceHandlers } from './attendance-handlers.ts';
import { attendanceImportHandlers } from './attendance-import-handlers.ts';
import { certificateHandlers } from './certificate-handlers.ts';
import { cohortHandlers } from './cohort-handlers.ts';
import type { HandlerDependencies } from './context.ts';
import { enrolmentHandlers } from './enrolment-handlers.ts';
import { sessionHandlers } from './session-handlers.ts';
import { trackHandlers } from './track-handlers.ts';

export type { HandlerDependencies } from './context.ts';

/**
 * Every RPC of CohortsService: each decodes its request, builds the Caller (the organisation
 * scope the access check grants), calls one use case of the app and encodes the answer.
 */
export function cohortsHandlers(deps: HandlerDependencies): HandlersOf<typeof CohortsService> {
  return {
    ...trackHandlers(deps),
    ...cohortHandlers(deps),
    ...sessionHandlers(deps),
    ...enrolmentHandlers(deps),
    ...attendanceHandlers(deps),
    ...attendanceImportHandlers(deps),
    ...assessmentHandlers(deps),
    ...certificateHandlers(deps),
  };
}
