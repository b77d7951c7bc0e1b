import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import { accessToken } from '@expertnet/tests/support/keycloak.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEnv, newFixture } from '../events/fixture.ts';
import {
  kill9,
  outputOf,
  startProcess,
  waitForOutput,
  waitUntil,
} from '@expertnet/tests/support/processes.ts';

/** A span as OTLP/JSON carries it, with the service that reported it. */
interface ExportedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

interface OtlpJson {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value: { stringValue?: string } }[] };
    scopeSpans?: { spans?: Omit<ExportedSpan, 'service'>[] }[];
  }[];
}

/** A minimal OTLP/HTTP JSON receiver: the services export to it as they would to a collector. */
function startCollector(): Promise<{ server: Server; port: number; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const payload = JSON.parse(body) as OtlpJson;
      for (const resource of payload.resourceSpans ?? []) {
        const service =
          resource.resource?.attributes?.find((attribute) => attribute.key === 'service.name')
            ?.value.stringValue ?? '';
        for (const scope of resource.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) spans.push({ service, ...span });
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, spans });
    });
  });
}

describe('one trace crosses HTTP, gRPC, the outbox, NATS and a consumer', () => {
  const fixture = newFixture();
  const children: ChildProcess[] = [];
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let mongo: MongoClient;

  const telemetryService = async (script: string, service: string, ready: string, extra = {}) => {
    const child = startProcess(
      path.join(import.meta.dirname, '../telemetry', script),
      {
        NATS_URL: stackEnv('NATS_URL'),
        MONGO_URL: stackEnv('MONGO_URL'),
        KEYCLOAK_ISSUER: stackEnv('KEYCLOAK_ISSUER'),
        KEYCLOAK_AUDIENCE: stackEnv('KEYCLOAK_AUDIENCE'),
        OTEL_SERVICE_NAME: service,
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${collector.port}`,
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
        OTEL_BSP_SCHEDULE_DELAY: '100',
        ...fixtureEnv(fixture),
        ...extra,
      },
      // What a service's start command passes as `--import @expertnet/platform/telemetry/register`.
      { nodeArgs: ['--import', path.join(import.meta.dirname, '../../src/telemetry/register.ts')] },
    );
    children.push(child);
    await waitForOutput(child, ready);
    return Number(new RegExp(`${ready} (\\d+)`).exec(outputOf(child))?.[1]);
  };

  beforeAll(async () => {
    collector = await startCollector();
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
  });

  afterAll(async () => {
    await Promise.all(children.map(kill9));
    await mongo.db(fixture.dbName).dropDatabase();
    await mongo.close();
    collector.server.close();
  });

  it('links the HTTP request, both gRPC ends, the write, the publish and the handling', async () => {
    const backPort = await telemetryService(
      '../telemetry/back-process.ts',
      'back',
      'BACK-LISTENING',
    );
    const frontPort = await telemetryService('front-process.ts', 'front', 'FRONT-LISTENING', {
      BACK_ADDRESS: `127.0.0.1:${backPort}`,
    });
    const token = await accessToken('expertnet', TEST_CLIENT_ID, 'nominator.hanoi');
    const response = await fetch(`http://127.0.0.1:${frontPort}/notes/P01`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Kế hoạch chuyển đổi số' }),
    });
    expect(response.status).toBe(200);

    const tally = mongo.db(fixture.dbName).collection<{ _id: string }>('tally');
    await waitUntil(async () => (await tally.countDocuments({ _id: 'P01', count: 1 })) === 1);
    const httpSpan = () =>
      collector.spans.find((span) => span.service === 'front' && span.name.startsWith('POST'));
    const inTrace = () => collector.spans.filter((span) => span.traceId === httpSpan()?.traceId);
    const hasAll = (names: RegExp[]) =>
      names.every((name) => inTrace().some((s) => name.test(s.name)));
    const expected = [
      /^POST/,
      /SaveNote/,
      /^update notes$/,
      /note\.saved publish$/,
      /note\.saved process$/,
    ];
    await waitUntil(
      () => Promise.resolve(hasAll(expected)),
      15_000,
      () =>
        `spans so far:\n${collector.spans.map((s) => `${s.service} ${s.traceId} ${s.name}`).join('\n')}\n${children.map(outputOf).join('\n')}`,
    );

    const trace = inTrace();
    const grpcSpans = trace.filter((span) => span.name.includes('SaveNote'));
    expect(new Set(grpcSpans.map((span) => span.service))).toEqual(new Set(['front', 'back']));
    const publish = trace.find((span) => span.name.endsWith('publish'));
    const processing = trace.find((span) => span.name.endsWith('process'));
    expect(publish?.service).toBe('back');
    expect(processing?.service).toBe('front');
    expect(processing?.parentSpanId).toBe(publish?.spanId);
    // The consumer's own write belongs to the same trace, under the processing span.
    expect(
      trace.some((span) => span.service === 'front' && span.parentSpanId === processing?.spanId),
    ).toBe(true);
  });
});
