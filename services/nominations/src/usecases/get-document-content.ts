import { DomainError } from '@expertnet/platform';
import { sha256Of, storedContentKey } from '../domain/index.ts';
import {
  loadNomination,
  required,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';

export interface DocumentContent {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/**
 * The bytes of a document UploadDocument stored, for whoever may read its nomination. The bytes
 * are checked against the SHA-256 on record; content that is missing or does not match is a
 * fault of the service (INTERNAL, logged by the server), not the caller's.
 */
export function getDocumentContentUseCase(deps: UseCaseDependencies) {
  return async (
    caller: Caller,
    input: { readonly nominationId: string; readonly documentId: string },
  ): Promise<DocumentContent> => {
    const nomination = await loadNomination(deps, caller, 'GetDocumentContent', input.nominationId);
    const document = required(
      nomination.documents.find((each) => each.id === input.documentId),
      `document ${input.documentId}`,
    );
    if (document.storageKey !== storedContentKey(document.sha256)) {
      throw new DomainError(
        'not-found',
        'DOCUMENT_CONTENT_NOT_STORED',
        `document ${document.id} was attached as metadata only; its bytes are stored elsewhere`,
      );
    }
    const content = await deps.contents.read(document.sha256, document.sizeBytes);
    if (content === undefined) {
      throw new Error(`the content of document ${document.id} (${document.sha256}) is missing`);
    }
    const actual = sha256Of(content);
    if (actual !== document.sha256 || content.length !== document.sizeBytes) {
      throw new Error(
        `the content of document ${document.id} fails its check: SHA-256 ${actual}, ` +
          `${String(content.length)} bytes; ${document.sha256}, ${String(document.sizeBytes)} on record`,
      );
    }
    return { fileName: document.fileName, contentType: document.contentType, content };
  };
}
