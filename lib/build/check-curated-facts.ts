import type { ContentProblem } from '../content/content-error';
import type { CuratedCode } from '../content/load-content';
import type { CatalogueInputs } from './code-pages';

/**
 * Curated records may state CMS facts (cmsFacts, descriptor); the release files are the authority,
 * so any disagreement fails the build rather than showing two versions of the truth.
 */
export function checkCuratedFacts(codes: CuratedCode[], cms: CatalogueInputs): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const records = new Map([...(cms.hcpcs?.procedures ?? []), ...(cms.hcpcs?.modifiers ?? [])].map((r) => [r.code, r]));
  const pfsStatus = new Map((cms.rvu?.rows ?? []).filter((r) => r.modifier === '').map((r) => [r.code, r.status]));
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
    if (cms.hcpcs && curated.system !== 'cpt') {
      const record = records.get(curated.code);
      if (!record) {
        problems.push({ file: curated.file, field: 'code', message: `expected ${curated.code} in ${cms.hcpcs.releaseLabel}, found no such code`, fix: 'check the code, or build with the release that has it' });
        continue;
      }
      const source = cms.hcpcs.releaseLabel;
      if (curated.descriptor !== undefined && curated.descriptor !== record.longDescription) {
        problems.push({ file: curated.file, field: 'descriptor', message: `expected the CMS long descriptor verbatim ("${record.longDescription}"), found "${curated.descriptor}"`, fix: 'copy the descriptor from the release file exactly' });
      }
      mismatch('cmsFacts.coverageCode', record.coverageCode, curated.cmsFacts?.coverageCode, source);
      mismatch('cmsFacts.pricingIndicator', record.pricingIndicators[0] ?? null, curated.cmsFacts?.pricingIndicator, source);
      mismatch('cmsFacts.addedDate', record.addedDate, curated.cmsFacts?.addedDate, source);
      mismatch('cmsFacts.terminationDate', record.terminationDate, curated.cmsFacts?.terminationDate, source);
    }
    if (cms.rvu && curated.cmsFacts?.pfsStatus !== undefined) {
      mismatch('cmsFacts.pfsStatus', pfsStatus.get(curated.code) ?? null, curated.cmsFacts.pfsStatus, cms.rvu.source);
    }
  }
  return problems;
}
