import {
  COHORTS_STREAM,
  COORDINATION_STREAM,
  DIRECTORY_STREAM,
  MENTORING_STREAM,
  NOMINATIONS_STREAM,
} from '@expertnet/proto/events';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  demoAccessToken,
  down,
  loadStackConfig,
  seedDemoData,
  stackPaths,
  upPlatform,
  type StackConfig,
} from '@expertnet/infra';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../support/processes.ts';

const report = (line: string) => {
  process.stderr.write(`[platform] ${line}\n`);
};

// Runs after every other integration file (tests/support/platform-last.ts): the tests have had
// their say on the shared servers, and the platform the README's second command starts must
// still show its demo data and nothing else. Both share NATS, the database server and Keycloak;
// the tests use their own NATS account and their own databases.
describe('the platform after a test run', () => {
  let config: StackConfig;
  let started: string[] = [];
  let env: Record<string, string> = {};
  const api = (path: string, user: string) =>
    demoAccessToken(env.KEYCLOAK_ISSUER ?? '', user).then((token) =>
      fetch(`${env.GATEWAY_URL ?? ''}/api/v1${path}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );

  beforeAll(async () => {
    config = loadStackConfig();
    const platform = await upPlatform(config, report);
    started = [...platform.started];
    env = { ...platform.env };
    await seedDemoData(config, env, report);
  }, 600_000);

  afterAll(async () => {
    // The servers belong to the test run's global setup; stop only the services started here.
    const services = new Set([
      'nominations',
      'cohorts',
      'directory',
      'mentoring',
      'coordination',
      'gateway',
    ]);
    await down(
      config,
      report,
      started.filter((name) => services.has(name)),
    );
  });

  it("holds only the platform's own streams", async () => {
    // The platform's account: its credentials are in its NATS_URL, which nats.js does not read.
    const platformNats = new URL(env.NATS_URL ?? '');
    const nc = await connect({
      servers: platformNats.host,
      user: platformNats.username,
      pass: platformNats.password,
    });
    try {
      const names: string[] = [];
      for await (const name of (await jetstreamManager(nc)).streams.names()) names.push(name);
      // The services' streams, and the kit's dead letters (spelled here: tests pin the contract).
      const expected = [
        NOMINATIONS_STREAM,
        COHORTS_STREAM,
        DIRECTORY_STREAM,
        MENTORING_STREAM,
        COORDINATION_STREAM,
      ].map(({ name }) => name);
      expect(names.filter((name) => name !== 'DEADLETTER').sort()).toEqual(expected.sort());
    } finally {
      await nc.close();
    }
  });

  it('shows the demo network: 122 experts, and no profile for expert.linh', async () => {
    const experts = await api('/experts?page.pageSize=1', 'office.mai');
    expect(((await experts.json()) as { totalCount: number }).totalCount).toBe(122);
    const linh = await api('/experts/me', 'expert.linh');
    expect(linh.status).toBe(404);
  });

  it("shows the demo cohort's two trainees and no other enrolment", async () => {
    const enrolments = await api('/enrolments?page.pageSize=200', 'office.mai');
    const { enrolments: found } = (await enrolments.json()) as {
      enrolments: { trainee: { email: string } }[];
    };
    // The demo seed's accepted candidates: expert.an (a demo account) and one from BYT.
    expect(found.map((enrolment) => enrolment.trainee.email).sort()).toEqual([
      'demo4@cds.gov.vn',
      'expert.an@demo.expertnet.vn',
    ]);
  });

  it('starts a service that dies again, and says so in its log', async () => {
    const { pids, logs } = stackPaths(config);
    const supervisor = (
      JSON.parse(await fsp.readFile(path.join(pids, 'nominations.pid'), 'utf8')) as { pid: number }
    ).pid;
    const serviceOf = async () =>
      Number(
        (
          await fsp.readFile(
            `/proc/${String(supervisor)}/task/${String(supervisor)}/children`,
            'utf8',
          )
        )
          .trim()
          .split(' ')[0],
      );
    const crashed = await serviceOf();
    process.kill(crashed, 'SIGKILL');
    await waitUntil(async () => {
      const restarted = await serviceOf().catch(() => crashed);
      const health = await fetch(`${env.GATEWAY_URL ?? ''}/healthz`);
      return restarted !== crashed && health.status === 200;
    }, 30_000);
    const log = await fsp.readFile(path.join(logs, 'nominations.log'), 'utf8');
    expect(log).toContain('nominations exited; starting it again');
  });
});
