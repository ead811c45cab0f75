import { lstatSync, readdirSync, readFileSync, type Stats } from 'node:fs';
import { visible } from '../errors';
import type { ContentProblem } from './content-error';

export type ContentText = { ok: true; text: string } | { ok: false; problem: ContentProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What a path is, for a message: "a symbolic link", "a folder"… */
function kindOf(stats: Stats): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  return 'a device';
}

/** The 1-based line holding the first bytes that are not UTF-8, shown with U+FFFD in their place. */
function firstInvalidLine(bytes: Buffer): { line: number; text: string } {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
    try {
      utf8.decode(slice);
    } catch {
      const text = new TextDecoder('utf-8').decode(slice);
      const at = text.indexOf('\ufffd');
      return { line, text: visible(text.slice(Math.max(0, at - 30), at + 30)) };
    }
    if (end === -1) return { line, text: '' };
    start = end + 1;
  }
}

/**
 * Reads one content file as UTF-8 text. Refuses, naming the path, a symbolic link (never followed), a folder or anything
 * else that is not a regular file, a file over `maxBytes` (checked before reading it) and bytes that are not UTF-8.
 * `file` is the path as messages show it.
 */
export function readContentFile(path: string, file: string, maxBytes: number): ContentText {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return { ok: false, problem: { file, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` } };
  }
  if (!stats.isFile()) {
    return {
      ok: false,
      problem: {
        file,
        message: `expected a regular file, found ${kindOf(stats)}`,
        fix: stats.isSymbolicLink()
          ? 'put the file itself in content/: links are not followed, so a build reads only what the repository holds'
          : 'move it out of content/, or rename it so that its name does not end in .md',
      },
    };
  }
  if (stats.size > maxBytes) {
    return {
      ok: false,
      problem: {
        file,
        message: `expected at most ${maxBytes.toLocaleString('en-US')} bytes, found ${stats.size.toLocaleString('en-US')}`,
        fix: 'check the file holds only this record (the size caps are in lib/content-limits.ts)',
      },
    };
  }
  const bytes = readFileSync(path);
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const bad = firstInvalidLine(bytes);
    return {
      ok: false,
      problem: {
        file,
        line: bad.line,
        message: `expected UTF-8 text, found bytes that are not UTF-8 (shown as \ufffd): "${bad.text}"`,
        fix: 'save the file as UTF-8 (it was probably saved as Latin-1 or Windows-1252)',
      },
    };
  }
}

/**
 * The `.md` files of a content folder, sorted. A folder that is a symbolic link (never followed) or not a folder is
 * added to `problems`; a missing folder has no files, or is a problem when `required`.
 */
export function listMarkdownFiles(dir: string, label: string, problems: ContentProblem[], required = false): string[] {
  let stats: Stats;
  try {
    stats = lstatSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code !== 'ENOENT' || required) problems.push({ file: label, message: `cannot read the folder (${code})` });
    return [];
  }
  if (!stats.isDirectory()) {
    problems.push({
      file: label,
      message: `expected a folder, found ${stats.isFile() ? 'a file' : kindOf(stats)}`,
      fix: stats.isSymbolicLink() ? 'put the folder itself in content/: links are not followed' : 'replace it with a folder of .md files',
    });
    return [];
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
}
