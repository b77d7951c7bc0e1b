import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Starts a service process (a service's main.ts, or a test's relay or consumer script) on Node
 * with type stripping; `cwd` lets `--import @expertnet/...` resolve from the service's folder.
 */
export function startProcess(
  scriptPath: string,
  env: Record<string, string>,
  options: { nodeArgs?: readonly string[]; cwd?: string } = {},
): ChildProcess {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), scriptPath], {
    ...(options.cwd !== undefined && { cwd: options.cwd }),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  Object.defineProperty(child, 'output', { get: () => output });
  return child;
}

export const outputOf = (child: ChildProcess) =>
  (child as ChildProcess & { output: string }).output;

/** Waits until the process prints a line (e.g. "FAULT-PAUSED relay.after-publish"). */
export async function waitForOutput(child: ChildProcess, text: string, timeoutMs = 30_000) {
  await waitUntil(
    () => Promise.resolve(outputOf(child).includes(text)),
    timeoutMs,
    () => `no "${text}" from the process; it printed:\n${outputOf(child)}`,
  );
}

/** SIGKILL: the process gets no chance to clean up, as in a crash or an OOM kill. */
export async function kill9(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

export async function waitUntil(
  condition: () => Promise<boolean>,
  timeoutMs = 30_000,
  describe: () => string = () => 'condition not met',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${describe()}`);
    await sleep(50);
  }
}
