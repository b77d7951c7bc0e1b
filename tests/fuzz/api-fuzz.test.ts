import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { generate, type JsonSchema } from 'json-schema-faker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAllServices } from '../support/all-services.ts';
import { accessToken } from '../support/keycloak.ts';
import { kill9 } from '../support/processes.ts';

/** Requests generated per operation; with the seed, the same requests every run. */
const REQUESTS_PER_OPERATION = 12;
const SEED = 20_261_206;

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { content: Record<string, { schema: JsonSchema }> };
  readonly responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}
interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
  readonly schema: JsonSchema;
}
interface Outcome {
  readonly operation: string;
  readonly status: number;
  readonly code?: string;
  readonly fields?: string;
  readonly messages?: readonly string[];
  readonly conforms: boolean;
  readonly problems?: string;
}

/**
 * The gateway against its own published document, as a schema-driven fuzzer would test it:
 * requests generated from /docs/json (path, query and body, with the contract's rules the
 * document carries), sent with a programme officer's token to the real services. No answer may
 * be a 5xx or break the schema the document declares for it, and a request the document calls
 * valid should not be refused as invalid; the ones that are, and why, are printed.
 */
describe('the API against its own OpenAPI document', () => {
  const children: ChildProcess[] = [];
  let gatewayUrl: string;
  let document: { paths: Record<string, Record<string, Operation>>; components: unknown };
  let token: string;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    const services = await startAllServices(randomUUID().slice(0, 8), {
      // One caller sends every request: the per-caller limit would answer most with 429.
      EXPERTNET_GATEWAY_RATE_LIMIT_MAX: '1000000',
    });
    children.push(...services.children);
    gatewayUrl = services.gatewayUrl;
    document = (await (await fetch(`${gatewayUrl}/docs/json`)).json()) as typeof document;
    token = await accessToken('expertnet', TEST_CLIENT_ID, 'office.mai');
  }, 120_000);

  afterAll(async () => {
    await Promise.all(children.map(kill9));
  });

  it('answers every generated request without a 5xx, and as its schema says', async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    // ajv-formats is CommonJS: its default export arrives as the module object.
    formats.default(ajv);
    for (const format of ['int32', 'int64', 'float', 'double', 'byte']) ajv.addFormat(format, true);
    // Responses refer to '#/components/...': they resolve inside a document holding them.
    ajv.addSchema({ components: document.components }, 'openapi');
    const responseValidators = new Map<string, ValidateFunction>();
    const validatorOf = (schema: JsonSchema) => {
      const key = JSON.stringify(schema);
      let validator = responseValidators.get(key);
      if (validator === undefined) {
        validator = ajv.compile(
          JSON.parse(key.replaceAll('"#/components/', '"openapi#/components/')) as object,
        );
        responseValidators.set(key, validator);
      }
      return validator;
    };
    let seed = SEED;
    // Which optional query parameters a request carries: seeded too (a linear congruence).
    let draw = SEED;
    const include = () => {
      draw = (draw * 1_103_515_245 + 12_345) % 2_147_483_648;
      return draw / 2_147_483_648;
    };
    const fake = (schema: JsonSchema) =>
      generate(
        { ...(schema as object), components: document.components },
        {
          seed: seed++,
          maxDepth: 8,
          maxItems: 3,
          optionalsProbability: 0.5,
        },
      );

    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!['get', 'post', 'put', 'delete'].includes(method)) continue;
        const body = operation.requestBody?.content['application/json']?.schema;
        if (operation.requestBody !== undefined && body === undefined) continue; // uploads
        const name = `${method.toUpperCase()} ${path}`;
        for (let attempt = 0; attempt < REQUESTS_PER_OPERATION; attempt += 1) {
          const url = await requestUrl(path, operation.parameters ?? [], fake, include);
          const response = await fetch(`${gatewayUrl}${url}`, {
            method: method.toUpperCase(),
            headers: {
              authorization: `Bearer ${token}`,
              ...(body !== undefined && { 'content-type': 'application/json' }),
            },
            ...(body !== undefined && { body: JSON.stringify(withoutCursors(await fake(body))) }),
          });
          const contentType = (response.headers.get('content-type') ?? '').split(';')[0] ?? '';
          const text = await response.text();
          const answer = contentType.endsWith('json')
            ? (JSON.parse(text) as Record<string, unknown>)
            : undefined;
          const declared =
            operation.responses[String(response.status)] ??
            operation.responses[`${String(response.status)[0] ?? ''}XX`] ??
            operation.responses.default;
          // A file (xlsx, csv) must come as the type declared; JSON must match its schema.
          const media = declared?.content?.[contentType];
          const validate =
            media === undefined || answer === undefined ? undefined : validatorOf(media.schema);
          const conforms =
            declared !== undefined &&
            (declared.content === undefined || media !== undefined) &&
            (validate === undefined || validate(answer));
          outcomes.push({
            operation: name,
            status: response.status,
            code: answer?.code as string | undefined,
            fields: errorsOf(answer)
              ?.map((error) => `${error.field}: ${error.message}`)
              .join(', '),
            messages: errorsOf(answer)?.map((error) => error.message),
            conforms,
            problems: conforms ? undefined : ajv.errorsText(validate?.errors),
          });
        }
      }
    }
    report(outcomes);

    expect(outcomes.filter((outcome) => outcome.status >= 500)).toEqual([]);
    expect(outcomes.filter((outcome) => !outcome.conforms)).toEqual([]);
    // A request the document calls valid is refused only for a rule across fields, which JSON
    // Schema cannot state: the document states it in words, and the refusal quotes them.
    const documented = rulesInWords(JSON.stringify(document));
    const undocumented = outcomes.filter(
      (outcome) =>
        refusedAsInvalid(outcome) &&
        !(outcome.messages ?? []).every((message) => documented.has(message)),
    );
    expect(undocumented).toEqual([]);
  }, 600_000);
});

async function requestUrl(
  path: string,
  parameters: readonly Parameter[],
  fake: (schema: JsonSchema) => Promise<unknown>,
  include: () => number,
): Promise<string> {
  let url = path;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    if (parameter.in === 'header' || parameter.name === 'page.cursor') continue;
    if (parameter.in === 'query' && parameter.required !== true && include() < 0.5) continue;
    const value = await fake(parameter.schema);
    if (parameter.in === 'path') {
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
    } else {
      for (const item of Array.isArray(value) ? value : [value]) {
        query.append(parameter.name, String(item));
      }
    }
  }
  const search = query.toString();
  return search === '' ? url : `${url}?${search}`;
}

/** A cursor is opaque: only the nextCursor of an earlier page is one, so none is sent. */
function withoutCursors(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCursors);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => name !== 'cursor')
      .map(([name, inner]) => [name, withoutCursors(inner)]),
  );
}

const errorsOf = (answer: Record<string, unknown> | undefined) =>
  answer?.errors as { field: string; message: string }[] | undefined;

/** The rules across fields the document states ("Rules across fields (...): a; b."). */
function rulesInWords(document: string): Set<string> {
  const sentences = document.matchAll(
    /Rules across fields \(checked by the service\): ([^"]*?)\./g,
  );
  return new Set([...sentences].flatMap(([, rules]) => (rules ?? '').split('; ')));
}

/** The operations that refused more than half of their schema-valid requests as invalid. */
function mostlyRefused(outcomes: readonly Outcome[]): string[] {
  return [...Map.groupBy(outcomes, (outcome) => outcome.operation)]
    .filter(([, answers]) => answers.filter(refusedAsInvalid).length * 2 > answers.length)
    .map(([operation]) => operation);
}

const refusedAsInvalid = (outcome: Outcome) => outcome.status === 400;

/** Per operation: how its generated requests were answered, and why any was refused as invalid. */
function report(outcomes: readonly Outcome[]) {
  const byOperation = Map.groupBy(outcomes, (outcome) => outcome.operation);
  const refusing = mostlyRefused(outcomes).length;
  const lines: string[] = [];
  for (const [operation, answers] of byOperation) {
    const invalid = answers.filter(refusedAsInvalid);
    const statuses = [...new Set(answers.map((answer) => answer.status))].sort().join(' ');
    const why = [
      ...new Set(invalid.map((answer) => `${answer.code ?? ''} ${answer.fields ?? ''}`)),
    ];
    lines.push(
      `  ${operation.padEnd(60)} ${statuses.padEnd(16)} refused as invalid ${String(invalid.length)}/${String(answers.length)}` +
        (why.length > 0 ? `  (${why.slice(0, 3).join('; ')})` : ''),
    );
  }
  console.info(
    [
      `API fuzz: ${String(outcomes.length)} requests over ${String(byOperation.size)} operations; ` +
        `${String(refusing)} operations refused most of their schema-valid requests as invalid`,
      ...lines,
      ...outcomes
        .filter((outcome) => !outcome.conforms)
        .slice(0, 5)
        .map(
          (outcome) =>
            `  not as documented: ${outcome.operation} ${String(outcome.status)} ${outcome.problems ?? ''}`,
        ),
    ].join('\n'),
  );
}
