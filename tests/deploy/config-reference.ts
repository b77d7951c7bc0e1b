// The configuration reference of deploy/README.md, read from the services' own configuration
// (services/*/src/config.ts: every env.* call, its default and the comment above it) and from
// the variables the shared kit reads directly (process.env.X in services/platform/src).
//   node tests/deploy/config-reference.ts          prints the reference
//   node tests/deploy/config-reference.ts --write  rewrites it inside deploy/README.md
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const README = path.join(ROOT, 'deploy', 'README.md');
const BEGIN = '<!-- config-reference:begin (node tests/deploy/config-reference.ts --write) -->';
const END = '<!-- config-reference:end -->';

export interface ConfigVariable {
  readonly name: string;
  /** The default as written in config.ts; undefined: required. */
  readonly fallback: string | undefined;
  /** What the value must look like (kind of parser, allowed values, bounds). */
  readonly form: string;
  readonly description: string;
}

export interface ServiceConfig {
  readonly service: string;
  readonly file: string;
  readonly variables: readonly ConfigVariable[];
}

/** The services with a config.ts, by folder name. */
export function readServiceConfigs(root = ROOT): ServiceConfig[] {
  const servicesDir = path.join(root, 'services');
  return fs
    .readdirSync(servicesDir)
    .filter((name) => fs.existsSync(path.join(servicesDir, name, 'src', 'config.ts')))
    .sort()
    .map((service) => {
      const file = path.join('services', service, 'src', 'config.ts');
      return {
        service,
        file,
        variables: parseConfig(fs.readFileSync(path.join(root, file), 'utf8')),
      };
    });
}

/** Variables the shared kit reads from process.env itself, with the files that read them. */
export function readKitVariables(root = ROOT): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const dir = path.join(root, 'services', 'platform', 'src');
  for (const file of walk(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /process\.env\.([A-Z][A-Z0-9_]*)|env\.([A-Z][A-Z0-9_]*)\s*\?\?/g,
    )) {
      const name = match[1] ?? match[2];
      if (name === undefined) continue;
      const files = found.get(name) ?? [];
      const relative = path.relative(root, file);
      if (!files.includes(relative)) files.push(relative);
      found.set(name, files);
    }
  }
  return found;
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

/** Every variable a config.ts declares, in the order written. */
export function parseConfig(text: string): ConfigVariable[] {
  const variables: ConfigVariable[] = [];
  const calls =
    /(?:env\.(string|port|url|milliseconds|oneOf)|wholeNumber)\(\s*'([A-Z][A-Z0-9_]*)'/g;
  for (const match of text.matchAll(calls)) {
    const kind = match[1] ?? 'wholeNumber';
    const args = splitArguments(text, text.indexOf('(', match.index) + 1);
    const name = match[2] ?? '';
    let fallback: string | undefined;
    let form: string;
    switch (kind) {
      case 'oneOf':
        fallback = args[2];
        form = `one of ${(args[1] ?? '').replace(/^\[|\]$/g, '').replace(/'/g, '')}`;
        break;
      case 'wholeNumber':
        fallback = args[1];
        form = `whole number, ${args[2] ?? '?'} to ${args[3] ?? '?'}`;
        break;
      default:
        fallback = args[1];
        form =
          { string: 'text', port: 'port', url: 'URL', milliseconds: 'milliseconds' }[kind] ?? kind;
    }
    variables.push({
      name,
      fallback,
      form,
      description: commentAbove(text, match.index) || sharedDescription(name),
    });
  }
  // A variable with a parser of its own: `{ env: 'NAME', default: ..., parse }`.
  for (const match of text.matchAll(
    /env:\s*'([A-Z][A-Z0-9_]*)',\s*default:\s*([^\n,]+?)(?:\s+as\s+[^\n,]+)?,/g,
  )) {
    const name = match[1] ?? '';
    if (variables.some((variable) => variable.name === name)) continue;
    const documented = new RegExp(`/\\*\\*\\s*${name}:\\s*([^*]+)\\*/`).exec(text);
    variables.push({
      name,
      fallback: match[2]?.trim(),
      form: 'see description',
      description: documented?.[1]?.trim() ?? commentAbove(text, match.index),
    });
  }
  return variables;
}

/** What the variables every service shares mean, where config.ts says nothing above them. */
function sharedDescription(name: string): string {
  const fixed: Record<string, string> = {
    MONGO_URL:
      'The MongoDB connection string (a replica set: every member and `replicaSet=`); credentials inside, so from a secret.',
    NATS_URL:
      'NATS server URL(s), comma-separated; `nats://user:password@host:port` gives the credentials (from a secret).',
    KEYCLOAK_ISSUER:
      "The realm's issuer exactly as tokens carry it; the realm's keys are fetched from <issuer>/protocol/openid-connect/certs.",
    KEYCLOAK_AUDIENCE: 'The audience every token must carry.',
    LOG_LEVEL: 'Log level (pino, JSON lines on stdout).',
  };
  if (fixed[name] !== undefined) return fixed[name];
  if (name.endsWith('_GRPC_HOST'))
    return 'Address the gRPC server binds to; 0.0.0.0 in a container.';
  if (name.endsWith('_GRPC_PORT'))
    return 'Port of the gRPC server (health service and reflection included).';
  if (name.endsWith('_GRPC_ADDRESS')) return "host:port of that service's gRPC server.";
  if (name.endsWith('_DB')) return "The service's own database (one per service).";
  if (name.endsWith('_DURABLE')) return 'Durable consumer name, shared by every replica.';
  return '';
}

/** The arguments of a call whose text starts at `start` (just after its parenthesis), as written. */
function splitArguments(text: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (let index = start; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quote !== undefined) {
      current += char;
      if (char === quote && text.charAt(index - 1) !== '\\') quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth += 1;
    else if (')]}'.includes(char)) {
      if (depth === 0) break;
      depth -= 1;
    } else if (char === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    }
    current += char;
  }
  if (current.trim() !== '') args.push(current.trim());
  return args;
}

/** The `//` comment lines just above the line holding `index`, joined. */
function commentAbove(text: string, index: number): string {
  const lines = text.slice(0, index).split('\n');
  lines.pop();
  const comment: string[] = [];
  for (let line = lines.at(-1); line?.trim().startsWith('//'); line = lines.at(-1)) {
    comment.unshift(line.trim().replace(/^\/\/\s?/, ''));
    lines.pop();
  }
  return comment.join(' ');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The reference as Markdown: a table per service. */
export function renderReference(configs: readonly ServiceConfig[]): string {
  const parts = configs.map(({ service, file, variables }) =>
    [
      `#### ${service} (\`${file}\`)`,
      '',
      '| variable | default | form | what it is |',
      '| --- | --- | --- | --- |',
      ...variables.map(
        (variable) =>
          `| \`${variable.name}\` | ${variable.fallback === undefined ? '**required**' : `\`${cell(variable.fallback)}\``} | ${cell(variable.form)} | ${cell(variable.description) || '—'} |`,
      ),
    ].join('\n'),
  );
  return [BEGIN, '', ...parts.flatMap((part) => [part, '']), END].join('\n');
}

/** The README with its reference section replaced by `reference`. */
export function withReference(readme: string, reference: string): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (begin === -1 || end === -1)
    throw new Error(`deploy/README.md has no ${BEGIN} … ${END} section`);
  return readme.slice(0, begin) + reference + readme.slice(end + END.length);
}

if (import.meta.filename === path.resolve(process.argv[1] ?? '')) {
  const reference = renderReference(readServiceConfigs());
  if (process.argv.includes('--write')) {
    fs.writeFileSync(README, withReference(fs.readFileSync(README, 'utf8'), reference));
    process.stdout.write(`wrote the configuration reference into ${path.relative(ROOT, README)}\n`);
  } else {
    process.stdout.write(`${reference}\n`);
  }
}
