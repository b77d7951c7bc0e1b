import { changeEvents, revokeCertificate as withdraw } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { DIRECTORY_ACTOR } from './shared/service-actor.ts';

export interface RevokedCertificate {
  readonly certificateId: string;
  readonly number: string;
}

/**
 * A revoked certificate (cohorts.certificate.revoked) withdraws the verification that rested on
 * it: those skills become self-declared, the credential shows revoked. Gives how many profiles
 * changed; a repeat changes none.
 */
export const revokeCertificate =
  (deps: UseCaseDependencies) =>
  async (certificate: RevokedCertificate): Promise<number> => {
    const now = deps.now();
    // Found in memory (the database would read every profile for an array member), then read again.
    const holders = deps.index.where(({ credentials }) =>
      credentials.some((held) => held.certificateId === certificate.certificateId),
    );
    let changed = 0;
    for (const { id } of holders) {
      const before = await deps.profiles.get(id);
      if (before === undefined) continue;
      const after = withdraw(before, certificate, now);
      if (after === before) continue;
      const events = changeEvents(before, after, now);
      await deps.save({ before, after, events, actor: DIRECTORY_ACTOR, now });
      changed += 1;
    }
    return changed;
  };
