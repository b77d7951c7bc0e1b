import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { HandlersOf } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type { DirectoryApp } from '../app.ts';
import { allow, callerOf } from './context.ts';
import { availabilityStatuses } from './mapping/enums.ts';
import { claimsOf, detailsOf, offerOf, required, visibilityOf } from './mapping/requests.ts';
import { profileMessage, summaryMessage } from './mapping/answers.ts';

type Handlers = HandlersOf<typeof DirectoryService>;

/** Which profile an edit changes, at the version the editor read. */
const editOf = (request: { readonly expertId: string; readonly expectedVersion: number }) => ({
  expertId: request.expertId,
  expectedVersion: request.expectedVersion,
});

/**
 * Profiles: read by the network through visibility, edited by their owner and the office. The
 * edits are authorised by their use case, against the profile it loads.
 */
export function profileHandlers(app: DirectoryApp) {
  return {
    async getProfile(request, call) {
      allow(call, 'GetProfile');
      return { profile: profileMessage(await app.getProfile(callerOf(call), request.expertId)) };
    },

    async getMyProfile(_request, call) {
      allow(call, 'GetMyProfile');
      return { profile: profileMessage(await app.getMyProfile(callerOf(call))) };
    },

    batchGetExperts(request, call) {
      allow(call, 'BatchGetExperts');
      const views = app.batchGetExperts(callerOf(call), request.expertIds);
      return Promise.resolve({ experts: views.map(summaryMessage) });
    },

    async createProfile(request, call) {
      allow(call, 'CreateProfile');
      const view = await app.createProfile(callerOf(call), {
        fullName: request.fullName,
        email: request.email,
        organisationCode: required(request.organisation, 'organisation').code,
        details: detailsOf(required(request.details, 'details')),
      });
      return { profile: profileMessage(view) };
    },

    async updateProfile(request, call) {
      const details = detailsOf(required(request.details, 'details'));
      const view = await app.updateProfile(callerOf(call), { ...editOf(request), details });
      return { profile: profileMessage(view) };
    },

    async setSkills(request, call) {
      const skills = claimsOf(request.skills);
      const view = await app.setSkills(callerOf(call), { ...editOf(request), skills });
      return { profile: profileMessage(view) };
    },

    async verifySkills(request, call) {
      const view = await app.verifySkills(callerOf(call), {
        ...editOf(request),
        skills: claimsOf(request.skills),
        evidence: request.evidence,
      });
      return { profile: profileMessage(view) };
    },

    async setAvailability(request, call) {
      const availability = {
        status: availabilityStatuses.decode(request.status, 'status'),
        until: request.until,
        note: request.note,
      };
      const view = await app.setAvailability(callerOf(call), { ...editOf(request), availability });
      return { profile: profileMessage(view) };
    },

    async setMentoringOffer(request, call) {
      const offer = offerOf(request.offer);
      const view = await app.setMentoringOffer(callerOf(call), { ...editOf(request), offer });
      return { profile: profileMessage(view) };
    },

    async setVisibility(request, call) {
      const visibility = visibilityOf(request.visibility);
      const view = await app.setVisibility(callerOf(call), { ...editOf(request), visibility });
      return { profile: profileMessage(view) };
    },

    async recordActivity(_request, call) {
      allow(call, 'RecordActivity');
      return { lastActiveAt: timestampFromDate(await app.recordActivity(callerOf(call))) };
    },
  } satisfies Partial<Handlers>;
}
