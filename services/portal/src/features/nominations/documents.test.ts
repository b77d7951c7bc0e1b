import { describe, expect, it } from 'vitest';
import {
  documentContentType,
  documentContentUrl,
  fileSizeParts,
  hasDecisionLetter,
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

  it('links only documents whose bytes the service stored', () => {
    expect(documentContentUrl('n 1', { id: 'd/1', storageKey: `sha256:${'a'.repeat(64)}` })).toBe(
      '/api/v1/nominations/n%201/documents/d%2F1/content',
    );
    expect(documentContentUrl('n1', { id: 'd1', storageKey: 'demo/1/quyet-dinh.pdf' })).toBe(
      undefined,
    );
    expect(documentContentUrl('n1', { storageKey: 'sha256:ab' })).toBeUndefined();
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
