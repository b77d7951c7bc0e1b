import { createHash } from 'node:crypto';
import type { Principal } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { aDocument, aNomination, DURING, identity } from '../../test/fixtures.ts';
import { authorise, type Nomination, type NominationChange } from '../domain/index.ts';
import { addDocumentUseCase } from './add-document.ts';
import { getDocumentContentUseCase } from './get-document-content.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { uploadDocumentUseCase } from './upload-document.ts';

const NOMINATOR: Principal = {
  subject: 'user-nominator',
  org: 'BKHCN',
  roles: new Set(['nominator']),
  service: undefined,
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Fakes recording each repository call; contents kept in a map as the real one keeps them. */
function fakes(nomination: Nomination) {
  const calls: string[] = [];
  const stored = new Map<string, Uint8Array>();
  let current = nomination;
  const deps = {
    nominations: {
      get: () => {
        calls.push('nominations.get');
        return Promise.resolve(current);
      },
      save: (_scope: unknown, change: NominationChange) => {
        calls.push('nominations.save');
        current = change.nomination;
        return Promise.resolve(undefined);
      },
    },
    slots: {},
    contents: {
      store: (hash: string, content: Uint8Array) => {
        calls.push(`contents.store ${hash.slice(0, 8)}`);
        if (!stored.has(hash)) stored.set(hash, Uint8Array.from(content));
        return Promise.resolve();
      },
      read: (hash: string) => Promise.resolve(stored.get(hash)),
    },
    now: () => DURING,
    newId: () => 'doc-new',
    eventsWritten: () => undefined,
  } as unknown as UseCaseDependencies; // Only the members these use cases touch.
  const callerOf = (operation: 'UploadDocument' | 'AddDocument' | 'GetDocumentContent') => ({
    principal: NOMINATOR,
    scope: authorise(NOMINATOR, operation, { resolve: identity }),
  });
  return { calls, stored, deps, callerOf };
}

const upload = (content: Uint8Array) => ({
  nominationId: 'nom-1',
  expectedVersion: 4,
  kind: 'decision-letter' as const,
  fileName: 'quyết định.pdf',
  contentType: 'application/pdf',
  content,
});

describe('uploadDocumentUseCase', () => {
  it('computes size and SHA-256 itself, stores the bytes, then attaches the metadata', async () => {
    const { calls, stored, deps, callerOf } = fakes(aNomination({ documents: [] }));
    const content = Buffer.from('%PDF-1.7 the decision letter');
    const after = await uploadDocumentUseCase(deps)(callerOf('UploadDocument'), upload(content));
    const hash = sha256(content);
    expect(after.documents).toEqual([
      expect.objectContaining({
        id: 'doc-new',
        kind: 'decision-letter',
        fileName: 'quyết định.pdf',
        sizeBytes: content.length,
        sha256: hash,
        storageKey: `sha256:${hash}`,
        uploadedBy: 'user-nominator',
      }),
    ]);
    expect(calls).toEqual([
      'nominations.get',
      `contents.store ${hash.slice(0, 8)}`,
      'nominations.save',
    ]);
    expect(stored.size).toBe(1);
  });

  it("keeps AddDocument's rules: the same file twice is refused, and nothing is stored", async () => {
    const content = Buffer.from('same file');
    const attached = aDocument({ sha256: sha256(content) });
    const { calls, stored, deps, callerOf } = fakes(aNomination({ documents: [attached] }));
    await expect(
      uploadDocumentUseCase(deps)(callerOf('UploadDocument'), upload(content)),
    ).rejects.toMatchObject({ code: 'DOCUMENT_ALREADY_ATTACHED' });
    expect(calls).toEqual(['nominations.get']);
    expect(stored.size).toBe(0);
  });

  it('refuses a nomination past its draft, as AddDocument does', async () => {
    const { deps, callerOf } = fakes(aNomination({ status: 'submitted', documents: [] }));
    await expect(
      uploadDocumentUseCase(deps)(callerOf('UploadDocument'), upload(Buffer.from('x'))),
    ).rejects.toMatchObject({ kind: 'failed-precondition' });
  });

  it('refuses empty content before reading anything', async () => {
    const { calls, deps, callerOf } = fakes(aNomination({ documents: [] }));
    await expect(
      uploadDocumentUseCase(deps)(callerOf('UploadDocument'), upload(new Uint8Array(0))),
    ).rejects.toMatchObject({ code: 'DOCUMENT_CONTENT_SIZE' });
    expect(calls).toEqual([]);
  });
});

describe('addDocumentUseCase', () => {
  it('refuses a storage key that claims content the service stored', async () => {
    const { deps, callerOf } = fakes(aNomination({ documents: [] }));
    await expect(
      addDocumentUseCase(deps)(callerOf('AddDocument'), {
        nominationId: 'nom-1',
        expectedVersion: 4,
        kind: 'cv',
        fileName: 'cv.pdf',
        contentType: 'application/pdf',
        sizeBytes: 10,
        sha256: 'b'.repeat(64),
        storageKey: `sha256:${'b'.repeat(64)}`,
      }),
    ).rejects.toMatchObject({ code: 'STORAGE_KEY_RESERVED' });
  });
});

describe('getDocumentContentUseCase', () => {
  it('gives back the bytes of an uploaded document', async () => {
    const { deps, callerOf } = fakes(aNomination({ documents: [] }));
    const content = Buffer.from('%PDF-1.7 letter');
    const after = await uploadDocumentUseCase(deps)(callerOf('UploadDocument'), upload(content));
    const got = await getDocumentContentUseCase(deps)(callerOf('GetDocumentContent'), {
      nominationId: after.id,
      documentId: 'doc-new',
    });
    expect(got.fileName).toBe('quyết định.pdf');
    expect(got.contentType).toBe('application/pdf');
    expect(Buffer.from(got.content).equals(content)).toBe(true);
  });

  it('answers NOT_FOUND for metadata-only documents and unknown ids', async () => {
    const { deps, callerOf } = fakes(aNomination());
    const get = getDocumentContentUseCase(deps);
    const caller = callerOf('GetDocumentContent');
    await expect(
      get(caller, { nominationId: 'nom-1', documentId: 'doc-letter' }),
    ).rejects.toMatchObject({ code: 'DOCUMENT_CONTENT_NOT_STORED' });
    await expect(get(caller, { nominationId: 'nom-1', documentId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('fails (internal, not a domain error) when the bytes do not match their SHA-256', async () => {
    const content = Buffer.from('original');
    const hash = sha256(content);
    const document = aDocument({
      sha256: hash,
      storageKey: `sha256:${hash}`,
      sizeBytes: content.length,
    });
    const { deps, stored, callerOf } = fakes(aNomination({ documents: [document] }));
    stored.set(hash, Buffer.from('tampered'));
    await expect(
      getDocumentContentUseCase(deps)(callerOf('GetDocumentContent'), {
        nominationId: 'nom-1',
        documentId: document.id,
      }),
    ).rejects.toThrow(/fails its check/);
  });
});
