import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeFields, contentDir, contentProblems, guideFields, markdown, removeContentDirs } from '@/tests/support/content-dir';

afterEach(removeContentDirs);

const related = (...codes: string[]) => codes.map((code) => ({ code, note: 'Related.' }));

/** Broken records S9986 (misspelt field), S9987 (a lowercase code), S9985 (a link) and guide abn, and the records that name them. */
function contentWithBrokenRecords(): string {
  const { summary: _summary, ...withoutSummary } = codeFields('S9986');
  const root = contentDir({
    'codes/S9986.md': markdown({ ...withoutSummary, summry: 'Misspelt.' }),
    'codes/S9987.md': markdown(codeFields('s9987')),
    'codes/S8990.md': markdown(
      codeFields('S8990', { relatedCodes: related('S9986', 'S9987', 'S9985', 'S1234'), relatedGuides: ['abn', 'ghost'] }),
    ),
    'guides/abn.md': markdown(guideFields('abn', { title: '' })),
    'guides/drugs.md': markdown(guideFields('drugs', { codes: ['S9986', 'S9985', 'S8990'] })),
  });
  symlinkSync('/nonexistent', join(root, 'codes/S9985.md'));
  return root;
}

describe('one problem per broken record: nothing more for the records that name it', () => {
  it('reports each broken file once, and only the references that are wrong in themselves', () => {
    expect(contentProblems(contentWithBrokenRecords())).toEqual([
      'content/codes/S9985.md: expected a regular file, found a symbolic link. Fix: put the file itself in content/: links are not followed, so a build reads only what the repository holds',
      'content/codes/S9986.md › summary: expected text, found nothing. Fix: add this field; see lib/content-schema.ts for what it holds',
      'content/codes/S9986.md:13 › summry: unknown field "summry". Fix: did you mean "summary"? Rename the field',
      'content/codes/S9987.md:2 › code: expected an uppercase code such as "S9986", "96999" or "GA", found "s9987"',
      'content/guides/abn.md:3 › title: expected text, found nothing. Fix: add this field; see lib/content-schema.ts for what it holds',
      'content/codes/S8990.md › relatedCodes[3].code: expected a code that exists, found "S1234", which is neither in content/codes nor in the CMS files. Fix: correct the code, or add content/codes/S1234.md',
      'content/codes/S8990.md › relatedGuides[1]: expected a guide in content/guides, found "ghost". Fix: add content/guides/ghost.md, or remove the slug',
    ]);
  });
});
