import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  createGrpcClient,
  createGrpcServer,
  createLogger,
  createTokenVerifier,
  richStatusOf,
  type GrpcServer,
  type ServiceClient,
} from '@expertnet/platform';
import { MINISTRY_REALM, MINISTRY_TEST_CLIENT_ID, TEST_CLIENT_ID } from '@expertnet/infra';
import { accessToken, unsignedCopy } from '@expertnet/tests/support/keycloak.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { Client, credentials, status, type ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeHandlers, ProbeService } from '../probe/probe-service.ts';

type ProbeClient = ServiceClient<(typeof ProbeService)['method']>;

async function startProbe(verifier: Parameters<typeof createGrpcServer>[0]['verifyToken']) {
  const server = createGrpcServer({
    verifyToken: verifier,
    logger: createLogger({ service: 'probe', level: 'silent' }),
  });
  server.addService(ProbeService, probeHandlers());
  const port = await server.listen('127.0.0.1', 0);
  return { server, address: `127.0.0.1:${port}` };
}

const grpcError = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => undefined,
    (failure: unknown) => failure,
  )) as ServiceError | undefined;
  if (error === undefined) throw new Error('the call succeeded; an error was expected');
  return { code: error.code, ...richStatusOf(error) };
};

describe('the gRPC kit against real Keycloak tokens', () => {
  const servers: GrpcServer[] = [];
  let probe: ProbeClient;
  let tokens: Record<'hanoi' | 'hcm' | 'office' | 'expert', string>;

  const verifierFor = (overrides: { audience?: string; now?: () => Date } = {}) =>
    createTokenVerifier({
      issuer: stackEnv('KEYCLOAK_ISSUER'),
      audience: overrides.audience ?? stackEnv('KEYCLOAK_AUDIENCE'),
      ...(overrides.now === undefined ? {} : { now: overrides.now }),
    });

  /** Starts a probe server that afterAll drains; returns its address. */
  async function startTracked(verifier: ReturnType<typeof verifierFor>): Promise<string> {
    const { server, address } = await startProbe(verifier);
    servers.push(server);
    return address;
  }

  async function clientFor(verifier: ReturnType<typeof verifierFor>): Promise<ProbeClient> {
    return createGrpcClient(ProbeService, await startTracked(verifier));
  }

  beforeAll(async () => {
    probe = await clientFor(verifierFor());
    const token = (username: string) => accessToken('expertnet', TEST_CLIENT_ID, username);
    const [hanoi, hcm, office, expert] = await Promise.all(
      ['nominator.hanoi', 'nominator.hcm', 'office.mai', 'expert.an'].map(token),
    );
    tokens = { hanoi: hanoi ?? '', hcm: hcm ?? '', office: office ?? '', expert: expert ?? '' };
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.drain(1_000)));
  });

  it("serves a nominator their own organisation's data", async () => {
    const saved = await probe.saveNote(
      { orgCode: 'P01', text: 'Kế hoạch cử 30 cán bộ', contactEmail: 'cds@hanoi.gov.vn' },
      { token: tokens.hanoi },
    );
    const read = await probe.getNote({ orgCode: 'P01' }, { token: tokens.hanoi });
    expect(read.note).toEqual(saved.note);
    expect(read.note?.text).toBe('Kế hoạch cử 30 cán bộ');
    expect(read.note?.savedBy).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses another organisation with PERMISSION_DENIED, but not the programme office', async () => {
    expect(await grpcError(probe.getNote({ orgCode: 'P01' }, { token: tokens.hcm }))).toMatchObject(
      {
        code: status.PERMISSION_DENIED,
        reason: 'ORG_SCOPE_VIOLATION',
      },
    );
    const office = await probe.getNote({ orgCode: 'P01' }, { token: tokens.office });
    expect(office.note?.orgCode).toBe('P01');
  });

  it('refuses a role the operation does not allow', async () => {
    expect(
      await grpcError(probe.getNote({ orgCode: 'P01' }, { token: tokens.expert })),
    ).toMatchObject({
      code: status.PERMISSION_DENIED,
      reason: 'ROLE_REQUIRED',
    });
  });

  it('rejects invalid fields with INVALID_ARGUMENT naming each field', async () => {
    const failure = await grpcError(
      probe.saveNote(
        { orgCode: 'p01', text: '', contactEmail: 'not-an-email' },
        { token: tokens.hanoi },
      ),
    );
    expect(failure.code).toBe(status.INVALID_ARGUMENT);
    expect(failure.reason).toBe('INVALID_ARGUMENT');
    expect(failure.violations.map((violation) => violation.field).sort()).toEqual([
      'contact_email',
      'org_code',
      'text',
    ]);
    expect(failure.violations.find((v) => v.field === 'contact_email')?.description).toMatch(
      /email/,
    );
  });

  it('answers UNAUTHENTICATED without a token, before looking at the request', async () => {
    expect(await grpcError(probe.saveNote({ orgCode: 'bad' }, { token: '' }))).toMatchObject({
      code: status.UNAUTHENTICATED,
      reason: 'TOKEN_MISSING',
    });
  });

  it('rejects a token from another realm (wrong issuer)', async () => {
    const ministryToken = await accessToken(
      MINISTRY_REALM,
      MINISTRY_TEST_CLIENT_ID,
      'can.bo.quang',
    );
    expect(
      await grpcError(probe.getNote({ orgCode: 'BTC' }, { token: ministryToken })),
    ).toMatchObject({
      code: status.UNAUTHENTICATED,
      reason: 'TOKEN_INVALID',
    });
  });

  it('rejects an unsigned (alg: none) token', async () => {
    const unsigned = unsignedCopy(tokens.hanoi);
    expect(await grpcError(probe.getNote({ orgCode: 'P01' }, { token: unsigned }))).toMatchObject({
      code: status.UNAUTHENTICATED,
    });
  });

  it('rejects an expired token and a token for another audience', async () => {
    const later = await clientFor(verifierFor({ now: () => new Date(Date.now() + 3_600_000) }));
    expect(
      await grpcError(later.getNote({ orgCode: 'P01' }, { token: tokens.hanoi })),
    ).toMatchObject({
      code: status.UNAUTHENTICATED,
      reason: 'TOKEN_EXPIRED',
    });
    const otherAudience = await clientFor(verifierFor({ audience: 'another-api' }));
    expect(
      await grpcError(otherAudience.getNote({ orgCode: 'P01' }, { token: tokens.hanoi })),
    ).toMatchObject({ code: status.UNAUTHENTICATED, reason: 'TOKEN_INVALID' });
  });

  it('reports SERVING through grpc.health.v1', async () => {
    const address = await startTracked(verifierFor());
    const healthClient = new Client(address, credentials.createInsecure());
    const servingStatus = await new Promise<number>((resolve, reject) => {
      // grpc.health.v1.HealthCheckRequest { service = 1 } and HealthCheckResponse { status = 1 }.
      const request = Buffer.concat([
        Buffer.from([0x0a, ProbeService.typeName.length]),
        Buffer.from(ProbeService.typeName),
      ]);
      healthClient.makeUnaryRequest(
        '/grpc.health.v1.Health/Check',
        (bytes: Buffer) => bytes,
        (bytes: Buffer) => bytes,
        request,
        (error, response) => {
          if (error !== null || response === undefined) reject(error ?? new Error('no response'));
          else resolve(response[1] ?? 0);
        },
      );
    });
    healthClient.close();
    expect(servingStatus).toBe(1); // SERVING
  });

  it('lets grpcurl list the services through reflection and call one', async () => {
    const address = await startTracked(verifierFor());
    const grpcurl = promisify(execFile);
    const listed = await grpcurl(stackEnv('GRPCURL'), ['-plaintext', address, 'list']);
    expect(listed.stdout.split('\n')).toEqual(
      expect.arrayContaining(['expertnet.probe.v1.ProbeService', 'grpc.health.v1.Health']),
    );
    const called = await grpcurl(stackEnv('GRPCURL'), [
      '-plaintext',
      '-H',
      `authorization: Bearer ${tokens.hanoi}`,
      '-d',
      '{"org_code": "P01", "text": "Gọi qua grpcurl", "contact_email": "cds@hanoi.gov.vn"}',
      address,
      'expertnet.probe.v1.ProbeService/SaveNote',
    ]);
    expect(JSON.parse(called.stdout)).toMatchObject({
      note: { orgCode: 'P01', text: 'Gọi qua grpcurl' },
    });
  });
});
