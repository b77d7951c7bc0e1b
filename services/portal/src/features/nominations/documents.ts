import type { operations } from '../../api/gen/schema.ts';

type AddDocumentBody = operations['addDocument']['requestBody']['content']['application/json'];

export type DocumentContentType = AddDocumentBody['contentType'];

export const DOCUMENT_CONTENT_TYPES: readonly DocumentContentType[] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

/** The service's limit: 20 MiB a document. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

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

/** Lower-case hex of a SHA-256 digest. */
export function hex(digest: ArrayBuffer): string {
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Where the document is kept: by nomination and content, so one file is stored once. */
export function documentStorageKey(nominationId: string, sha256: string, fileName: string): string {
  const safeName = fileName.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(-120);
  return `nominations/${nominationId}/${sha256}/${safeName}`;
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
