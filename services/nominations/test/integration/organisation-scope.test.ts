// The organisation-scope proof, against the real MongoDB-wire server: a nominator's scope cannot
// reach another organisation's nomination, quota slots or import report through any method of any
// organisation-scoped repository. The list of methods is checked too, so a method added later
// without a case here fails this test.
import { randomUUID } from 'node:crypto';
import { resolveOrganisation, type OrganisationScope } from '@expertnet/platform';
import { inProcessServers, type InProcessServers } from '@expertnet/platform/testing/in-process.ts';
import type { Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReportCodec } from '../../src/grpc/mapping/imports.ts';
import {
  authorise,
  createNomination,
  serviceScope,
  withdrawNomination,
  type Nomination,
} from '../../src/domain/index.ts';
import { importsRepository } from '../../src/repositories/imports.repository.ts';
import {
  nominationsRepository,
  OUT_OF_SCOPE,
} from '../../src/repositories/nominations.repository.ts';
import { quotaSlotsRepository } from '../../src/repositories/quota-slots.repository.ts';
import { aCandidate, aContext, aNomination, aRound } from '../fixtures.ts';

const run = randomUUID().slice(0, 8);
const ROUND = `round-${run}`;
const HASH = `hash-${run}`;

/** The scope the access check grants a nominator of `org`. */
const nominatorOf = (org: string): OrganisationScope =>
  authorise(
    { subject: `nominator-${org}`, org, roles: new Set(['nominator']), service: undefined },
    'GetNomination',
    { resolve: resolveOrganisation },
  );

const ALL = serviceScope();
const HANOI = nominatorOf('P01');
const HCM = nominatorOf('P79');

async function refused(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toMatchObject({ name: 'DomainError' });
  return (error as { code: string }).code;
}

describe('organisation scope: a nominator reaches no other organisation through any repository method', () => {
  let servers: InProcessServers;
  let db: Db;
  let nominations: ReturnType<typeof nominationsRepository>;
  let slots: ReturnType<typeof quotaSlotsRepository>;
  let imports: ReturnType<typeof importsRepository>;
  let hanoi: Nomination;

  const hanoiChange = (id: string) =>
    createNomination(
      aRound({ id: ROUND }),
      {
        id,
        organisationCode: 'P01',
        candidate: aCandidate(),
        nationalIdHash: HASH,
        officer: aNomination().officer,
      },
      aContext({ resolve: resolveOrganisation }),
    );

  beforeAll(async () => {
    servers = await inProcessServers({
      service: 'nominations',
      streams: [],
      outboxCollections: [],
    });
    db = servers.db;
    nominations = nominationsRepository(db);
    slots = quotaSlotsRepository(db);
    imports = importsRepository(db, importReportCodec);
    const change = hanoiChange(`nom-${run}`);
    expect(await nominations.insert(HANOI, change, [])).toBe(true);
    hanoi = change.nomination;
    expect(await slots.claimRegardless(HANOI, ROUND, 'P01', hanoi.id)).toBe(true);
    await imports.record(
      HANOI,
      { roundId: ROUND, organisationCode: 'P01', fileSha256: 'f'.repeat(64) },
      { importId: `import-${run}`, rows: [], written: 0, invalid: 0 },
      { importedAt: new Date(), importedBy: 'nominator-P01' },
    );
  });

  afterAll(async () => {
    await servers.close();
  });

  it('covers every method of the organisation-scoped repositories', () => {
    expect(Object.keys(nominations).sort()).toEqual(
      [
        'ensureIndexes',
        'insert',
        'get',
        'save',
        'list',
        'ledgerInputs',
        'sameHash',
        'draftOf',
        'revisions',
        'setDuplicateFlags',
      ].sort(),
    );
    expect(Object.keys(slots).sort()).toEqual(['claim', 'claimRegardless', 'release']);
    expect(Object.keys(imports).sort()).toEqual(['find', 'record']);
  });

  it('nominations: reads find nothing of another organisation', async () => {
    expect(await nominations.get(HANOI, hanoi.id)).toMatchObject({ id: hanoi.id });
    expect(await nominations.get(HCM, hanoi.id)).toBe(OUT_OF_SCOPE);
    expect(await nominations.revisions(HCM, hanoi.id)).toBeUndefined();
    const query = {
      roundId: ROUND,
      organisationCodes: [],
      statuses: [],
      text: '',
      onlyFlagged: false,
      order: 'updated-desc' as const,
    };
    const page = { pageSize: 50, cursor: '' };
    expect((await nominations.list(HANOI, query, page)).items).toHaveLength(1);
    expect((await nominations.list(HCM, query, page)).items).toEqual([]);
    // Asking for the organisation by name does not widen the scope.
    const asked = { ...query, organisationCodes: ['P01'] };
    expect((await nominations.list(HCM, asked, page)).items).toEqual([]);
    expect(await nominations.ledgerInputs(HANOI, ROUND)).toHaveLength(1);
    expect(await nominations.ledgerInputs(HCM, ROUND)).toEqual([]);
    expect(await nominations.sameHash(HCM, HASH)).toEqual([]);
    expect(await nominations.sameHash(ALL, HASH)).toHaveLength(1);
    const key = { roundId: ROUND, organisationCode: 'P01', nationalIdHash: HASH };
    expect(await nominations.draftOf(HANOI, key)).toMatchObject({ id: hanoi.id });
    expect(await nominations.draftOf(HCM, key)).toBeUndefined();
  });

  it('nominations: writes change nothing of another organisation', async () => {
    expect(await refused(nominations.insert(HCM, hanoiChange(`other-${run}`), []))).toBe(
      'ORG_SCOPE_VIOLATION',
    );
    const withdrawal = withdrawNomination(hanoi, 'Không phải của tôi', aContext());
    expect(await refused(nominations.save(HCM, withdrawal, hanoi.version, []))).toBe('NOT_FOUND');
    await nominations.setDuplicateFlags(HCM, hanoi.id, ['flag-of-someone-else']);
    expect(await nominations.get(ALL, hanoi.id)).toMatchObject({
      status: 'draft',
      version: hanoi.version,
      duplicateFlagIds: [],
    });
    expect(await nominations.get(ALL, `other-${run}`)).toBeUndefined();
  });

  it('quota slots: another organisation takes none and gives none back', async () => {
    const full = { organisationCode: 'P01', ceiling: 5 };
    expect(await slots.claim(HCM, ROUND, full, `intruder-${run}`)).toBe(false);
    expect(await slots.claimRegardless(HCM, ROUND, 'P01', `intruder-${run}`)).toBe(false);
    await slots.release(HCM, ROUND, 'P01', hanoi.id);
    const held = await db
      .collection<{ _id: string; holders: string[] }>('quota_slots')
      .findOne({ _id: `${ROUND}:P01` });
    expect(held?.holders).toEqual([hanoi.id]);
  });

  it("imports: another organisation's report is neither found nor written", async () => {
    const key = { roundId: ROUND, organisationCode: 'P01', fileSha256: 'f'.repeat(64) };
    expect(await imports.find(HANOI, key)).toMatchObject({ importId: `import-${run}` });
    expect(await imports.find(HCM, key)).toBeUndefined();
    const other = { ...key, fileSha256: 'e'.repeat(64) };
    const report = { importId: `intruder-${run}`, rows: [], written: 0, invalid: 0 };
    const by = { importedAt: new Date(), importedBy: 'nominator-P79' };
    expect(await refused(imports.record(HCM, other, report, by))).toBe('ORG_SCOPE_VIOLATION');
    expect(await imports.find(ALL, other)).toBeUndefined();
  });
});
