import { serviceActor, type ChangeContext } from '@expertnet/platform';

/** The service's own changes (moving on, the sweeps) are audited as it. */
export const SERVICE_ACTOR = serviceActor('coordination');

export const serviceContext = (now: Date): ChangeContext => ({
  actor: SERVICE_ACTOR,
  now,
  resolve: (code) => code,
});
