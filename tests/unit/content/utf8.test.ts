import { afterEach, describe, expect, it } from 'vitest';
import { codeFields, contentDir, contentProblems, markdown, removeContentDirs } from '@/tests/support/content-dir';

afterEach(removeContentDirs);

describe('bytes that are not UTF-8 are refused, with the line', () => {
  it('a Latin-1 "é"', () => {
    const bytes = Buffer.concat([
      Buffer.from(markdown(codeFields('S9986', { title: 'CAFE' })).split('CAFE')[0]!),
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      Buffer.from('\n'),
    ]);
    expect(contentProblems(contentDir({ 'codes/S9986.md': bytes }))).toEqual([
      'content/codes/S9986.md:4: expected UTF-8 text, found bytes that are not UTF-8 (shown as \ufffd): "title: caf\ufffd". Fix: save the file as UTF-8 (it was probably saved as Latin-1 or Windows-1252)',
    ]);
  });

  it('a multi-byte character cut short in the body, with its line', () => {
    const record = Buffer.from(markdown(codeFields('S9986'), 'Line one\nLine two '));
    const bytes = Buffer.concat([record.subarray(0, record.length - 1), Buffer.from([0xe2, 0x80, 0x0a])]);
    expect(contentProblems(contentDir({ 'codes/S9986.md': bytes }))[0]).toMatch(
      /^content\/codes\/S9986\.md:16: expected UTF-8 text, found bytes that are not UTF-8/,
    );
  });

  it('valid UTF-8 beyond ASCII reads as it is', () => {
    expect(contentProblems(contentDir({ 'codes/S9986.md': markdown(codeFields('S9986', { title: 'Café résumé — “quoted”' })) }))).toEqual(
      [],
    );
  });
});
