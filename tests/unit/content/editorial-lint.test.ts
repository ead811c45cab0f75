import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/content-error';
import { lintEditorial } from '@/lib/content/editorial-lint';
import type { CuratedCode, LoadedContent } from '@/lib/content/load-content';
import { checkCuratedClaims } from '@/lib/pipeline/check-curated-claims';
import type { HcpcsRecord } from '@/lib/cms/hcpcs-record';
import type { RvuRow } from '@/lib/cms/read-rvu';

const SHARED = 'Medicare pays for this item only when the supplier keeps the signed order on file for seven years.';

function record(code: string, over: Partial<CuratedCode> = {}): CuratedCode {
  return {
    code,
    system: 'hcpcs',
    title: 't',
    category: 'c',
    synonyms: ['a', 'b', 'c', 'd'],
    plainLanguage: ['p', 'q'],
    summary: `Summary of ${code}.`,
    clinicalContext: `Context of ${code}.`,
    billing: `Billing of ${code}.`,
    documentation: `Documentation of ${code}.`,
    modifiers: [],
    modifiersInstead: [],
    specialties: ['s'],
    sitesOfService: ['o'],
    payerNotes: [],
    faq: [
      { question: 'q1', answer: `a1 ${code}`, audience: 'patient' },
      { question: 'q2', answer: `a2 ${code}`, audience: 'professional' },
      { question: 'q3', answer: `a3 ${code}`, audience: 'professional' },
    ],
    relatedCodes: [{ code: 'E0601', note: 'n' }],
    relatedGuides: [],
    sources: [{ title: 'x', publisher: 'CMS' }],
    lastReviewed: '2026-11-25',
    body: '',
    file: `content/codes/${code}.md`,
    ...over,
  };
}
const content = (codes: CuratedCode[]): LoadedContent => ({ codes, guides: [], cpt: { ranges: null, summaries: [] } });
const lint = (codes: CuratedCode[]) => lintEditorial(content(codes)).map(formatProblem);

describe('the editorial lint', () => {
  it('passes a record that meets the standard', () => {
    expect(lint([record('E0601'), record('E0562')])).toEqual([]);
  });

  it('names both files when two records share a sentence of 12 or more words', () => {
    expect(lint([record('E0601', { billing: SHARED }), record('E0562', { documentation: `Also: ${SHARED}` })])).toEqual([
      'content/codes/E0562.md › documentation: expected writing for this record, found words also in content/codes/E0601.md (billing): "medicare pays for this item only when the …". Fix: rewrite the sentence for this record, or link to a guide that says it once',
    ]);
  });

  it('refuses figures restated from the CMS files', () => {
    expect(lint([record('E0601', { summary: 'It pays $50.04 a month, 20% coinsurance, 1.92 RVUs.' })])).toEqual([
      'content/codes/E0601.md › summary: expected no figures from the CMS files, found a dollar amount ("$5"). Fix: say which section of the page shows the figure instead of restating it',
      'content/codes/E0601.md › summary: expected no figures from the CMS files, found a percentage ("20%"). Fix: say which section of the page shows the figure instead of restating it',
      'content/codes/E0601.md › summary: expected no figures from the CMS files, found an RVU figure ("1.92 RVUs"). Fix: say which section of the page shows the figure instead of restating it',
    ]);
  });

  it('asks for the required parts and a question a patient would ask', () => {
    const faq = record('E0601').faq.map((f) => ({ ...f, audience: 'professional' as const }));
    expect(lint([record('E0601', { synonyms: ['one'], faq })])).toEqual([
      'content/codes/E0601.md › synonyms: expected at least 4, found 1. Fix: add synonyms that people really use for E0601',
      'content/codes/E0601.md › faq: expected at least one question a patient would ask (audience: patient), found none. Fix: add one: is it covered, what will I pay, why is it on my bill',
    ]);
  });
});

describe('claims checked against the CMS facts', () => {
  const pfs = (over: Partial<RvuRow>) => ({ pctcIndicator: '0', globalDays: 'XXX', ...over }) as RvuRow;
  const claims = (r: CuratedCode, facts: { hcpcs?: Partial<HcpcsRecord>; pfs?: RvuRow }) =>
    checkCuratedClaims(r, { hcpcs: facts.hcpcs as HcpcsRecord | undefined, pfs: facts.pfs }).map(formatProblem);

  it('a Medicare liability modifier on a code Medicare does not accept (S9986 → GA)', () => {
    expect(claims(record('S9986', { modifiers: [{ code: 'GA', when: 'w' }] }), { hcpcs: { coverageCode: 'I' } })).toEqual([
      'content/codes/S9986.md › modifiers[0].code: expected no Medicare modifier on S9986, found GA: Medicare does not accept S9986, so GA never goes on its line. Fix: move it to modifiersInstead and say which code it goes on instead',
    ]);
  });

  it('modifier 26 on a code whose PC/TC indicator does not allow it', () => {
    expect(claims(record('99213', { system: 'cpt', modifiers: [{ code: '26', when: 'w' }] }), { pfs: pfs({ pctcIndicator: '0' }) })).toHaveLength(1);
    expect(claims(record('71046', { system: 'cpt', modifiers: [{ code: '26', when: 'w' }] }), { pfs: pfs({ pctcIndicator: '1' }) })).toEqual([]);
  });

  it('a global period that is not the code’s', () => {
    expect(claims(record('27447', { system: 'cpt', billing: 'It has a 10-day global period.' }), { pfs: pfs({ globalDays: '090' }) })).toEqual([
      'content/codes/27447.md › billing: expected the global period in the PFS file (090), found "10-day global". Fix: correct the sentence, or point to the page section that shows the global period',
    ]);
  });

  it('saying Medicare pays for a code Medicare does not cover', () => {
    expect(claims(record('V5261', { summary: 'Medicare covers hearing aids.' }), { hcpcs: { coverageCode: 'S' } })).toHaveLength(1);
    expect(claims(record('V5261', { summary: 'Medicare does not cover hearing aids.' }), { hcpcs: { coverageCode: 'S' } })).toEqual([]);
  });
});
