import { createHash } from 'node:crypto';

/**
 * Namespace of enrolment ids (a random UUID fixed once): changing it would give every nomination
 * a second enrolment id, so it never changes.
 */
export const ENROLMENT_ID_NAMESPACE = '965705ca-371e-478b-908b-14f048cb15eb';

/** A name-based UUID, version 5 (SHA-1) of RFC 9562. */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}

/**
 * The enrolment id of a nomination. The same accepted event, delivered twice or handled by two
 * replicas at once, names the same enrolment, so the store's unique _id refuses the second insert
 * instead of enrolling twice; and the id is still the UUID the API validates.
 */
export const enrolmentIdFor = (nominationId: string) =>
  nameBasedUuid(ENROLMENT_ID_NAMESPACE, nominationId);
