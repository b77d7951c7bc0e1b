/**
 * Contract messages <-> domain objects, field by field and checked by the compiler (create() is
 * typed; enums go through the tables of mapping/common.ts). protovalidate has refused missing and
 * unknown values of a request before a handler runs, so the fallbacks when reading one only keep
 * the types total.
 */
export {
  certificateStatusesOf,
  cohortSettingsOf,
  cohortStatusesOf,
  cohortStatusOf,
  enrolmentStatusesOf,
  importRowOf,
  markOf,
  sessionSettingsOf,
  trackSettingsOf,
} from './mapping/requests.ts';
export {
  cohortMessage,
  enrolmentMessage,
  sessionMessage,
  trackMessage,
} from './mapping/answers.ts';
export {
  assessmentMessage,
  certificateMessage,
  checkInCodeMessage,
  graduationMessage,
  recordMessage,
  verificationMessage,
} from './mapping/results.ts';
export { importReportMessage, importReportOf } from './mapping/import-report.ts';
