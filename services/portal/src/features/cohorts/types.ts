import type { components } from '../../api/gen/schema.ts';

type Schemas = components['schemas'];

export type Track = Schemas['Track'];
export type Module = Schemas['Module'];
export type Cohort = Schemas['Cohort'];
export type CohortSettings = Schemas['CohortSettings'];
export type CohortStatus = NonNullable<Cohort['status']>;
export type DeliveryMode = CohortSettings['deliveryMode'];
export type Session = Schemas['Session'];
export type SessionSettings = Schemas['SessionSettings'];
export type SessionMode = SessionSettings['mode'];
export type Enrolment = Schemas['Enrolment'];
export type EnrolmentStatus = NonNullable<Enrolment['status']>;
/** The statuses a list may be filtered by. */
export type EnrolmentFilterStatus = Exclude<EnrolmentStatus, 'ENROLMENT_STATUS_UNSPECIFIED'>;
export type CohortFilterStatus = Exclude<CohortStatus, 'COHORT_STATUS_UNSPECIFIED'>;
export type Requirement = Schemas['Requirement'];
export type AttendanceRecord = Schemas['AttendanceRecord'];
export type AttendanceStatus = NonNullable<AttendanceRecord['status']>;
export type AttendanceSource = NonNullable<AttendanceRecord['source']>;
export type MarkStatus = Schemas['AttendanceMark']['status'];
export type CheckInCode = Schemas['GetCheckInCodeResponse'];
export type AssessmentResult = Schemas['AssessmentResult'];
export type GraduationOutcome = Schemas['GraduationOutcome'];
export type ImportAttendanceReport = Schemas['ImportAttendanceResponse'];
export type OrganisationCode = Schemas['OrganisationRef']['code'];
