import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGpciFile } from '@/lib/cms/read-gpci';
import { readHcpcsRelease } from '@/lib/cms/read-release';
import { cmsErrorAsync, GPCI_CSV, procedure, tempFolder } from './helpers';

const folder = tempFolder();
const put = (name: string, data: Uint8Array | string) => {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
  return path;
};
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const GPCI_LINES = readFileSync(GPCI_CSV, 'latin1').replace(/\r\n/g, '\n').trimEnd().split('\n');
const gpciText = (eol: string) => GPCI_LINES.join(eol) + eol;
const TXT = 'HCPC2026_JAN_ANWEB_01122026.txt';
const HCPCS_LINES = [
  procedure('A0021', 'Outside state ambulance serv', { processingNote: '0088' }),
  procedure('S9986', 'Not medically necessary service'),
];
const NOTES = '0088--A NOTE.\r\n';
const EXPECTED = 'expected plain text as CMS publishes it (ASCII with a few Latin-1 bytes, or UTF-8)';
const FIX_UTF16 = 'Fix: use the file as CMS publishes it, or save it again as "CSV (comma delimited)" or UTF-8 text, not Unicode/UTF-16';

/** The same text as UTF-16, little- or big-endian, with or without its byte-order mark. */
function utf16(text: string, order: 'LE' | 'BE', mark: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'LE' ? le : Buffer.from(le).swap16();
  return mark ? Buffer.concat([Buffer.from(order === 'LE' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
}

async function hcpcsFrom(sub: string, data: Uint8Array | string) {
  return readHcpcsRelease(put(`${sub}/${TXT}`, data), { notesFile: put(`${sub}/notes.txt`, NOTES) });
}

describe('a UTF-8 byte-order mark is accepted: the rest is read as UTF-8', () => {
  it('in a CSV: the same rows as without the mark', async () => {
    const plain = await readGpciFile(GPCI_CSV);
    expect(await readGpciFile(put('bom/gpci.csv', Buffer.concat([BOM, Buffer.from(gpciText('\r\n'))])))).toEqual(plain);
  });

  it('in the fixed-width HCPCS file: columns do not shift', async () => {
    const plain = await hcpcsFrom('bom-plain', HCPCS_LINES.join('\r\n'));
    expect(await hcpcsFrom('bom-marked', Buffer.concat([BOM, Buffer.from(HCPCS_LINES.join('\r\n'))]))).toEqual(plain);
    expect(plain.procedures.map((r) => r.code)).toEqual(['A0021', 'S9986']);
  });

  it('but a line that is not UTF-8 after the mark is named', async () => {
    const latin1 = Buffer.from(gpciText('\n').replace('ALABAMA', 'ALABAMA\u00a0'), 'latin1');
    const path = put('bom/latin1-after-mark.csv', Buffer.concat([BOM, latin1]));
    expect((await cmsErrorAsync(readGpciFile(path))).message).toBe(
      `${path}:2: the file starts with a UTF-8 byte-order mark but this line is not valid UTF-8; ${EXPECTED}. Fix: save the file again as UTF-8, or use the file as CMS publishes it (without the mark)`,
    );
  });
});

describe('CR-only line endings (old Mac) are accepted as line ends', () => {
  it('in a CSV: the same rows, and errors on the right line', async () => {
    expect(await readGpciFile(put('cr/gpci.csv', gpciText('\r')))).toEqual(await readGpciFile(GPCI_CSV));
    const lines = [...GPCI_LINES];
    lines[4] = (lines[4] ?? '').replace(/[\d.]+$/, 'abc');
    const bad = put('cr/bad.csv', lines.join('\r'));
    expect((await cmsErrorAsync(readGpciFile(bad))).message).toMatch(/^\S+bad\.csv:5: mp_gpci in column 7 is "abc"/);
  });

  it('in the fixed-width HCPCS file: one record per line', async () => {
    expect(await hcpcsFrom('cr-marked', HCPCS_LINES.join('\r'))).toEqual(await hcpcsFrom('cr-plain', HCPCS_LINES.join('\n')));
  });
});

describe('UTF-16 is refused, named with its byte order and whether it has a mark', () => {
  it.each([
    ['LE', true, 'the file is UTF-16 little-endian text (it starts with the byte-order mark FF FE)'],
    ['BE', true, 'the file is UTF-16 big-endian text (it starts with the byte-order mark FE FF)'],
    ['LE', false, 'the file is UTF-16 little-endian text without a byte-order mark (every other byte is zero)'],
    ['BE', false, 'the file is UTF-16 big-endian text without a byte-order mark (every other byte is zero)'],
  ] as const)('UTF-16 %s, mark %s: in a CSV, gzipped or not, and in the HCPCS file', async (order, mark, problem) => {
    const csv = put(`utf16/${order}-${mark}.csv`, utf16(gpciText('\r\n'), order, mark));
    expect((await cmsErrorAsync(readGpciFile(csv))).message).toBe(`${csv}: ${problem}; ${EXPECTED}. ${FIX_UTF16}`);
    const gz = put(`utf16/${order}-${mark}.csv.gz`, gzipSync(utf16(gpciText('\r\n'), order, mark)));
    expect((await cmsErrorAsync(readGpciFile(gz))).message).toBe(`${gz}: ${problem}; ${EXPECTED}. ${FIX_UTF16}`);
    const txt = put(`utf16-${order}-${mark}/${TXT}`, utf16(HCPCS_LINES.join('\r\n'), order, mark));
    expect((await cmsErrorAsync(readHcpcsRelease(txt, { notesFile: put('utf16/notes.txt', NOTES) }))).message).toBe(
      `${txt}: ${problem}; ${EXPECTED}. ${FIX_UTF16}`,
    );
  });

  it('a UTF-16 member of a zip is named as archive!member', async () => {
    const zip = put(
      'utf16/release.zip',
      zipSync({ [TXT]: utf16(HCPCS_LINES.join('\r\n'), 'LE', true), 'proc_notes_JAN2026.txt': strToU8(NOTES) }),
    );
    expect((await cmsErrorAsync(readHcpcsRelease(zip))).message).toBe(
      `${zip}!${TXT}: the file is UTF-16 little-endian text (it starts with the byte-order mark FF FE); ${EXPECTED}. ${FIX_UTF16}`,
    );
  });
});

describe('files that are not text are named for what they are', () => {
  it.each([
    [
      'an .xlsx saved as .csv',
      Buffer.from('PK\x03\x04 workbook', 'latin1'),
      'a zip archive (an Excel .xlsx workbook is one)',
      'pass the .csv or .txt file from the CMS zip',
    ],
    [
      'an .xls saved as .csv',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]),
      'an Excel .xls workbook',
      'pass the .csv file CMS ships beside the .xls',
    ],
    [
      'gzip data without .gz',
      gzipSync(gpciText('\n')),
      'gzip data in a file whose name does not end in .gz',
      'name the file with .gz at the end',
    ],
  ])('%s', async (_, data, what, fix) => {
    const path = put(`binary/${what.length}.csv`, data);
    expect((await cmsErrorAsync(readGpciFile(path))).message).toBe(`${path}: the file is ${what}, not text; ${EXPECTED}. Fix: ${fix}`);
  });
});
