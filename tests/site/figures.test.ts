/**
 * Every dollar figure a code page shows recomputes from the CMS files, worked out here independently of the data step:
 * PFS payments (total RVUs × conversion factor, only for statuses A, R and T not marked "+"), DMEPOS fees, ceilings and
 * floors, ASP limits (and figures in CMS's own notes on them), CLFS rates, OPPS rates and copayments. A zero the file gives as a
 * figure (an OPPS copayment of $0.00) counts; a DMEPOS or CLFS fee of 0, which the files use for "none", is never shown. So no page shows a figure for a status that is not paid.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readAspFile } from '@/lib/cms/read-asp';
import { readClfsFile } from '@/lib/cms/read-clfs';
import { readDmeposFile } from '@/lib/cms/read-dmepos';
import { readOpps } from '@/lib/cms/read-opps';
import { readRvuFile } from '@/lib/cms/read-rvu';
import { aspFilesIn, CMS_SOURCES } from '@/lib/cms/sources';
import { codePagePaths, readHtml, visibleText } from './support';

const cents = (n: number) => n.toFixed(2);
const allowed = new Map<string, Set<string>>();
const allow = (code: string, amount: number | null | undefined) => {
  if (amount === null || amount === undefined) return;
  const set = allowed.get(code) ?? new Set<string>();
  // an amount shows as cents, or to the tenth of a cent where the file gives one (ASP: 59.726)
  set.add(cents(amount));
  set.add(String(Math.round(amount * 1000) / 1000));
  allowed.set(code, set);
};

beforeAll(async () => {
  for (const r of await readRvuFile(CMS_SOURCES.rvu)) {
    if (!['A', 'R', 'T'].includes(r.status) || r.notUsedForPayment) continue;
    if (!r.nonFacilityNaIndicator) allow(r.code, Math.round(r.nonFacilityTotal * r.conversionFactor * 100) / 100);
    if (!r.facilityNaIndicator) allow(r.code, Math.round(r.facilityTotal * r.conversionFactor * 100) / 100);
  }
  for (const r of await readDmeposFile(CMS_SOURCES.dmepos)) {
    allow(r.code, r.ceiling);
    allow(r.code, r.floor);
    for (const [nonRural, rural] of Object.values(r.fees)) {
      allow(r.code, nonRural);
      allow(r.code, rural);
    }
  }
  for (const file of aspFilesIn(CMS_SOURCES.aspDir)) {
    for (const r of (await readAspFile(file)).rows) {
      allow(r.code, r.limit);
      // CMS's note on a row, shown verbatim, may carry its own figures ("microCurie 100% AWP = $202.82")
      for (const m of r.note?.matchAll(/\$([\d,]+\.\d+)/g) ?? []) allow(r.code, Number(m[1]!.replace(/,/g, '')));
    }
  }
  for (const r of (await readClfsFile(CMS_SOURCES.clfs)).rows) allow(r.code, r.rate);
  for (const r of await readOpps(CMS_SOURCES.opps)) {
    allow(r.code, r.paymentRate);
    allow(r.code, r.nationalCopayment);
    allow(r.code, r.minimumCopayment);
  }
});

describe('dollar figures on code pages', () => {
  it('every one is a figure of that code in the CMS files', () => {
    const wrong: string[] = [];
    let figures = 0;
    for (const [code, path] of codePagePaths()) {
      for (const match of visibleText(readHtml(path)).matchAll(/\$([\d,]+\.\d{2,3})/g)) {
        figures++;
        const amount = match[1]!.replace(/,/g, '');
        if (!allowed.get(code)?.has(amount) && !allowed.get(code)?.has(String(Number(amount)))) wrong.push(`${code}: $${match[1]}`);
      }
    }
    expect(figures).toBeGreaterThan(10_000);
    expect(wrong).toEqual([]);
  });
});
