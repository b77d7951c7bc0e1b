import type { DescMessage, MessageInitShape, MessageShape } from '@bufbuild/protobuf';
import type { GenService, GenServiceMethods } from '@bufbuild/protobuf/codegenv2';
import type { Metadata } from '@grpc/grpc-js';
import type { Principal } from '../auth/principal.ts';
import { DomainError } from '../errors/domain-error.ts';

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

/**
 * The handlers a service has built, and UNIMPLEMENTED (the gRPC status for exactly this) for the
 * RPCs of its contract it does not serve yet, so a contract can lead its service by some RPCs.
 */
export function withUnimplemented<T extends GenServiceMethods>(
  service: GenService<T>,
  built: Partial<ServiceHandlers<T>>,
): ServiceHandlers<T> {
  const handlers: Record<string, unknown> = { ...built };
  for (const method of service.methods) {
    handlers[method.localName] ??= () =>
      Promise.reject(
        new DomainError(
          'unimplemented',
          'NOT_IMPLEMENTED',
          `${service.typeName}.${method.name} is not served yet`,
        ),
      );
  }
  return handlers as ServiceHandlers<T>;
}
