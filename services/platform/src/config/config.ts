/**
 * Environment variables parsed once into a typed, frozen object. Start-up fails with one error
 * listing every missing or malformed variable, not just the first.
 */
export type ConfigSpec = Record<string, VariableSpec<unknown>>;

export interface VariableSpec<T> {
  readonly env: string;
  readonly parse: (raw: string) => T;
  /** Used when the variable is unset or empty; without it the variable is required. */
  readonly default?: T;
}

export type ConfigOf<S extends ConfigSpec> = {
  readonly [K in keyof S]: S[K] extends VariableSpec<infer T> ? T : never;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

export function loadConfig<S extends ConfigSpec>(
  spec: S,
  env: NodeJS.ProcessEnv = process.env,
): ConfigOf<S> {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, variable] of Object.entries(spec)) {
    const raw = env[variable.env];
    if (raw === undefined || raw === '') {
      if ('default' in variable) values[key] = variable.default;
      else problems.push(`${variable.env} is required`);
      continue;
    }
    try {
      values[key] = variable.parse(raw);
    } catch (error) {
      problems.push(
        `${variable.env}=${raw}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(values) as ConfigOf<S>;
}

/** Parsers for the kinds of variable services read. */
export const env = {
  string: (name: string, fallback?: string): VariableSpec<string> =>
    withDefault({ env: name, parse: (raw) => raw }, fallback),
  url: (name: string, fallback?: string): VariableSpec<string> =>
    withDefault(
      { env: name, parse: (raw) => new URL(raw).toString().replace(/\/$/, '') },
      fallback,
    ),
  port: (name: string, fallback?: number): VariableSpec<number> =>
    withDefault({ env: name, parse: (raw) => integerIn(raw, 0, 65535) }, fallback),
  milliseconds: (name: string, fallback?: number): VariableSpec<number> =>
    withDefault({ env: name, parse: (raw) => integerIn(raw, 1, 86_400_000) }, fallback),
  oneOf: <T extends string>(name: string, choices: readonly T[], fallback?: T): VariableSpec<T> =>
    withDefault(
      {
        env: name,
        parse: (raw) => {
          if (!choices.includes(raw as T)) throw new Error(`must be one of ${choices.join(', ')}`);
          return raw as T;
        },
      },
      fallback,
    ),
};

function withDefault<T>(spec: VariableSpec<T>, fallback: T | undefined): VariableSpec<T> {
  return fallback === undefined ? spec : { ...spec, default: fallback };
}

function integerIn(raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`must be a whole number from ${min} to ${max}`);
  }
  return value;
}
