import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnesthesiaCf } from '@/lib/cms/read-anesthesia-cf';
import { readAspFile } from '@/lib/cms/read-asp';
import { readClfsFile } from '@/lib/cms/read-clfs';
import { readDmeposFile } from '@/lib/cms/read-dmepos';
import { readLocalityCounties } from '@/lib/cms/read-locality-counties';
import { readNdcCrosswalk } from '@/lib/cms/read-ndc-crosswalk';
import { readOpps } from '@/lib/cms/read-opps';
import { readOppsCap } from '@/lib/cms/read-opps-cap';
import { aspFilesIn } from '@/lib/cms/sources';
import { cmsError, cmsErrorAsync, tempFolder } from './helpers';

const folder = tempFolder();
let count = 0;
const put = (text: string) => {
  const path = join(folder, `file-${++count}.csv`);
  writeFileSync(path, text);
  return path;
};
const REDOWNLOAD = 'Fix: re-download the file from CMS; it looks truncated or damaged';
const NEGATIVE_AMOUNT =
  'expected an amount of 0 or more: CMS publishes no negative payment. Fix: re-download the file from CMS; a negative amount means the copy was edited or damaged';
const NEGATIVE_NUMBER =
  'expected a number of 0 or more: CMS publishes no negative value in this column. Fix: re-download the file from CMS; a negative value means the copy was edited or damaged';

describe('ASP payment limits', () => {
  const ASP_FIX = 'Fix: use the "ASP pricing file" CSV from the CMS quarterly ASP files page';
  const asp = (row: string, period = 'January 1, 2026 through March 31, 2026') =>
    put(
      [
        'Payment Allowance Limits for Medicare Part B Drugs,,,,,',
        `"Effective ${period}",,,,,`,
        'HCPCS Code,Short Description,HCPCS Code Dosage,Payment Limit,Co-insurance Percentage,Notes',
        row,
      ].join('\r\n'),
    );
  const message = async (path: string) => (await cmsErrorAsync(readAspFile(path))).message;

  it('a payment limit below zero, not a number, or blank', async () => {
    const negative = asp('J9271,x,1 MG,-59.726,20.000,');
    expect(await message(negative)).toBe(`${negative}:4: Payment Limit in column 4 is "-59.726", a negative amount; ${NEGATIVE_AMOUNT}`);
    const text = asp('J9271,x,1 MG,about 60,20.000,');
    expect(await message(text)).toBe(
      `${text}:4: Payment Limit in column 4 is "about 60"; expected a dollar amount such as 88.05, or blank. ${REDOWNLOAD}`,
    );
    const blank = asp('J9271,x,1 MG,,20.000,');
    expect(await message(blank)).toBe(
      `${blank}:4: Payment Limit in column 4 is blank; expected a dollar amount: the CMS ASP pricing file (Payment Allowance Limits for Medicare Part B Drugs, CSV) gives one on every row. ${REDOWNLOAD}`,
    );
  });

  it('a coinsurance percentage over 100 or below 0', async () => {
    const over = asp('J9271,x,1 MG,59.726,120.000,');
    expect(await message(over)).toBe(
      `${over}:4: Co-insurance Percentage in column 5 is "120.000"; expected a percentage from 0 to 100, such as 20.000. ${REDOWNLOAD}`,
    );
    const under = asp('J9271,x,1 MG,59.726,-20,');
    expect(await message(under)).toBe(`${under}:4: Co-insurance Percentage in column 5 is "-20", a negative number; ${NEGATIVE_NUMBER}`);
  });

  it('a quarter that names a day that does not exist, or ends before it starts', async () => {
    const expected = `expected a quarter such as "Effective January 1, 2026 through March 31, 2026". ${ASP_FIX}`;
    const february = asp('J9271,x,1 MG,59.726,20.000,', 'January 1, 2026 through February 30, 2026');
    expect(await message(february)).toBe(
      `${february}:2: "February 30, 2026" is not a date in "Effective January 1, 2026 through February 30, 2026"; ${expected}`,
    );
    const backwards = asp('J9271,x,1 MG,59.726,20.000,', 'April 1, 2026 through March 31, 2026');
    expect(await message(backwards)).toBe(
      `${backwards}:2: the period ends before it starts in "Effective April 1, 2026 through March 31, 2026"; ${expected}`,
    );
  });

  it('ASP_DIR naming a folder that does not exist, or holds no ASP file', () => {
    const expected =
      'expected a folder of quarterly ASP pricing CSVs named like asp_payment_limits_2026_q1.csv or "… ASP Pricing File ….csv"';
    const missing = join(folder, 'no-such-folder');
    expect(cmsError(() => aspFilesIn(missing)).message).toBe(
      `${missing}: the folder does not exist; ${expected}. Fix: check the ASP_DIR you gave`,
    );
    const wrong = join(folder, 'downloads');
    mkdirSync(wrong);
    writeFileSync(join(wrong, 'notes.txt'), 'x');
    expect(cmsError(() => aspFilesIn(wrong)).message).toBe(
      `${wrong}: the folder holds no ASP pricing file (it holds: notes.txt); ${expected}. Fix: put the ASP pricing CSVs from the CMS quarterly ASP files page in it, or unset ASP_DIR`,
    );
  });
});

describe('Clinical Laboratory Fee Schedule', () => {
  const clfs = (row: string) => put(`title\nYEAR,HCPCS,MOD,EFF_DATE,INDICATOR,RATE\n${row}\n`);
  const message = async (path: string) => (await cmsErrorAsync(readClfsFile(path))).message;
  const FIX = 'Fix: use CLFS<year>Q<n>.csv from the CMS clinical laboratory fee schedule files page';

  it('an effective date that is not a real date', async () => {
    for (const date of ['20250230', '20251301', '20250100']) {
      const path = clfs(`2025,85025,,${date},N,7.77`);
      expect(await message(path)).toBe(
        `${path}:3: EFF_DATE in column 4 is "${date}", not a real date; expected a date as YYYYMMDD, such as 20250101. ${FIX}`,
      );
    }
  });

  it('a rate below zero, or blank', async () => {
    const negative = clfs('2025,85025,,20250101,N,-7.77');
    expect(await message(negative)).toBe(`${negative}:3: RATE in column 6 is "-7.77", a negative amount; ${NEGATIVE_AMOUNT}`);
    const blank = clfs('2025,85025,,20250101,N,');
    expect(await message(blank)).toMatch(/:3: RATE in column 6 is blank; expected a dollar amount: /);
  });
});

describe('PFS anesthesia conversion factors', () => {
  const anes = (header: string, ...rows: string[]) => put([`Contractor,Locality,Locality Name,${header}`, ...rows].join('\n'));
  const message = async (path: string) => (await cmsErrorAsync(readAnesthesiaCf(path))).message;
  const FIX = 'Fix: use ANES<year>.csv from the CMS RVU zip';
  const CF = 'National Anes CF of 20.3178';

  it('a conversion factor of 0, below zero or not a number', async () => {
    const zero = anes(CF, '10112,00,ALABAMA,0.00');
    expect(await message(zero)).toBe(
      `${zero}:2: ${CF} in column 4 is "0.00"; expected a conversion factor above 0, such as 20.3178. ${FIX}`,
    );
    const negative = anes(CF, '10112,00,ALABAMA,-19.31');
    expect(await message(negative)).toBe(`${negative}:2: ${CF} in column 4 is "-19.31", a negative number; ${NEGATIVE_NUMBER}`);
    const national = anes('National Anes CF of 20.31.78', '10112,00,ALABAMA,19.31');
    expect(await message(national)).toBe(
      `${national}:1: the national conversion factor in "National Anes CF of 20.31.78" is "20.31.78"; expected a number such as 0.00. ${REDOWNLOAD}`,
    );
  });

  it('a MAC or locality that is not a number', async () => {
    const mac = anes(CF, 'ALABAMA,00,ALABAMA,19.31');
    expect(await message(mac)).toBe(`${mac}:2: Contractor in column 1 is "ALABAMA"; expected a number of up to 5 digits. ${FIX}`);
    const locality = anes(CF, '10112,0A,ALABAMA,19.31');
    expect(await message(locality)).toBe(`${locality}:2: Locality in column 2 is "0A"; expected a number of up to 2 digits. ${FIX}`);
  });

  it('rows but no locality (every MAC blank), and a locality file of footnotes only', async () => {
    const none = anes(CF, ',,* footnote,');
    expect(await message(none)).toBe(
      `${none}:1: the header is followed by no data rows; expected one row per locality. Fix: re-download the file from CMS; it looks truncated`,
    );
    const footnotes = put(
      'Medicare Adminstrative Contractor,Locality Number,State,Fee Schedule Area,Counties\n*  Payment locality is serviced by two carriers.,,,,\n',
    );
    expect((await cmsErrorAsync(readLocalityCounties(footnotes))).message).toBe(
      `${footnotes}:1: the header is followed by no data rows; expected one row per locality. Fix: re-download the file from CMS; it looks truncated`,
    );
  });
});

describe('prices and counts below zero in the other schedules', () => {
  it('OPPS cap: a bad price names its own column (not the first), a blank one fails', async () => {
    const header = 'HCPCS,MOD,PROCSTAT,CARRIER,LOCALITY,FACILITY PRICE,NON-FACILTY PRICE';
    const bad = put(`${header}\n0633T,TC,C,01112,05,abc,150.69\n`);
    expect((await cmsErrorAsync(readOppsCap(bad))).message).toBe(
      `${bad}:2: FACILITY PRICE in column 6 is "abc"; expected a dollar amount such as 88.05, or blank. ${REDOWNLOAD}`,
    );
    const negative = put(`${header}\n0633T,TC,C,01112,05,150.69,-150.69\n`);
    expect((await cmsErrorAsync(readOppsCap(negative))).message).toBe(
      `${negative}:2: NON-FACILTY PRICE in column 7 is "-150.69", a negative amount; ${NEGATIVE_AMOUNT}`,
    );
    const blank = put(`${header}\n0633T,TC,C,01112,05,,150.69\n`);
    expect((await cmsErrorAsync(readOppsCap(blank))).message).toMatch(
      /:2: FACILITY PRICE in column 6 is blank; expected a dollar amount: /,
    );
  });

  it('OPPS: a relative weight below zero; DMEPOS: a fee below zero; NDC: a package size below zero', async () => {
    const opps = put(
      'HCPCS Code,Short Descriptor,SI,APC,Relative Weight,Payment Rate,National Unadjusted Copayment,Minimum Unadjusted Copayment\n71046,,Q3,5521,-0.9874,$88.05,.,$17.61\n',
    );
    expect((await cmsErrorAsync(readOpps(opps))).message).toBe(
      `${opps}:2: Relative Weight in column 5 is "-0.9874", a negative number; ${NEGATIVE_NUMBER}`,
    );
    const dmepos = put('HCPCS,Mod,Mod2,JURIS,CATG,Ceiling,Floor,PA (NR),PA (R)\nE0601,RR,,D,CR,0,0,-50.04,91.18\n');
    expect((await cmsErrorAsync(readDmeposFile(dmepos))).message).toBe(
      `${dmepos}:2: PA (NR) in column 8 is "-50.04", a negative amount; ${NEGATIVE_AMOUNT}`,
    );
    const ndc = put(
      '_2026_CODE,Short Description,LABELER NAME,NDC2,Drug Name,HCPCS dosage,PKG SIZE,PKG QTY,BILLUNITS,BILLUNITSPKG\nJ9271,x,Merck,00006-3026-02,Keytruda,1 MG,-4,1,100,100\n',
    );
    expect((await cmsErrorAsync(readNdcCrosswalk(ndc))).message).toBe(
      `${ndc}:2: PKG SIZE in column 7 is "-4", a negative number; ${NEGATIVE_NUMBER}`,
    );
  });
});
