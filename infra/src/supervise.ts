// Keeps one of the platform's services running, as Kubernetes does in production:
//   node infra/src/supervise.ts <name> -- <command> [arguments...]
// A service that dies is started again after 1, 2, 4 ... 30 s (back to 1 s after a minute up),
// and each restart is logged, so a crash neither leaves the platform half-down nor goes unseen.
// SIGTERM or SIGINT stops the service and the supervisor with it.
import { spawn, type ChildProcess } from 'node:child_process';

const [name = 'service', separator, command, ...args] = process.argv.slice(2);
if (separator !== '--' || command === undefined) {
  process.stderr.write('usage: supervise.ts <name> -- <command> [arguments...]\n');
  process.exit(2);
}

const STABLE_AFTER_MS = 60_000;
const MAX_DELAY_MS = 30_000;
let child: ChildProcess | undefined;
let stopping = false;
let restarts = 0;

function start(): void {
  const startedAt = Date.now();
  const running = spawn(command ?? '', args, { stdio: 'inherit' });
  child = running;
  running.once('exit', (code, signal) => {
    if (stopping) process.exit(0);
    if (Date.now() - startedAt > STABLE_AFTER_MS) restarts = 0;
    restarts += 1;
    const delayMs = Math.min(1_000 * 2 ** (restarts - 1), MAX_DELAY_MS);
    const line = { level: 50, time: Date.now(), name: 'supervisor', service: name, code, signal };
    process.stderr.write(
      `${JSON.stringify({ ...line, restarts, delayMs, msg: `${name} exited; starting it again` })}\n`,
    );
    setTimeout(start, delayMs);
  });
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    stopping = true;
    if (child?.exitCode !== null || child.signalCode !== null) process.exit(0);
    child.kill(signal);
  });
}
start();
