import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_LIMITS, FILE_BYTES } from '@/lib/content-limits';
import { loadThesaurus } from '@/lib/content/load-thesaurus';
import { codeFields, contentDir, contentProblems, guideFields, markdown, removeContentDirs } from '@/tests/support/content-dir';

afterEach(removeContentDirs);

/** A content folder whose files are `sizes` bytes long (sparse: nothing is written). */
function filesOfSize(sizes: Record<string, number>): string {
  const root = contentDir(Object.fromEntries(Object.keys(sizes).map((path) => [path, ''])));
  for (const [path, size] of Object.entries(sizes)) truncateSync(join(root, path), size);
  return root;
}

const SIZE_FIX = 'Fix: check the file holds only this record (the size caps are in lib/content-limits.ts)';

describe('a file over its size cap fails on its size, before it is read', () => {
  it('a 50 MB record fails at once, before any YAML parsing', () => {
    const root = filesOfSize({ 'codes/S9986.md': 50 * 1024 * 1024 });
    const started = performance.now();
    const problems = contentProblems(root);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([`content/codes/S9986.md: expected at most 65,536 bytes, found 52,428,800. ${SIZE_FIX}`]);
  });

  it('guides, CPT summary files and the CPT range table each have a cap', () => {
    const root = filesOfSize({
      'guides/medical-necessity.md': FILE_BYTES.guide + 1,
      'cpt/summaries/lab.md': FILE_BYTES.cptSummaries + 1,
      'cpt/ranges.md': FILE_BYTES.cptRanges + 1,
    });
    expect(contentProblems(root)).toEqual([
      `content/guides/medical-necessity.md: expected at most 131,072 bytes, found 131,073. ${SIZE_FIX}`,
      `content/cpt/ranges.md: expected at most 262,144 bytes, found 262,145. ${SIZE_FIX}`,
      `content/cpt/summaries/lab.md: expected at most 131,072 bytes, found 131,073. ${SIZE_FIX}`,
    ]);
  });

  it('a thesaurus file', () => {
    const root = filesOfSize({ 'thesaurus/dme.md': FILE_BYTES.thesaurus + 1 });
    expect(() => loadThesaurus(join(root, 'thesaurus'))).toThrow(/thesaurus\/dme\.md: expected at most 131,072 bytes, found 131,073/);
  });

  it('a file exactly at its cap is read', () => {
    const record = markdown(codeFields('S9986'));
    const root = contentDir({ 'codes/S9986.md': record.padEnd(FILE_BYTES.code, ' ') });
    expect(contentProblems(root)).toEqual([]);
  });
});

const long = (length: number) => 'a'.repeat(length);
const FIX = 'Fix: shorten it (the size caps are in lib/content-limits.ts)';

describe('a field over its cap names the file, the field and the cap', () => {
  const record = (over: Record<string, unknown>, body?: string) =>
    contentDir({ 'codes/S9986.md': markdown(codeFields('S9986', over), body) });
  const faq = (question: string, answer: string) => [{ question, answer }];

  it.each([
    ['title', { title: long(FIELD_LIMITS.title + 1) }, '4 › title: expected at most 200 characters, found 201 characters'],
    ['one synonym', { synonyms: ['cane', long(201)] }, '14 › synonyms[1]: expected at most 200 characters, found 201 characters'],
    [
      'one plain-language phrase',
      { plainLanguage: [long(201)] },
      '14 › plainLanguage[0]: expected at most 200 characters, found 201 characters',
    ],
    ['summary', { summary: long(FIELD_LIMITS.summary + 1) }, '6 › summary: expected at most 1,500 characters, found 1,501 characters'],
    ['an FAQ question', { faq: faq(long(301), 'Yes.') }, '14 › faq[0].question: expected at most 300 characters, found 301 characters'],
    ['an FAQ answer', { faq: faq('Why?', long(5_001)) }, '14 › faq[0].answer: expected at most 5,000 characters, found 5,001 characters'],
    ['a markdown field', { billing: long(20_001) }, '8 › billing: expected at most 20,000 characters, found 20,001 characters'],
    ['any other text field', { category: long(20_001) }, '5 › category: expected at most 20,000 characters, found 20,001 characters'],
  ])('%s', (_name, over, expected) => {
    expect(contentProblems(record(over))).toEqual([`content/codes/S9986.md:${expected}. ${FIX}`]);
  });

  it('the number of synonyms and of plain-language phrases', () => {
    const many = Array.from({ length: 41 }, (_, i) => `name ${i}`);
    expect(contentProblems(record({ synonyms: many, plainLanguage: many }))).toEqual([
      'content/codes/S9986.md:14 › synonyms: expected at most 40 items, found 41 items. Fix: keep the ones that matter most (the size caps are in lib/content-limits.ts)',
      'content/codes/S9986.md:56 › plainLanguage: expected at most 40 items, found 41 items. Fix: keep the ones that matter most (the size caps are in lib/content-limits.ts)',
    ]);
  });

  it('the markdown after the front matter', () => {
    expect(contentProblems(record({}, long(20_001)))).toEqual([
      `content/codes/S9986.md:15 › body: expected at most 20,000 characters of markdown after the front matter, found 20,001. ${FIX}`,
    ]);
  });

  it('a guide question and answer', () => {
    const questions = [{ id: 'one', question: long(301), answer: long(20_001) }];
    const root = contentDir({ 'guides/long.md': markdown(guideFields('long', { questions })) });
    expect(contentProblems(root)).toEqual([
      `content/guides/long.md:5 › questions[0].question: expected at most 300 characters, found 301 characters. ${FIX}`,
      `content/guides/long.md:5 › questions[0].answer: expected at most 20,000 characters, found 20,001 characters. ${FIX}`,
    ]);
  });

  it('text at its cap passes', () => {
    const over = {
      title: long(FIELD_LIMITS.title),
      summary: long(FIELD_LIMITS.summary),
      synonyms: Array.from({ length: 40 }, (_, i) => `name ${i}`),
    };
    expect(contentProblems(record(over))).toEqual([]);
  });
});
