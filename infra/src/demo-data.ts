import path from 'node:path';
import { logTail } from './processes.ts';
import { run } from './commands.ts';
import { stackPaths, type StackConfig } from './stack-config.ts';

/** Each service seeds its own demo data through its own API (scripts under services/<name>/demo). */
const SEEDS = [
  { service: 'nominations', script: 'demo/seed.ts' },
  { service: 'cohorts', script: 'demo/seed.ts' },
  { service: 'directory', script: 'demo/seed.ts' },
  { service: 'mentoring', script: 'demo/seed.ts' },
  { service: 'coordination', script: 'demo/seed.ts' },
];

export async function seedDemoData(
  config: StackConfig,
  env: Readonly<Record<string, string>>,
  report: (line: string) => void,
): Promise<void> {
  for (const seed of SEEDS) {
    const logFile = path.join(stackPaths(config).logs, `${seed.service}-demo-data.log`);
    await run(process.execPath, [seed.script], {
      cwd: path.join(config.rootDir, 'services', seed.service),
      env,
      logFile,
    });
    report(`${seed.service}: ${(await logTail(logFile, 1)).trim()}`);
  }
}
