import type { Collection, Document, IndexSpecification } from 'mongodb';

/** An index declared beside its repository, with the query it serves (required, not optional). */
export interface IndexDeclaration {
  readonly name: string;
  readonly key: IndexSpecification;
  readonly unique?: boolean;
  /** The query this index serves, e.g. "nominations of one organisation in a round, by status". */
  readonly serves: string;
}

/** Ensures a repository's indexes at start; creating an existing index is a no-op. */
export async function ensureIndexes<T extends Document>(
  collection: Collection<T>,
  indexes: readonly IndexDeclaration[],
): Promise<void> {
  for (const index of indexes) {
    await collection.createIndex(
      index.key,
      { name: index.name, ...(index.unique === true ? { unique: true } : {}) },
      undefined,
    );
  }
}
