import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A process the stack started. The pid file also records the kernel's start time of the
 * process, so a pid reused by an unrelated process after a reboot or crash is never signalled.
 */
export interface ProcessRecord {
  readonly pid: number;
  readonly startTime: string;
}

export interface StartSpec {
  readonly file: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  readonly logFile: string;
  readonly pidFile: string;
}

/** Kernel start time (clock ticks since boot) of a live process, or undefined if there is none. */
export async function processStartTime(pid: number): Promise<string | undefined> {
  try {
    const stat = await fsp.readFile(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) may contain spaces and parentheses: count fields after its closing ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const state = fields[0];
    if (state === 'Z' || state === 'X') return undefined;
    return fields[19];
  } catch {
    return undefined;
  }
}

/** Starts a detached process in its own process group, logging to a file. */
export async function startProcess(spec: StartSpec): Promise<ProcessRecord> {
  const log = fs.openSync(spec.logFile, 'a');
  try {
    const child = spawn(spec.file, spec.args, {
      cwd: spec.cwd,
      env: { ...process.env, ...spec.env },
      detached: true,
      stdio: ['ignore', log, log],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => {
        if (child.pid === undefined) reject(new Error(`${spec.file} started without a pid`));
        else resolve(child.pid);
      });
    });
    child.unref();
    const startTime = await processStartTime(pid);
    if (startTime === undefined)
      throw new Error(`${spec.file} exited at once; see ${spec.logFile}`);
    const record = { pid, startTime };
    await fsp.writeFile(spec.pidFile, JSON.stringify(record));
    return record;
  } finally {
    fs.closeSync(log);
  }
}

/** The recorded process if it is still the one we started and it is alive. */
export async function runningProcess(pidFile: string): Promise<ProcessRecord | undefined> {
  let record: ProcessRecord;
  try {
    record = JSON.parse(await fsp.readFile(pidFile, 'utf8')) as ProcessRecord;
  } catch {
    return undefined;
  }
  const startTime = await processStartTime(record.pid);
  return startTime === record.startTime ? record : undefined;
}

/**
 * Stops the process group recorded in the pid file: SIGTERM, then SIGKILL after the grace
 * period. Returns false when there was nothing of ours to stop.
 */
export async function stopProcess(pidFile: string, graceMs = 15_000): Promise<boolean> {
  const record = await runningProcess(pidFile);
  if (record === undefined) {
    await fsp.rm(pidFile, { force: true });
    return false;
  }
  signalGroup(record.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while ((await runningProcess(pidFile)) !== undefined) {
    if (Date.now() > deadline) {
      signalGroup(record.pid, 'SIGKILL');
      await sleep(200);
      break;
    }
    await sleep(100);
  }
  await fsp.rm(pidFile, { force: true });
  return true;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    // The negative pid addresses the whole group the detached process leads (e.g. kc.sh and its JVM).
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** The last lines of a log file, for error messages. */
export async function logTail(logFile: string, lines = 30): Promise<string> {
  try {
    const text = await fsp.readFile(logFile, 'utf8');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
