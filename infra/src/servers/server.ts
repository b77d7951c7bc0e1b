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
  /**
   * Installs or builds what is missing (cached across runs) and prepares its data folder.
   * Returns how to start it, or undefined when the server is external (not ours to start).
   */
  prepare(logFile: string): Promise<Launch | undefined>;
  isHealthy(): Promise<boolean>;
}

export type ServerFactory = (config: StackConfig) => Promise<Server>;
