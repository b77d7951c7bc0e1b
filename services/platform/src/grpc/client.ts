import { create, type MessageInitShape, type MessageShape, type Message } from '@bufbuild/protobuf';
import type { GenService, GenServiceMethods } from '@bufbuild/protobuf/codegenv2';
import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { messageSizeOptions } from './message-size.ts';
import { grpcMethodDefinition } from './service-definition.ts';

export interface CallOptions {
  /** The caller's token (forwarded user token, or a service-account token). */
  readonly token: string;
  /** Overrides the client's default deadline. */
  readonly deadlineMs?: number;
}

export type ServiceClient<T extends GenServiceMethods> = {
  readonly [K in keyof T]: (
    request: MessageInitShape<T[K]['input']>,
    options: CallOptions,
  ) => Promise<MessageShape<T[K]['output']>>;
} & { close(): void };

/**
 * A typed client of a generated service. Every call carries a deadline (no call may hang a
 * caller forever) and the token in `authorization` metadata.
 */
export function createGrpcClient<T extends GenServiceMethods>(
  service: GenService<T>,
  address: string,
  options: {
    readonly defaultDeadlineMs?: number;
    /** The largest message sent or received, in bytes; absent keeps grpc-js's defaults. */
    readonly maxMessageBytes?: number;
  } = {},
): ServiceClient<T> {
  const client = new Client(
    address,
    credentials.createInsecure(),
    messageSizeOptions(options.maxMessageBytes),
  );
  const defaultDeadlineMs = options.defaultDeadlineMs ?? 5_000;
  const methods: Record<string, unknown> = {
    close: () => {
      client.close();
    },
  };
  for (const method of service.methods) {
    const definition = grpcMethodDefinition(method);
    methods[method.localName] = (
      request: MessageInitShape<typeof method.input>,
      call: CallOptions,
    ) => {
      const metadata = new Metadata();
      metadata.set('authorization', `Bearer ${call.token}`);
      const deadline = Date.now() + (call.deadlineMs ?? defaultDeadlineMs);
      return new Promise<Message>((resolve, reject) => {
        client.makeUnaryRequest(
          definition.path,
          definition.requestSerialize,
          definition.responseDeserialize,
          create(method.input, request),
          metadata,
          { deadline },
          (error: ServiceError | null, response?: Message) => {
            if (error !== null) reject(error);
            else if (response === undefined)
              reject(new Error(`${definition.path}: empty response`));
            else resolve(response);
          },
        );
      });
    };
  }
  return methods as ServiceClient<T>;
}
