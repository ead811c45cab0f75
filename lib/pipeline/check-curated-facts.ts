import { CPT_MODIFIER_PATTERN } from '../codes/patterns';
import type { ContentProblem } from '../content/content-error';
import type { CuratedCode } from '../content/load-content';
import type { CuratedCptSummary } from '../content/load-cpt';
import type { RvuRow } from '../cms/read-rvu';
import type { CmsFacts } from '../content-schema';
import { checkCuratedClaims } from './check-curated-claims';
import type { CmsInputs } from './read-cms-inputs';

/**
 * Curated records may state CMS facts (cmsFacts, descriptor); the release files are the authority,
 * so any disagreement fails the build rather than showing two versions of the truth.
 */
export function checkCuratedFacts(codes: CuratedCode[], cms: CmsInputs, summaries: CuratedCptSummary[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const records = new Map([...(cms.hcpcs?.procedures ?? []), ...(cms.hcpcs?.modifiers ?? [])].map((r) => [r.code, r]));
  const pfs = new Map((cms.rvu?.rows ?? []).filter((r) => r.modifier === '').map((r) => [r.code, r]));
  for (const curated of codes) {
    const mismatch = (field: string, expected: string | null, found: string | null | undefined, source: string) => {
      if (found === undefined || found === expected) return;
      problems.push({
        file: curated.file,
        field,
        message: `expected ${expected === null ? 'no value' : `"${expected}"`} as in ${source}, found "${found}"`,
        fix: 'correct the record: the CMS release file is the authority for this fact',
      });
    };
    // CPT codes and CPT's numeric modifiers (25, 59, 26…) are AMA's, so the HCPCS Level II file never has them.
    if (cms.hcpcs && curated.system !== 'cpt' && !CPT_MODIFIER_PATTERN.test(curated.code)) {
      const record = records.get(curated.code);
      if (!record) {
        problems.push({
          file: curated.file,
          field: 'code',
          message: `expected ${curated.code} in ${cms.hcpcs.releaseLabel}, found no such code`,
          fix: 'check the code, or build with the release that has it',
        });
        continue;
      }
      const source = cms.hcpcs.releaseLabel;
      if (curated.descriptor !== undefined && curated.descriptor !== record.longDescription) {
        problems.push({
          file: curated.file,
          field: 'descriptor',
          message: `expected the CMS long descriptor verbatim ("${record.longDescription}"), found "${curated.descriptor}"`,
          fix: 'copy the descriptor from the release file exactly',
        });
      }
      mismatch('cmsFacts.coverageCode', record.coverageCode, curated.cmsFacts?.coverageCode, source);
      mismatch('cmsFacts.pricingIndicator', record.pricingIndicators[0] ?? null, curated.cmsFacts?.pricingIndicator, source);
      mismatch('cmsFacts.addedDate', record.addedDate, curated.cmsFacts?.addedDate, source);
      mismatch('cmsFacts.terminationDate', record.terminationDate, curated.cmsFacts?.terminationDate, source);
    }
    if (cms.rvu) problems.push(...checkPfsFacts(curated.file, 'cmsFacts', curated.cmsFacts, pfs.get(curated.code), cms.rvu.source));
    problems.push(...checkCuratedClaims(curated, { hcpcs: records.get(curated.code), pfs: pfs.get(curated.code) }));
  }
  if (cms.rvu) {
    for (const summary of summaries)
      problems.push(...checkPfsFacts(summary.file, `${summary.field}.cmsFacts`, summary.cmsFacts, pfs.get(summary.code), cms.rvu.source));
  }
  return problems;
}

/** The PFS facts a curated record or CPT summary states, against the code's global row in the RVU file. */
export function checkPfsFacts(
  file: string,
  field: string,
  facts: CmsFacts | undefined,
  row: RvuRow | undefined,
  source: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pairs = [
    ['pfsStatus', row?.status],
    ['globalDays', row?.globalDays],
    ['pcTcIndicator', row?.pctcIndicator],
  ] as const;
  for (const [key, expected] of pairs) {
    const found = facts?.[key];
    if (found === undefined || found === expected) continue;
    problems.push({
      file,
      field: `${field}.${key}`,
      message: `expected ${expected === undefined ? 'no value (the code has no row)' : `"${expected}"`} as in ${source}, found "${found}"`,
      fix: 'correct the record: the CMS release file is the authority for this fact',
    });
  }
  return problems;
}
