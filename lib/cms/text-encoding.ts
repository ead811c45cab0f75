import { CmsFileError } from './cms-file-error';

const EXPECTED = 'plain text as CMS publishes it (ASCII with a few Latin-1 bytes, or UTF-8)';
const FIX_SAVE_AS_TEXT = 'use the file as CMS publishes it, or save it again as "CSV (comma delimited)" or UTF-8 text, not Unicode/UTF-16';

/** Files that are not text at all, by their first bytes. */
const NOT_TEXT: readonly { magic: readonly number[]; what: string; fix: string }[] = [
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    what: 'a zip archive (an Excel .xlsx workbook is one)',
    fix: 'pass the .csv or .txt file from the CMS zip',
  },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an Excel .xls workbook', fix: 'pass the .csv file CMS ships beside the .xls' },
  { magic: [0x1f, 0x8b], what: 'gzip data in a file whose name does not end in .gz', fix: 'name the file with .gz at the end' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** "little-endian" or "big-endian" when the bytes look like UTF-16 without a byte-order mark (text is mostly ASCII). */
function utf16WithoutBom(bytes: Uint8Array): 'little-endian' | 'big-endian' | null {
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroLow++;
    if (bytes[2 * i + 1] === 0) zeroHigh++;
  }
  if (pairs === 0) return null;
  if (zeroHigh > pairs / 2 && zeroLow === 0) return 'little-endian';
  if (zeroLow > pairs / 2 && zeroHigh === 0) return 'big-endian';
  return null;
}

/**
 * A CMS release file's bytes as text. CMS files are single-byte text, read as Latin-1 so that one byte is one column.
 * Accepted as well, because the intent is unambiguous and nothing is lost: a UTF-8 byte-order mark (Excel's "CSV UTF-8";
 * the rest is read as UTF-8) and old-Mac CR-only line endings (read as line ends). Refused, with the encoding named:
 * UTF-16 either way round, with or without its mark, and files that are not text (workbooks, zip or gzip data).
 */
export function decodeCmsText(bytes: Uint8Array, file: string): string {
  const refuse = (problem: string, fix = FIX_SAVE_AS_TEXT) => new CmsFileError({ file, problem, expected: EXPECTED, fix });
  if (startsWith(bytes, [0xff, 0xfe])) throw refuse('the file is UTF-16 little-endian text (it starts with the byte-order mark FF FE)');
  if (startsWith(bytes, [0xfe, 0xff])) throw refuse('the file is UTF-16 big-endian text (it starts with the byte-order mark FE FF)');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) throw refuse(`the file is UTF-16 ${utf16} text without a byte-order mark (every other byte is zero)`);
  for (const { magic, what, fix } of NOT_TEXT) if (startsWith(bytes, magic)) throw refuse(`the file is ${what}, not text`, fix);

  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    text = Buffer.from(bytes.buffer, bytes.byteOffset + 3, bytes.length - 3).toString('utf8');
    const bad = text.indexOf('\ufffd');
    if (bad >= 0) {
      const line = text.slice(0, bad).split('\n').length;
      throw new CmsFileError({
        file,
        line,
        problem: 'the file starts with a UTF-8 byte-order mark but this line is not valid UTF-8',
        expected: EXPECTED,
        fix: 'save the file again as UTF-8, or use the file as CMS publishes it (without the mark)',
      });
    }
  } else {
    text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  }
  return text.includes('\r') && !text.includes('\n') ? text.replace(/\r/g, '\n') : text;
}
