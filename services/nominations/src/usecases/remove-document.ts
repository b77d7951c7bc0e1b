import { removeDocument, type Nomination } from '../domain/index.ts';
import {
  changeContextOf,
  loadNomination,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface RemoveDocumentInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly documentId: string;
}

export function removeDocumentUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: RemoveDocumentInput): Promise<Nomination> => {
    const nomination = await loadNomination(deps, caller, 'RemoveDocument', input.nominationId);
    const context = changeContextOf(deps, caller);
    const change = removeDocument(nomination, input.documentId, context);
    return saveChange(deps, caller.scope, nomination, change, input.expectedVersion, context);
  };
}
