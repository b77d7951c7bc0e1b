/**
 * Which MongoDB-wire server the stack uses. A given MONGO_URL wins (someone runs their own),
 * then a real `mongod` found on PATH, and only then FerretDB built from the Go module proxy,
 * because no registry reachable from these machines ships `mongod`.
 */
export type MongoBackend =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'mongod'; readonly binary: string }
  | { readonly kind: 'ferretdb' };

export function selectMongoBackend(found: {
  readonly externalUrl: string | undefined;
  readonly mongodOnPath: string | undefined;
}): MongoBackend {
  if (found.externalUrl !== undefined) return { kind: 'external', url: found.externalUrl };
  if (found.mongodOnPath !== undefined) return { kind: 'mongod', binary: found.mongodOnPath };
  return { kind: 'ferretdb' };
}

/**
 * Which nats-server binary to run: the pinned 2.14 build from the Go module proxy, else a
 * system one (Debian's 2.9.10 lacks 2.10+ features such as several filter subjects per consumer).
 */
export function selectNatsBinary(found: {
  readonly built: string | undefined;
  readonly onPath: string | undefined;
}): { readonly binary: string; readonly pinned: boolean } | undefined {
  if (found.built !== undefined) return { binary: found.built, pinned: true };
  if (found.onPath !== undefined) return { binary: found.onPath, pinned: false };
  return undefined;
}
