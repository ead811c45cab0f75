import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_BYTES } from '../content-limits';
import { cptRangesFileSchema, cptSummaryFileSchema, type CptRangesFile, type CptSummary } from '../content-schema';
import { compareCpt, cptKind } from '../codes/cpt-order';
import type { ContentProblem } from './content-error';
import { listMarkdownFiles } from './read-content-file';
import { validateContentFile } from './validate-file';

/** `field` locates the entry in its file, e.g. `entries[3]`. */
export type CuratedCptSummary = CptSummary & { file: string; field: string; lastReviewed: string };
export type CptContent = { ranges: (CptRangesFile & { file: string }) | null; summaries: CuratedCptSummary[] };

/** content/cpt/ranges.md and content/cpt/summaries/*.md, validated; problems are appended to `problems`. */
export function loadCptContent(root: string, problems: ContentProblem[]): CptContent {
  return { ranges: loadRanges(join(root, 'cpt', 'ranges.md'), `${root}/cpt/ranges.md`, problems), summaries: loadSummaries(root, problems) };
}

function loadRanges(path: string, file: string, problems: ContentProblem[]): CptContent['ranges'] {
  if (!lstatSync(path, { throwIfNoEntry: false })) return null;
  const result = validateContentFile(path, file, FILE_BYTES.cptRanges, cptRangesFileSchema);
  if (!result.ok) {
    problems.push(...result.problems);
    return null;
  }
  const table = result.value;
  const seenSections = new Set<string>();
  const spans: { from: string; to: string; field: string }[] = [];
  table.sections.forEach((section, s) => {
    if (seenSections.has(section.slug)) problems.push({ file, field: `sections[${s}].slug`, message: `duplicate section slug "${section.slug}"`, fix: 'give each section its own slug' });
    seenSections.add(section.slug);
    const seenSubsections = new Set<string>();
    section.subsections.forEach((subsection, u) => {
      const at = `sections[${s}].subsections[${u}]`;
      if (seenSubsections.has(subsection.slug)) problems.push({ file, field: `${at}.slug`, message: `duplicate subsection slug "${subsection.slug}" in ${section.name}`, fix: 'give each subsection of a section its own slug' });
      seenSubsections.add(subsection.slug);
      subsection.ranges.forEach((range, r) => {
        const field = `${at}.ranges[${r}]`;
        if (cptKind(range.from) !== cptKind(range.to) || compareCpt(range.from, range.to) > 0) {
          problems.push({ file, field, message: `expected "from" at or before "to" and of the same kind, found ${range.from}–${range.to}`, fix: 'correct the range ends' });
        } else spans.push({ from: range.from, to: range.to, field });
      });
    });
  });
  spans.sort((a, b) => compareCpt(a.from, b.from));
  spans.forEach((span, i) => {
    const before = spans[i - 1];
    if (before && cptKind(before.to) === cptKind(span.from) && compareCpt(before.to, span.from) >= 0) {
      problems.push({ file, field: span.field, message: `expected ranges that do not overlap, found ${span.from}–${span.to} overlapping ${before.from}–${before.to} (${before.field})`, fix: 'every code must fall in exactly one range: adjust the ends' });
    }
  });
  return { ...table, file };
}

function loadSummaries(root: string, problems: ContentProblem[]): CuratedCptSummary[] {
  const dir = join(root, 'cpt', 'summaries');
  const summaries: CuratedCptSummary[] = [];
  const seen = new Map<string, string>();
  for (const name of listMarkdownFiles(dir, `${root}/cpt/summaries`, problems)) {
    const file = `${root}/cpt/summaries/${name}`;
    const result = validateContentFile(join(dir, name), file, FILE_BYTES.cptSummaries, cptSummaryFileSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    result.value.entries.forEach((entry, i) => {
      const first = seen.get(entry.code);
      if (first) problems.push({ file, field: `entries[${i}].code`, message: `duplicate CPT summary for ${entry.code}: ${first} already has one`, fix: 'keep one summary per code' });
      else seen.set(entry.code, file);
      summaries.push({ ...entry, file, field: `entries[${i}]`, lastReviewed: result.value.lastReviewed });
    });
  }
  return summaries;
}
