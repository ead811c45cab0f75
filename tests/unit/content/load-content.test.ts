import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentValidationError, formatProblem } from '@/lib/content/content-error';
import { readFrontMatter } from '@/lib/content/front-matter';
import { loadContent } from '@/lib/content/load-content';
import { readHcpcsRelease } from '@/lib/cms/read-release';
import { readRvuFile } from '@/lib/cms/read-rvu';
import { CMS_SOURCES } from '@/lib/cms/sources';

const fixture = (name: string) => `tests/fixtures/content/${name}`;

function problemsOf(name: string): string[] {
  try {
    loadContent(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    return (error as ContentValidationError).problems.map(formatProblem);
  }
  throw new Error(`expected ${name} to fail validation`);
}

describe('loadContent: bad records fail with a pinned message', () => {
  it('a missing required field', () => {
    expect(problemsOf('missing-field')).toEqual([
      'tests/fixtures/content/missing-field/codes/S9986.md › summary: expected text, found nothing. Fix: add this field; see lib/content-schema.ts for what it holds',
    ]);
  });

  it('an empty FAQ answer, with its path', () => {
    expect(problemsOf('faq-empty-answer')).toEqual([
      'tests/fixtures/content/faq-empty-answer/codes/S9986.md:14 › faq[2].answer: expected text, found nothing. Fix: add this field; see lib/content-schema.ts for what it holds',
    ]);
  });

  it('an unknown (misspelt) key, with a suggestion', () => {
    expect(problemsOf('unknown-key')).toContain(
      'tests/fixtures/content/unknown-key/codes/S9986.md:4 › titel: unknown field "titel". Fix: did you mean "title"? Rename the field',
    );
  });

  it('a code written as an unquoted YAML number that loses its leading zeros', () => {
    expect(problemsOf('unquoted-number')).toEqual([
      'tests/fixtures/content/unquoted-number/codes/00100.md:2 › code: expected the code as a quoted string, found the number 100: YAML reads an unquoted 00100 as a number and drops its leading zeros. Fix: quote it: code: "00100"',
    ]);
  });

  it('a file name that disagrees with its code', () => {
    expect(problemsOf('file-name')).toEqual([
      'tests/fixtures/content/file-name/codes/S9986.md:2 › code: expected the file name to match the code, found "S9987" in S9986.md. Fix: rename the file to S9987.md, or correct the code',
    ]);
  });

  it('duplicate codes that differ only in case', () => {
    expect(problemsOf('duplicate')).toContain(
      'tests/fixtures/content/duplicate/codes/s9986.md › code: duplicate code "s9986": tests/fixtures/content/duplicate/codes/S9986.md already defines S9986. Fix: keep one record per code (codes are compared without regard to case)',
    );
  });

  it('a related code that does not exist, with the nearest existing one', () => {
    expect(problemsOf('missing-related')).toEqual([
      'tests/fixtures/content/missing-related/codes/S9986.md › relatedCodes[0].code: expected a code that exists, found "S9968", which is neither in content/codes nor in the CMS files. Fix: did you mean "S9986"?',
    ]);
  });

  it('malformed YAML, with the line an editor shows (line 4: `title: [unclosed`)', () => {
    expect(problemsOf('bad-yaml')).toEqual([
      'tests/fixtures/content/bad-yaml/codes/S9986.md:4: expected valid YAML front matter, found a syntax error: the [ opened on this line is never closed. Fix: close it with ], or quote the whole value if the [ is part of the text',
    ]);
  });

  it('an empty file', () => {
    expect(problemsOf('empty')).toEqual([
      'tests/fixtures/content/empty/codes/S9986.md: the file is empty; expected front matter between two "---" lines. Fix: add the front matter, or delete the file',
    ]);
  });

  it.each(['js', 'javascript'])('---%s front matter is rejected without being run', (language) => {
    expect(problemsOf(`${language}-front-matter`)).toEqual([
      `tests/fixtures/content/${language}-front-matter/codes/S9986.md:1: expected YAML front matter, found "---${language}" front matter, which is never run. Fix: write the front matter in YAML after a plain "---" line`,
    ]);
    expect((globalThis as Record<string, unknown>).__frontMatterRan).toBeUndefined();
  });

  it('never evaluates JavaScript even when called directly', () => {
    const source = readFileSync(fixture('javascript-front-matter/codes/S9986.md'), 'utf8');
    const result = readFrontMatter('x.md', source.replace('---javascript', '---'));
    expect(result.ok).toBe(false);
    expect((globalThis as Record<string, unknown>).__frontMatterRan).toBeUndefined();
  });
});

describe('loadContent: good records', () => {
  it('parses CRLF and BOM files like any other', () => {
    const raw = readFileSync(fixture('valid/codes/S8990.md'));
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(raw.includes('\r\n')).toBe(true);
    const { codes } = loadContent(fixture('valid'));
    const s8990 = codes.find((c) => c.code === 'S8990')!;
    expect(s8990.lastReviewed).toBe('2026-11-23');
    expect(s8990.title).toBe('Test record');
    expect(s8990.body).toBe('Body.');
  });

  it('fills defaults from the schema', () => {
    const { codes } = loadContent(fixture('valid'));
    expect(codes.find((c) => c.code === 'S8990')!.faq).toEqual([]);
  });

  it('accepts the real content folder (with the codes of the CMS files, which related codes may name)', async () => {
    const [release, rvu] = await Promise.all([readHcpcsRelease(CMS_SOURCES.hcpcs), readRvuFile(CMS_SOURCES.rvu)]);
    const { codes, guides } = loadContent('content', new Set([...release.procedures, ...release.modifiers, ...rvu].map((r) => r.code)));
    expect(codes.map((c) => c.code)).toEqual(expect.arrayContaining(['S9986', 'S8990', '96999']));
    expect(guides.map((g) => g.slug)).toContain('medical-necessity');
  });
});
