/** The contract's request parts as the domain's values; bad values are refused on their field. */
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { invalidArgument } from '@expertnet/platform';
import type {
  ApplicationDetails as DetailsMessage,
  Goal as GoalMessage,
  MeetingSettings as MeetingSettingsMessage,
  ProgrammeSettings as SettingsMessage,
} from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import type {
  ApplicationDetails,
  Goal,
  MeetingSettings,
  ProgrammeSettings,
} from '../../domain/index.ts';
import { goalStatuses, meetingModes } from './enums.ts';

export function settingsOf(message: SettingsMessage | undefined): ProgrammeSettings {
  if (message === undefined)
    throw invalidArgument([{ field: 'settings', description: 'is required', rule: 'required' }]);
  const rules = message.rules;
  const weights = rules?.weights;
  return {
    name: { vi: message.name?.vi ?? '', en: message.name?.en ?? '' },
    description: message.description,
    opensOn: message.opensOn,
    closesOn: message.closesOn,
    targetPairs: message.targetPairs,
    durationMonths: message.durationMonths,
    rules: {
      mentorCohortIds: [...(rules?.mentorCohortIds ?? [])],
      menteeCohortIds: [...(rules?.menteeCohortIds ?? [])],
      menteeOrganisationCodes: (rules?.menteeOrganisations ?? []).map(
        (organisation) => organisation.code,
      ),
      certifiedMentorsOnly: rules?.certifiedMentorsOnly ?? false,
      weights: {
        skills: weights?.skills ?? 0,
        topics: weights?.topics ?? 0,
        language: weights?.language ?? 0,
        modality: weights?.modality ?? 0,
        availability: weights?.availability ?? 0,
        load: weights?.load ?? 0,
      },
      maxDistanceKm: rules?.maxDistanceKm ?? 0,
      respondWithinDays: rules?.respondWithinDays ?? 0,
    },
  };
}

export function detailsOf(message: DetailsMessage | undefined): ApplicationDetails {
  if (message === undefined)
    throw invalidArgument([{ field: 'details', description: 'is required', rule: 'required' }]);
  return {
    topicCodes: [...message.topicSkillCodes],
    goals: message.goals,
    preferredMode: meetingModes.decode(message.preferredMode, 'details.preferred_mode'),
    preferredProvinceCode: message.preferredProvince?.code ?? '',
    preferredLanguage: message.preferredLanguage,
    durationMonths: message.durationMonths,
  };
}

export function meetingSettingsOf(message: MeetingSettingsMessage | undefined): MeetingSettings {
  if (message?.startsAt === undefined) {
    throw invalidArgument([
      { field: 'settings.starts_at', description: 'is required', rule: 'required' },
    ]);
  }
  const mode = meetingModes.decode(message.mode, 'settings.mode');
  if (mode === 'any')
    throw invalidArgument([
      { field: 'settings.mode', description: 'a meeting is online or in person' },
    ]);
  return {
    startsAt: timestampDate(message.startsAt),
    durationMinutes: message.durationMinutes,
    mode,
    location: message.location,
    meetingUrl: message.meetingUrl,
    agenda: message.agenda,
  };
}

export const goalsOf = (goals: readonly GoalMessage[]): Goal[] =>
  goals.map((goal, index) => ({
    id: goal.id,
    title: goal.title,
    status: goalStatuses.decode(goal.status, `goals[${index}].status`),
    progressPercent: goal.progressPercent,
    targetDate: goal.targetDate,
  }));
