import { afterEach, describe, expect, it } from 'vitest';
import { parseThesaurusFile } from '@/lib/content/load-thesaurus';
import { formatProblem } from '@/lib/errors';
import { codeFields, contentDir, contentProblemList, contentProblems, markdown, removeContentDirs } from '@/tests/support/content-dir';

afterEach(removeContentDirs);

const FIX = 'Fix: delete the character (most editors do not show it; it is escaped above)';
const EXPECTED = 'expected text without control or bidirectional formatting characters, found';
/** What must never reach a terminal from a message: control characters and bidi formatting characters. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A record whose text has `placeholder` replaced by `text` after the YAML is written, so the characters are in the file as they are. */
function recordWith(over: Record<string, unknown>, placeholder: string, text: string, body?: string): string {
  return contentDir({ 'codes/S9986.md': markdown(codeFields('S9986', over), body).replace(placeholder, text) });
}

/** The formatted problems, after checking that neither they nor the problems as reported carry a raw character. */
function problems(root: string): string[] {
  for (const { message, field } of contentProblemList(root)) expect(`${field ?? ''} ${message}`).not.toMatch(RAW);
  const found = contentProblems(root);
  for (const line of found) expect(line).not.toMatch(RAW);
  return found;
}

describe('control and bidi characters are refused, and shown escaped', () => {
  it('an ANSI escape sequence in a field, with the line and the value escaped', () => {
    expect(problems(recordWith({ title: 'TITLE' }, 'TITLE', '\u001b[31mRed title\u001b[0m'))).toEqual([
      `content/codes/S9986.md:4 › title: ${EXPECTED} U+001B, a control character, in "title: \\u001b[31mRed title\\u001b[0m". ${FIX}`,
    ]);
  });

  it('a NUL byte in the markdown body', () => {
    expect(problems(recordWith({}, 'BODY', 'Line\u0000', 'BODY'))).toEqual([
      `content/codes/S9986.md:15 › body: ${EXPECTED} U+0000, a control character, in "Line\\u0000". ${FIX}`,
    ]);
  });

  it('a right-to-left override in a list item (Trojan Source)', () => {
    expect(problems(recordWith({ synonyms: ['SYN'] }, 'SYN', 'cane \u202Eenac'))).toEqual([
      `content/codes/S9986.md:15 › synonyms: ${EXPECTED} U+202E, a bidirectional formatting character, in "  - cane \\u202eenac". ${FIX}`,
    ]);
  });

  it('an isolate character and a C1 control, one problem per line', () => {
    const text = markdown(codeFields('S9986', { summary: 'SUM', billing: 'BILL' }))
      .replace('SUM', 'A \u2067summary')
      .replace('BILL', 'Bill \u009b2J');
    expect(problems(contentDir({ 'codes/S9986.md': text }))).toEqual([
      `content/codes/S9986.md:6 › summary: ${EXPECTED} U+2067, a bidirectional formatting character, in "summary: A \\u2067summary". ${FIX}`,
      `content/codes/S9986.md:8 › billing: ${EXPECTED} U+009B, a control character, in "billing: Bill \\u009b2J". ${FIX}`,
    ]);
  });

  it('a character written as a YAML escape ("\\e", "\\u202E"), with its field path', () => {
    const fields = codeFields('S9986', { faq: [{ question: 'Why?', answer: 'Because \u001b[2J' }], title: 'TITLE' });
    const text = markdown(fields).replace('TITLE', '"Title \\u202E"');
    expect(text).toContain('title: "Title \\u202E"');
    expect(text).toContain('answer: "Because \\e[2J"');
    expect(problems(contentDir({ 'codes/S9986.md': text }))).toEqual([
      `content/codes/S9986.md:4 › title: ${EXPECTED} U+202E, a bidirectional formatting character, in "Title \\u202e". ${FIX}`,
      `content/codes/S9986.md:14 › faq[0].answer: ${EXPECTED} U+001B, a control character, in "Because \\u001b[2J". ${FIX}`,
    ]);
  });

  it('tabs and newlines are text', () => {
    expect(
      problems(contentDir({ 'codes/S9986.md': markdown(codeFields('S9986', { billing: 'Line one\n\tindented line two' }), 'A\tB') })),
    ).toEqual([]);
  });

  it('the thesaurus is held to the same rule', () => {
    const { problems: found } = parseThesaurusFile(
      '---\ntitle: DME\nentries:\n  - terms: [ca\u0007ne]\n    means: [walking cane]\n---\n',
      'dme.md',
    );
    expect(found.map(formatProblem)).toEqual([
      `dme.md:4 › entries: ${EXPECTED} U+0007, a control character, in "  - terms: [ca\\u0007ne]". ${FIX}`,
    ]);
  });
});
