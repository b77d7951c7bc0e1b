import type { HandlersOf } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type { Dependencies } from './context.ts';
import { profileHandlers } from './profile-handlers.ts';
import { searchHandlers } from './search-handlers.ts';
import { taxonomyHandlers } from './taxonomy-handlers.ts';

export type { Dependencies } from './context.ts';

/** Every RPC of DirectoryService; each authorises with the domain's table before it acts. */
export function directoryHandlers(deps: Dependencies): HandlersOf<typeof DirectoryService> {
  return {
    ...profileHandlers(deps),
    ...searchHandlers(deps),
    ...taxonomyHandlers(deps),
  };
}
