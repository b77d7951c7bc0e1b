import {
  DomainError,
  type CallContext,
  type createLogger,
  type DomainActor,
} from '@expertnet/platform';
import type { PageRequest } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import type { Catalogue } from '../catalogue.ts';
import {
  authorise,
  type AccessTarget,
  type ExpertProfile,
  type Operation,
  type Party,
} from '../domain/index.ts';
import type { ProfileWriter } from '../profile-writer.ts';
import type { ProfilesStore } from '../persistence/profiles-store.ts';
import type { SkillsStore } from '../persistence/skills-store.ts';
import type { ExpertIndex } from '../read-model/expert-index.ts';

/** What the handlers need from outside: stores, the read model, the catalogue, the clock. */
export interface Dependencies {
  readonly profiles: ProfilesStore;
  readonly skills: SkillsStore;
  readonly index: ExpertIndex;
  readonly catalogue: Catalogue;
  readonly write: ProfileWriter;
  readonly now: () => Date;
  readonly logger: ReturnType<typeof createLogger>;
}

/** Authorises `operation` on what it touches (see the domain's ACCESS table), or throws. */
export const allow = (call: CallContext, operation: Operation, target: AccessTarget = {}): Party =>
  authorise(call.principal, operation, target);

export function actorOf({ principal }: CallContext): DomainActor {
  return {
    subject: principal.subject,
    orgCode: principal.org,
    roles: [...principal.roles].sort(),
    service: principal.service,
  };
}

export function found(profile: ExpertProfile | undefined, what: string): ExpertProfile {
  if (profile === undefined) {
    throw new DomainError('not-found', 'PROFILE_NOT_FOUND', `${what} does not exist`);
  }
  return profile;
}

export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) {
    throw new DomainError('invalid-argument', 'REQUIRED', `${field} is required`, {
      violations: [{ field, description: 'is required' }],
    });
  }
  return value;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const pageSizeOf = (page: PageRequest | undefined) =>
  Math.min(
    page === undefined || page.pageSize === 0 ? DEFAULT_PAGE_SIZE : page.pageSize,
    MAX_PAGE_SIZE,
  );

/**
 * Lists ranked in memory (peers, matches, skills) page by position: the cursor is the offset of
 * the next row, encoded so nobody mistakes it for an API to compute.
 */
export function offsetOf(page: PageRequest | undefined): number {
  const cursor = page?.cursor ?? '';
  if (cursor === '') return 0;
  const match = /^o:(\d{1,9})$/u.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match === null) {
    throw new DomainError(
      'invalid-argument',
      'INVALID_CURSOR',
      'page.cursor is not a cursor of this list',
      {
        violations: [{ field: 'page.cursor', description: 'is not a cursor of this list' }],
      },
    );
  }
  return Number(match[1]);
}

/** One page of an in-memory ranking, with the cursor of the next. */
export function pageOfList<T>(all: readonly T[], offset: number, size: number) {
  const items = all.slice(offset, offset + size);
  const next = offset + size < all.length ? offset + size : undefined;
  return {
    items,
    nextCursor: next === undefined ? '' : Buffer.from(`o:${next}`, 'utf8').toString('base64url'),
  };
}
