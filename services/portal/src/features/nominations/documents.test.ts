import { describe, expect, it } from 'vitest';
import {
  documentContentType,
  documentStorageKey,
  fileSizeParts,
  hasDecisionLetter,
  hex,
} from './documents.ts';

describe('documents', () => {
  it('takes the browser type when the API allows it, else the extension', () => {
    expect(documentContentType('a.pdf', 'application/pdf')).toBe('application/pdf');
    expect(documentContentType('Quyết định.PDF', '')).toBe('application/pdf');
    expect(documentContentType('cv.docx', 'application/octet-stream')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(documentContentType('virus.exe', 'application/x-msdownload')).toBeUndefined();
  });

  it('writes digests as lower-case hex', () => {
    expect(hex(new Uint8Array([0, 15, 255]).buffer)).toBe('000fff');
  });

  it('keys a document by nomination and content, with a safe name', () => {
    expect(documentStorageKey('n1', 'abc', 'Quyết định số 12/QĐ.pdf')).toBe(
      'nominations/n1/abc/Quyết-định-số-12-QĐ.pdf',
    );
  });

  it('gives sizes in B, KB or MB', () => {
    expect(fileSizeParts(512)).toEqual({ value: 512, unit: 'B' });
    expect(fileSizeParts(1536)).toEqual({ value: 1.5, unit: 'KB' });
    expect(fileSizeParts(3 * 1024 * 1024)).toEqual({ value: 3, unit: 'MB' });
  });

  it('knows whether the decision letter is attached', () => {
    expect(hasDecisionLetter({ documents: [{ kind: 'DOCUMENT_KIND_CV' }] })).toBe(false);
    expect(hasDecisionLetter({ documents: [{ kind: 'DOCUMENT_KIND_DECISION_LETTER' }] })).toBe(
      true,
    );
    expect(hasDecisionLetter({})).toBe(false);
  });
});
