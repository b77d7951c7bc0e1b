import type { operations } from '../../api/gen/schema.ts';

type AddDocumentBody = operations['addDocument']['requestBody']['content']['application/json'];

export type DocumentContentType = AddDocumentBody['contentType'];

export type UploadDocumentQuery = operations['uploadDocument']['parameters']['query'];

export const DOCUMENT_CONTENT_TYPES: readonly DocumentContentType[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/** The service's limit on an uploaded document: 10 MiB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The accept attribute of the file input. */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx';

const BY_EXTENSION: Readonly<Record<string, DocumentContentType>> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The file's type as the API names it: the browser's, or else by the name's extension. */
export function documentContentType(
  fileName: string,
  browserType: string,
): DocumentContentType | undefined {
  const byBrowser = DOCUMENT_CONTENT_TYPES.find((type) => type === browserType);
  if (byBrowser !== undefined) return byBrowser;
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined;
}

/**
 * Where a document's bytes are read, when the service holds them (it gives the documents it
 * stored the storage key "sha256:<hex>"; metadata recorded by other clients has no content here).
 * The session cookie authenticates the download.
 */
export function documentContentUrl(
  nominationId: string,
  document: { readonly id?: string; readonly storageKey?: string },
): string | undefined {
  if (document.id === undefined || !(document.storageKey ?? '').startsWith('sha256:')) {
    return undefined;
  }
  const nomination = encodeURIComponent(nominationId);
  return `/api/v1/nominations/${nomination}/documents/${encodeURIComponent(document.id)}/content`;
}

/** 1,2 MB: sizes in the units people use. */
export function fileSizeParts(bytes: number): { value: number; unit: 'B' | 'KB' | 'MB' } {
  if (bytes < 1024) return { value: bytes, unit: 'B' };
  if (bytes < 1024 * 1024) return { value: Math.round((bytes / 1024) * 10) / 10, unit: 'KB' };
  return { value: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: 'MB' };
}

/** The service refuses to submit a nomination without its decision letter (quyết định cử). */
export function hasDecisionLetter(nomination: {
  readonly documents?: readonly { readonly kind?: string }[];
}): boolean {
  return (nomination.documents ?? []).some(
    (document) => document.kind === 'DOCUMENT_KIND_DECISION_LETTER',
  );
}
