import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { DomainError, enumName, type CallContext, type HandlersOf } from '@expertnet/platform';
import {
  AvailabilityStatusSchema,
  type DirectoryService,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  changeEvents,
  checkVersion,
  createInvitedProfile,
  profileCreated,
  recordActivity,
  setAvailability,
  setMentoringOffer,
  setSkills,
  setVisibility,
  updateDetails,
  verifySkills,
  viewerOf,
  viewProfile,
  type AvailabilityStatus,
  type ExpertProfile,
  type Operation,
} from '../domain/index.ts';
import { actorOf, allow, found, required, type Dependencies } from './context.ts';
import { callerProfile } from './own-profile.ts';
import {
  claimsOf,
  detailsOf,
  offerOf,
  profileMessage,
  summaryMessage,
  visibilityOf,
} from './mapping.ts';

type Handlers = HandlersOf<typeof DirectoryService>;

/** A change of one profile as a request states it. */
interface Edit {
  readonly expertId: string;
  readonly expectedVersion: number;
}

/** Profiles: read by the network through visibility, edited by their owner and the office. */
export function profileHandlers(deps: Dependencies) {
  /** The profile as this caller may see it. */
  const shown = (call: CallContext, profile: ExpertProfile) =>
    profileMessage(viewProfile(profile, viewerOf(call.principal, profile), deps.now()));

  /**
   * Load, authorise against the profile, check the version read, change, write with events: the
   * steps every edit shares. Nothing is written when any of them refuses.
   */
  async function edit(
    call: CallContext,
    operation: Operation,
    request: Edit,
    change: (profile: ExpertProfile, now: Date) => ExpertProfile,
  ) {
    const before = found(await deps.profiles.get(request.expertId), `profile ${request.expertId}`);
    allow(call, operation, { profile: before });
    checkVersion(before, request.expectedVersion);
    const now = deps.now();
    const after = change(before, now);
    const events = changeEvents(before, after, now);
    await deps.write({ before, after, events, actor: actorOf(call), now });
    return { profile: shown(call, after) };
  }

  return {
    async getProfile(request, call) {
      allow(call, 'GetProfile');
      const profile = found(
        await deps.profiles.get(request.expertId),
        `profile ${request.expertId}`,
      );
      return { profile: shown(call, profile) };
    },

    async getMyProfile(_request, call) {
      allow(call, 'GetMyProfile');
      return { profile: shown(call, await callerProfile(deps, call)) };
    },

    // Served from the read model: other services' screens ask for up to 200 at once.
    batchGetExperts(request, call) {
      allow(call, 'BatchGetExperts');
      const principal = call.principal;
      const now = deps.now();
      const experts = request.expertIds
        .map((id) => deps.index.get(id))
        .filter((profile) => profile !== undefined)
        .map((profile) => summaryMessage(viewProfile(profile, viewerOf(principal, profile), now)));
      return Promise.resolve({ experts });
    },

    async createProfile(request, call) {
      allow(call, 'CreateProfile');
      const now = deps.now();
      const profile = createInvitedProfile(
        {
          fullName: request.fullName,
          email: request.email,
          organisationCode: required(request.organisation, 'organisation').code,
          details: detailsOf(required(request.details, 'details')),
        },
        now,
      );
      const events = [profileCreated(profile, { enrolmentId: '', nominationId: '' }, now)];
      if (
        !(await deps.write({
          before: undefined,
          after: profile,
          events,
          actor: actorOf(call),
          now,
        }))
      ) {
        throw new DomainError(
          'conflict',
          'PROFILE_EXISTS',
          `${request.email} already has a profile`,
        );
      }
      return { profile: shown(call, profile) };
    },

    updateProfile: (request, call) =>
      edit(call, 'UpdateProfile', request, (profile, now) =>
        updateDetails(profile, detailsOf(required(request.details, 'details')), now),
      ),

    setSkills: (request, call) =>
      edit(call, 'SetSkills', request, (profile, now) =>
        setSkills(profile, claimsOf(request.skills), deps.catalogue.taxonomy(), now),
      ),

    verifySkills: (request, call) =>
      edit(call, 'VerifySkills', request, (profile, now) =>
        verifySkills(
          profile,
          claimsOf(request.skills),
          request.evidence,
          deps.catalogue.taxonomy(),
          now,
        ),
      ),

    setAvailability: (request, call) =>
      edit(call, 'SetAvailability', request, (profile, now) =>
        setAvailability(
          profile,
          {
            status: enumName(AvailabilityStatusSchema, request.status) as AvailabilityStatus,
            until: request.until,
            note: request.note,
          },
          now,
        ),
      ),

    setMentoringOffer: (request, call) =>
      edit(call, 'SetMentoringOffer', request, (profile, now) =>
        setMentoringOffer(profile, offerOf(request.offer), deps.catalogue.taxonomy(), now),
      ),

    setVisibility: (request, call) =>
      edit(call, 'SetVisibility', request, (profile, now) =>
        setVisibility(profile, visibilityOf(request.visibility), now),
      ),

    async recordActivity(_request, call) {
      allow(call, 'RecordActivity');
      const profile = await callerProfile(deps, call);
      const touched = recordActivity(profile, deps.now());
      if (touched !== profile) {
        await deps.profiles.touch(profile.id, touched.lastActiveAt);
        deps.index.upsert(touched);
      }
      return { lastActiveAt: timestampFromDate(touched.lastActiveAt) };
    },
  } satisfies Partial<Handlers>;
}
