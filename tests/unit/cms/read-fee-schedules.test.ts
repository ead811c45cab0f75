import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnesthesiaCf } from '@/lib/cms/read-anesthesia-cf';
import { readAspFile, type AspQuarter } from '@/lib/cms/read-asp';
import { readClfsFile } from '@/lib/cms/read-clfs';
import { readDmeposFile, type DmeposRow } from '@/lib/cms/read-dmepos';
import { readLocalityCounties } from '@/lib/cms/read-locality-counties';
import { readNdcCrosswalk } from '@/lib/cms/read-ndc-crosswalk';
import { readOpps } from '@/lib/cms/read-opps';
import { readOppsCap } from '@/lib/cms/read-opps-cap';
import { aspFilesIn, CMS_SOURCES } from '@/lib/cms/sources';
import { cmsErrorAsync, tempFolder } from './helpers';

const folder = tempFolder();
const put = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('DMEPOS fee schedule', () => {
  let rows: DmeposRow[];
  beforeAll(async () => {
    rows = await readDmeposFile(CMS_SOURCES.dmepos);
  });

  it('reads every row with its modifiers and the fee in every state', () => {
    expect(rows).toHaveLength(3515);
    expect(new Set(rows.map((r) => r.code)).size).toBe(2106);
    const e0601 = rows.find((r) => r.code === 'E0601' && r.modifiers.join() === 'RR');
    expect(e0601).toMatchObject({ jurisdiction: 'D', category: 'CR', ceiling: null, floor: null });
    expect(e0601?.fees.PA).toEqual([50.04, 91.18]);
    expect(e0601?.fees.TX).toEqual([50.91, 91.52]);
    expect(Object.keys(e0601?.fees ?? {})).toHaveLength(53);
  });

  it('keeps a code with several pricing modifiers apart (A4253 NU), and a fee given as 0 as no fee', () => {
    const a4253 = rows.filter((r) => r.code === 'A4253');
    expect(a4253.map((r) => r.modifiers.join('+'))).toContain('NU');
    const a4216 = rows.find((r) => r.code === 'A4216' && r.modifiers.length === 0);
    expect(a4216).toMatchObject({ ceiling: 0.63, floor: 0.54 });
    expect(a4216?.fees.AL).toEqual([0.58, null]);
  });

  it('fails on a malformed fee with the file and line', async () => {
    const file = put(
      'dmepos.csv',
      'HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor,PA (NR),PA (R),Description\nE0601,RR,,D,CR,0,0,50.04,91.18,x\nE0602,,,D,IN,0,0,abc,0,y\n',
    );
    expect((await cmsErrorAsync(readDmeposFile(file))).message).toBe(
      `${file}:3: PA (NR) in column 8 is "abc"; expected a dollar amount such as 88.05, or blank. Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
  });

  it('fails on a code and modifiers listed twice, naming both lines', async () => {
    const row = 'E0601,RR,,D,CR,0,0,50.04,91.18,x';
    const file = put('dmepos-twice.csv', `HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor,PA (NR),PA (R),Description\n${row}\n${row}\n`);
    expect((await cmsErrorAsync(readDmeposFile(file))).message).toMatch(
      /dmepos-twice\.csv:3: E0601-RR appears twice \(also on line 2\); expected one row per code and modifiers\./,
    );
  });
});

describe('ASP payment limits', () => {
  let quarters: AspQuarter[];
  beforeAll(async () => {
    quarters = await Promise.all(aspFilesIn(CMS_SOURCES.aspDir).map(readAspFile));
  });

  it('reads nine quarters, 2024 Q1 to 2026 Q1, each named from its "Effective" line', () => {
    expect(quarters.map((q) => q.quarter)).toEqual([
      '2024 Q1',
      '2024 Q2',
      '2024 Q3',
      '2024 Q4',
      '2025 Q1',
      '2025 Q2',
      '2025 Q3',
      '2025 Q4',
      '2026 Q1',
    ]);
    expect(quarters.at(-1)).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('gives J9271 59.726 per 1 MG in 2026 Q1, with 20% coinsurance', () => {
    expect(quarters.at(-1)?.rows.find((r) => r.code === 'J9271')).toEqual({
      code: 'J9271',
      dosage: '1 MG',
      limit: 59.726,
      coinsurance: 20,
      note: null,
    });
  });

  it('keeps "N/A" limits as no limit, with CMS note', () => {
    expect(quarters.at(-1)?.rows.find((r) => r.code === 'A9606')).toMatchObject({ limit: null, dosage: '1 microCurie' });
  });

  it('fails on a file without the quarter line', async () => {
    const file = put(
      'asp.csv',
      'HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage,Notes\nJ9271,x,1 MG,59.726,20.000,\n',
    );
    expect((await cmsErrorAsync(readAspFile(file))).message).toMatch(
      /asp\.csv: no "Effective <date> through <date>" line names the quarter/,
    );
  });
});

describe('NDC–HCPCS crosswalk', () => {
  it('maps Keytruda 00006-3026-02 to J9271, 100 billing units per package', async () => {
    const rows = await readNdcCrosswalk(CMS_SOURCES.ndc);
    expect(rows.find((r) => r.ndc === '00006-3026-02')).toEqual({
      code: 'J9271',
      ndc: '00006-3026-02',
      labeler: 'Merck Sharp & Dohme LLC',
      drugName: 'Keytruda',
      dosage: '1 MG',
      packageSize: 4,
      packageQuantity: 1,
      billingUnitsPerPackage: 100,
    });
  });

  it('fails on a malformed package count with the file and line', async () => {
    const file = put(
      'ndc.csv',
      'title\n_2026_CODE,Short Description,LABELER NAME,NDC2,Drug Name,HCPCS dosage,PKG SIZE,PKG QTY,BILLUNITS,BILLUNITSPKG\nJ9271,x,Merck,00006-3026-02,Keytruda,1 MG,4,one,100,100\n',
    );
    expect((await cmsErrorAsync(readNdcCrosswalk(file))).message).toMatch(/ndc\.csv:3: PKG QTY in column 8 is "one"; expected a number/);
  });
});

describe('OPPS Addendum B', () => {
  it('gives 71046 status Q3, APC 5521, 88.05, and J9271 status K', async () => {
    const rows = await readOpps(CMS_SOURCES.opps);
    expect(rows.find((r) => r.code === '71046')).toEqual({
      code: '71046',
      statusIndicator: 'Q3',
      apc: '5521',
      relativeWeight: 0.9874,
      paymentRate: 88.05,
      nationalCopayment: null,
      minimumCopayment: 17.61,
    });
    expect(rows.find((r) => r.code === 'J9271')).toMatchObject({ statusIndicator: 'K', apc: '1490', paymentRate: 60.291 });
    // CMS's export leaves a 0xFF byte after this code; it is not part of the code
    expect(rows.find((r) => r.code === 'A4341')).toBeDefined();
  });

  it('fails on a malformed payment rate with the file and line', async () => {
    const file = put(
      'opps.csv',
      ',Addendum B\nHCPCS Code,Short Descriptor,SI,APC,Relative Weight,Payment Rate,National Unadjusted Copayment,Minimum Unadjusted Copayment\n71046,,Q3,5521,0.9874,$88.0.5,.,$17.61\n',
    );
    expect((await cmsErrorAsync(readOpps(file))).message).toMatch(/opps\.csv:3: Payment Rate in column 6 is "\$88\.0\.5"/);
  });

  it('fails on a code listed twice, naming both lines', async () => {
    const row = '71046,,Q3,5521,0.9874,$88.05,.,$17.61';
    const file = put(
      'opps-twice.csv',
      `,Addendum B\nHCPCS Code,Short Descriptor,SI,APC,Relative Weight,Payment Rate,National Unadjusted Copayment,Minimum Unadjusted Copayment\n${row}\n${row}\n`,
    );
    expect((await cmsErrorAsync(readOpps(file))).message).toMatch(
      /opps-twice\.csv:4: 71046 appears twice \(also on line 3\); expected one row per code\./,
    );
  });
});

describe('Clinical Laboratory Fee Schedule', () => {
  it('gives 85025 7.77, 36415 9.09, and no rate for a locally priced test', async () => {
    const { year, rows } = await readClfsFile(CMS_SOURCES.clfs);
    expect(year).toBe('2025');
    expect(rows.find((r) => r.code === '85025' && r.modifier === null)).toEqual({
      code: '85025',
      modifier: null,
      effectiveDate: '2025-01-01',
      indicator: 'N',
      rate: 7.77,
    });
    expect(rows.find((r) => r.code === '36415')?.rate).toBe(9.09);
    expect(rows.find((r) => r.code === '0020M')).toMatchObject({ indicator: 'L', rate: null });
  });

  it('fails on a bad effective date with the file and line', async () => {
    const file = put('clfs.csv', 'title\nYEAR,HCPCS,MOD,EFF_DATE,INDICATOR,RATE\n2025,85025,,2025-01-01,N,7.77\n');
    expect((await cmsErrorAsync(readClfsFile(file))).message).toMatch(
      /clfs\.csv:3: EFF_DATE in column 4 is "2025-01-01"; expected a date as YYYYMMDD/,
    );
  });
});

describe('PFS locality files', () => {
  it('locality counties: the MAC and locality padded as in the GPCI file, the state carried down, a repeated row kept once', async () => {
    const rows = await readLocalityCounties(CMS_SOURCES.localityCounties);
    expect(rows).toHaveLength(109);
    expect(rows.find((r) => r.mac === '01112' && r.locality === '62')).toEqual({
      mac: '01112',
      locality: '62',
      stateName: 'CALIFORNIA',
      area: 'RIVERSIDE-SAN BERNARDINO-ONTARIO',
      counties: 'SAN BERNARDINO, RIVERSIDE',
    });
  });

  it('anesthesia conversion factors: the national one from the header, one per locality', async () => {
    const cf = await readAnesthesiaCf(CMS_SOURCES.anesthesiaCf);
    expect(cf.national).toBe(20.3178);
    expect(cf.byLocality['10112-00']).toBe(19.31);
    expect(Object.keys(cf.byLocality)).toHaveLength(109);
  });

  it('OPPS cap: a price per code, modifier and locality', async () => {
    const rows = await readOppsCap(CMS_SOURCES.oppsCap);
    expect(rows.find((r) => r.code === '0633T' && r.modifier === 'TC' && r.locality === '01112-05')).toEqual({
      code: '0633T',
      modifier: 'TC',
      locality: '01112-05',
      facility: 150.69,
      nonFacility: 150.69,
    });
  });

  it('fails on a locality repeated with different counties', async () => {
    const file = put(
      'locco.csv',
      'Medicare Adminstrative Contractor,Locality Number,State,Fee Schedule Area,Counties\n5302,99,MISSOURI,REST OF STATE,ALL OTHER COUNTIES\n5302,99,,REST OF STATE,ST. LOUIS\n',
    );
    expect((await cmsErrorAsync(readLocalityCounties(file))).message).toMatch(
      /locco\.csv:3: locality 05302-99 appears twice with different counties \(also on line 2\)/,
    );
  });
});
