import type { Logger } from 'pino';
import { ConfigError } from '../config/config.ts';

/** What a service's start-up registers so shutdown can undo it. */
export interface Lifecycle {
  /**
   * Registers a shutdown step. Steps run in reverse order of registration: what started last
   * (the gRPC server taking calls) stops first, what started first (connections) closes last.
   */
  onStop(name: string, stop: () => Promise<void>): void;
}

export interface RunServiceOptions {
  readonly logger: Logger;
  readonly start: (lifecycle: Lifecycle) => Promise<void>;
  /** A step that takes longer is abandoned so the process still exits (Kubernetes kills at 30 s). */
  readonly stepTimeoutMs?: number;
}

/**
 * Starts a service and stops it cleanly on SIGTERM or SIGINT: the gRPC server drains, relays and
 * consumers finish the message in hand, connections close. A failed start exits non-zero with
 * the reason (every bad variable, for configuration errors).
 */
export async function runService(options: RunServiceOptions): Promise<void> {
  const steps: { name: string; stop: () => Promise<void> }[] = [];
  const lifecycle: Lifecycle = { onStop: (name, stop) => steps.push({ name, stop }) };
  const stopAll = async () => {
    for (const step of steps.reverse()) {
      await withTimeout(step.stop(), options.stepTimeoutMs ?? 10_000).catch((error: unknown) => {
        options.logger.warn({ err: error, step: step.name }, 'shutdown step failed');
      });
    }
  };
  try {
    await options.start(lifecycle);
  } catch (error) {
    const reason = error instanceof ConfigError ? error.message : undefined;
    options.logger.fatal({ err: error }, reason ?? 'service failed to start');
    await stopAll();
    process.exit(1);
  }
  const stopOnce = (signal: NodeJS.Signals) => {
    options.logger.info({ signal }, 'stopping');
    void stopAll().then(() => process.exit(0));
  };
  process.once('SIGTERM', stopOnce);
  process.once('SIGINT', stopOnce);
}

async function withTimeout(step: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`did not finish within ${ms} ms`));
    }, ms);
  });
  try {
    await Promise.race([step, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
