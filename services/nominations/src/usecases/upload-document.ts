import {
  addDocument,
  contentFactsOf,
  type DocumentKind,
  type Nomination,
} from '../domain/index.ts';
import {
  changeContextOf,
  loadNomination,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface UploadDocumentInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

/**
 * A file sent whole: its size and SHA-256 computed here, its bytes stored in `document_contents`,
 * then its metadata attached exactly as AddDocument attaches it (same domain rules, events and
 * access check), with the storage key "sha256:<hex>".
 */
export function uploadDocumentUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: UploadDocumentInput): Promise<Nomination> => {
    const { nominationId, expectedVersion, content, ...file } = input;
    const facts = contentFactsOf(content);
    const nomination = await loadNomination(deps, caller, 'UploadDocument', nominationId);
    const context = changeContextOf(deps, caller);
    // Asked before storing, so a refused upload (wrong status, same file, too many) stores nothing.
    const change = addDocument(nomination, { id: deps.newId(), ...file, ...facts }, context);
    // The bytes first, the metadata second, with no transaction between them: a crash (or a
    // stale expected_version) after the first step leaves at most an unreferenced content row,
    // which a retry reuses, and never a document whose content is missing.
    await deps.contents.store(facts.sha256, content);
    return saveChange(deps, caller.scope, nomination, change, expectedVersion, context);
  };
}
