import matter from 'gray-matter';
import { parseDocument, type YAMLError } from 'yaml';
import type { ContentProblem } from './content-error';
import { describeYamlError } from './yaml-syntax-error';

export type FrontMatterResult =
  | { ok: true; data: unknown; body: string; raw: string }
  | { ok: false; problem: ContentProblem };

function refuseJavaScript(): never {
  // gray-matter would eval() `---js` / `---javascript` front matter; setting `js: false` alone does not stop `---javascript`.
  throw new Error('JavaScript front matter is not allowed');
}

const OPENING = /^---([^\n]*)\n/;

/** The YAML errors of the front matter `text`, as gray-matter handed it to the engine. */
class YamlSyntaxError extends Error {
  constructor(
    readonly text: string,
    readonly errors: YAMLError[],
  ) {
    super(errors[0]!.message);
  }
}

function parseYaml(text: string): object {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new YamlSyntaxError(text, document.errors);
  return (document.toJS() ?? {}) as object;
}

/** 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Reads YAML front matter safely: no JavaScript engines, BOM and CRLF tolerated. */
export function readFrontMatter(file: string, source: string): FrontMatterResult {
  const raw = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (raw.trim() === '') {
    return {
      ok: false,
      problem: { file, message: 'the file is empty; expected front matter between two "---" lines', fix: 'add the front matter, or delete the file' },
    };
  }
  const opening = OPENING.exec(raw);
  if (!opening) {
    return {
      ok: false,
      problem: { file, line: 1, message: 'expected the file to start with a "---" line opening the front matter', fix: 'start the file with "---", the YAML fields, then "---"' },
    };
  }
  const language = opening[1]!.trim().toLowerCase();
  if (language !== '' && language !== 'yaml') {
    return {
      ok: false,
      problem: { file, line: 1, message: `expected YAML front matter, found "---${opening[1]!.trim()}" front matter, which is never run`, fix: 'write the front matter in YAML after a plain "---" line' },
    };
  }
  try {
    const parsed = matter(raw, {
      language: 'yaml',
      engines: {
        yaml: parseYaml,
        js: refuseJavaScript,
        javascript: refuseJavaScript,
      },
    });
    return { ok: true, data: parsed.data, body: parsed.content.trim(), raw };
  } catch (error) {
    if (error instanceof YamlSyntaxError) {
      const { offset, reason, fix } = describeYamlError(error.text, error.errors);
      // Lines are counted in the whole file: gray-matter hands the engine the text after the opening "---".
      const start = raw.indexOf(error.text);
      const line = start === -1 ? undefined : lineAt(raw, start + offset);
      return { ok: false, problem: { file, line, message: `expected valid YAML front matter, found a syntax error: ${reason}`, fix } };
    }
    return { ok: false, problem: { file, message: `could not read the front matter: ${(error as Error).message}`, fix: 'write the front matter in YAML between two "---" lines' } };
  }
}

/** 1-based line of a top-level `key:` in the file, if it is there. */
export function lineOfKey(raw: string, key: string): number | undefined {
  const lines = raw.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
