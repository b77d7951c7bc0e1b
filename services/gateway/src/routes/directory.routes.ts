import { serviceRoutes, type RpcRoute } from './rpc-route.ts';

/**
 * The expert directory. Every profile read is trimmed by the directory to what the caller may
 * see; "me" routes act on the caller's own profile.
 */
export const EXPERT_ROUTES: readonly RpcRoute[] = serviceRoutes('directory', [
  {
    method: 'GET',
    url: '/experts',
    rpc: 'searchExperts',
    tag: 'experts',
    summary:
      'Search experts: words over name, position, bio and skills without diacritics ("chuyen doi so"), filters, facets with counts, cursor pages',
  },
  {
    method: 'POST',
    url: '/experts',
    rpc: 'createProfile',
    status: 201,
    tag: 'experts',
    summary: 'Create the profile of an invited specialist (programme office)',
  },
  {
    method: 'POST',
    url: '/experts/match',
    rpc: 'matchExperts',
    tag: 'experts',
    summary: 'Ranked experts for a need: skills, place, dates, mentoring capacity',
  },
  {
    method: 'GET',
    url: '/experts/me',
    rpc: 'getMyProfile',
    tag: 'experts',
    summary: "The caller's own profile with its visibility settings",
  },
  {
    method: 'POST',
    url: '/experts/me/activity',
    rpc: 'recordActivity',
    tag: 'experts',
    summary: 'Mark the caller active today (the portal calls it once a day)',
  },
  {
    method: 'GET',
    url: '/experts/:expertId',
    rpc: 'getProfile',
    tag: 'experts',
    summary: 'One profile, showing only the fields the caller may see',
  },
  {
    method: 'GET',
    url: '/experts/:expertId/peers',
    rpc: 'findPeers',
    tag: 'experts',
    summary:
      'Experts most like this one (the caller\'s own id for "people like me"), each with why',
  },
  {
    method: 'PUT',
    url: '/experts/:expertId',
    rpc: 'updateProfile',
    tag: 'experts',
    summary: 'Edit position, unit, province, bio, sectors, languages, contact (owner or office)',
  },
  {
    method: 'PUT',
    url: '/experts/:expertId/skills',
    rpc: 'setSkills',
    tag: 'experts',
    summary: 'Replace the self-declared skills; verified ones stay (owner or office)',
  },
  {
    method: 'POST',
    url: '/experts/:expertId/skills/verify',
    rpc: 'verifySkills',
    tag: 'experts',
    summary: 'Mark skills verified by the programme office, with evidence',
  },
  {
    method: 'PUT',
    url: '/experts/:expertId/availability',
    rpc: 'setAvailability',
    tag: 'experts',
    summary: 'Available, limited or unavailable until a date',
  },
  {
    method: 'PUT',
    url: '/experts/:expertId/mentoring',
    rpc: 'setMentoringOffer',
    tag: 'experts',
    summary: 'Willingness to mentor: capacity, topics, online or in person',
  },
  {
    method: 'PUT',
    url: '/experts/:expertId/visibility',
    rpc: 'setVisibility',
    tag: 'experts',
    summary: 'Who sees each field: the network, the programme office, or only the expert',
  },
  {
    method: 'POST',
    url: '/experts/batch',
    rpc: 'batchGetExperts',
    tag: 'experts',
    summary: 'Summaries of up to 200 experts by id',
  },
]);

export const TAXONOMY_ROUTES: readonly RpcRoute[] = serviceRoutes('directory', [
  {
    method: 'GET',
    url: '/skills',
    rpc: 'listSkills',
    tag: 'skills',
    summary: 'The skills taxonomy, searchable without diacritics',
  },
  {
    method: 'POST',
    url: '/skills',
    rpc: 'createSkill',
    status: 201,
    tag: 'skills',
    summary: 'Add a skill to the taxonomy (programme office)',
  },
  {
    method: 'PUT',
    url: '/skills/:code',
    rpc: 'updateSkill',
    tag: 'skills',
    pathFields: { code: 'skill.code' },
    summary: 'Rename, describe or deprecate a skill (programme office)',
  },
  { method: 'GET', url: '/sectors', rpc: 'listSectors', tag: 'skills', summary: 'Sectors' },
]);
