/**
 * Figures on code pages, pinned against the rows of the CMS files they come from (values read off the files by hand:
 * shared/data/README.md "checked values" and the rows quoted below).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { localityPayment } from '@/lib/fees';
import type { CodePage, Locality } from '@/lib/page-schema';
import type { SiteModel } from '@/lib/pipeline/build-site-data';
import { fullSite } from '@/tests/support/catalogue';

let site: SiteModel;
let page: (code: string) => CodePage;
beforeAll(async () => {
  site = await fullSite();
  const byCode = new Map(site.pages.map((p) => [p.code, p]));
  page = (code) => byCode.get(code)!;
});

describe('DMEPOS', () => {
  it('E0601 RR in Pennsylvania: 50.04 non-rural, 91.18 rural; a capped rental', () => {
    const dmepos = page('E0601').schedules.dmepos!;
    expect(dmepos.source).toBe('DMEPOS fee schedule, January 2026');
    expect(dmepos.category).toMatchObject({ value: 'CR', label: 'Capped rental' });
    const rr = dmepos.rows.find((r) => r.modifiers.map((m) => m.code).join() === 'RR')!;
    expect(rr.fees.PA).toEqual([50.04, 91.18]);
    expect(rr.fees.TX).toEqual([50.91, 91.52]);
    expect(rr.modifiers[0]?.label).toMatch(/rent/i);
  });

  it('A4253 NU: test strips bought new, priced by state', () => {
    const nu = page('A4253').schedules.dmepos!.rows.find((r) => r.modifiers.map((m) => m.code).join() === 'NU')!;
    expect(nu.range).not.toBeNull();
    expect(Object.keys(nu.fees)).toHaveLength(53);
  });
});

describe('ASP drugs', () => {
  it('J9271: 59.726 per 1 MG in 2026 Q1, nine quarters, and the Keytruda NDC 00006-3026-02 billing 100 units', () => {
    const asp = page('J9271').schedules.asp!;
    expect(asp.current).toEqual({ dosage: '1 MG', limit: 59.726, coinsurance: 20, note: null });
    expect(asp.history.map((h) => h.quarter)).toHaveLength(9);
    expect(asp.ndcs.find((n) => n.ndc === '00006-3026-02')).toMatchObject({ drugName: 'Keytruda', billingUnitsPerPackage: 100 });
    expect(page('J9271').hcpcs?.dosageUnit).toBe('1 MG');
    expect(page('J9271').glance.figures[0]).toMatchObject({ schedule: 'asp', amount: 59.726, unit: 'per 1 MG' });
  });
});

describe('lab and hospital outpatient', () => {
  it('85025: 7.77 on the Clinical Laboratory Fee Schedule, a national amount', () => {
    const clfs = page('85025').schedules.clfs!;
    expect(clfs.rows.find((r) => r.modifier === null)).toMatchObject({ rate: 7.77, indicator: { value: 'N' } });
  });

  it('71046: OPPS status Q3, APC 5521, 88.05', () => {
    expect(page('71046').schedules.opps).toMatchObject({
      statusIndicator: { value: 'Q3' },
      apc: '5521',
      paymentRate: 88.05,
      minimumCopayment: 17.61,
    });
  });
});

describe('Physician Fee Schedule', () => {
  it('G0011: national figures, and the figure for a named locality from its GPCIs', () => {
    const fees = page('G0011').fees!;
    const global = fees.rows.find((r) => r.modifier === '')!;
    expect(global.nonFacilityPayment).toBe(Math.round(global.nonFacilityTotal * fees.conversionFactor * 100) / 100);
    const manhattan = site.localities.find((l) => l.state === 'NY' && /MANHATTAN/.test(l.name)) as Locality;
    // (work × work GPCI + PE × PE GPCI + MP × MP GPCI) × CF, by hand for Manhattan (locality 13202-01)
    const byHand =
      Math.round(
        (global.work * manhattan.work + global.nonFacilityPe * manhattan.pe + global.malpractice * manhattan.mp) *
          fees.conversionFactor *
          100,
      ) / 100;
    expect(localityPayment({ work: global.work, pe: global.nonFacilityPe, mp: global.malpractice }, manhattan, fees.conversionFactor)).toBe(
      byHand,
    );
    expect(manhattan.counties).toMatch(/New York|Manhattan/i);
  });

  it('G0252: a dollar figure for its 26 row, which has RVUs, though the global row has none', () => {
    const rows = page('G0252').fees!.rows;
    expect(rows.find((r) => r.modifier === '26')?.nonFacilityTotal).toBeGreaterThan(0);
  });
});
