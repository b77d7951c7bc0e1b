/** The contract's request parts as the domain's values; bad values are refused on their field. */
import { invalidArgument } from '@expertnet/platform';
import type { SupportRequestDetails as DetailsMessage } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import type { SupportRequestDetails } from '../../domain/index.ts';
import { skillLevels, supportModes, urgencies } from './enums.ts';

export function detailsOf(message: DetailsMessage | undefined): SupportRequestDetails {
  if (message === undefined)
    throw invalidArgument([{ field: 'details', description: 'is required', rule: 'required' }]);
  return {
    title: message.title,
    description: message.description,
    sectorCode: message.sectorCode,
    skills: message.skills.map((skill, index) => ({
      code: skill.code,
      minLevel: skillLevels.decodeOptional(
        skill.minLevel,
        `details.skills[${String(index)}].min_level`,
      ),
      verifiedOnly: skill.verifiedOnly,
    })),
    mode: supportModes.decode(message.mode, 'details.mode'),
    provinceCode: message.province?.code ?? '',
    address: message.address,
    startDate: message.startDate,
    endDate: message.endDate,
    expertsNeeded: message.expertsNeeded,
    languageCodes: [...message.languageCodes],
    contact: {
      fullName: message.contact?.fullName ?? '',
      email: message.contact?.email ?? '',
      phone: message.contact?.phone ?? '',
    },
    localPlan: message.localPlan,
    scope: message.scope,
    deliverables: [...message.deliverables],
    effortDays: message.effortDays,
    urgency: urgencies.decodeOptional(message.urgency, 'details.urgency') ?? 'normal',
    attachments: message.attachments.map((attachment) => ({
      title: attachment.title,
      url: attachment.url,
    })),
  };
}
