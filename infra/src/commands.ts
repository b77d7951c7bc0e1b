import { spawn } from 'node:child_process';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { logTail } from './processes.ts';

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Output goes here, so a failed install can be shown and inspected. */
  readonly logFile: string;
}

/** Runs an install or build command to completion; a failure carries the tail of its output. */
export async function run(file: string, args: readonly string[], options: RunOptions) {
  await fsp.mkdir(path.dirname(options.logFile), { recursive: true });
  const log = await fsp.open(options.logFile, 'a');
  try {
    await log.write(`\n$ ${file} ${args.join(' ')}\n`);
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', log.fd, log.fd],
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) {
      throw new Error(
        `${path.basename(file)} ${args.join(' ')} failed (exit ${String(code)}); ` +
          `last lines of ${options.logFile}:\n${await logTail(options.logFile)}`,
      );
    }
  } finally {
    await log.close();
  }
}

/** The absolute path of an executable on PATH, or undefined. */
export async function which(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const candidate = path.join(dir, name);
    try {
      await fsp.access(candidate, fsp.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fsp.access(file);
    return true;
  } catch {
    return false;
  }
}

/** True when nothing listens on host:port, so a server of ours can take it. */
export async function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => {
      resolve(false);
    });
    server.listen({ host, port, exclusive: true }, () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}

/** GET a URL with a short timeout; true on a 2xx answer. */
export async function httpOk(url: string, timeoutMs = 2_000): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
