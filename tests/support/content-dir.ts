/** Content folders written on the fly for tests of bad input: records, links, pipes and huge files git cannot hold. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { ContentValidationError, formatProblem, type ContentProblem } from '@/lib/content/content-error';
import { loadContent } from '@/lib/content/load-content';

/** Front matter from `fields` (YAML-quoted as needed, so "\e" escapes stand for control characters), then `body`. */
export function markdown(fields: Record<string, unknown>, body = 'Body.'): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n${body}\n`;
}

/** The fields of a code record that passes the schema, with `over` replacing or adding fields. */
export function codeFields(code: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code,
    system: /^\d/.test(code) ? 'cpt' : 'hcpcs',
    title: `Record ${code}`,
    category: 'Test category',
    summary: 'A short summary.',
    clinicalContext: 'Context.',
    billing: 'Billing.',
    documentation: 'Documentation.',
    sources: [{ title: 'HCPCS release', publisher: 'CMS' }],
    lastReviewed: '2026-11-25',
    ...over,
  };
}

/** The fields of a guide that passes the schema, with `over` replacing or adding fields. */
export function guideFields(slug: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    title: `Guide ${slug}`,
    description: 'What the guide is about.',
    questions: [{ id: 'first', question: 'First?', answer: 'Yes.' }],
    sources: [{ title: 'Manual', publisher: 'CMS' }],
    lastReviewed: '2026-11-25',
    ...over,
  };
}

const made: string[] = [];

/** Writes `files` (path in the folder → text or bytes) into a new temp folder and returns its path. */
export function contentDir(files: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'codeatlas-content-'));
  made.push(root);
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

/** Removes every folder contentDir made; call it in afterEach. */
export function removeContentDirs(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** The problems loadContent reports for `root`, as they are. */
export function contentProblemList(root: string, catalogueCodes?: ReadonlySet<string>): ContentProblem[] {
  try {
    loadContent(root, catalogueCodes);
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    return error.problems;
  }
  return [];
}

/** The problems loadContent reports for `root`, formatted, with the temp folder written as `content`. */
export function contentProblems(root: string, catalogueCodes?: ReadonlySet<string>): string[] {
  return contentProblemList(root, catalogueCodes).map((p) => formatProblem(p).replaceAll(root, 'content'));
}
