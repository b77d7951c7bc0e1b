import { serviceActor } from '@expertnet/platform';

/** Changes the service makes on its own (the cohorts consumer): the service is the actor. */
export const DIRECTORY_ACTOR = serviceActor('svc-directory');
