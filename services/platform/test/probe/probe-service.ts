import { DomainError, requireOrgScope, requireRole, type HandlersOf } from '@expertnet/platform';
import { ProbeService, type Note } from '@expertnet/proto/expertnet/probe/v1/probe_pb.ts';

/** Roles that work across organisations in the probe, as the programme office will in services. */
const CROSS_ORG = ['programme-office'];

/** A small organisation-scoped service built only from the kit: what a real service looks like. */
export function probeHandlers(): HandlersOf<typeof ProbeService> {
  const notes = new Map<string, Omit<Note, '$typeName'>>();
  return {
    getNote(request, { principal }) {
      requireRole(principal, 'nominator', 'programme-office');
      requireOrgScope(principal, request.orgCode, CROSS_ORG);
      const note = notes.get(request.orgCode);
      if (note === undefined) {
        throw new DomainError('not-found', 'NOTE_NOT_FOUND', `${request.orgCode} has no note`);
      }
      return Promise.resolve({ note });
    },
    saveNote(request, { principal }) {
      requireRole(principal, 'nominator', 'programme-office');
      requireOrgScope(principal, request.orgCode, CROSS_ORG);
      const note = {
        orgCode: request.orgCode,
        text: request.text,
        contactEmail: request.contactEmail,
        savedBy: principal.subject,
      };
      notes.set(request.orgCode, note);
      return Promise.resolve({ note });
    },
  };
}

export { ProbeService };
