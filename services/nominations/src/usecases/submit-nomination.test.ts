import { DomainError, type Principal } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { aNomination, aRound, DURING, identity } from '../../test/fixtures.ts';
import {
  authorise,
  type Nomination,
  type NominationChange,
  type SlotRequest,
} from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { submitNominationUseCase } from './submit-nomination.ts';

const NOMINATOR: Principal = {
  subject: 'user-nominator',
  org: 'BKHCN',
  roles: new Set(['nominator']),
  service: undefined,
};

/** Fakes that record every repository call, one per database command of the real ones. */
function fakes(options: { nomination: Nomination; slotFree: boolean; saveFails?: boolean }) {
  const calls: string[] = [];
  const round = { ...aRound(), quotas: [{ organisationCode: 'BKHCN', floor: 0, ceiling: 2 }] };
  const deps = {
    nominations: {
      get: () => {
        calls.push('nominations.get');
        return Promise.resolve(options.nomination);
      },
      save: (_scope: unknown, change: NominationChange) => {
        calls.push(`nominations.save ${change.nomination.status}`);
        return options.saveFails === true
          ? Promise.reject(new DomainError('conflict', 'VERSION_CONFLICT', 'changed'))
          : Promise.resolve({ collection: 'nominations', id: change.nomination.id, entries: [] });
      },
    },
    rounds: {
      get: () => {
        calls.push('rounds.get');
        return Promise.resolve({ ...round, remindersSent: [] });
      },
    },
    slots: {
      claim: (_scope: unknown, _round: string, request: SlotRequest) => {
        calls.push(`slots.claim ${request.organisationCode} ${String(request.ceiling)}`);
        return Promise.resolve(options.slotFree);
      },
      release: (_scope: unknown, _round: string, organisationCode: string) => {
        calls.push(`slots.release ${organisationCode}`);
        return Promise.resolve();
      },
    },
    now: () => DURING,
    newId: () => 'id-1',
    eventsWritten: () => {
      calls.push('relay nudged');
    },
  } as unknown as UseCaseDependencies; // Only the members the submit use case touches.
  const submit = submitNominationUseCase(deps);
  const caller = {
    principal: NOMINATOR,
    scope: authorise(NOMINATOR, 'SubmitNomination', { resolve: identity }),
  };
  return { calls, submit: () => submit(caller, { nominationId: 'nom-1', expectedVersion: 4 }) };
}

describe('submitNominationUseCase', () => {
  it('takes a slot and stores the submission: four repository calls, no more', async () => {
    const { calls, submit } = fakes({ nomination: aNomination(), slotFree: true });
    expect((await submit()).status).toBe('submitted');
    expect(calls).toEqual([
      'nominations.get',
      'rounds.get',
      'slots.claim BKHCN 2',
      'nominations.save submitted',
      'relay nudged',
    ]);
  });

  it('refuses without a slot and stores nothing', async () => {
    const { calls, submit } = fakes({ nomination: aNomination(), slotFree: false });
    await expect(submit()).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(calls).toEqual(['nominations.get', 'rounds.get', 'slots.claim BKHCN 2']);
  });

  it('gives the slot back when the submission cannot be stored', async () => {
    const { calls, submit } = fakes({
      nomination: aNomination(),
      slotFree: true,
      saveFails: true,
    });
    await expect(submit()).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(calls.slice(-2)).toEqual(['nominations.save submitted', 'slots.release BKHCN']);
  });

  it('lets a resubmission keep its slot, without claiming one', async () => {
    const returned = aNomination({ status: 'returned', submittedAt: DURING });
    const { calls, submit } = fakes({ nomination: returned, slotFree: false });
    expect((await submit()).status).toBe('resubmitted');
    expect(calls).not.toContain('slots.claim BKHCN 2');
  });

  it('checks the submission before claiming: a refused one takes no slot', async () => {
    const { calls, submit } = fakes({
      nomination: aNomination({ documents: [] }),
      slotFree: true,
    });
    await expect(submit()).rejects.toMatchObject({ code: 'DECISION_LETTER_MISSING' });
    expect(calls).toEqual(['nominations.get', 'rounds.get']);
  });
});
