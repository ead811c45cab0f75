/**
 * What the site works out, checked over every page model the build produces: each rule is stated independently of
 * the data step, from the CMS files, and must hold for every code it touches.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HcpcsRecord } from '@/lib/cms/hcpcs-record';
import { readAspFile } from '@/lib/cms/read-asp';
import { readHcpcsRelease } from '@/lib/cms/read-release';
import { readRvuFile, type RvuRow } from '@/lib/cms/read-rvu';
import { aspFilesIn, CMS_SOURCES } from '@/lib/cms/sources';
import type { CodePage } from '@/lib/page-schema';
import { fullSite } from '@/tests/support/catalogue';

let pages: CodePage[];
let records: Map<string, HcpcsRecord>;
let globalRows: Map<string, RvuRow>;
let rowsByModifier: Map<string, RvuRow>;
let aspDosage: Map<string, string>;

beforeAll(async () => {
  pages = (await fullSite()).pages;
  const release = await readHcpcsRelease(CMS_SOURCES.hcpcs);
  records = new Map([...release.procedures, ...release.modifiers].map((r) => [r.code, r]));
  const rvuRows = await readRvuFile(CMS_SOURCES.rvu);
  globalRows = new Map(rvuRows.filter((r) => r.modifier === '').map((r) => [r.code, r]));
  rowsByModifier = new Map(rvuRows.map((r) => [`${r.code}${r.modifier}`, r]));
  aspDosage = new Map();
  // the latest quarter that lists a code gives its billing unit
  for (const file of aspFilesIn(CMS_SOURCES.aspDir)) for (const row of (await readAspFile(file)).rows) aspDosage.set(row.code, row.dosage);
});

describe('derived facts, over every page', () => {
  it('a billing unit is shown only from the ASP file, and always the unit the ASP file gives', () => {
    const wrong = pages
      .filter((p) => p.hcpcs && (p.hcpcs.dosageUnit ?? null) !== (aspDosage.get(p.code) ?? null))
      .map((p) => `${p.code}: ${p.hcpcs?.dosageUnit}`);
    expect(wrong).toEqual([]);
  });

  it('no cross-reference is hidden: every code the HCPCS file cross-references is shown and, where the site has a page, linked', () => {
    const wrong = pages.flatMap((p) => {
      const record = records.get(p.code);
      if (!record || !p.hcpcs) return [];
      const expected = record.xrefs.filter((x) => x !== p.code);
      const shown = p.hcpcs.chains.map((c) => c.steps[0]?.code);
      return expected.join() === shown.join() &&
        p.hcpcs.chains.every((c) => c.steps.every((s) => s.href !== null || !pages.some((q) => q.code === s.code)))
        ? []
        : [p.code];
    });
    expect(wrong).toEqual([]);
  });

  it('every replacement chain ends at a valid code, or says it does not', () => {
    const wrong = pages.flatMap((p) =>
      (p.hcpcs?.chains ?? []).flatMap((chain) => {
        const last = chain.steps.at(-1)!;
        if (chain.ends === 'active') return last.active && last.href ? [] : [`${p.code}: ends "active" at ${last.code}`];
        const dead = chain.steps.every((s) => !s.active || s.href === null);
        return dead ? [] : [`${p.code}: says the chain ends, but ${chain.steps.map((s) => s.code).join(' → ')} reaches a valid code`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('no dollar figure for a PFS status whose RVUs Medicare does not pay from (only A, R and T, and never "+")', () => {
    const wrong = pages.flatMap((p) =>
      (p.fees?.rows ?? []).flatMap((row) => {
        const figures = [row.nonFacilityPayment, row.facilityPayment].filter((x) => x !== null);
        if (figures.length === 0) return [];
        // a professional (26) or technical (TC) row has its own status: 93595 is carrier-priced, 93595-26 is paid
        const raw = rowsByModifier.get(`${p.code}${row.modifier}`);
        const status = raw?.status ?? '';
        return ['A', 'R', 'T'].includes(status) && !raw?.notUsedForPayment ? [] : [`${p.code}${row.modifier}: status ${status}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('every disagreement between the HCPCS release and the fee schedule about PFS payment is shown as one', () => {
    const wrong = pages.flatMap((p) => {
      const record = records.get(p.code);
      const raw = globalRows.get(p.code);
      if (!record || !raw || record.kind !== 'procedure') return [];
      const hcpcsSaysPfs = ['11', '12', '13'].includes(record.pricingIndicators[0] ?? '');
      const pfsPays = ['A', 'R', 'T', 'C'].includes(raw.status);
      const paysFromRvus =
        ['A', 'R', 'T'].includes(raw.status) && !raw.notUsedForPayment && (raw.nonFacilityTotal > 0 || raw.facilityTotal > 0);
      const disagree = (hcpcsSaysPfs && !pfsPays) || (!hcpcsSaysPfs && paysFromRvus);
      return disagree === p.disagreements.length > 0 ? [] : [`${p.code}: ${record.pricingIndicators[0]} vs ${raw.status}`];
    });
    expect(wrong).toEqual([]);
  });

  it('no sentence points to coverage references a page does not list', () => {
    const pointsToReferences = /\b(?:references?|manual sections?) (?:below|listed)|listed for the code|see the references/i;
    const wrong = pages.filter((p) => {
      const text = [p.glance.coverage, p.hcpcs?.coverage?.meaning, p.glance.unpriced].join(' ');
      return pointsToReferences.test(text) && (p.hcpcs?.references.length ?? 0) === 0;
    });
    expect(wrong.map((p) => p.code)).toEqual([]);
  });

  it('BETOS is explained on every page that has it', () => {
    expect(pages.filter((p) => p.hcpcs?.betos && !p.hcpcs.betosGroup?.meaning).map((p) => p.code)).toEqual([]);
  });
});
