import { describe, expect, it } from 'vitest';
import { selectMongoBackend, selectNatsBinary } from './backends.ts';

describe('selectMongoBackend', () => {
  it('uses a given MONGO_URL even when mongod is installed', () => {
    expect(
      selectMongoBackend({ externalUrl: 'mongodb://db:27017', mongodOnPath: '/usr/bin/mongod' }),
    ).toEqual({ kind: 'external', url: 'mongodb://db:27017' });
  });

  it('prefers a real mongod on PATH over FerretDB', () => {
    expect(selectMongoBackend({ externalUrl: undefined, mongodOnPath: '/usr/bin/mongod' })).toEqual(
      { kind: 'mongod', binary: '/usr/bin/mongod' },
    );
  });

  it('falls back to FerretDB when nothing else is there', () => {
    expect(selectMongoBackend({ externalUrl: undefined, mongodOnPath: undefined })).toEqual({
      kind: 'ferretdb',
    });
  });
});

describe('selectNatsBinary', () => {
  it('prefers the pinned build', () => {
    expect(selectNatsBinary({ built: '/t/nats-server', onPath: '/usr/bin/nats-server' })).toEqual({
      binary: '/t/nats-server',
      pinned: true,
    });
  });

  it('falls back to the system nats-server and says it is not the pinned one', () => {
    expect(selectNatsBinary({ built: undefined, onPath: '/usr/bin/nats-server' })).toEqual({
      binary: '/usr/bin/nats-server',
      pinned: false,
    });
  });

  it('finds nothing when neither exists', () => {
    expect(selectNatsBinary({ built: undefined, onPath: undefined })).toBeUndefined();
  });
});
