// The raw peer of the submit benchmark: Fastify and one MongoDB insert, nothing else.
import Fastify from 'fastify';
import { MongoClient } from 'mongodb';

const mongo = await MongoClient.connect(process.env.MONGO_URL ?? '');
const collection = mongo.db(process.env.RAW_DB ?? 'bench_raw').collection('submissions');
const app = Fastify();
app.post<{ Params: { id: string } }>('/nominations/:id/submit', async (request) => {
  await collection.insertOne({
    nominationId: request.params.id,
    body: request.body,
    at: new Date(),
  });
  return { status: 'submitted' };
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(
  `{"port":${String(typeof address === 'object' && address ? address.port : 0)},"msg":"raw listening"}\n`,
);
