import { join, relative, sep } from 'node:path';
import { FILE_BYTES } from '../content-limits';
import { thesaurusFileSchema, type ThesaurusFile } from '../content-schema';
import { listProblems, ProblemError, type Problem } from '../errors';
import { expansionKey, MAX_PHRASE_WORDS, phraseKey, type Thesaurus, type ThesaurusEntry } from '../search/thesaurus';
import { listMarkdownFiles, readContentFile } from './read-content-file';
import { validateFile } from './validate-file';

export class ThesaurusError extends ProblemError {
  constructor(problems: Problem[]) {
    super(problems, listProblems(`The thesaurus has ${problems.length} problem${problems.length === 1 ? '' : 's'}`, problems));
  }
}

/** Problems in one file's entries beyond what the schema checks. */
function checkThesaurusFile(file: ThesaurusFile, name: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { entry: number; path: string }>();
  file.entries.forEach((entry, i) => {
    entry.terms.forEach((term, j) => {
      const field = `entries[${i}].terms[${j}]`;
      const key = phraseKey(term);
      const earlier = seen.get(key);
      if (!key) problems.push({ file: name, field, message: `"${term}" has no searchable words (only stopwords or punctuation)` });
      else if (key.split(' ').length > MAX_PHRASE_WORDS) problems.push({ file: name, field, message: `"${term}" is longer than ${MAX_PHRASE_WORDS} searchable words` });
      // the same word twice in one entry ("crutch", "crutches") is harmless; in two entries it is a mistake
      else if (earlier && earlier.entry !== i) problems.push({ file: name, field, message: `"${term}" is already listed at ${earlier.path}; merge the two entries` });
      else if (!earlier) seen.set(key, { entry: i, path: field });
    });
    entry.means.forEach((meaning, j) => {
      if (!expansionKey(meaning)) problems.push({ file: name, field: `entries[${i}].means[${j}]`, message: `"${meaning}" has no searchable words` });
    });
  });
  return problems;
}

/** Parses one thesaurus file's text; returns its entries or the problems found. */
export function parseThesaurusFile(text: string, name: string): { entries: ThesaurusEntry[]; problems: Problem[] } {
  // The same safe front-matter reader and error wording as every other content record.
  const result = validateFile(name, text, thesaurusFileSchema);
  if (!result.ok) return { entries: [], problems: result.problems };
  const file = result.value;
  const entries = file.entries.map((entry) => ({ terms: entry.terms, means: entry.means, kind: entry.kind ?? file.kind, source: name }));
  return { entries, problems: checkThesaurusFile(file, name) };
}

function label(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/');
}

/** Reads and validates every `*.md` file in `dir`; throws a ThesaurusError naming each bad file and field. */
export function loadThesaurus(dir = 'content/thesaurus'): Thesaurus {
  const entries: ThesaurusEntry[] = [];
  const problems: Problem[] = [];
  for (const name of listMarkdownFiles(dir, label(dir), problems, true)) {
    const file = join(dir, name);
    const read = readContentFile(file, label(file), FILE_BYTES.thesaurus);
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    const result = parseThesaurusFile(read.text, label(file));
    entries.push(...result.entries);
    problems.push(...result.problems);
  }
  if (problems.length) throw new ThesaurusError(problems);
  return { entries };
}
