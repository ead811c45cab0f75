import type { HcpcsRecord } from '../cms/hcpcs-record';
import type { CodeLink } from '../page-schema';

export type Chain = { steps: CodeLink[]; ends: 'active' | 'ended' | 'loop' };

/**
 * Each of a code's CMS cross-references followed until it reaches a code that is still valid: a replacement chain.
 * S8032 → G0297 ends without an active code (G0297 ended too and names no replacement); the page says so instead of
 * sending the reader to a dead end. A code outside the HCPCS file (a CPT code) counts as valid when the site has a
 * page for it.
 */
export function replacementChains(
  record: HcpcsRecord,
  records: ReadonlyMap<string, HcpcsRecord>,
  link: (code: string) => CodeLink,
): Chain[] {
  return record.xrefs
    .filter((x) => x !== record.code)
    .map((first) => {
      const steps: CodeLink[] = [];
      const seen = new Set([record.code]);
      let code: string | undefined = first;
      while (code !== undefined) {
        if (seen.has(code)) return { steps, ends: 'loop' as const };
        seen.add(code);
        const step = link(code);
        steps.push(step);
        if (step.active && step.href !== null) return { steps, ends: 'active' as const };
        code = records.get(code)?.xrefs.find((x) => x !== code);
      }
      return { steps, ends: 'ended' as const };
    });
}
