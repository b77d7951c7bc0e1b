import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { assessmentHandlers } from './assessment-handlers.ts';
import { attendanceHandlers } from './attendance-handlers.ts';
import { attendanceImportHandlers } from './attendance-import-handlers.ts';
import { certificateHandlers } from './certificate-handlers.ts';
import { cohortHandlers } from './cohort-handlers.ts';
import type { Dependencies } from './context.ts';
import { enrolmentHandlers } from './enrolment-handlers.ts';
import { loaders } from './loading.ts';
import { seating } from './seating.ts';
import { sessionHandlers } from './session-handlers.ts';
import { trackHandlers } from './track-handlers.ts';

export type { Dependencies } from './context.ts';

/** Every RPC of CohortsService; each group authorises with the domain's table before it acts. */
export function cohortsHandlers(deps: Dependencies): HandlersOf<typeof CohortsService> {
  const load = loaders(deps);
  const seats = seating(deps, load);
  return {
    ...trackHandlers(deps, load),
    ...cohortHandlers(deps, load, seats),
    ...sessionHandlers(deps, load),
    ...enrolmentHandlers(deps, load, seats),
    ...attendanceHandlers(deps, load),
    ...attendanceImportHandlers(deps, load),
    ...assessmentHandlers(deps, load),
    ...certificateHandlers(deps, load),
  };
}
