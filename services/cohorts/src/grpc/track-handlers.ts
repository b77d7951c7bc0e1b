import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { createTrack, updateTrack } from '../domain/index.ts';
import { allow, pageOf, required, type Dependencies } from './context.ts';
import type { Loaders } from './loading.ts';
import { trackMessage, trackSettingsOf } from './mapping.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Programme tracks: set up by the programme office, read by everyone signed in. */
export function trackHandlers(deps: Dependencies, load: Loaders) {
  return {
    async createTrack(request, call) {
      allow(call, 'CreateTrack');
      const settings = trackSettingsOf(required(request.settings, 'settings'));
      const track = createTrack(deps.newId(), settings, deps.now());
      await deps.tracks.insert(track);
      return { track: trackMessage(track) };
    },

    async updateTrack(request, call) {
      allow(call, 'UpdateTrack');
      const track = await load.track(request.trackId);
      const settings = trackSettingsOf(required(request.settings, 'settings'));
      const updated = updateTrack(track, settings, deps.now());
      await deps.tracks.save(updated, request.expectedVersion);
      return { track: trackMessage(updated) };
    },

    async getTrack(request, call) {
      allow(call, 'GetTrack');
      return { track: trackMessage(await load.track(request.trackId)) };
    },

    async listTracks(request, call) {
      allow(call, 'ListTracks');
      const page = await deps.tracks.list(pageOf(request.page));
      return { tracks: page.items.map(trackMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
