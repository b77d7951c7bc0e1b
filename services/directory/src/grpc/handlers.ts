import type { HandlersOf } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type { DirectoryApp } from '../app.ts';
import { profileHandlers } from './profile-handlers.ts';
import { searchHandlers } from './search-handlers.ts';
import { taxonomyHandlers } from './taxonomy-handlers.ts';

/**
 * Every RPC of DirectoryService, each thin: decode the request, authorise with the domain's
 * table, call one use case of the app, encode the answer.
 */
export function directoryHandlers(app: DirectoryApp): HandlersOf<typeof DirectoryService> {
  return {
    ...profileHandlers(app),
    ...searchHandlers(app),
    ...taxonomyHandlers(app),
  };
}
