import { credentials, makeClientConstructor, type ServiceError } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { DEPENDENCY_HEALTH_NAMES } from '../runtime/readiness.ts';

/** What a service's health service says: ready or not, and which of its dependencies are down. */
export interface ServiceHealth {
  readonly serving: boolean;
  /** "unreachable" (the service itself), or the dependencies it cannot reach ("nats"). */
  readonly unreachable: readonly string[];
}

export interface HealthClient {
  check(deadlineMs: number): Promise<ServiceHealth>;
  close(): void;
}

const HealthClientConstructor = makeClientConstructor(healthService, 'grpc.health.v1.Health');

/** Asks a service's gRPC health service about itself and each dependency (see readiness.ts). */
export function createHealthClient(address: string): HealthClient {
  const client = new HealthClientConstructor(address, credentials.createInsecure());
  const status = (service: string, deadlineMs: number) =>
    new Promise<string>((resolve) => {
      const check = client.Check as (
        request: { service: string },
        options: { deadline: number },
        callback: (error: ServiceError | null, response?: { status: string }) => void,
      ) => void;
      check.call(client, { service }, { deadline: Date.now() + deadlineMs }, (error, response) => {
        resolve(error === null ? (response?.status ?? 'UNKNOWN') : 'UNREACHABLE');
      });
    });
  return {
    async check(deadlineMs) {
      const overall = await status('', deadlineMs);
      if (overall === 'SERVING') return { serving: true, unreachable: [] };
      if (overall === 'UNREACHABLE') return { serving: false, unreachable: ['unreachable'] };
      const dependencies = Object.entries(DEPENDENCY_HEALTH_NAMES);
      const states = await Promise.all(dependencies.map(([, name]) => status(name, deadlineMs)));
      return {
        serving: false,
        unreachable: dependencies.flatMap(([dependency], index) =>
          states[index] === 'SERVING' ? [] : [dependency],
        ),
      };
    },
    close: () => {
      client.close();
    },
  };
}
