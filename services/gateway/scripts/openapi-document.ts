// Writes the gateway's OpenAPI document (what /docs/json serves) to the file named by the first
// argument, without servers: the document depends only on the routes, so the gateway built
// around the unit tests' in-process fakes describes the API exactly as production does. The
// portal generates its typed client from it at build time.
import fsp from 'node:fs/promises';
import path from 'node:path';
import { testGateway } from '../test/support.ts';

const target = process.argv[2];
if (target === undefined) throw new Error('usage: openapi-document.ts <output.json>');
const { app } = await testGateway();
const response = await app.inject({ method: 'GET', url: '/docs/json' });
if (response.statusCode !== 200)
  throw new Error(`/docs/json answered ${String(response.statusCode)}`);
await fsp.mkdir(path.dirname(target), { recursive: true });
await fsp.writeFile(target, response.body);
await app.close();
