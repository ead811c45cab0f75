import { describe, expect, it } from 'vitest';
import { CmsFileError } from '@/lib/cms/cms-file-error';

describe('CmsFileError', () => {
  it('says where, what, what was expected and how to fix it', () => {
    const error = new CmsFileError({
      file: 'HCPC.txt',
      line: 12,
      problem: 'line is 120 characters long',
      expected: '320-character records',
      fix: 're-download the file from CMS; it looks truncated',
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CmsFileError');
    expect(error.message).toBe(
      'HCPC.txt:12: line is 120 characters long; expected 320-character records. Fix: re-download the file from CMS; it looks truncated',
    );
    expect([error.file, error.line]).toEqual(['HCPC.txt', 12]);
  });

  it('leaves out the line when the problem is with the whole file, and keeps the cause', () => {
    const cause = new Error('unexpected end of file');
    const error = new CmsFileError(
      { file: 'a.gz', problem: 'the gzip data ends early', expected: 'a complete gzip file', fix: 're-download it' },
      { cause },
    );
    expect(error.message).toBe('a.gz: the gzip data ends early; expected a complete gzip file. Fix: re-download it');
    expect(error.line).toBeUndefined();
    expect(error.cause).toBe(cause);
  });
});
