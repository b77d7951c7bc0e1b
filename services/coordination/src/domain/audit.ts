import type { ChangeContext } from '@expertnet/platform';
import type { AuditEntry } from './types.ts';

/** The record's history with one more entry: who, when, what it was and what it became. */
export function audited(
  record: { readonly history: readonly AuditEntry[] },
  action: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  context: ChangeContext,
): readonly AuditEntry[] {
  return [...record.history, { at: context.now, actor: context.actor, action, before, after }];
}
