import { CmsFileError, FIX_REDOWNLOAD } from './cms-file-error';

/**
 * Parses CMS's processing-notes text (proc_notes_<MON><YEAR>.txt) into note number → text.
 *
 * The file is a printout: a title and a rule line, then notes like `0002--THESE CODES ...`
 * wrapped over indented lines, each line ending in a right-margin `*` that is not part of the
 * text. Indentation mixes tabs and spaces. Wrapped lines are joined with single spaces.
 */
export function parseProcessingNotes(text: string, file: string): Record<string, string> {
  if (text.trim() === '') {
    throw new CmsFileError({ file, problem: 'the file is empty', expected: 'processing notes such as "0001--TEXT"', fix: FIX_REDOWNLOAD });
  }
  const parts = new Map<string, string[]>();
  let current: string[] | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(?:^|\s)\*\s*$/, '').trimEnd();
    const start = /^\s*(\d{4})--(.*)$/.exec(line);
    if (start) {
      const number = start[1] ?? '';
      if (parts.has(number)) {
        throw new CmsFileError({
          file,
          line: index + 1,
          problem: `processing note ${number} appears twice`,
          expected: 'each note number once',
          fix: 're-download the processing notes from CMS',
        });
      }
      current = [start[2] ?? ''];
      parts.set(number, current);
    } else if (current && line.trim() !== '') {
      current.push(line);
    }
  });
  if (parts.size === 0) {
    throw new CmsFileError({
      file,
      problem: 'no processing notes found',
      expected: 'lines such as "0001--THIS PROCESSING NOTE DELETED 1/1/97."',
      fix: 'check that this is the CMS proc_notes text file from the HCPCS release zip',
    });
  }
  const notes: Record<string, string> = {};
  for (const [number, lines] of parts) notes[number] = lines.join(' ').replace(/\s+/g, ' ').trim();
  return notes;
}
