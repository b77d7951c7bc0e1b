/** Reference data the directory starts with: the skills taxonomy and the sectors. */
export {
  DEFAULT_TAXONOMY,
  SKILL_CATEGORIES,
  SKILL_CATEGORY_NAMES,
  taxonomyOf,
  type SkillCategory,
} from './taxonomy.ts';
export { DEFAULT_SECTORS, sectorsOf } from './sectors.ts';
