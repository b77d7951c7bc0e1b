// deploy/README.md documents every environment variable every service reads: those of each
// services/*/src/config.ts and those the shared kit reads itself. A variable added to the code
// and not to the README fails here; `node tests/deploy/config-reference.ts --write` regenerates
// the services' tables.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig, readKitVariables, readServiceConfigs, README } from './config-reference.ts';

describe('the configuration reference in deploy/README.md', () => {
  const readme = fs.readFileSync(README, 'utf8');

  it.each(readServiceConfigs().map((config) => [config.service, config] as const))(
    'names every variable %s reads',
    (_service, config) => {
      expect(config.variables.length).toBeGreaterThan(0);
      const missing = config.variables
        .map((variable) => variable.name)
        .filter((name) => !readme.includes(`\`${name}\``));
      expect(
        missing,
        `undocumented in deploy/README.md (run: node tests/deploy/config-reference.ts --write)`,
      ).toEqual([]);
    },
  );

  it('names every variable the shared kit reads itself', () => {
    const missing = [...readKitVariables().keys()].filter(
      (name) => !readme.includes(`\`${name}\``),
    );
    expect(missing, 'undocumented in deploy/README.md (section "Every service")').toEqual([]);
  });
});

describe('reading a config.ts', () => {
  it('takes names, defaults, forms and the comment above each', () => {
    const variables = parseConfig(`
      loadConfig({
        port: env.port('X_PORT', 50061),
        // The key; base64.
        key: env.string('X_KEY'),
        level: env.oneOf('LOG_LEVEL', ['info', 'debug'], 'info'),
        many: wholeNumber(
          'X_MANY',
          10,
          1,
          100,
        ),
      })`);
    expect(variables).toEqual([
      {
        name: 'X_PORT',
        fallback: '50061',
        form: 'port',
        description: expect.any(String) as string,
      },
      { name: 'X_KEY', fallback: undefined, form: 'text', description: 'The key; base64.' },
      {
        name: 'LOG_LEVEL',
        fallback: "'info'",
        form: 'one of info, debug',
        description: expect.any(String) as string,
      },
      { name: 'X_MANY', fallback: '10', form: 'whole number, 1 to 100', description: '' },
    ]);
  });
});
