import type { ContentProblem } from '../content/content-error';
import type { CuratedCode } from '../content/load-content';
import type { HcpcsRecord } from '../cms/hcpcs-record';
import type { RvuRow } from '../cms/read-rvu';

/** Modifiers that only mean something on a Medicare claim (liability notices, Medicare documentation attestations). */
const MEDICARE_ONLY = new Set(['GA', 'GZ', 'GX', 'GY', 'KX']);
/** PC/TC indicators with which modifier 26 or TC may be used (RVU file documentation, Attachment A). */
const ALLOWS = { '26': new Set(['1', '6']), TC: new Set(['1']) } as const;
const GLOBAL_DAYS: Record<string, number> = { '000': 0, '010': 10, '090': 90 };
const GLOBAL_CLAIM = /\b(\d{1,2})-day global\b|\bglobal (?:surgical |surgery )?period (?:is |of )(\d{1,2}) days\b/gi;
const MEDICARE_PAYS = /\b(?:medicare (?:covers|pays for|will pay|does pay)|covered by medicare)\b/i;
const NEGATION = /\b(?:not|never|no|n't|doesn't|does not|won't|cannot|only if|unless|if)\b/i;

type Facts = { hcpcs?: HcpcsRecord; pfs?: RvuRow };

/**
 * What a record says that contradicts a CMS fact the build knows: a modifier that cannot go on the code, a global
 * period that is not the code's, or a claim that Medicare pays for a code Medicare does not cover.
 */
export function checkCuratedClaims(record: CuratedCode, facts: Facts): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (field: string, message: string, fix: string) => problems.push({ file: record.file, field, message, fix });
  const pctc = facts.pfs?.pctcIndicator;
  const notForMedicare = facts.hcpcs?.coverageCode === 'I' || /^S/.test(record.code);
  record.modifiers.forEach((m, i) => {
    if ((m.code === '26' || m.code === 'TC') && pctc !== undefined && !ALLOWS[m.code].has(pctc)) {
      problem(
        `modifiers[${i}].code`,
        `expected no modifier ${m.code}, found it: the PFS PC/TC indicator of ${record.code} is ${pctc}, with which ${m.code} cannot be used`,
        'remove it, or move it to modifiersInstead if another code is billed in its place',
      );
    }
    if (MEDICARE_ONLY.has(m.code) && notForMedicare) {
      problem(
        `modifiers[${i}].code`,
        `expected no Medicare modifier on ${record.code}, found ${m.code}: Medicare does not accept ${record.code}, so ${m.code} never goes on its line`,
        'move it to modifiersInstead and say which code it goes on instead',
      );
    }
  });
  const texts: [string, string][] = [
    ['summary', record.summary],
    ['billing', record.billing],
    ['clinicalContext', record.clinicalContext],
    ...record.faq.map((f, i): [string, string] => [`faq[${i}].answer`, f.answer]),
  ];
  const global = facts.pfs?.globalDays;
  for (const [field, text] of texts) {
    for (const match of text.matchAll(GLOBAL_CLAIM)) {
      const days = Number(match[1] ?? match[2]);
      if (global !== undefined && GLOBAL_DAYS[global] !== days)
        problem(
          field,
          `expected the global period in the PFS file (${global}), found "${match[0]}"`,
          'correct the sentence, or point to the page section that shows the global period',
        );
    }
  }
  // A modifier's coverage code describes the modifier, not a service Medicare might pay for.
  if (record.system !== 'modifier' && facts.hcpcs?.coverageCode && ['I', 'M', 'S'].includes(facts.hcpcs.coverageCode)) {
    const claims: [string, string][] = [...record.synonyms.map((s, i): [string, string] => [`synonyms[${i}]`, s]), ...texts];
    for (const [field, text] of claims) {
      for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
        if (MEDICARE_PAYS.test(sentence) && !NEGATION.test(sentence)) {
          problem(
            field,
            `expected nothing saying Medicare pays for ${record.code}, found "${sentence.trim().slice(0, 80)}": its HCPCS coverage code is ${facts.hcpcs.coverageCode}`,
            'correct the sentence to agree with the coverage code',
          );
        }
      }
    }
  }
  return problems;
}
