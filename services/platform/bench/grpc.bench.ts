import { create } from '@bufbuild/protobuf';
import {
  createGrpcClient,
  createGrpcServer,
  createLogger,
  createTokenVerifier,
} from '@expertnet/platform';
import {
  GetNoteResponseSchema,
  ProbeService,
} from '@expertnet/proto/expertnet/probe/v1/probe_pb.ts';
import { Client, credentials, Metadata, Server, ServerCredentials } from '@grpc/grpc-js';
import { grpcServiceDefinition } from '../src/grpc/service-definition.ts';
import { measure, printComparison } from '@expertnet/tests/support/bench-stats.ts';

const NOTE = { orgCode: 'P01', text: 'benchmark', contactEmail: 'cds@hanoi.gov.vn', savedBy: 'x' };

/**
 * A unary call through the kit (token verified, request validated, errors mapped, typed client
 * with deadline and token) against bare grpc-js serving the same method with the same messages.
 */
export async function benchGrpc(env: Record<string, string>, token: string, count: number) {
  const definition = grpcServiceDefinition(ProbeService);
  const bareServer = new Server();
  bareServer.addService(definition, {
    getNote: (_call: unknown, reply: (error: null, value: unknown) => void) => {
      reply(null, create(GetNoteResponseSchema, { note: NOTE }));
    },
    saveNote: (_call: unknown, reply: (error: null, value: unknown) => void) => {
      reply(null, create(GetNoteResponseSchema, { note: NOTE }));
    },
  });
  const barePort = await new Promise<number>((resolve, reject) => {
    bareServer.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, port) => {
      if (error === null) resolve(port);
      else reject(error);
    });
  });
  const bareClient = new Client(`127.0.0.1:${barePort}`, credentials.createInsecure());
  const getNote = definition.getNote;
  if (getNote === undefined) throw new Error('ProbeService has no GetNote');
  const bareCall = () =>
    new Promise<void>((resolve, reject) => {
      bareClient.makeUnaryRequest(
        getNote.path,
        getNote.requestSerialize,
        getNote.responseDeserialize,
        create(ProbeService.method.getNote.input, { orgCode: 'P01' }),
        new Metadata(),
        (error) => {
          if (error === null) resolve();
          else reject(error);
        },
      );
    });

  const kitServer = createGrpcServer({
    verifyToken: createTokenVerifier({
      issuer: env.KEYCLOAK_ISSUER ?? '',
      audience: env.KEYCLOAK_AUDIENCE ?? '',
    }),
    logger: createLogger({ service: 'bench', level: 'silent' }),
  });
  kitServer.addService(ProbeService, {
    getNote: () => Promise.resolve({ note: NOTE }),
    saveNote: () => Promise.resolve({ note: NOTE }),
  });
  const kitPort = await kitServer.listen('127.0.0.1', 0);
  const kitClient = createGrpcClient(ProbeService, `127.0.0.1:${kitPort}`);
  const kitCall = () => kitClient.getNote({ orgCode: 'P01' }, { token }).then(() => undefined);

  await measure('warm-up', 300, 4, bareCall);
  await measure('warm-up', 300, 4, kitCall);
  for (const concurrency of [1, 16]) {
    const raw = await measure(
      `bare grpc-js (concurrency ${concurrency})`,
      count,
      concurrency,
      bareCall,
    );
    const ours = await measure(`kit (concurrency ${concurrency})`, count, concurrency, kitCall);
    printComparison(`gRPC unary call over loopback, concurrency ${concurrency}`, raw, ours);
  }
  bareClient.close();
  kitClient.close();
  bareServer.forceShutdown();
  await kitServer.drain(1_000);
}
