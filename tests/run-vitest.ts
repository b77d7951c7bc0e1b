// Runs vitest and ends with a plain summary line ("tests: N passed, N failed, N skipped") that
// CI reads; the exit code is vitest's, so any failure fails the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const report = path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), 'expertnet-vitest-')),
  'report.json',
);
const vitestBin = path.join(import.meta.dirname, '..', 'node_modules', '.bin', 'vitest');
const vitest = spawnSync(
  vitestBin,
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
    // A log file or CI gets plain text: vitest colours whenever CI is set, terminal or not.
    env: process.stdout.isTTY ? process.env : { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  },
);

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
let summary = 'tests: 0 passed, 1 failed (vitest wrote no report)';
if (fs.existsSync(report)) {
  const counts = JSON.parse(fs.readFileSync(report, 'utf8')) as JsonReport;
  const skipped = counts.numPendingTests + counts.numTodoTests;
  summary = `tests: ${counts.numPassedTests} passed, ${counts.numFailedTests} failed, ${skipped} skipped`;
}
process.stdout.write(`\n${summary}\n`);
process.exit(vitest.status ?? 1);
