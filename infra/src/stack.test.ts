import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startProcess, stopProcess } from './processes.ts';
import { waitHealthy } from './stack.ts';

describe('waitHealthy', () => {
  let dir: string;
  let logFile: string;
  let pidFile: string;

  beforeEach(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'stack-health-'));
    logFile = path.join(dir, 'server.log');
    pidFile = path.join(dir, 'server.pid');
  });

  afterEach(async () => {
    await stopProcess(pidFile, 1_000);
    await fsp.rm(dir, { recursive: true, force: true });
  });

  const server = (name: string, healthy: () => boolean, startTimeoutMs = 10_000) => ({
    name,
    startTimeoutMs,
    isHealthy: () => Promise.resolve(healthy()),
  });

  it('returns once the health check passes', async () => {
    let checks = 0;
    await waitHealthy(
      server('nats', () => ++checks >= 2),
      pidFile,
      logFile,
      false,
    );
    expect(checks).toBe(2);
  });

  it('fails at once, naming the server and showing its log, when its process dies', async () => {
    await startProcess({
      file: 'sh',
      args: ['-c', 'echo "FATAL: cannot bind 127.0.0.1:27027"; sleep 0.2; exit 3'],
      logFile,
      pidFile,
    });
    const began = Date.now();
    await expect(
      waitHealthy(
        server('mongo', () => false),
        pidFile,
        logFile,
        true,
      ),
    ).rejects.toThrow(
      /mongo did not come up: its process exited[\s\S]*FATAL: cannot bind 127\.0\.0\.1:27027/,
    );
    expect(Date.now() - began).toBeLessThan(5_000);
  });

  it('fails at the deadline when a running server never becomes healthy', async () => {
    await startProcess({ file: 'sleep', args: ['30'], logFile, pidFile });
    await expect(
      waitHealthy(
        server('keycloak', () => false, 1_200),
        pidFile,
        logFile,
        true,
      ),
    ).rejects.toThrow(/keycloak did not come up: not healthy after 1\.2 s/);
  });
});
