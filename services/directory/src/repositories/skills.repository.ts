import { DomainError } from '@expertnet/platform';
import { MongoServerError, type Db } from 'mongodb';
import type { SkillDefinition } from '../domain/index.ts';

/**
 * The skills taxonomy: small (tens of entries), read whole and held in memory by the service. One
 * vocabulary for the whole network, owned by the programme office: no organisation scope.
 */
interface SkillDocument extends Omit<SkillDefinition, 'code'> {
  _id: string;
}

const DUPLICATE_KEY = 11000;

const toSkill = ({ _id, ...rest }: SkillDocument): SkillDefinition => ({ code: _id, ...rest });
const toDocument = ({ code, ...rest }: SkillDefinition): SkillDocument => ({ _id: code, ...rest });

/** The only code that touches the `skills` collection. */
export function skillsRepository(db: Db) {
  const skills = db.collection<SkillDocument>('skills');

  /** False when the code exists already. */
  async function insert(skill: SkillDefinition): Promise<boolean> {
    try {
      await skills.insertOne(toDocument(skill));
      return true;
    } catch (error) {
      if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  return {
    insert,

    all: async () => (await skills.find({}).toArray()).map(toSkill),

    /**
     * Adds the default vocabulary's skills the database lacks; edits the office made stay. Each
     * insert may race another replica's: the loser's duplicate key is the expected outcome.
     */
    async seed(defaults: readonly SkillDefinition[]): Promise<number> {
      const held = new Set(
        (await skills.find({}, { projection: { _id: 1 } }).toArray()).map((d) => d._id),
      );
      let added = 0;
      for (const skill of defaults.filter((candidate) => !held.has(candidate.code))) {
        if (await insert(skill)) added += 1;
      }
      return added;
    },

    async replace(skill: SkillDefinition): Promise<void> {
      const result = await skills.replaceOne({ _id: skill.code }, toDocument(skill));
      if (result.matchedCount === 0) {
        throw new DomainError('not-found', 'SKILL_NOT_FOUND', `skill ${skill.code} does not exist`);
      }
    },
  };
}

export type SkillsRepository = ReturnType<typeof skillsRepository>;
