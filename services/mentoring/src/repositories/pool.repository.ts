import {
  appliedOnce,
  ensureIndexes,
  findPage,
  updateVersioned,
  type PageQuery,
} from '@expertnet/platform';
import type { Db } from 'mongodb';
import type { LocalizedText, PoolMentor } from '../domain/index.ts';

export const EXPERTS_COLLECTION = 'experts';

/**
 * The directory's experts as mentoring keeps them (mentors and mentees alike), with the places
 * held against each mentor's maximum. Profile facts come from directory events, applied only when
 * newer than what is held; places change by versioned updates of this one document, so capacity
 * is decided by a single atomic write however many acceptances race.
 */
export interface ExpertDocument extends Omit<
  PoolMentor,
  'expertId' | 'heldPlaces' | 'pending' | 'active'
> {
  _id: string;
  // Absent until a place is first held: FerretDB 1.24 drops empty arrays given in $setOnInsert.
  pending?: string[];
  active?: string[];
  /** The directory profile version last applied. */
  profileVersion: number;
  /** The nomination a graduate's profile came from ('' for invited experts). */
  nominationId: string;
  /** The taxonomy's names of their skills, for the reasons matching gives. */
  skillNames: Record<string, LocalizedText>;
  /** Whether any place is held: what the reconcile sweep looks for. */
  holding?: boolean;
  version: number;
  appliedEvents?: string[];
}

/**
 * Profile facts from one directory event. Where a graduate's profile came from is told once, by
 * ProfileCreated: later snapshots leave it as it is.
 */
export type ExpertFacts = Omit<
  ExpertDocument,
  | '_id'
  | 'pending'
  | 'active'
  | 'version'
  | 'appliedEvents'
  | 'holding'
  | 'enrolmentId'
  | 'nominationId'
> & { readonly origin?: { readonly enrolmentId: string; readonly nominationId: string } };

/** A trainee as cohorts events describe them. */
export interface TraineeDocument {
  _id: string;
  userSubject: string;
  email: string;
  fullName: string;
  organisationCode: string;
  unit: string;
  cohortId: string;
  nominationId: string;
  status: 'enrolled' | 'graduated' | 'dropped';
  appliedEvents?: string[];
}

/** Who nominated and who reviewed a nomination: never the nominee's mentor. */
interface NominationDocument {
  _id: string;
  subjects: string[];
  appliedEvents?: string[];
}

const toMentor = ({
  _id,
  profileVersion: _p,
  nominationId: _n,
  skillNames: _s,
  holding: _h,
  version: _v,
  appliedEvents: _a,
  pending = [],
  active = [],
  ...rest
}: ExpertDocument): PoolMentor => ({
  ...rest,
  expertId: _id,
  pending,
  active,
  heldPlaces: pending.length + active.length,
});

export function poolRepository(db: Db) {
  const experts = db.collection<ExpertDocument>(EXPERTS_COLLECTION);
  const trainees = db.collection<TraineeDocument>('trainees');
  const nominations = db.collection<NominationDocument>('nominations');
  return {
    async ensureIndexes() {
      await ensureIndexes(experts, [
        { name: 'subject', key: { userSubject: 1 }, serves: 'the caller as a mentee or mentor' },
        {
          name: 'willing',
          key: { willing: 1, fullName: 1, _id: 1 },
          serves: 'the mentor pool, by name',
        },
        { name: 'enrolment', key: { enrolmentId: 1 }, serves: "a graduate's cohort" },
        {
          name: 'holding',
          key: { holding: 1 },
          serves: 'mentors holding places (the reconcile sweep)',
        },
      ]);
      await ensureIndexes(trainees, [
        { name: 'subject', key: { userSubject: 1 }, serves: 'the caller as a trainee' },
        { name: 'email', key: { email: 1 }, serves: 'a trainee not yet linked to a sign-in' },
        { name: 'cohort', key: { cohortId: 1 }, serves: "a programme's cohort rules" },
      ]);
    },

    /** Applies a directory snapshot unless a newer one is held; places are kept. */
    async applyProfile(expertId: string, event: ExpertFacts, eventId: string): Promise<void> {
      const once = appliedOnce(eventId);
      const { origin, ...facts } = event;
      await experts
        .updateOne(
          { _id: expertId, profileVersion: { $lt: facts.profileVersion }, ...once.filter },
          {
            $set: { ...facts, ...origin },
            $setOnInsert: {
              version: 1,
              ...(origin === undefined && { enrolmentId: '', nominationId: '' }),
            },
            $push: once.push,
          },
          { upsert: true },
        )
        .catch((error: unknown) => {
          // The upsert met the document (a newer snapshot held): nothing to apply.
          if ((error as { code?: number }).code !== 11000) throw error;
        });
    },

    async setAvailability(
      expertId: string,
      availability: PoolMentor['availability'],
      profileVersion: number,
    ) {
      await experts.updateOne(
        { _id: expertId, profileVersion: { $lt: profileVersion } },
        { $set: { availability, profileVersion } },
      );
    },

    async mentor(expertId: string): Promise<PoolMentor | undefined> {
      const found = await experts.findOne({ _id: expertId });
      return found === null ? undefined : toMentor(found);
    },
    async mentorWithVersion(expertId: string) {
      const found = await experts.findOne({ _id: expertId });
      return found === null
        ? undefined
        : { mentor: toMentor(found), version: found.version, document: found };
    },
    async expert(expertId: string) {
      return (await experts.findOne({ _id: expertId })) ?? undefined;
    },
    /** Every profile linked to the person's sign-in (the directory keeps one; tests may leave more). */
    async expertIdsOfSubject(subject: string): Promise<string[]> {
      if (subject === '') return [];
      const found = await experts
        .find({ userSubject: subject })
        .project<{ _id: string }>({ _id: 1 })
        .toArray();
      return found.map((expert) => expert._id);
    },
    /** The person's profile; the latest if the directory ever held two (it keeps one per person). */
    async expertOfSubject(subject: string) {
      return (
        (await experts.findOne({ userSubject: subject }, { sort: { profileVersion: -1 } })) ??
        undefined
      );
    },
    /** Mentors with places held, whose holds the reconcile sweep checks against their pairs. */
    async holdingMentors(): Promise<PoolMentor[]> {
      return (await experts.find({ holding: true }).toArray()).map(toMentor);
    },
    /** The pool: every willing mentor, and the names of the skills they hold. */
    async willingMentorsWithLabels() {
      const found = await experts.find({ willing: true }).toArray();
      const labels = new Map<string, LocalizedText>();
      for (const expert of found) {
        for (const [code, name] of Object.entries(expert.skillNames)) labels.set(code, name);
      }
      return { mentors: found.map(toMentor), labels };
    },
    async mentorsByIds(ids: readonly string[]): Promise<PoolMentor[]> {
      return (await experts.find({ _id: { $in: [...ids] } }).toArray()).map(toMentor);
    },

    /**
     * A page of willing mentors by name. "With capacity" is filtered on the page read (a free
     * place compares two fields, which the supported query subset cannot), so a page may be short.
     */
    async listMentors(query: {
      readonly skillCodes: readonly string[];
      readonly provinceCodes: readonly string[];
      readonly onlyWithCapacity: boolean;
      readonly page: PageQuery;
    }) {
      const page = await findPage(
        experts,
        {
          willing: true,
          ...(query.skillCodes.length > 0 && { 'skills.code': { $in: [...query.skillCodes] } }),
          ...(query.provinceCodes.length > 0 && {
            provinceCode: { $in: [...query.provinceCodes] },
          }),
        },
        'fullName',
        query.page,
      );
      const mentors = page.items.map((document) => toMentor(document));
      return {
        items: query.onlyWithCapacity
          ? mentors.filter((mentor) => mentor.heldPlaces < mentor.maxMentees)
          : mentors,
        nextCursor: page.nextCursor,
      };
    },

    /** Writes the mentor's places if the document is still at `expectedVersion`. */
    async setPlaces(
      expertId: string,
      expectedVersion: number,
      places: { readonly pending: readonly string[]; readonly active: readonly string[] },
    ) {
      await updateVersioned(
        experts,
        { _id: expertId },
        expectedVersion,
        {
          $set: {
            pending: [...places.pending],
            active: [...places.active],
            holding: places.pending.length + places.active.length > 0,
          },
        },
        `mentor ${expertId}`,
      );
    },

    async applyTrainee(trainee: TraineeDocument, eventId: string) {
      const once = appliedOnce(eventId);
      const { _id, appliedEvents: _a, ...fields } = trainee;
      await trainees
        .updateOne({ _id, ...once.filter }, { $set: fields, $push: once.push }, { upsert: true })
        .catch((error: unknown) => {
          if ((error as { code?: number }).code !== 11000) throw error;
        });
    },
    async traineeOf(subject: string, email: string | undefined) {
      const bySubject = await trainees.find({ userSubject: subject }).toArray();
      if (bySubject.length > 0 || email === undefined || email === '') return bySubject;
      return trainees.find({ email: email.toLowerCase() }).toArray();
    },
    async traineesByEnrolment(enrolmentIds: readonly string[]) {
      return trainees.find({ _id: { $in: [...enrolmentIds] } }).toArray();
    },
    /** The enrolments of these cohorts (a programme's cohort rules). */
    async enrolmentsIn(cohortIds: readonly string[]): Promise<Set<string>> {
      const found = await trainees
        .find({ cohortId: { $in: [...cohortIds] } })
        .project<{ _id: string }>({ _id: 1 })
        .toArray();
      return new Set(found.map((trainee) => trainee._id));
    },

    async addNominationSubject(nominationId: string, subject: string, eventId: string) {
      const once = appliedOnce(eventId);
      await nominations
        .updateOne(
          { _id: nominationId, ...once.filter },
          { $addToSet: { subjects: subject }, $push: once.push },
          { upsert: true },
        )
        .catch((error: unknown) => {
          if ((error as { code?: number }).code !== 11000) throw error;
        });
    },
    async conflictSubjects(nominationIds: readonly string[]): Promise<string[]> {
      if (nominationIds.length === 0) return [];
      const found = await nominations.find({ _id: { $in: [...nominationIds] } }).toArray();
      return found.flatMap((nomination) => nomination.subjects);
    },
  };
}

export type PoolRepository = ReturnType<typeof poolRepository>;
