import { visible } from '../errors';
import { type ContentProblem, formatPath } from './content-error';

/**
 * Characters no content may hold: C0 controls other than tab and newline, DEL, C1 controls, and the bidirectional
 * embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069). An editor does not show them; a control
 * character can rewrite a terminal, and a bidi character makes text display in another order than it is stored.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function describe(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return code >= 0x202a ? `${hex}, a bidirectional formatting character,` : `${hex}, a control character,`;
}

/** Up to 20 characters either side of `at`, escaped, so the message never carries the character itself. */
function around(text: string, at: number): string {
  const start = Math.max(0, at - 20);
  const end = Math.min(text.length, at + 21);
  return `"${start > 0 ? '…' : ''}${visible(text.slice(start, end))}${end < text.length ? '…' : ''}"`;
}

function unsafeProblem(file: string, line: number | undefined, field: string | undefined, text: string, at: number): ContentProblem {
  return {
    file,
    line,
    field,
    message: `expected text without control or bidirectional formatting characters, found ${describe(text[at]!)} in ${around(text, at)}`,
    fix: 'delete the character (most editors do not show it; it is escaped above)',
  };
}

/** The top-level field a line of the file belongs to: the nearest `key:` above it, or `body` after the front matter. */
function fieldAt(lines: readonly string[], index: number): string | undefined {
  const closing = lines.indexOf('---', 1);
  if (closing !== -1 && index > closing) return 'body';
  for (let i = index; i > 0; i--) {
    const key = /^([A-Za-z][\w-]*):/.exec(lines[i]!)?.[1];
    if (key) return key;
  }
  return undefined;
}

/** One problem per line of a file's text that holds an unsafe character; lines end at CR, LF or CRLF, as an editor shows them. */
export function unsafeLines(file: string, text: string): ContentProblem[] {
  const lines = text.split(/\r\n|\r|\n/);
  return lines.flatMap((line, i) => {
    const at = line.search(UNSAFE);
    return at === -1 ? [] : [unsafeProblem(file, i + 1, fieldAt(lines, i), line, at)];
  });
}

/**
 * One problem per string in parsed front matter (keys included) that holds an unsafe character: a YAML escape such as
 * "\e" or "\u202E" writes one that the file's text does not show.
 */
export function unsafeValues(file: string, data: unknown, lineOfKey: (key: string) => number | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (text: string, path: PropertyKey[]) => {
    const at = text.search(UNSAFE);
    if (at !== -1)
      problems.push(unsafeProblem(file, typeof path[0] === 'string' ? lineOfKey(path[0]) : undefined, visible(formatPath(path)), text, at));
  };
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string') check(value, path);
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        check(key, [...path, key]);
        visit(item, [...path, key]);
      }
    }
  };
  visit(data, []);
  return problems;
}
