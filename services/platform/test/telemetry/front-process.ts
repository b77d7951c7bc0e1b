// The front service of the trace test: an HTTP route calls the back service over gRPC with the
// caller's token, and a consumer tallies the events the back service publishes.
import { createGrpcClient, createLogger, runService } from '@expertnet/platform';
import { ProbeService } from '@expertnet/proto/expertnet/probe/v1/probe_pb.ts';
import { connect } from '@nats-io/transport-node';
import Fastify from 'fastify';
import { MongoClient } from 'mongodb';
import { fixtureFromEnv, startTally } from '../events/fixture.ts';

const logger = createLogger({ service: 'trace-front' });
const fixture = fixtureFromEnv();

await runService({
  logger,
  async start(lifecycle) {
    const mongo = await MongoClient.connect(process.env.MONGO_URL ?? '');
    lifecycle.onStop('mongo', () => mongo.close());
    const nc = await connect({ servers: process.env.NATS_URL });
    lifecycle.onStop('nats', () => nc.drain());
    const tally = await startTally(nc, mongo.db(fixture.dbName), fixture);
    lifecycle.onStop('tally', () => tally.stop());

    const back = createGrpcClient(ProbeService, process.env.BACK_ADDRESS ?? '');
    const app = Fastify();
    app.post<{ Params: { org: string }; Body: { text: string } }>(
      '/notes/:org',
      async (request) => {
        const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
        const saved = await back.saveNote(
          {
            orgCode: request.params.org,
            text: request.body.text,
            contactEmail: 'cds@hanoi.gov.vn',
          },
          { token },
        );
        return { savedBy: saved.note?.savedBy };
      },
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    lifecycle.onStop('http', () => app.close());
    const address = app.server.address();
    process.stdout.write(
      `FRONT-LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`,
    );
  },
});
