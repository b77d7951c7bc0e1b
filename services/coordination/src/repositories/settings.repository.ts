import { ensureIndexes, updateVersioned } from '@expertnet/platform';
import type { Db } from 'mongodb';
import { DEFAULT_SERVICE_LEVELS, type ServiceLevelSettings } from '../domain/index.ts';

interface ServiceLevelsDocument extends ServiceLevelSettings {
  _id: 'service-levels';
  version: number;
}

/** The office's settings: the service levels (one document, versioned). */
export function settingsRepository(db: Db) {
  const settings = db.collection<ServiceLevelsDocument>('settings');
  return {
    ensureIndexes: () => ensureIndexes(settings, []),
    async serviceLevels(): Promise<{ levels: ServiceLevelSettings; version: number }> {
      const found = await settings.findOne({ _id: 'service-levels' });
      if (found === null) return { levels: DEFAULT_SERVICE_LEVELS, version: 0 };
      return {
        levels: {
          triageWorkingDays: found.triageWorkingDays,
          firstOfferWorkingDays: found.firstOfferWorkingDays,
        },
        version: found.version,
      };
    },
    async setServiceLevels(levels: ServiceLevelSettings, expectedVersion: number) {
      if (expectedVersion === 0) {
        await settings.insertOne({ _id: 'service-levels', ...levels, version: 1 });
        return;
      }
      await updateVersioned(
        settings,
        { _id: 'service-levels' },
        expectedVersion,
        { $set: levels },
        'the service levels',
      );
    },
  };
}

export type SettingsRepository = ReturnType<typeof settingsRepository>;
