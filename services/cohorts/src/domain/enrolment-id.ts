import { nameBasedUuid } from '@expertnet/platform';

/**
 * Namespace of enrolment ids (a random UUID fixed once): changing it would give every nomination
 * a second enrolment id, so it never changes.
 */
export const ENROLMENT_ID_NAMESPACE = '965705ca-371e-478b-908b-14f048cb15eb';

/**
 * The enrolment id of a nomination. The same accepted event, delivered twice or handled by two
 * replicas at once, names the same enrolment, so the store's unique _id refuses the second insert
 * instead of enrolling twice; and the id is still the UUID the API validates.
 */
export const enrolmentIdFor = (nominationId: string) =>
  nameBasedUuid(ENROLMENT_ID_NAMESPACE, nominationId);
