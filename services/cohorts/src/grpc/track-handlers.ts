import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { callerOf, pageOf, required, type HandlerDependencies } from './context.ts';
import { trackMessage } from './mapping/answers.ts';
import { trackSettingsOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Programme tracks: set up by the programme office, read by everyone signed in. */
export function trackHandlers({ app, now }: HandlerDependencies) {
  return {
    async createTrack(request, call) {
      const settings = trackSettingsOf(required(request.settings, 'settings'));
      return { track: trackMessage(await app.createTrack(callerOf(call, now()), settings)) };
    },

    async updateTrack(request, call) {
      const settings = trackSettingsOf(required(request.settings, 'settings'));
      const { trackId, expectedVersion } = request;
      const track = await app.updateTrack(callerOf(call, now()), {
        trackId,
        settings,
        expectedVersion,
      });
      return { track: trackMessage(track) };
    },

    async getTrack(request, call) {
      return { track: trackMessage(await app.getTrack(callerOf(call, now()), request.trackId)) };
    },

    async listTracks(request, call) {
      const page = await app.listTracks(callerOf(call, now()), pageOf(request.page));
      return { tracks: page.items.map(trackMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
