// Nomination submit through the whole platform (gateway → gRPC → nominations → MongoDB with the
// outbox → relay → JetStream) against raw Fastify with one MongoDB insert, in the same run:
//   pnpm bench:nominations      (BENCH_SCALE=2 doubles the count)
// Prints throughput, p50/p99, server CPU per request, database commands per request (the
// server's own counters), and checks submitted = stored = published once. BENCH_CPU_PROF=<dir>
// writes V8 CPU profiles of the gateway and nominations for the platform run.
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fromBinary } from '@bufbuild/protobuf';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  NOMINATIONS_EVENTS,
  NOMINATIONS_STREAM,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import { demoAccessToken, loadStackConfig, stackPaths, up } from '@expertnet/infra';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { measure, printComparison, type Summary } from '../support/bench-stats.ts';
import { kill9, startProcess, waitForOutput, outputOf } from '../support/processes.ts';
import { serversEnv, startService } from '../support/services.ts';
import { testsView } from '../support/tests-view.ts';
import { cpuSeconds, cpuSecondsOfCommand } from './cpu.ts';

/** Connection handshakes, heartbeats and this benchmark's own counter reads. */
const HOUSEKEEPING = new Set([
  'hello',
  'ismaster',
  'ping',
  'serverstatus',
  'buildinfo',
  'endsessions',
]);

const scale = Number(process.env.BENCH_SCALE ?? '1');
const count = 300 * scale;
const concurrency = 8;
const config = loadStackConfig();
const stack = await up(config, (line) => process.stderr.write(`[stack] ${line}\n`));
const servers = serversEnv((name) => testsView(stack.env)[name] ?? '');
const children: ChildProcess[] = [];
const database = `nominations_bench_${randomUUID().slice(0, 8)}`;
const profileDir = process.env.BENCH_CPU_PROF;
const profiling = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
const counters = await MongoClient.connect(servers.MONGO_URL);

try {
  const nominations = await startService(
    'nominations',
    {
      ...servers,
      NOMINATIONS_DB: database,
      NOMINATIONS_GRPC_PORT: '0',
      NOMINATIONS_NATIONAL_ID_KEY: randomBytes(32).toString('base64'),
    },
    'nominations serving',
    undefined,
    profiling,
  );
  children.push(nominations.child);
  const gateway = await startService(
    'gateway',
    {
      ...servers,
      EXPERTNET_GATEWAY_PORT: '0',
      NOMINATIONS_GRPC_ADDRESS: `127.0.0.1:${String(nominations.port)}`,
      EXPERTNET_GATEWAY_RATE_LIMIT_MAX: '1000000',
    },
    'gateway listening',
    undefined,
    profiling,
  );
  children.push(gateway.child);
  const raw = startProcess(path.join(import.meta.dirname, 'raw-submit-server.ts'), {
    MONGO_URL: servers.MONGO_URL,
    RAW_DB: `${database}_raw`,
  });
  children.push(raw);
  await waitForOutput(raw, 'raw listening');
  const rawPort = Number(/"port":(\d+)/.exec(outputOf(raw))?.[1]);

  const api = `http://127.0.0.1:${String(gateway.port)}/api/v1`;
  const office = await demoAccessToken(servers.KEYCLOAK_ISSUER, 'office.mai');
  const nominator = await demoAccessToken(servers.KEYCLOAK_ISSUER, 'nominator.hanoi');
  const send = async (token: string, method: string, url: string, body: unknown) => {
    const response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as Record<string, Record<string, unknown>>;
    if (!response.ok) throw new Error(`${method} ${url}: ${JSON.stringify(answer)}`);
    return answer;
  };

  process.stderr.write(
    `[bench] preparing a round and ${String(count)} drafts with their letters\n`,
  );
  const roundId = await openRound(api, office, send);
  const drafts: { id: string; version: number }[] = [];
  for (let index = 0; index < count; index += 1)
    drafts.push(await draft(api, nominator, roundId, send));

  const nc = await connect({ servers: servers.NATS_URL });
  const { state } = await (await jetstreamManager(nc)).streams.info(NOMINATIONS_STREAM.name);
  const publications = new Map<string, number>();
  const messages = await (
    await jetstream(nc).consumers.get(NOMINATIONS_STREAM.name, {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: state.last_seq + 1,
    })
  ).consume();
  void (async () => {
    for await (const message of messages) {
      const envelope = fromBinary(EventEnvelopeSchema, message.data);
      const submitted = NOMINATIONS_SUBJECTS.nominationSubmitted;
      if (envelope.subject !== submitted) continue;
      const id = fromBinary(NOMINATIONS_EVENTS[submitted], envelope.data).nomination?.nominationId;
      publications.set(id ?? '', (publications.get(id ?? '') ?? 0) + 1);
    }
  })();

  // The database server's share: FerretDB (the stack's mongo process) and PostgreSQL under it.
  const ferretPid = (
    JSON.parse(await fsp.readFile(path.join(stackPaths(config).pids, 'mongo.pid'), 'utf8')) as {
      pid: number;
    }
  ).pid;
  const databaseCpu = async () =>
    (await cpuSeconds(ferretPid)) + (await cpuSecondsOfCommand('postgres'));
  const rawDatabase = await databaseCpu();
  const rawCommands = await databaseCommands(counters);
  const rawCpu = await cpuSeconds(raw.pid ?? 0);
  const rawRun = await measure('raw Fastify + 1 insert', count, concurrency, async (index) => {
    await send(
      nominator,
      'POST',
      `http://127.0.0.1:${String(rawPort)}/nominations/${drafts[index]?.id ?? ''}/submit`,
      {
        expectedVersion: drafts[index]?.version,
      },
    );
  });
  const rawCpuPerRequest = ((await cpuSeconds(raw.pid ?? 0)) - rawCpu) / count;
  const rawDatabasePerRequest = ((await databaseCpu()) - rawDatabase) / count;
  const rawCommandsPerRequest = commandsPerRequest(rawCommands, await databaseCommands(counters));

  const platformPids = [gateway.child.pid ?? 0, nominations.child.pid ?? 0];
  const cpuOf = async () =>
    (await Promise.all(platformPids.map(cpuSeconds))).reduce((a, b) => a + b);
  const kitDatabase = await databaseCpu();
  const kitCommands = await databaseCommands(counters);
  const kitCpu = await cpuOf();
  const platformRunStart = monotonicMicroseconds();
  const kitRun = await measure(
    'gateway → gRPC → Mongo + outbox',
    count,
    concurrency,
    async (index) => {
      const nomination = drafts[index];
      await send(nominator, 'POST', `${api}/nominations/${nomination?.id ?? ''}/submit`, {
        expectedVersion: nomination?.version,
      });
    },
  );
  // The relay publishes after the answer: wait for it, so its commands and CPU are counted too.
  const deadline = Date.now() + 60_000;
  while (publications.size < count && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  if (profileDir !== undefined) {
    // V8 stamps profile samples with the same monotonic clock: this selects the platform run.
    process.stdout.write(
      `  CPU profiles in ${profileDir}; platform run between ${String(platformRunStart)} and ${String(monotonicMicroseconds())} µs\n`,
    );
  }
  const kitCpuPerRequest = ((await cpuOf()) - kitCpu) / count;
  const kitDatabasePerRequest = ((await databaseCpu()) - kitDatabase) / count;
  const kitCommandsPerRequest = commandsPerRequest(kitCommands, await databaseCommands(counters));

  printComparison('Nomination submit, concurrency 8', rawRun, kitRun);
  printCpu(rawCpuPerRequest, kitCpuPerRequest, rawRun, kitRun);
  process.stdout.write(
    `  database CPU per request (FerretDB + PostgreSQL): raw ${(rawDatabasePerRequest * 1000).toFixed(2)} ms, ` +
      `platform ${(kitDatabasePerRequest * 1000).toFixed(2)} ms\n` +
      `  database commands per request (the server's serverStatus counters): raw ${rawCommandsPerRequest.total.toFixed(2)}, ` +
      `platform ${kitCommandsPerRequest.total.toFixed(2)} (target ≤ 4, the relay's included: ${kitCommandsPerRequest.breakdown})\n`,
  );

  // Nothing lost, nothing doubled: every submission stored once and its event on the stream once.
  const stored = await counters
    .db(database)
    .collection('nominations')
    .countDocuments({ status: 'submitted', outboxPending: { $ne: true } });
  const lost = count - publications.size;
  const doubled = [...publications.values()].filter((times) => times > 1).length;
  process.stdout.write(
    `  submitted ${String(count)}, stored as submitted ${String(stored)}, ` +
      `submitted events on the stream ${String(publications.size)}\n`,
  );
  process.stdout.write(
    `W1 submit: ratio ${(kitRun.perSecond / rawRun.perSecond).toFixed(2)}, ` +
      `own-cpu-ratio ${(kitCpuPerRequest / rawCpuPerRequest).toFixed(2)}, ` +
      `db-commands-per-submit ${kitCommandsPerRequest.total.toFixed(2)}, ` +
      `lost ${String(lost)}, doubled ${String(doubled)}\n`,
  );
  await nc.close();
} finally {
  await counters.close();
  // A profiled service writes its profile when it exits cleanly, so it gets SIGTERM.
  await Promise.all(
    children.map((child) => (profiling.length > 0 ? terminate(child) : kill9(child))),
  );
}
process.exit(0);

/** Every command the database server has answered, by name, less the drivers' housekeeping. */
async function databaseCommands(client: MongoClient): Promise<Map<string, number>> {
  const status = await client.db('admin').command({ serverStatus: 1 });
  const commands = (status.metrics as { commands: Record<string, { total: unknown }> }).commands;
  return new Map(
    Object.entries(commands)
      .filter(([name]) => !HOUSEKEEPING.has(name.toLowerCase()))
      .map(([name, counter]) => [name, Number(counter.total)]),
  );
}

/** The commands answered between two readings, per request: the total and its breakdown. */
function commandsPerRequest(before: Map<string, number>, after: Map<string, number>) {
  const byName = [...after]
    .map(([name, total]) => [name, (total - (before.get(name) ?? 0)) / count] as const)
    .filter(([, perRequest]) => perRequest > 0);
  const total = byName.reduce((sum, [, perRequest]) => sum + perRequest, 0);
  const breakdown = byName
    .map(([name, perRequest]) => `${name} ${perRequest.toFixed(2)}`)
    .join(', ');
  return { total, breakdown };
}

function monotonicMicroseconds(): bigint {
  return process.hrtime.bigint() / 1000n;
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function printCpu(raw: number, kit: number, rawRun: Summary, kitRun: Summary) {
  process.stdout.write(
    `  server CPU per request: raw ${(raw * 1000).toFixed(2)} ms, platform ${(kit * 1000).toFixed(2)} ms ` +
      `(gateway + nominations incl. relay; the database server's CPU is in neither), ` +
      `${(kit / raw).toFixed(1)}×; throughput ratio ${(kitRun.perSecond / rawRun.perSecond).toFixed(2)}\n`,
  );
}

type Send = (
  token: string,
  method: string,
  url: string,
  body: unknown,
) => Promise<Record<string, Record<string, unknown>>>;

async function openRound(api: string, token: string, send: Send): Promise<string> {
  const now = Date.now();
  const created = await send(token, 'POST', `${api}/rounds`, {
    settings: {
      name: { vi: 'Đợt đo hiệu năng', en: 'Benchmark round' },
      opensAt: new Date(now - 60_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      eligibility: {},
      rubric: [
        { code: 'overall', name: { vi: 'Tổng thể', en: 'Overall' }, maxScore: 10, weight: 1 },
      ],
    },
  });
  const roundId = String(created.round?.id);
  await send(token, 'PUT', `${api}/rounds/${roundId}/quotas`, {
    quotas: [{ organisation: { code: 'P01' }, floor: 1, ceiling: 1000 }],
  });
  await send(token, 'POST', `${api}/rounds/${roundId}/open`, { expectedVersion: 2 });
  return roundId;
}

async function draft(api: string, token: string, roundId: string, send: Send) {
  const created = await send(token, 'POST', `${api}/nominations`, {
    requestId: randomUUID(),
    roundId,
    organisation: { code: 'P01' },
    nationalId: `0010${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    candidate: {
      fullName: 'Nguyễn Văn Hiệu',
      dateOfBirth: '1990-01-01',
      gender: 'GENDER_MALE',
      position: 'Chuyên viên',
      unit: 'Sở Khoa học và Công nghệ',
      email: 'hieu@hanoi.gov.vn',
      phone: '0912345678',
      employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
      educationLevel: 'EDUCATION_LEVEL_BACHELOR',
      yearsOfService: 5,
    },
    officer: { fullName: 'Trần Văn Bình', email: 'binh@hanoi.gov.vn' },
  });
  const id = String(created.nomination?.id);
  const withLetter = await send(token, 'POST', `${api}/nominations/${id}/documents`, {
    expectedVersion: created.nomination?.version,
    kind: 'DOCUMENT_KIND_DECISION_LETTER',
    fileName: 'quyet-dinh.pdf',
    contentType: 'application/pdf',
    sizeBytes: '1000',
    sha256: 'c'.repeat(64),
    storageKey: `bench/${id}.pdf`,
  });
  return { id, version: Number(withLetter.nomination?.version) };
}
