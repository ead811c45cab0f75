/** Node-only: reads content/thesaurus/*.md. Keep out of browser bundles (uses fs). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatProblem } from '../content/content-error';
import { validateFile } from '../content/validate-file';
import { checkThesaurusFile, thesaurusFileSchema, type Thesaurus, type ThesaurusEntry } from './thesaurus';

export class ThesaurusError extends Error {
  /** One line per problem: `content/thesaurus/dme.md › entries[2].means: expected at least one meaning`. */
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The thesaurus has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ThesaurusError';
    this.problems = problems;
  }
}

/** Parses one thesaurus file's text; returns its entries or the problems found. */
export function parseThesaurusFile(text: string, name: string): { entries: ThesaurusEntry[]; problems: string[] } {
  // The same safe front-matter reader and error wording as every other content record.
  const result = validateFile(name, text, thesaurusFileSchema, 'lib/search/thesaurus.ts');
  if (!result.ok) return { entries: [], problems: result.problems.map(formatProblem) };
  const file = result.value;
  const problems = checkThesaurusFile(file).map(([path, msg]) => `${name} › ${path}: ${msg}`);
  const entries = file.entries.map((entry) => ({ terms: entry.terms, means: entry.means, kind: entry.kind ?? file.kind, source: name }));
  return { entries, problems };
}

function label(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/');
}

/** Reads and validates every `*.md` file in `dir`; throws a ThesaurusError naming each bad file and field. */
export function loadThesaurus(dir = 'content/thesaurus'): Thesaurus {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    throw new ThesaurusError([`${label(dir)}: cannot read the thesaurus folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  const entries: ThesaurusEntry[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const file = join(dir, name);
    const result = parseThesaurusFile(readFileSync(file, 'utf8'), label(file));
    entries.push(...result.entries);
    problems.push(...result.problems);
  }
  if (problems.length) throw new ThesaurusError(problems);
  return { entries };
}
