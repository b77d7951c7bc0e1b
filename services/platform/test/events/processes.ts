import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Starts one of the test's service processes (relay or consumer) on Node with type stripping. */
export function startProcess(
  script: string,
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): ChildProcess {
  const scriptPath = path.join(import.meta.dirname, script);
  const child = spawn(process.execPath, [...nodeArgs, scriptPath], {
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
