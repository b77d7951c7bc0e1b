import type { StackConfig } from '../stack-config.ts';

/** How to start a server process once it is installed. */
export interface Launch {
  readonly file: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
}

/** One server of the development stack. */
export interface Server {
  readonly name: string;
  /** What this server contributes to `stack env` (NATS_URL, MONGO_URL, ...). */
  readonly env: Readonly<Record<string, string>>;
  /** Loopback ports it listens on; checked free before a start. */
  readonly ports: readonly number[];
  readonly startTimeoutMs: number;
  /** A server of the stack that must be healthy before this one starts. */
  readonly after?: string;
  /**
   * Installs or builds what is missing (cached across runs) and prepares its data folder.
   * Returns how to start it, or undefined when the server is external (not ours to start).
   */
  prepare(logFile: string): Promise<Launch | undefined>;
  isHealthy(): Promise<boolean>;
}

export type ServerFactory = (config: StackConfig) => Promise<Server>;
