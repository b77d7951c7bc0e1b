import { create } from '@bufbuild/protobuf';
import {
  EnrolmentStatus,
  TrackSettingsSchema,
  type CohortSettings as CohortSettingsMessage,
  type SessionSettings as SessionSettingsMessage,
  type TrackSettings as TrackSettingsMessage,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { describe, expect, it } from 'vitest';
import { aCohort, anEnrolment, aSession, aTrack } from '../../../test/fixtures.ts';
import { cohortMessage, enrolmentMessage, sessionMessage, trackMessage } from './answers.ts';
import { importReportMessage, importReportOf } from './import-report.ts';
import {
  cohortSettingsOf,
  enrolmentStatusesOf,
  sessionSettingsOf,
  trackSettingsOf,
} from './requests.ts';

/** A message field the answer always sets; its absence is a mapping bug. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the answer left out a field it always sets');
  return value;
}

describe('typed mappers', () => {
  it('reads back the settings it writes, for tracks, cohorts and sessions', () => {
    const track = aTrack();
    const trackSettings: TrackSettingsMessage = present(trackMessage(track).settings);
    expect(trackSettingsOf(trackSettings)).toEqual(track.settings);
    const cohort = aCohort();
    const cohortSettings: CohortSettingsMessage = present(cohortMessage(cohort).settings);
    expect(cohortSettingsOf(cohortSettings)).toEqual(cohort.settings);
    const session = aSession();
    const sessionSettings: SessionSettingsMessage = present(sessionMessage(session).settings);
    expect(sessionSettingsOf(sessionSettings)).toEqual(session.settings);
  });

  it('leaves an empty venue province out rather than sending an empty reference', () => {
    const cohort = aCohort({}, { venueProvinceCode: '' });
    expect(cohortMessage(cohort).settings?.venueProvince).toBeUndefined();
    expect(cohortSettingsOf(present(cohortMessage(cohort).settings)).venueProvinceCode).toBe('');
  });

  it('answers an enrolment with its status, organisations and place in the queue', () => {
    const enrolment = anEnrolment({ status: 'waitlisted' });
    const message = enrolmentMessage(enrolment, 4);
    expect(message).toMatchObject({
      id: enrolment.id,
      status: EnrolmentStatus.WAITLISTED,
      waitlistPosition: 4,
      trainee: {
        organisation: { code: enrolment.trainee.organisationCode },
        effectiveOrganisation: { code: enrolment.trainee.effectiveOrganisationCode },
      },
    });
    expect(enrolmentStatusesOf([EnrolmentStatus.POOLED, EnrolmentStatus.REMOVED])).toEqual([
      'pooled',
      'removed',
    ]);
  });

  it('stores and reads an import report unchanged', () => {
    const report = {
      rows: [
        { rowNumber: 2, written: true, enrolmentId: 'e-1', problems: [] },
        {
          rowNumber: 3,
          written: false,
          enrolmentId: '',
          problems: [
            {
              field: 'trainee_email',
              code: 'UNKNOWN_TRAINEE',
              message: { vi: 'Không có học viên', en: 'No such trainee' },
            },
          ],
        },
      ],
      written: 1,
      invalid: 1,
    };
    expect(importReportOf(importReportMessage(report))).toEqual(report);
  });

  it('refuses an enum value protovalidate would have refused', () => {
    const settings = create(TrackSettingsSchema, {});
    expect(trackSettingsOf(settings).modules).toEqual([]);
    expect(() => enrolmentStatusesOf([0])).toThrow(/statuses/);
  });
});
