import { describe, expect, it } from 'vitest';
import {
  draftOf,
  EMPTY_REQUEST,
  listError,
  needsAddress,
  newRequestId,
  removeAt,
  replaceAt,
  requestDetails,
  type RequestDraft,
} from './request-draft.ts';

const DRAFT: RequestDraft = {
  ...EMPTY_REQUEST,
  title: '  Kho dữ liệu dùng chung  ',
  description: 'Tư vấn kiến trúc kho dữ liệu dùng chung cho các sở.',
  sectorCode: 'public-administration',
  skills: [
    { code: 'data-governance', minLevel: 'SKILL_LEVEL_ADVANCED' },
    { code: '', minLevel: 'SKILL_LEVEL_UNSPECIFIED' },
  ],
  mode: 'SUPPORT_MODE_HYBRID',
  provinceCode: 'P01',
  address: '12 Lê Lai',
  startDate: '2027-03-01',
  endDate: '2027-03-31',
  effortDays: '10',
  expertsNeeded: ' 2 ',
  languageCodes: ['en'],
  deliverables: ['Báo cáo hiện trạng', '  '],
  attachments: [
    { title: 'Kế hoạch 15', url: 'https://hanoi.gov.vn/kh.pdf' },
    { title: '', url: '' },
  ],
  contactName: 'Bùi Phương Thảo',
  contactEmail: 'thao@hanoi.gov.vn',
  contactPhone: '0912345678',
};

describe('the request form as the API takes it', () => {
  it('trims text, turns numbers into integers and leaves blank rows out', () => {
    const details = requestDetails(DRAFT);
    expect(details.title).toBe('Kho dữ liệu dùng chung');
    expect(details.expertsNeeded).toBe(2);
    expect(details.effortDays).toBe(10);
    expect(details.skills).toEqual([{ code: 'data-governance', minLevel: 'SKILL_LEVEL_ADVANCED' }]);
    expect(details.deliverables).toEqual(['Báo cáo hiện trạng']);
    expect(details.attachments).toEqual([
      { title: 'Kế hoạch 15', url: 'https://hanoi.gov.vn/kh.pdf' },
    ]);
    expect(details.province).toEqual({ code: 'P01' });
    expect(details.contact).toEqual({
      fullName: 'Bùi Phương Thảo',
      email: 'thao@hanoi.gov.vn',
      phone: '0912345678',
    });
  });

  it('sends 0 for a number left empty, for the service to say what is missing', () => {
    expect(requestDetails({ ...DRAFT, expertsNeeded: '', effortDays: 'x' })).toMatchObject({
      expertsNeeded: 0,
      effortDays: 0,
    });
  });

  it('reads a saved request back into the form', () => {
    const again = draftOf(requestDetails(DRAFT));
    expect(again.title).toBe('Kho dữ liệu dùng chung');
    expect(again.expertsNeeded).toBe('2');
    expect(again.skills).toHaveLength(1);
    expect(again.contactPhone).toBe('0912345678');
    expect(draftOf(undefined)).toEqual(EMPTY_REQUEST);
  });

  it('asks for an address only where the work is on site', () => {
    expect(needsAddress('SUPPORT_MODE_ON_SITE')).toBe(true);
    expect(needsAddress('SUPPORT_MODE_HYBRID')).toBe(true);
    expect(needsAddress('SUPPORT_MODE_REMOTE')).toBe(false);
  });

  it('edits list rows without touching the others', () => {
    expect(replaceAt(['a', 'b', 'c'], 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(['a', 'b', 'c'], 0)).toEqual(['b', 'c']);
  });

  it("finds a list's first error, on the list or on one of its rows", () => {
    expect(listError({ 'details.skills[1].code': 'bad' }, 'details.skills')).toBe('bad');
    expect(listError({ 'details.skills': 'at least 1' }, 'details.skills')).toBe('at least 1');
    expect(listError({ 'details.skillsOther': 'x' }, 'details.skills')).toBeUndefined();
  });

  it('makes version 4 UUIDs for the idempotent create', () => {
    const id = newRequestId((bytes) => bytes.fill(0xff));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newRequestId()).not.toBe(newRequestId());
  });
});
