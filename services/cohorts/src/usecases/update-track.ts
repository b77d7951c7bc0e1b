import { updateTrack as changedTrack, type Track, type TrackSettings } from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';

export interface TrackUpdate {
  readonly trackId: string;
  readonly settings: TrackSettings;
  readonly expectedVersion: number;
}

/** New settings for a track, refused on a stale version. */
export async function updateTrack(
  deps: Dependencies,
  caller: Caller,
  input: TrackUpdate,
): Promise<Track> {
  allow(caller, 'UpdateTrack');
  const track = await loaders(deps).track(input.trackId);
  const updated = changedTrack(track, input.settings, deps.now());
  await deps.tracks.save(updated, input.expectedVersion);
  return updated;
}
