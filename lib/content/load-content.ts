import { join } from 'node:path';
import { CPT_MODIFIER_PATTERN, CPT_PATTERN, HCPCS_PATTERN, MODIFIER_PATTERN, type CodeSystem } from '../codes/patterns';
import { FILE_BYTES } from '../content-limits';
import { codeRecordSchema, guideRecordSchema, type CodeRecord, type GuideRecord } from '../content-schema';
import { ContentValidationError, type ContentProblem } from './content-error';
import { lineOfKey } from './front-matter';
import { checkQuestionIds } from './guide-question-ids';
import { loadCptContent, type CptContent } from './load-cpt';
import { listMarkdownFiles } from './read-content-file';
import { validateContentFile } from './validate-file';
import { nearest } from '../text/nearest';

export type CuratedCode = CodeRecord & { body: string; file: string };
export type CuratedGuide = GuideRecord & { file: string };
export type LoadedContent = { codes: CuratedCode[]; guides: CuratedGuide[]; cpt: CptContent };

const SYSTEM_PATTERNS: Record<CodeSystem, RegExp> = { hcpcs: HCPCS_PATTERN, cpt: CPT_PATTERN, modifier: MODIFIER_PATTERN };

/** Codes and guide slugs whose own file already has a reported problem: a reference to one is not a second problem. */
type Reported = { codes: Set<string>; guides: Set<string> };

const stem = (name: string) => name.replace(/\.md$/, '');

/**
 * Reads and validates every record in content/. Collects every problem before throwing,
 * so one run shows them all. `catalogueCodes` are codes from the CMS files, which related codes may also name.
 */
export function loadContent(root = 'content', catalogueCodes: ReadonlySet<string> = new Set()): LoadedContent {
  const problems: ContentProblem[] = [];
  const codes: CuratedCode[] = [];
  const guides: CuratedGuide[] = [];
  const seen = new Map<string, string>();
  const reported: Reported = { codes: new Set(), guides: new Set() };

  for (const name of listMarkdownFiles(join(root, 'codes'), `${root}/codes`, problems)) {
    const file = `${root}/codes/${name}`;
    const result = validateContentFile(file, file, FILE_BYTES.code, codeRecordSchema);
    const rawCode = result.ok ? result.value.code : (result.data as { code?: unknown } | undefined)?.code;
    if (typeof rawCode === 'string') {
      const key = rawCode.toUpperCase();
      const first = seen.get(key);
      if (first) problems.push({ file, field: 'code', message: `duplicate code "${rawCode}": ${first} already defines ${key}`, fix: 'keep one record per code (codes are compared without regard to case)' });
      else seen.set(key, file);
    }
    if (!result.ok) {
      problems.push(...result.problems);
      reported.codes.add(stem(name).toUpperCase());
      if (typeof rawCode === 'string') reported.codes.add(rawCode.toUpperCase());
      continue;
    }
    const record = result.value;
    const line = (key: string) => lineOfKey(result.raw, key);
    if (name !== `${record.code}.md`) {
      problems.push({ file, line: line('code'), field: 'code', message: `expected the file name to match the code, found "${record.code}" in ${name}`, fix: `rename the file to ${record.code}.md, or correct the code` });
    }
    if (!SYSTEM_PATTERNS[record.system].test(record.code)) {
      problems.push({ file, line: line('system'), field: 'system', message: `expected a system that fits code "${record.code}", found "${record.system}"`, fix: 'use "hcpcs" for A1234-style codes, "cpt" for 5-digit codes, "modifier" for 2-character codes' });
    }
    if ((record.system === 'cpt' || CPT_MODIFIER_PATTERN.test(record.code)) && record.descriptor) {
      problems.push({ file, line: line('descriptor'), field: 'descriptor', message: 'expected no descriptor for a CPT code or CPT modifier, found one: CPT descriptors are AMA copyright', fix: 'remove descriptor and describe the code in your own words in title and summary' });
    }
    codes.push({ ...record, body: result.body, file });
  }

  for (const name of listMarkdownFiles(join(root, 'guides'), `${root}/guides`, problems)) {
    const file = `${root}/guides/${name}`;
    const result = validateContentFile(file, file, FILE_BYTES.guide, guideRecordSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      const slug = (result.data as { slug?: unknown } | undefined)?.slug;
      reported.guides.add(stem(name));
      if (typeof slug === 'string') reported.guides.add(slug);
      continue;
    }
    if (name !== `${result.value.slug}.md`) {
      problems.push({ file, line: lineOfKey(result.raw, 'slug'), field: 'slug', message: `expected the file name to match the slug, found "${result.value.slug}" in ${name}`, fix: `rename the file to ${result.value.slug}.md, or correct the slug` });
    }
    problems.push(...checkQuestionIds(file, result.raw, result.value.questions));
    guides.push({ ...result.value, intro: result.body, file });
  }

  const cpt = loadCptContent(root, problems);
  problems.push(...checkReferences(codes, guides, catalogueCodes, reported));
  problems.push(...checkCptSummaries(cpt, codes, catalogueCodes));
  if (problems.length > 0) throw new ContentValidationError(problems);
  return { codes, guides, cpt };
}

/** A CPT summary names a code in the CMS files (when loaded) that has no full record in content/codes. */
function checkCptSummaries(cpt: CptContent, codes: CuratedCode[], catalogueCodes: ReadonlySet<string>): ContentProblem[] {
  const records = new Map(codes.map((c) => [c.code, c.file]));
  const problems: ContentProblem[] = [];
  cpt.summaries.forEach((summary) => {
    const record = records.get(summary.code);
    if (record) problems.push({ file: summary.file, field: `${summary.field}.code`, message: `expected no summary for ${summary.code}, found one: ${record} is its full record`, fix: 'keep the title and summary in the full record and drop this entry' });
    else if (catalogueCodes.size > 0 && !catalogueCodes.has(summary.code)) {
      problems.push({ file: summary.file, field: `${summary.field}.code`, message: `expected a CPT code in the CMS files, found ${summary.code}`, fix: 'check the code' });
    }
  });
  return problems;
}

/** Codes and guides that records name must exist; one whose own file failed counts as existing, as its problem is reported. */
function checkReferences(codes: CuratedCode[], guides: CuratedGuide[], catalogueCodes: ReadonlySet<string>, reported: Reported): ContentProblem[] {
  const known = new Set([...catalogueCodes, ...codes.map((c) => c.code), ...reported.codes]);
  const slugs = new Set([...guides.map((g) => g.slug), ...reported.guides]);
  const problems: ContentProblem[] = [];
  const missingCode = (file: string, field: string, code: string): ContentProblem => {
    const suggestion = nearest(code, known, 2);
    return {
      file, field,
      message: `expected a code that exists, found "${code}", which is neither in content/codes nor in the CMS files`,
      fix: suggestion ? `did you mean "${suggestion}"?` : `correct the code, or add content/codes/${code}.md`,
    };
  };
  for (const record of codes) {
    record.relatedCodes.forEach((related, i) => {
      if (!known.has(related.code)) problems.push(missingCode(record.file, `relatedCodes[${i}].code`, related.code));
    });
    if (catalogueCodes.size > 0) {
      record.modifiers.forEach((modifier, i) => {
        if (!known.has(modifier.code)) problems.push(missingCode(record.file, `modifiers[${i}].code`, modifier.code));
      });
    }
    record.relatedGuides.forEach((slug, i) => {
      if (!slugs.has(slug)) {
        const suggestion = nearest(slug, slugs);
        problems.push({ file: record.file, field: `relatedGuides[${i}]`, message: `expected a guide in content/guides, found "${slug}"`, fix: suggestion ? `did you mean "${suggestion}"?` : `add content/guides/${slug}.md, or remove the slug` });
      }
    });
  }
  for (const guide of guides) {
    guide.codes.forEach((code, i) => {
      if (!known.has(code)) problems.push(missingCode(guide.file, `codes[${i}]`, code));
    });
  }
  return problems;
}
