import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import type { GenService, GenServiceMethods } from '@bufbuild/protobuf/codegenv2';
import type { Metadata } from '@grpc/grpc-js';
import type { Principal } from '../auth/principal.ts';

/** What a handler knows about the call besides its request. */
export interface CallContext {
  readonly principal: Principal;
  /** The caller's access token, to forward on the calls this handler makes. */
  readonly token: string;
  readonly deadline: Date | undefined;
  readonly metadata: Metadata;
  /** Aborted when the caller cancels or the deadline passes. */
  readonly signal: AbortSignal;
}

export type UnaryHandler<I extends DescMessage, O extends DescMessage> = (
  request: MessageShape<I>,
  context: CallContext,
) => Promise<MessageInitShape<O>>;

/** One handler per RPC of a generated service, typed from its descriptor. */
export type ServiceHandlers<T extends GenServiceMethods> = {
  readonly [K in keyof T]: UnaryHandler<T[K]['input'], T[K]['output']>;
};

/** The handlers of a generated service object: `HandlersOf<typeof NominationsService>`. */
export type HandlersOf<S> = S extends GenService<infer T> ? ServiceHandlers<T> : never;

export type AnyGenService = GenService<GenServiceMethods>;
