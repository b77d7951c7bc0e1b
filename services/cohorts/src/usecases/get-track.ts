import type { Track } from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';

export async function getTrack(deps: Dependencies, caller: Caller, id: string): Promise<Track> {
  allow(caller, 'GetTrack');
  return loaders(deps).track(id);
}
