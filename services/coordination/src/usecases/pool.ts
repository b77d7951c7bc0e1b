import type { ExpertFacts } from '../repositories/experts.repository.ts';
import type { Dependencies } from './shared/dependencies.ts';

/** The directory's experts as coordination keeps them (who, where, certified), newest wins. */
export const applyProfile =
  (deps: Dependencies) =>
  (event: { readonly eventId: string; readonly expertId: string; readonly facts: ExpertFacts }) =>
    deps.experts.applyProfile(event.expertId, event.facts, event.eventId);
