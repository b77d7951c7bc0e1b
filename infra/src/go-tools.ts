import fsp from 'node:fs/promises';
import path from 'node:path';
import { exists, run } from './commands.ts';
import { stackPaths, type StackConfig } from './stack-config.ts';

export interface GoTool {
  /** Binary name `go install` produces. */
  readonly name: string;
  /** Package path to install, without the version. */
  readonly pkg: string;
  readonly version: string;
}

export const GRPCURL: GoTool = {
  name: 'grpcurl',
  pkg: 'github.com/fullstorydev/grpcurl/cmd/grpcurl',
  version: '1.9.4',
};

/**
 * Builds a Go command from the Go module proxy into .tools/bin/<name>-<version>, once; the Go
 * module and build caches make a re-install after `git clean` cheap.
 */
export async function installGoTool(
  config: StackConfig,
  tool: GoTool,
  logFile: string,
): Promise<string> {
  const { bin } = stackPaths(config);
  const binary = path.join(bin, `${tool.name}-${tool.version}`);
  if (await exists(binary)) return binary;
  const gobin = path.join(bin, `.gobin-${tool.name}-${tool.version}`);
  await run('go', ['install', `${tool.pkg}@v${tool.version}`], { env: { GOBIN: gobin }, logFile });
  await fsp.rename(path.join(gobin, tool.name), binary);
  await fsp.rm(gobin, { recursive: true, force: true });
  return binary;
}
