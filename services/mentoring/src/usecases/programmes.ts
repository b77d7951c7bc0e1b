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

export const getProgramme = (deps: Dependencies) => async (caller: Caller, programmeId: string) => {
  allow(caller, 'GetProgramme');
  return loadProgramme(deps, programmeId);
};

export const listProgrammes =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly onlyOpen: boolean; readonly page: { pageSize: number; cursor: string } },
  ) => {
    allow(caller, 'ListProgrammes');
    return deps.programmes.list(
      input.onlyOpen ? vietnamDateOf(caller.context.now) : undefined,
      input.page,
    );
  };
