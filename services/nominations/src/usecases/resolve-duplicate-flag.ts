import { resolveDuplicateFlag, type DuplicateFlag } from '../domain/index.ts';
import {
  changeContextOf,
  required,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';

export interface ResolveDuplicateFlagInput {
  readonly flagId: string;
  readonly resolution: 'confirmed' | 'dismissed';
  readonly note: string;
}

/** The office's verdict on a flag: the same person (confirmed) or not (dismissed). */
export function resolveDuplicateFlagUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: ResolveDuplicateFlagInput): Promise<DuplicateFlag> => {
    const flag = required(await deps.flags.get(input.flagId), `duplicate flag ${input.flagId}`);
    const resolved = resolveDuplicateFlag(
      flag,
      { resolution: input.resolution, note: input.note },
      changeContextOf(deps, caller),
    );
    await deps.flags.save(resolved, undefined, []);
    return resolved;
  };
}
