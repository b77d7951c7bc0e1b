/**
 * Slots by province, organisation, sector and skill code (network-visible values only): the
 * candidates of find-peers and match, which only ever suggest someone sharing one of these, and
 * a narrow starting set for a search filtered on one of them.
 */
import { SlotList } from './postings.ts';
import type { ProfileTable } from './table.ts';

export class CodeIndex {
  readonly province: SlotList[] = [];
  readonly organisation: SlotList[] = [];
  readonly sector: SlotList[] = [];
  readonly skill: SlotList[] = [];

  add(slot: number, table: ProfileTable): void {
    listOf(this.province, table.province[slot] ?? 0).add(slot);
    listOf(this.organisation, table.organisation[slot] ?? 0).add(slot);
    for (const id of table.sectorLists.list(table.sectorList[slot] ?? 0)) {
      listOf(this.sector, id).add(slot);
    }
    for (const id of table.skillCodeLists.list(table.skillCodeList[slot] ?? 0)) {
      listOf(this.skill, id).add(slot);
    }
  }

  renumber(newSlotOf: Int32Array): void {
    for (const lists of [this.province, this.organisation, this.sector, this.skill]) {
      for (const list of lists) list.renumber(newSlotOf);
    }
  }
}

function listOf(lists: SlotList[], id: number): SlotList {
  let list = lists[id];
  if (list === undefined) {
    list = new SlotList();
    lists[id] = list;
  }
  return list;
}
