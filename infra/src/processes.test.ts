import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processStartTime, runningProcess, startProcess, stopProcess } from './processes.ts';

describe('processes started by the stack', () => {
  let dir: string;
  const spec = () => ({
    file: 'sleep',
    args: ['30'],
    logFile: path.join(dir, 'sleep.log'),
    pidFile: path.join(dir, 'sleep.pid'),
  });

  beforeEach(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'stack-processes-'));
  });

  afterEach(async () => {
    await stopProcess(path.join(dir, 'sleep.pid'), 1_000);
    await fsp.rm(dir, { recursive: true, force: true });
  });

  it('records the pid with its start time and stops the process it started', async () => {
    const started = await startProcess(spec());

    expect(await runningProcess(spec().pidFile)).toEqual(started);
    expect(await stopProcess(spec().pidFile)).toBe(true);
    expect(await processStartTime(started.pid)).toBeUndefined();
    expect(await runningProcess(spec().pidFile)).toBeUndefined();
  });

  it('never signals a process whose pid was reused by someone else', async () => {
    const started = await startProcess(spec());
    // The same pid, but a different start time: what a pid file looks like after pid reuse.
    const stale = path.join(dir, 'stale.pid');
    await fsp.writeFile(stale, JSON.stringify({ pid: started.pid, startTime: '1' }));

    expect(await runningProcess(stale)).toBeUndefined();
    expect(await stopProcess(stale)).toBe(false);
    expect(await processStartTime(started.pid)).toBe(started.startTime);
  });

  it('says there is nothing to stop when no pid file exists', async () => {
    expect(await stopProcess(path.join(dir, 'missing.pid'))).toBe(false);
  });
});
