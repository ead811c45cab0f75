import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGpciFile } from '@/lib/cms/read-gpci';
import { cmsErrorAsync, GPCI_CSV, tempFolder } from './helpers';

const folder = tempFolder();
const write = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const HEADER = readFileSync(GPCI_CSV, 'utf8').split('\n')[0] ?? '';

/**
 * Hand-made in the shape of CMS's GPCI2025.csv: a banner, the long header with both work GPCIs, data
 * (MAC and locality as a spreadsheet export may leave them, without leading zeros) and a footnote.
 * The "without floor" values are made up; the rest match gpci_2025.csv.
 */
const CMS_FORM = [
  '"ADDENDUM E. FINAL CY 2025 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY",,,,,,,',
  ',,,,,,,',
  '"Medicare Administrative Contractor (MAC)","State","Locality Number","Locality Name","2025 PW GPCI (without 1.0 Floor)","2025 PW GPCI (with 1.0 Floor)","2025 PE GPCI","2025 MP GPCI"',
  '"10112","AL","00","ALABAMA",0.950,1.000,0.869,0.575',
  '2102,AK,1,ALASKA*,1.2,1.500,1.081,0.592',
  ',,,,,,,',
  '"* Work GPCI reflects a 1.5 floor in Alaska",,,,,,,',
].join('\r\n');

describe('readGpciFile', () => {
  it('reads the converted CSV: 109 localities, Alaska at the 1.5 work floor', async () => {
    const rows = await readGpciFile(GPCI_CSV);
    expect(rows).toHaveLength(109);
    expect(new Set(rows.map((r) => `${r.mac}-${r.locality}`)).size).toBe(109);
    expect(rows.find((r) => r.state === 'AK')).toEqual({
      mac: '02102',
      state: 'AK',
      locality: '01',
      localityName: 'ALASKA*',
      pwGpci: 1.5,
      peGpci: 1.081,
      mpGpci: 0.592,
    });
  });

  it('reads the CMS form: skips banner and footnotes, uses the work GPCI with the floor, restores leading zeros', async () => {
    const rows = await readGpciFile(write('GPCI2025.csv', CMS_FORM));
    const converted = (await readGpciFile(GPCI_CSV)).filter((r) => r.state === 'AL' || r.state === 'AK');
    expect(rows).toEqual(converted);
  });
});

describe('readGpciFile rejects bad files with a CmsFileError', () => {
  const message = async (name: string, text: string) => {
    const path = write(name, text);
    return { path, message: (await cmsErrorAsync(readGpciFile(path))).message };
  };
  const FIX = 'Fix: use GPCI<year>.csv from the CMS RVU zip (or its one-header-row conversion)';

  it('a missing column, named', async () => {
    const { path, message: text } = await message('no-mp.csv', [HEADER.replace(',mp_gpci', ''), '10112,AL,00,ALABAMA,1,0.869'].join('\n'));
    expect(text).toBe(
      `${path}:1: the header has no mp_gpci column; expected the columns mac, state, locality, locality_name, pw_gpci, pe_gpci, mp_gpci. ${FIX}`,
    );
    const cms = await message('GPCI-no-pe.csv', CMS_FORM.replace('"2025 PE GPCI"', '"2025 XX"'));
    expect(cms.message).toBe(
      `${cms.path}:3: the header has no pe_gpci column; expected the columns mac, state, locality, locality_name, pw_gpci, pe_gpci, mp_gpci. ${FIX}`,
    );
  });

  it('a locality with a blank or bad GPCI', async () => {
    const blank = await message('GPCI-blank.csv', CMS_FORM.replace('1.081', ''));
    expect(blank.message).toBe(
      `${blank.path}:5: pe_gpci in column 7 is blank; expected a number such as 0.00. Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
    const bad = await message('bad-state.csv', [HEADER, '10112,Alabama,00,ALABAMA,1,0.869,0.575'].join('\n'));
    expect(bad.message).toBe(
      `${bad.path}:2: state in column 2 is "Alabama"; expected a valid state (Invalid string: must match pattern /^[A-Z]{2}$/). ${FIX}`,
    );
  });

  it('an empty file, a header with no rows, and no header', async () => {
    const empty = await message('empty.csv', '\n');
    expect(empty.message).toBe(
      `${empty.path}: the file is empty; expected the CMS GPCI file (CSV). Fix: re-download the file from CMS; it looks truncated or damaged`,
    );
    const headerOnly = await message('header-only.csv', HEADER);
    expect(headerOnly.message).toBe(
      `${headerOnly.path}:1: the header is followed by no data rows; expected one row per payment locality. Fix: re-download the file from CMS; it looks truncated`,
    );
    const none = await message('none.csv', 'a,b,c\n1,2,3');
    expect(none.message).toBe(
      `${none.path}: no header row was found; expected a header row starting "mac,state,locality" or CMS's "Medicare Administrative Contractor (MAC)" header. ${FIX}`,
    );
  });
});
