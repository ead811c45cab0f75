import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readHcpcsRelease } from '@/lib/cms/read-release';
import { releaseLabelFromName } from '@/lib/cms/release-files';
import { cmsErrorAsync, HCPCS_GZ, NOTES_TXT, procedure, tempFolder } from './helpers';

const folder = tempFolder();
const realText = gunzipSync(readFileSync(HCPCS_GZ));
const realNotes = readFileSync(NOTES_TXT);
const TXT_NAME = 'HCPC2026_JAN_ANWEB_01122026.txt';

/** Writes a file into the temp folder (a subfolder per test keeps sibling lookups apart). */
function put(sub: string, name: string, data: Uint8Array | string): string {
  const path = join(folder, sub, name);
  mkdirSync(join(folder, sub), { recursive: true });
  writeFileSync(path, data);
  return path;
}

describe('readHcpcsRelease', () => {
  it('reads the real .txt.gz, with the proc_notes file beside it', async () => {
    let summary = '';
    const release = await readHcpcsRelease(HCPCS_GZ, { progress: { tick() {}, done: (line) => void (summary = line), stop() {} } });
    expect(release.procedures).toHaveLength(8623);
    expect(release.modifiers).toHaveLength(383);
    expect(Object.keys(release.notes)).toHaveLength(234);
    expect(release.notes['0088']).toBe(
      '"S" CODES ARE UNIQUE TEMPORARY CODES ESTABLISHED BY BCBSA AND HIAA FOR PRIVATE PAYOR USE. THEY ARE NOT VALID NOR PAYABLE BY MEDICARE.',
    );
    expect(release.releaseLabel).toBe('HCPCS 2026 January');
    expect(summary).toBe('Parsed 8623 procedures and 383 modifiers from HCPC2026_JAN_ANWEB_01122026.txt.gz');
  });

  it('reads a plain .txt with options.notesFile', async () => {
    const txt = put('plain', TXT_NAME, realText);
    const release = await readHcpcsRelease(txt, { notesFile: NOTES_TXT });
    expect([release.procedures.length, release.modifiers.length, Object.keys(release.notes).length]).toEqual([8623, 383, 234]);
  });

  it('reads the CMS zip: the ANWEB .txt member (not the .xlsx) and the proc_notes member', async () => {
    const zip = zipSync({
      'HCPC2026_JAN_ANWEB_01122026.xlsx': strToU8('not a spreadsheet'),
      [`jan2026/${TXT_NAME}`]: realText,
      'jan2026/proc_notes_JAN2026.txt': realNotes,
      'HCPC2026_recordlayout.txt': strToU8('layout'),
    });
    const release = await readHcpcsRelease(put('zip', 'january-2026-alpha-numeric-hcpcs-file.zip', zip));
    expect(release.procedures).toHaveLength(8623);
    expect(release.modifiers).toHaveLength(383);
    expect(release.notes['0001']).toBe('THIS PROCESSING NOTE DELETED 1/1/97.');
    expect(release.releaseLabel).toBe('HCPCS 2026 January');
  });

  it('prefers options.notesFile over the notes in the zip', async () => {
    const zip = zipSync({
      [TXT_NAME]: strToU8(procedure('S9986', 'Not medically necessary service', { processingNote: '0088' })),
      'proc_notes_JAN2026.txt': strToU8('0088--FROM THE ZIP.\r\n'),
    });
    const notes = put('override', 'my-notes.txt', '0088--FROM OPTIONS.   *\r\n');
    const path = put('override', 'release.zip', zip);
    expect((await readHcpcsRelease(path)).notes).toEqual({ '0088': 'FROM THE ZIP.' });
    expect((await readHcpcsRelease(path, { notesFile: notes })).notes).toEqual({ '0088': 'FROM OPTIONS.' });
  });

  it('stops the progress bar without a summary when the file is bad', async () => {
    const calls: string[] = [];
    const txt = put('badprogress', TXT_NAME, procedure('A0001', 'One').slice(0, 100));
    await cmsErrorAsync(
      readHcpcsRelease(txt, { progress: { tick() {}, done: () => void calls.push('done'), stop: () => void calls.push('stop') } }),
    );
    expect(calls).toEqual(['stop']);
  });

  it('picks the proc_notes file named for the release when several sit beside it', async () => {
    const txt = put('several', TXT_NAME, procedure('S9986', 'Not medically necessary service', { processingNote: '0088' }));
    put('several', 'proc_notes_JAN2026.txt', '0088--THE JANUARY NOTE.   *\r\n');
    put('several', 'proc_notes_APR2026.txt', '0088--THE APRIL NOTE.   *\r\n');
    expect((await readHcpcsRelease(txt)).notes).toEqual({ '0088': 'THE JANUARY NOTE.' });
  });
});

describe('readHcpcsRelease rejects bad inputs with a CmsFileError', () => {
  const message = async (file: string, options = {}) => (await cmsErrorAsync(readHcpcsRelease(file, options))).message;

  it('a truncated .gz', async () => {
    const gz = put('truncated', `${TXT_NAME}.gz`, readFileSync(HCPCS_GZ).subarray(0, 20_000));
    expect(await message(gz)).toBe(
      `${gz}: the gzip data ends early (unexpected end of file); expected a complete gzip file holding the CMS HCPCS fixed-width file. Fix: re-download the file from CMS; it looks truncated`,
    );
  });

  it('a .gz that is not gzip at all', async () => {
    const gz = put('notgzip', `${TXT_NAME}.gz`, 'plain text');
    expect(await message(gz)).toBe(
      `${gz}: the file is not valid gzip data (incorrect header check); expected a complete gzip file holding the CMS HCPCS fixed-width file. Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
  });

  it('a zip without the expected member', async () => {
    const zip = put(
      'nomember',
      'hcpcs.zip',
      zipSync({ 'HCPC2026_JAN_ANWEB_01122026.xlsx': strToU8('x'), 'proc_notes_JAN2026.txt': realNotes }),
    );
    expect(await message(zip)).toBe(
      `${zip}: the zip has no HCPCS text member (it holds: HCPC2026_JAN_ANWEB_01122026.xlsx, proc_notes_JAN2026.txt); expected one member named like HCPC2026_JAN_ANWEB_01122026.txt. Fix: download the "Alpha-Numeric HCPCS File" zip from the CMS HCPCS quarterly update page`,
    );
  });

  it('a damaged zip', async () => {
    const zip = put('badzip', 'hcpcs.zip', 'PK not really a zip');
    expect(await message(zip)).toBe(
      `${zip}: the file is not a readable zip archive (invalid zip data); expected the CMS release .zip. Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
  });

  it('an empty file', async () => {
    const txt = put('empty', TXT_NAME, '');
    expect(await message(txt)).toBe(
      `${txt}: the file is empty; expected the CMS HCPCS fixed-width file. Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
    const gz = put('emptygz', `${TXT_NAME}.gz`, gzipSync(''));
    expect(await message(gz)).toBe(
      `${gz}: the file is empty; expected HCPCS fixed-width records. Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
  });

  it('a file that does not exist, or is not .txt, .txt.gz or .zip', async () => {
    expect(await message('/nowhere/HCPC.txt')).toBe(
      '/nowhere/HCPC.txt: the file does not exist; expected the CMS HCPCS fixed-width file. Fix: check the path you gave',
    );
    expect(await message('/nowhere/HCPC.xlsx')).toBe(
      '/nowhere/HCPC.xlsx: the file name does not end in .txt, .txt.gz or .zip; expected the CMS HCPCS release as .txt, .txt.gz or .zip. Fix: pass the HCPC<year>_<month>_ANWEB_*.txt file or the CMS zip that contains it',
    );
  });

  it('no processing notes anywhere', async () => {
    const txt = put('nonotes', TXT_NAME, procedure('A0001', 'One'));
    expect(await message(txt)).toBe(
      `${txt}: no processing notes were found; expected one proc_notes*.txt in the zip or beside the file, or options.notesFile. Fix: put the proc_notes file from the same CMS release beside it, or pass notesFile`,
    );
  });

  it('a code that points to a note the notes file lacks', async () => {
    const txt = put('missingnote', TXT_NAME, procedure('S9986', 'Not medically necessary service', { processingNote: '0999' }));
    const notes = put('missingnote', 'other-notes.txt', '0088--A NOTE.\r\n');
    expect(await message(txt, { notesFile: notes })).toBe(
      `${notes}: processing note 0999, used by S9986, is missing; expected every note that ${TXT_NAME} refers to. Fix: use the proc_notes file from the same CMS release as the HCPCS file`,
    );
  });

  it('an empty notes file', async () => {
    const txt = put('emptynotes', TXT_NAME, procedure('A0001', 'One'));
    const notes = put('emptynotes', 'proc_notes_JAN2026.txt', '   \r\n');
    expect(await message(txt)).toBe(
      `${notes}: the file is empty; expected processing notes such as "0001--TEXT". Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
  });
});

describe('releaseLabelFromName', () => {
  it('names the release from HCPC<year>_<month>, or falls back', () => {
    expect(releaseLabelFromName('/data/HCPC2026_JAN_ANWEB_01122026.txt.gz')).toBe('HCPCS 2026 January');
    expect(releaseLabelFromName('x.zip!HCPC2026_APR_ANWEB_v2.txt')).toBe('HCPCS 2026 April');
    expect(releaseLabelFromName('hcpcs.txt')).toBe('HCPCS release');
    expect(releaseLabelFromName('HCPC2026_XYZ_ANWEB.txt')).toBe('HCPCS release');
  });
});
