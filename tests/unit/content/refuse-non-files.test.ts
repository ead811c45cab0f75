import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadThesaurus, ThesaurusError } from '@/lib/content/load-thesaurus';
import { formatProblem } from '@/lib/errors';
import { codeFields, contentDir, contentProblems, markdown, removeContentDirs } from '@/tests/support/content-dir';

afterEach(removeContentDirs);

const LINK_FIX = 'Fix: put the file itself in content/: links are not followed, so a build reads only what the repository holds';

describe('content/ is read only from regular files, never through links', () => {
  it('refuses a record that is a symbolic link, even to a valid record, naming the link', () => {
    const outside = contentDir({ 'S9986.md': markdown(codeFields('S9986')) });
    const root = contentDir({ 'codes/S8990.md': markdown(codeFields('S8990')) });
    symlinkSync(join(outside, 'S9986.md'), join(root, 'codes/S9986.md'));
    expect(contentProblems(root)).toEqual([`content/codes/S9986.md: expected a regular file, found a symbolic link. ${LINK_FIX}`]);
  });

  it('refuses a link that points nowhere, rather than throwing ENOENT', () => {
    const root = contentDir();
    mkdirSync(join(root, 'codes'));
    symlinkSync('/nonexistent/S9986.md', join(root, 'codes/S9986.md'));
    expect(contentProblems(root)).toEqual([`content/codes/S9986.md: expected a regular file, found a symbolic link. ${LINK_FIX}`]);
  });

  it('refuses a folder named like a record, rather than throwing EISDIR', () => {
    const root = contentDir({ 'codes/S9986.md/notes.txt': 'x', 'cpt/ranges.md/x': 'x' });
    expect(contentProblems(root)).toEqual([
      'content/codes/S9986.md: expected a regular file, found a folder. Fix: move it out of content/, or rename it so that its name does not end in .md',
      'content/cpt/ranges.md: expected a regular file, found a folder. Fix: move it out of content/, or rename it so that its name does not end in .md',
    ]);
  });

  it('refuses a named pipe without opening it (opening one would wait for a writer forever)', () => {
    const root = contentDir({ 'codes/S8990.md': markdown(codeFields('S8990')) });
    execFileSync('mkfifo', [join(root, 'codes/S9986.md')]);
    expect(contentProblems(root)).toEqual([
      'content/codes/S9986.md: expected a regular file, found a named pipe. Fix: move it out of content/, or rename it so that its name does not end in .md',
    ]);
  });

  it('refuses a content folder that is a link or a file', () => {
    const elsewhere = contentDir({ 'medical-necessity.md': 'x' });
    const root = contentDir({ codes: 'not a folder' });
    symlinkSync(elsewhere, join(root, 'guides'));
    expect(contentProblems(root)).toEqual([
      'content/codes: expected a folder, found a file. Fix: replace it with a folder of .md files',
      'content/guides: expected a folder, found a symbolic link. Fix: put the folder itself in content/: links are not followed',
    ]);
  });

  it('refuses a thesaurus file that is a link', () => {
    const root = contentDir({ 'thesaurus/dme.md': '---\ntitle: DME\nentries:\n  - terms: [cane]\n    means: [walking cane]\n---\n' });
    symlinkSync(join(root, 'thesaurus/dme.md'), join(root, 'thesaurus/more.md'));
    let error: unknown;
    try {
      loadThesaurus(join(root, 'thesaurus'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ThesaurusError);
    expect((error as ThesaurusError).problems.map((p) => formatProblem(p).replace(/^.*\/thesaurus\//, 'content/thesaurus/'))).toEqual([
      `content/thesaurus/more.md: expected a regular file, found a symbolic link. ${LINK_FIX}`,
    ]);
  });

  it('still reads regular files beside a refused one', () => {
    const root = contentDir({ 'codes/S8990.md': markdown(codeFields('S8990', { relatedCodes: [{ code: 'S9999', note: 'x' }] })) });
    writeFileSync(join(root, 'codes/notes.txt'), 'not a record');
    symlinkSync('/nonexistent', join(root, 'codes/S9986.md'));
    expect(contentProblems(root)).toEqual([
      `content/codes/S9986.md: expected a regular file, found a symbolic link. ${LINK_FIX}`,
      'content/codes/S8990.md › relatedCodes[0].code: expected a code that exists, found "S9999", which is neither in content/codes nor in the CMS files. Fix: did you mean "S8990"?',
    ]);
  });
});
