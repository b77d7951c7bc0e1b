import { createTrack as newTrack, type Track, type TrackSettings } from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';

/** A programme track, set up by the programme office. */
export async function createTrack(
  deps: Dependencies,
  caller: Caller,
  settings: TrackSettings,
): Promise<Track> {
  allow(caller, 'CreateTrack');
  const track = newTrack(deps.newId(), settings, deps.now());
  await deps.tracks.insert(track);
  return track;
}
