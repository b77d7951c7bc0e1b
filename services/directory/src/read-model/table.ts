/**
 * The read model's rows: one slot per indexed profile, with the parts of its network view that
 * filters, facets, peers and match read stored as typed columns (codes as dictionary numbers, code
 * lists as ListPool numbers). Only network-visible data goes in, so a withheld field can neither
 * match nor count. Slots of removed or replaced profiles are tombstoned and reclaimed by `compact`.
 */
import {
  AVAILABILITY_STATUSES,
  canSee,
  skillRank,
  visibilityOf,
  type AvailabilityStatus,
  type ExpertProfile,
  type ExpertSkill,
  type Taxonomy,
  type VisibilityField,
} from '../domain/index.ts';
import { clearBit, setBit } from './bits.ts';
import { Dictionary, grown, ListPool } from './dictionary.ts';
import { MAX_SLOTS } from './postings.ts';
import { SkillVariants } from './skills.ts';
import { TextCache } from './text-cache.ts';

/** 0 when the network may not see the availability; else 1 + its index in AVAILABILITY_STATUSES. */
export const HIDDEN_STATUS = 0;
export const statusNumber = (status: AvailabilityStatus) =>
  AVAILABILITY_STATUSES.indexOf(status) + 1;
export const AVAILABLE = statusNumber('available');

/** A held skill as one integer: code id, then its rank (0..4) and whether it is verified. */
export const skillEntry = (codeId: number, rank: number, verified: boolean) =>
  codeId * 16 + rank * 2 + (verified ? 1 : 0);
export const entryCode = (entry: number) => Math.floor(entry / 16);
export const entryRank = (entry: number) => (entry >> 1) & 7;
export const entryVerified = (entry: number) => (entry & 1) === 1;

const seenByNetwork = (profile: ExpertProfile, field: VisibilityField) =>
  canSee('network', visibilityOf(profile.visibility, field));

const visibleSkills = (profile: ExpertProfile): readonly ExpertSkill[] =>
  seenByNetwork(profile, 'skills') ? profile.skills : [];
const visibleSectors = (profile: ExpertProfile): readonly string[] =>
  seenByNetwork(profile, 'sectors') ? profile.sectorCodes : [];
const visibleBio = (profile: ExpertProfile) => (seenByNetwork(profile, 'bio') ? profile.bio : '');

const INITIAL_CAPACITY = 256;

export class ProfileTable {
  readonly provinces = new Dictionary();
  readonly organisations = new Dictionary();
  readonly sectors = new Dictionary();
  readonly skills = new Dictionary();
  readonly languages = new Dictionary();
  /** "until" days; id 0 is '' (no end), which never expires. */
  readonly untils = new Dictionary();
  readonly variants: SkillVariants;
  readonly texts = new TextCache();
  /** Raw sector ids in the profile's order (peers count repeats as the domain does). */
  readonly sectorLists = new ListPool();
  /** Held skills in the profile's order, as skillEntry numbers. */
  readonly skillLists = new ListPool();
  /** Distinct skill code ids, for facets and postings. */
  readonly skillCodeLists = new ListPool();
  /** SkillVariants ids in the profile's order, for words and matched skill codes. */
  readonly variantLists = new ListPool();
  /** Distinct language ids. */
  readonly languageLists = new ListPool();

  /** Slots handed out so far, live or not. */
  slotCount = 0;
  live = 0;
  ids: string[] = [];
  profiles: (ExpertProfile | undefined)[] = [];
  alive = new Uint8Array(INITIAL_CAPACITY);
  /** `alive` as bits, for intersecting with term sets a word (32 slots) at a time. */
  aliveBits = new Uint32Array(INITIAL_CAPACITY / 32);
  province = new Int32Array(INITIAL_CAPACITY);
  organisation = new Int32Array(INITIAL_CAPACITY);
  status = new Uint8Array(INITIAL_CAPACITY);
  until = new Int32Array(INITIAL_CAPACITY);
  willing = new Uint8Array(INITIAL_CAPACITY);
  certified = new Uint8Array(INITIAL_CAPACITY);
  /** Milliseconds; meaningful only where hasLastActive is 1. */
  lastActive = new Float64Array(INITIAL_CAPACITY);
  hasLastActive = new Uint8Array(INITIAL_CAPACITY);
  /** Numbers of lists in the pools above. */
  sectorList = new Int32Array(INITIAL_CAPACITY);
  skillList = new Int32Array(INITIAL_CAPACITY);
  skillCodeList = new Int32Array(INITIAL_CAPACITY);
  variantList = new Int32Array(INITIAL_CAPACITY);
  languageList = new Int32Array(INITIAL_CAPACITY);
  nameKey: string[] = [];
  /** Folded words joined by single spaces, as scoreProfile's fields hold them. */
  nameText: string[] = [];
  positionText: string[] = [];

  constructor(taxonomy: Taxonomy) {
    this.variants = new SkillVariants(taxonomy);
    this.untils.idOf('');
  }

  get capacity(): number {
    return this.alive.length;
  }

  /** A new slot holding `profile`. */
  allocate(profile: ExpertProfile): number {
    const slot = this.slotCount;
    if (slot >= MAX_SLOTS) throw new Error('expert index is full');
    if (slot === this.capacity) this.#grow(slot * 2);
    this.slotCount += 1;
    this.live += 1;
    this.alive[slot] = 1;
    setBit(this.aliveBits, slot);
    this.ids[slot] = profile.id;
    this.province[slot] = this.provinces.idOf(profile.provinceCode);
    this.organisation[slot] = this.organisations.idOf(profile.organisationCode);
    this.sectorList[slot] = this.sectorLists.intern(
      visibleSectors(profile).map((code) => this.sectors.idOf(code)),
    );
    const skills = visibleSkills(profile);
    this.variantList[slot] = this.variantLists.intern(
      skills.map((skill) => this.variants.idOf(skill)),
    );
    this.skillCodeList[slot] = this.skillCodeLists.intern([
      ...new Set(skills.map((skill) => this.skills.idOf(skill.code))),
    ]);
    this.nameKey[slot] = this.texts.sortKey(profile.fullName);
    this.nameText[slot] = this.texts.words(profile.fullName);
    this.positionText[slot] = this.texts.words(profile.position);
    this.update(slot, profile);
    return slot;
  }

  /**
   * Rewrites the columns a profile can change without touching the postings (availability,
   * activity, mentoring, credentials, languages, skill levels); see `sameIndexedParts`.
   */
  update(slot: number, profile: ExpertProfile): void {
    this.profiles[slot] = profile;
    this.skillList[slot] = this.skillLists.intern(
      visibleSkills(profile).map((skill) =>
        skillEntry(
          this.skills.idOf(skill.code),
          skillRank(skill.level),
          skill.source === 'verified',
        ),
      ),
    );
    this.languageList[slot] = this.languageLists.intern(
      seenByNetwork(profile, 'languages')
        ? [...new Set(profile.languages.map((language) => this.languages.idOf(language.code)))]
        : [],
    );
    const availability = seenByNetwork(profile, 'availability');
    this.status[slot] = availability ? statusNumber(profile.availability.status) : HIDDEN_STATUS;
    this.until[slot] = availability ? this.untils.idOf(profile.availability.until) : 0;
    this.willing[slot] = seenByNetwork(profile, 'mentoring') && profile.mentoring.willing ? 1 : 0;
    this.certified[slot] =
      seenByNetwork(profile, 'certificates') &&
      profile.credentials.some((credential) => !credential.revoked)
        ? 1
        : 0;
    // An invalid date matches no activity filter either way; it sorts with the unseen.
    const lastActive = seenByNetwork(profile, 'lastActive') ? profile.lastActiveAt.getTime() : NaN;
    this.hasLastActive[slot] = Number.isNaN(lastActive) ? 0 : 1;
    this.lastActive[slot] = Number.isNaN(lastActive) ? 0 : lastActive;
  }

  /**
   * The bio's folded words as the network sees them. Derived when needed (indexing, phrase bonus,
   * long words) rather than stored: bios are the bulk of the text and rarely read.
   */
  bioText(slot: number): string {
    const profile = this.profiles[slot];
    return profile === undefined ? '' : this.texts.words(visibleBio(profile));
  }

  /** Whether `profile` indexes exactly like the slot: then an edit needs no new slot. */
  sameIndexedParts(slot: number, profile: ExpertProfile): boolean {
    const old = this.profiles[slot];
    if (old === undefined) return false;
    return (
      old.fullName === profile.fullName &&
      old.position === profile.position &&
      old.provinceCode === profile.provinceCode &&
      old.organisationCode === profile.organisationCode &&
      visibleBio(old) === visibleBio(profile) &&
      sameList(visibleSectors(old), visibleSectors(profile)) &&
      sameSkillNames(visibleSkills(old), visibleSkills(profile))
    );
  }

  kill(slot: number): void {
    if (this.alive[slot] !== 1) return;
    this.alive[slot] = 0;
    clearBit(this.aliveBits, slot);
    this.live -= 1;
    // The id and name key stay: the name order still compares the dead slot until compaction.
    this.profiles[slot] = undefined;
  }

  get dead(): number {
    return this.slotCount - this.live;
  }

  /** Moves the live slots down over the dead ones, in order; returns each old slot's new one. */
  compact(): Int32Array {
    const newSlotOf = new Int32Array(this.slotCount).fill(-1);
    let next = 0;
    for (let slot = 0; slot < this.slotCount; slot += 1) {
      if (this.alive[slot] !== 1) continue;
      newSlotOf[slot] = next;
      if (next !== slot) this.#move(slot, next);
      next += 1;
    }
    this.slotCount = next;
    this.alive.fill(0, next);
    this.aliveBits.fill(0);
    for (let slot = 0; slot < next; slot += 1) setBit(this.aliveBits, slot);
    for (const column of this.#objectColumns()) column.length = next;
    return newSlotOf;
  }

  #move(from: number, to: number): void {
    for (const column of this.#numericColumns()) column[to] = column[from] ?? 0;
    for (const column of this.#objectColumns()) column[to] = column[from];
  }

  #numericColumns() {
    return [
      this.alive,
      this.province,
      this.organisation,
      this.status,
      this.until,
      this.willing,
      this.certified,
      this.lastActive,
      this.hasLastActive,
      this.sectorList,
      this.skillList,
      this.skillCodeList,
      this.variantList,
      this.languageList,
    ];
  }

  #objectColumns(): unknown[][] {
    return [this.ids, this.profiles, this.nameKey, this.nameText, this.positionText];
  }

  #grow(capacity: number): void {
    this.alive = grown(this.alive, capacity);
    this.aliveBits = grown(this.aliveBits, capacity / 32);
    this.province = grown(this.province, capacity);
    this.organisation = grown(this.organisation, capacity);
    this.status = grown(this.status, capacity);
    this.until = grown(this.until, capacity);
    this.willing = grown(this.willing, capacity);
    this.certified = grown(this.certified, capacity);
    this.lastActive = grown(this.lastActive, capacity);
    this.hasLastActive = grown(this.hasLastActive, capacity);
    this.sectorList = grown(this.sectorList, capacity);
    this.skillList = grown(this.skillList, capacity);
    this.skillCodeList = grown(this.skillCodeList, capacity);
    this.variantList = grown(this.variantList, capacity);
    this.languageList = grown(this.languageList, capacity);
  }
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

function sameSkillNames(a: readonly ExpertSkill[], b: readonly ExpertSkill[]): boolean {
  return (
    a.length === b.length &&
    a.every((skill, index) => {
      const other = b[index];
      return (
        other?.code === skill.code &&
        skill.name.vi === other.name.vi &&
        skill.name.en === other.name.en
      );
    })
  );
}
