import {
  addDocument,
  checkForeignStorageKey,
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

export interface AddDocumentInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
}

/** Metadata of a file the gateway already stored, attached to the nomination. */
export function addDocumentUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: AddDocumentInput): Promise<Nomination> => {
    const { nominationId, expectedVersion, ...document } = input;
    checkForeignStorageKey(document.storageKey);
    const nomination = await loadNomination(deps, caller, 'AddDocument', nominationId);
    const context = changeContextOf(deps, caller);
    const change = addDocument(nomination, { id: deps.newId(), ...document }, context);
    return saveChange(deps, caller.scope, nomination, change, expectedVersion, context);
  };
}
