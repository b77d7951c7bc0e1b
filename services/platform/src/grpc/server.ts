import { create, type DescMethod, type Message } from '@bufbuild/protobuf';
import type { GenService, GenServiceMethods } from '@bufbuild/protobuf/codegenv2';
import { createValidator } from '@bufbuild/protovalidate';
import {
  Server,
  ServerCredentials,
  type sendUnaryData,
  type ServerUnaryCall,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import type { Logger } from 'pino';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import { expectedFailure, toServiceError } from '../errors/grpc-status.ts';
import type { AnyGenService, CallContext, ServiceHandlers } from './handlers.ts';
import { DEPENDENCY_HEALTH_NAMES, type Readiness } from '../runtime/readiness.ts';
import { addReflection } from './reflection.ts';
import { messageSizeOptions } from './message-size.ts';
import { grpcServiceDefinition } from './service-definition.ts';
import { bearerToken, violationsOf } from './request-checks.ts';

export interface GrpcServerOptions {
  readonly verifyToken: TokenVerifier;
  readonly logger: Logger;
  /**
   * The largest message received or sent, in bytes; absent keeps grpc-js's defaults (4 MiB in,
   * unlimited out). A service whose contract carries files raises it to fit them.
   */
  readonly maxMessageBytes?: number;
}

export interface GrpcServer {
  addService<T extends GenServiceMethods>(
    service: GenService<T>,
    handlers: ServiceHandlers<T>,
  ): void;
  /** Binds (port 0 picks a free one), enables reflection, and returns the bound port. */
  listen(host: string, port: number): Promise<number>;
  /** Reports NOT_SERVING, lets calls in flight finish, and stops; forced after the grace period. */
  drain(graceMs?: number): Promise<void>;
  /**
   * Reports readiness in the health service: NOT_SERVING overall while a dependency is
   * unreachable, and each dependency under its own name (DEPENDENCY_HEALTH_NAMES).
   */
  followReadiness(readiness: Readiness): void;
}

/**
 * A gRPC server where every call is authenticated (a verified Keycloak token), validated
 * (protovalidate rules of the contract) and only then handed to the service's handler; errors
 * come back as statuses with details. Health checking and reflection are always on.
 */
export function createGrpcServer(options: GrpcServerOptions): GrpcServer {
  const server = new Server(messageSizeOptions(options.maxMessageBytes));
  const health = new HealthImplementation({ '': 'SERVING' });
  health.addToServer(server);
  const validator = createValidator();
  const services: AnyGenService[] = [];
  let draining = false;
  const setServing = (serving: boolean) => {
    const status = serving ? 'SERVING' : 'NOT_SERVING';
    health.setStatus('', status);
    for (const service of services) health.setStatus(service.typeName, status);
  };

  function unary(method: DescMethod, handler: ServiceHandlers<GenServiceMethods>[string]) {
    // grpc-js calls handlers for their side effect; `handle` settles every outcome via `reply`.
    const handle = async (
      call: ServerUnaryCall<Message, Message>,
      reply: sendUnaryData<Message>,
    ) => {
      const aborted = new AbortController();
      let answered = false;
      // grpc-js also reports a call it has already answered as cancelled when its stream closes;
      // aborting then would only build an AbortError nobody reads.
      call.on('cancelled', () => {
        if (!answered) aborted.abort();
      });
      try {
        const token = bearerToken(call.metadata);
        const principal = await options.verifyToken(token);
        const violations = violationsOf(validator, method.input, call.request);
        if (violations !== undefined) throw violations;
        const context: CallContext = {
          principal,
          token,
          deadline: deadlineOf(call),
          metadata: call.metadata,
          signal: aborted.signal,
        };
        const response = await handler(call.request, context);
        answered = true;
        reply(null, create(method.output, response));
      } catch (error) {
        if (expectedFailure(error) === undefined) {
          options.logger.error({ err: error, method: method.name }, 'gRPC handler failed');
        }
        answered = true;
        reply(toServiceError(error));
      }
    };
    return (call: ServerUnaryCall<Message, Message>, reply: sendUnaryData<Message>) => {
      void handle(call, reply);
    };
  }

  return {
    addService(service, handlers) {
      const implementation: UntypedServiceImplementation = {};
      for (const method of service.methods) {
        if (method.methodKind !== 'unary') {
          throw new Error(`${service.typeName}.${method.name}: only unary methods are served yet`);
        }
        const handler = (handlers as ServiceHandlers<GenServiceMethods>)[method.localName];
        if (handler === undefined)
          throw new Error(`no handler for ${service.typeName}.${method.name}`);
        implementation[method.localName] = unary(method, handler);
      }
      server.addService(grpcServiceDefinition(service), implementation);
      health.setStatus(service.typeName, 'SERVING');
      services.push(service);
    },
    async listen(host, port) {
      addReflection(server, services);
      return new Promise((resolve, reject) => {
        server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (error, bound) => {
          if (error === null) resolve(bound);
          else reject(error);
        });
      });
    },
    followReadiness(readiness) {
      readiness.watch((dependency, reachable) => {
        health.setStatus(
          DEPENDENCY_HEALTH_NAMES[dependency],
          reachable ? 'SERVING' : 'NOT_SERVING',
        );
        if (!draining) setServing(readiness.unreachable.size === 0);
      });
    },
    async drain(graceMs = 10_000) {
      draining = true;
      setServing(false);
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
  };
}

function deadlineOf(call: ServerUnaryCall<Message, Message>): Date | undefined {
  const deadline = call.getDeadline();
  if (deadline instanceof Date) return deadline;
  return Number.isFinite(deadline) ? new Date(deadline) : undefined;
}
