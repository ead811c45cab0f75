import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '@/lib/content/front-matter';

/** A record's front matter with `middle` as its lines 4 onward (line 1 is the opening "---"). */
const file = (...middle: string[]) =>
  ['---', 'code: "S9986"', 'system: hcpcs', ...middle, 'summary: A short summary.', '---', 'Body.', ''].join('\n');

/** The line the reader reports, and that line's text as an editor shows it. */
function reported(source: string): { line: number | undefined; text: string | undefined; message: string } {
  const result = readFrontMatter('S9986.md', source);
  if (result.ok) throw new Error('expected a YAML syntax error');
  const { line, message, fix } = result.problem;
  return { line, text: line === undefined ? undefined : source.split('\n')[line - 1], message: `${message}. Fix: ${fix}` };
}

describe('YAML syntax errors: the line is the one an editor shows', () => {
  it('an unclosed bracket: the line that opens it, not the next one where the parser notices', () => {
    expect(reported(file('title: [unclosed', 'category: Tests'))).toEqual({
      line: 4,
      text: 'title: [unclosed',
      message:
        'expected valid YAML front matter, found a syntax error: the [ opened on this line is never closed. Fix: close it with ], or quote the whole value if the [ is part of the text',
    });
  });

  it('an unclosed brace inside a list', () => {
    expect(reported(file('synonyms:', '  - one', '  - {two', '  - three')).text).toBe('  - {two');
  });

  it('an unclosed double quote: the line that opens it, not the end of the front matter', () => {
    expect(reported(file('title: "Unclosed title', 'category: Tests'))).toEqual({
      line: 4,
      text: 'title: "Unclosed title',
      message:
        'expected valid YAML front matter, found a syntax error: the " quote opened on this line is never closed. Fix: close the quote (inside "…", write the quote itself as \\")',
    });
  });

  it('an unclosed single quote', () => {
    expect(reported(file("title: 'Unclosed", 'category: Tests')).text).toBe("title: 'Unclosed");
  });

  it('a field indented under the one above: the indented line, not the value above it', () => {
    expect(reported(file('title: Test record', '  category: Tests'))).toEqual({
      line: 5,
      text: '  category: Tests',
      message:
        'expected valid YAML front matter, found a syntax error: this line is indented more than the field above it. Fix: line the field up with the others at its level, or quote the value above if it runs over two lines',
    });
  });

  it('a list item field indented too far, below a value that runs over two lines', () => {
    const source = file('sources:', '  - title: HCPCS', '    release file', '      publisher: CMS');
    expect(reported(source)).toMatchObject({ line: 7, text: '      publisher: CMS' });
  });

  it('a list item field indented too little', () => {
    expect(reported(file('sources:', '  - title: HCPCS release', ' publisher: CMS'))).toMatchObject({ line: 6, text: ' publisher: CMS' });
  });

  it('a tab used for indentation', () => {
    expect(reported(file('sources:', '\t- title: HCPCS release'))).toEqual({
      line: 5,
      text: '\t- title: HCPCS release',
      message:
        'expected valid YAML front matter, found a syntax error: Tabs are not allowed as indentation. Fix: indent with spaces, not tabs',
    });
  });

  it('a field given twice', () => {
    expect(reported(file('title: One', 'title: Two'))).toMatchObject({ line: 5, text: 'title: Two' });
  });

  it('counts lines the same in a file with CRLF line ends and a BOM', () => {
    expect(reported(`\uFEFF${file('title: [unclosed', 'category: Tests').replaceAll('\n', '\r\n')}`).line).toBe(4);
  });
});
