import type { ChangeContext, Principal } from '@expertnet/platform';
import { authorise, type AccessTarget, type Operation, type Party } from '../../domain/index.ts';

/** Who asks, as the transport decoded it, with the change context for what they change. */
export interface Caller {
  readonly principal: Principal | undefined;
  readonly verifiedEmail: string | undefined;
  readonly context: ChangeContext;
}

/** Authorises `operation` on the people it touches (the domain's ACCESS table), or throws. */
export const allow = (caller: Caller, operation: Operation, target: AccessTarget = {}): Party =>
  authorise(caller.principal, operation, target);

export const subjectOf = (caller: Caller) => caller.principal?.subject ?? '';
