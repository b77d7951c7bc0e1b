import type { PageQuery } from '@expertnet/platform';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';

export async function listTracks(deps: Dependencies, caller: Caller, page: PageQuery) {
  allow(caller, 'ListTracks');
  return deps.tracks.list(page);
}
