/** The pages the audit found wrong, pinned to what they show now. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodePage } from '@/lib/page-schema';
import { fullSite } from '@/tests/support/catalogue';

let page: (code: string) => CodePage;
beforeAll(async () => {
  const byCode = new Map((await fullSite()).pages.map((p) => [p.code, p]));
  page = (code) => byCode.get(code)!;
});

describe('pages the audit found wrong', () => {
  it('S0106, A9516, A9552: no unit worked out of the descriptor; the descriptor is shown as CMS wrote it', () => {
    for (const code of ['S0106', 'A9516', 'A9552']) expect(page(code).hcpcs?.dosageUnit, code).toBeNull();
    expect(page('S0106').hcpcs?.longDescriptor).toContain('per bottle of 60 tablets');
  });

  it('E1130 shows and links its cross-reference to K0001', () => {
    expect(page('E1130').hcpcs?.chains).toEqual([
      { steps: [expect.objectContaining({ code: 'K0001', href: '/codes/K0001/', active: true })], ends: 'active' },
    ]);
  });

  it('S8032 → G0297, which ended too: the chain says it ends without a valid code', () => {
    expect(page('S8032').hcpcs?.chains).toEqual([{ steps: [expect.objectContaining({ code: 'G0297', active: false })], ends: 'ended' }]);
  });

  it('G0511 shows no dollar figure: Medicare does not pay from its RVUs', () => {
    const fees = page('G0511').fees!;
    expect(fees.payable).toBe(false);
    expect(fees.rows.every((r) => r.nonFacilityPayment === null && r.facilityPayment === null)).toBe(true);
    expect(page('G0511').glance.figures.filter((f) => f.schedule === 'pfs')).toEqual([]);
  });

  it('Q4101: HCPCS pricing indicator 11 against PFS status E, shown as a disagreement with no figure', () => {
    expect(page('Q4101').disagreements).toEqual([
      {
        about: 'whether the Physician Fee Schedule pays this code',
        statements: [
          { source: 'HCPCS 2026 January', says: 'pricing indicator 11 (Physician fee schedule (national RVUs))' },
          { source: 'CY2025 Physician Fee Schedule', says: 'status E (Excluded by regulation)' },
        ],
      },
    ]);
    expect(page('Q4101').glance.unpriced).toMatch(/^The releases disagree/);
  });

  it('E0601’s similar codes are its own family: CPAP supplies, the humidifier, the bi-level device', () => {
    const similar = page('E0601').similar.map((s) => s.code);
    expect(similar).toEqual(expect.arrayContaining(['E0562', 'A7030', 'A7037', 'E0470']));
    expect(similar.every((code) => /^(?:A70|E0[45])/.test(code))).toBe(true);
  });
});
