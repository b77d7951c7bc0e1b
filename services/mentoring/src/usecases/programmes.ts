import { vietnamDateOf } from '@expertnet/platform';
import {
  assertVersion,
  checkSettings,
  EVENT_TYPES,
  notFound,
  type MentoringEvent,
  type Programme,
  type ProgrammeSettings,
} from '../domain/index.ts';
import { PROGRAMMES_COLLECTION } from '../repositories/programmes.repository.ts';
import { allow, type Caller } from './shared/caller.ts';
import { envelopes, written, type Dependencies } from './shared/dependencies.ts';

const changed = (programme: Programme, updated: boolean): MentoringEvent => ({
  type: EVENT_TYPES.programmeChanged,
  orgCode: '',
  payload: { programme, updated },
});

export const createProgramme =
  (deps: Dependencies) =>
  async (caller: Caller, settings: ProgrammeSettings): Promise<Programme> => {
    allow(caller, 'CreateProgramme');
    checkSettings(settings);
    const { now } = caller.context;
    const programme: Programme = {
      id: deps.newId(),
      settings,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await deps.programmes.insert(
      programme,
      envelopes(deps, [changed(programme, false)], caller.context),
    );
    written(deps, undefined, PROGRAMMES_COLLECTION, programme.id);
    return programme;
  };

export const updateProgramme =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly programmeId: string;
      readonly expectedVersion: number;
      readonly settings: ProgrammeSettings;
    },
  ): Promise<Programme> => {
    allow(caller, 'UpdateProgramme');
    checkSettings(input.settings);
    const current = await loadProgramme(deps, input.programmeId);
    assertVersion(current, input.expectedVersion, `programme ${current.id}`);
    const next: Programme = {
      ...current,
      settings: input.settings,
      version: current.version + 1,
      updatedAt: caller.context.now,
    };
    written(
      deps,
      await deps.programmes.replace(
        next,
        current.version,
        envelopes(deps, [changed(next, true)], caller.context),
        `programme ${current.id}`,
      ),
    );
    return next;
  };

export async function loadProgramme(
  deps: Dependencies,
  programmeId: string,
  field = 'programme_id',
) {
  return (
    (await deps.programmes.get(programmeId)) ??
    Promise.reject(notFound(field, `programme ${programmeId}`))
  );
}

export interface ProgrammeCounts {
  readonly applications: number;
  readonly activePairs: number;
  readonly completedPairs: number;
}

/** How far each programme has got: applications taken (not withdrawn), pairs active and completed. */
async function countsOf(
  deps: Dependencies,
  programmeIds: readonly string[],
): Promise<Map<string, ProgrammeCounts>> {
  const [applications, pairs] = await Promise.all([
    deps.applications.countByProgramme(programmeIds),
    deps.assignments.countByProgramme(programmeIds),
  ]);
  return new Map(
    programmeIds.map((id) => [
      id,
      {
        applications: applications.get(id) ?? 0,
        activePairs: pairs.get(id)?.get('active') ?? 0,
        completedPairs: pairs.get(id)?.get('completed') ?? 0,
      },
    ]),
  );
}

const NO_COUNTS: ProgrammeCounts = { applications: 0, activePairs: 0, completedPairs: 0 };

export const getProgramme = (deps: Dependencies) => async (caller: Caller, programmeId: string) => {
  allow(caller, 'GetProgramme');
  const programme = await loadProgramme(deps, programmeId);
  return {
    programme,
    counts: (await countsOf(deps, [programme.id])).get(programme.id) ?? NO_COUNTS,
  };
};

export const listProgrammes =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly onlyOpen: boolean; readonly page: { pageSize: number; cursor: string } },
  ) => {
    allow(caller, 'ListProgrammes');
    const page = await deps.programmes.list(
      input.onlyOpen ? vietnamDateOf(caller.context.now) : undefined,
      input.page,
    );
    const counts = await countsOf(
      deps,
      page.items.map((programme) => programme.id),
    );
    return {
      items: page.items.map((programme) => ({
        programme,
        counts: counts.get(programme.id) ?? NO_COUNTS,
      })),
      nextCursor: page.nextCursor,
    };
  };
