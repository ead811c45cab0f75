import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { CmsFileError } from './cms-file-error';
import { hcpcsCatalogueSchema } from './hcpcs-record';
import { parseHcpcs } from './parse-hcpcs';
import { parseProcessingNotes } from './parse-proc-notes';
import { type Progress, createProgress } from './progress';
import { readBytes, readTextFile, releaseLabelFromName, unzipMembers } from './release-files';

export const hcpcsReleaseSchema = hcpcsCatalogueSchema.extend({
  /** Processing note number ("0088") → its text. */
  notes: z.record(z.string(), z.string()),
  /** e.g. "HCPCS 2026 January"; "HCPCS release" when the file name does not say. */
  releaseLabel: z.string(),
});

export type HcpcsRelease = z.infer<typeof hcpcsReleaseSchema>;

export type ReadHcpcsOptions = {
  /** Processing notes to use; wins over the zip member and a proc_notes*.txt beside the file. */
  notesFile?: string;
  /** true: a bar on a terminal and a summary line; or your own Progress. Default: silent. */
  progress?: boolean | Progress;
};

const MAIN_MEMBER = /HCPC\d{4}.*ANWEB.*\.txt$/i;
const NOTES_MEMBER = /^proc_notes.*\.txt$/i;
const HCPCS_EXPECTED = 'the CMS HCPCS fixed-width file';

/**
 * Reads a CMS HCPCS Level II release: the fixed-width `.txt`, the same gzipped (`.txt.gz`), or
 * the CMS `.zip` as downloaded. Processing notes come from `options.notesFile`, else the zip's
 * proc_notes*.txt member, else a proc_notes*.txt beside the file. Throws CmsFileError on any
 * problem, including a code that points to a note the notes file lacks.
 */
export async function readHcpcsRelease(file: string, options: ReadHcpcsOptions = {}): Promise<HcpcsRelease> {
  let text: string;
  let textName = file;
  let zipNotes: { name: string; text: string } | undefined;
  if (/\.zip$/i.test(file)) {
    const bytes = await readBytes(file, 'the CMS HCPCS release .zip');
    const { texts, all } = unzipMembers(file, bytes, (name) => MAIN_MEMBER.test(name) || NOTES_MEMBER.test(name));
    const mains = [...texts.keys()].filter((name) => MAIN_MEMBER.test(basename(name)));
    const notes = [...texts.keys()].filter((name) => NOTES_MEMBER.test(basename(name)));
    const main = mains[0];
    if (main === undefined || mains.length > 1) {
      throw new CmsFileError({
        file,
        problem:
          main === undefined
            ? `the zip has no HCPCS text member (it holds: ${all.join(', ') || 'nothing'})`
            : `the zip has several HCPCS text members (${mains.join(', ')})`,
        expected: 'one member named like HCPC2026_JAN_ANWEB_01122026.txt',
        fix: 'download the "Alpha-Numeric HCPCS File" zip from the CMS HCPCS quarterly update page',
      });
    }
    text = texts.get(main) ?? '';
    textName = `${file}!${main}`;
    const notesName = notes[0];
    if (notesName !== undefined) zipNotes = { name: `${file}!${notesName}`, text: texts.get(notesName) ?? '' };
  } else if (/\.txt(?:\.gz)?$/i.test(file)) {
    text = await readTextFile(file, HCPCS_EXPECTED);
  } else {
    throw new CmsFileError({
      file,
      problem: 'the file name does not end in .txt, .txt.gz or .zip',
      expected: 'the CMS HCPCS release as .txt, .txt.gz or .zip',
      fix: 'pass the HCPC<year>_<month>_ANWEB_*.txt file or the CMS zip that contains it',
    });
  }

  const releaseLabel = releaseLabelFromName(textName);
  const progress = resolveProgress(options.progress, `Parsing ${basename(textName)}`, text);
  try {
    const catalogue = parseHcpcs(text, textName, { progress });
    const notesSource = options.notesFile === undefined && zipNotes ? zipNotes : await findNotes(file, options.notesFile, releaseLabel);
    const notes = parseProcessingNotes(notesSource.text, notesSource.name);
    for (const record of [...catalogue.procedures, ...catalogue.modifiers]) {
      if (record.processingNote !== null && !Object.hasOwn(notes, record.processingNote)) {
        throw new CmsFileError({
          file: notesSource.name,
          problem: `processing note ${record.processingNote}, used by ${record.code}, is missing`,
          expected: `every note that ${basename(textName)} refers to`,
          fix: 'use the proc_notes file from the same CMS release as the HCPCS file',
        });
      }
    }
    progress?.done(`Parsed ${catalogue.procedures.length} procedures and ${catalogue.modifiers.length} modifiers from ${basename(file)}`);
    return { ...catalogue, notes, releaseLabel };
  } finally {
    progress?.stop(); // after done() this does nothing; after an error it clears the bar
  }
}

function resolveProgress(option: ReadHcpcsOptions['progress'], label: string, text: string): Progress | undefined {
  if (option === undefined || option === false) return undefined;
  if (option !== true) return option;
  return createProgress(label, text.split('\n').length);
}

async function findNotes(file: string, notesFile: string | undefined, releaseLabel: string): Promise<{ name: string; text: string }> {
  const expected = 'the CMS processing notes text';
  if (notesFile !== undefined) return { name: notesFile, text: await readTextFile(notesFile, expected) };
  const folder = dirname(file);
  const candidates = (await readdir(folder).catch(() => [] as string[])).filter((name) => NOTES_MEMBER.test(name)).sort();
  // Several releases side by side: prefer the one named for this release (proc_notes_JAN2026.txt).
  const [, year, month] = /^HCPCS (\d{4}) (\w{3})/.exec(releaseLabel) ?? [];
  const named = year && month ? candidates.filter((name) => name.toUpperCase().includes(`${month.toUpperCase()}${year}`)) : [];
  const pick = candidates.length === 1 ? candidates[0] : named.length === 1 ? named[0] : undefined;
  if (pick === undefined) {
    throw new CmsFileError({
      file,
      problem:
        candidates.length === 0
          ? 'no processing notes were found'
          : `several processing notes files sit beside it (${candidates.join(', ')})`,
      expected: 'one proc_notes*.txt in the zip or beside the file, or options.notesFile',
      fix: 'put the proc_notes file from the same CMS release beside it, or pass notesFile',
    });
  }
  const path = join(folder, pick);
  return { name: path, text: await readTextFile(path, expected) };
}
