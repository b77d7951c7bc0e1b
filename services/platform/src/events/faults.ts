/**
 * Named points between two steps where a crash must lose or double nothing. In production
 * `reach` does nothing. A test process started with EXPERTNET_FAULT_PAUSE=<point> announces
 * "FAULT-PAUSED <point>" on stdout and stops there, so the test can SIGKILL it at that step.
 * EXPERTNET_FAULT_PAUSE_AFTER=<n> lets the point pass n times first (a kill in mid-batch).
 */
export type FaultPoint = 'relay.after-read' | 'relay.after-publish' | 'consumer.after-handle';

let passes = 0;

export async function reach(point: FaultPoint): Promise<void> {
  if (process.env.EXPERTNET_FAULT_PAUSE !== point) return;
  passes += 1;
  if (passes <= Number(process.env.EXPERTNET_FAULT_PAUSE_AFTER ?? '0')) return;
  // Every later passage stops too, so nothing moves on while the test kills the process.
  if (passes === Number(process.env.EXPERTNET_FAULT_PAUSE_AFTER ?? '0') + 1) {
    process.stdout.write(`FAULT-PAUSED ${point}\n`);
  }
  // Wait to be killed; the timer keeps the event loop (and the process) alive.
  await new Promise<never>(() => setInterval(() => undefined, 60_000));
}
