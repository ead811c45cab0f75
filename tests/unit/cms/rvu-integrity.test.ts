import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGpciFile } from '@/lib/cms/read-gpci';
import { readRvuFile } from '@/lib/cms/read-rvu';
import { cmsErrorAsync, GPCI_CSV, readBytes, RVU_CSV, tempFolder } from './helpers';

const folder = tempFolder();
const put = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};
const rvuLines = readBytes(RVU_CSV).toString('latin1').split('\n');
const HEADER = rvuLines[0] ?? '';
/** 71046 (chest X-ray), global: work 0.22, PE 0.77 and 0.77, MP 0.02, CF 32.3465. */
const ROW = rvuLines.find((line) => line.startsWith('71046,,')) ?? '';
const withCell = (row: string, index: number, value: string) =>
  row
    .split(',')
    .map((cell, i) => (i === index ? value : cell))
    .join(',');
const NEGATIVE = 'expected a number of 0 or more: CMS publishes no negative value in this column';
const FIX_NEGATIVE = 'Fix: re-download the file from CMS; a negative value means the copy was edited or damaged';

describe('the RVU file: no negative RVU or conversion factor', () => {
  it.each([
    ['work_rvu', 5, '-0.22'],
    ['non_facility_pe_rvu', 6, '-0.77'],
    ['facility_pe_rvu', 8, '-.77'],
    ['mp_rvu', 10, '-0.02'],
    ['conversion_factor', 24, '-32.3465'],
  ])('%s below zero fails with file, line and column', async (name, index, value) => {
    const path = put(`negative-${name}.csv`, [HEADER, rvuLines[1], withCell(ROW, index, value)].join('\n'));
    expect((await cmsErrorAsync(readRvuFile(path))).message).toBe(
      `${path}:3: ${name} in column ${index + 1} is "${value}", a negative number; ${NEGATIVE}. ${FIX_NEGATIVE}`,
    );
  });

  it('a conversion factor of 0 fails', async () => {
    const path = put('zero-cf.csv', [HEADER, withCell(ROW, 24, '0.0000')].join('\n'));
    expect((await cmsErrorAsync(readRvuFile(path))).message).toBe(
      `${path}:2: conversion_factor in column 25 is 0; expected a conversion factor above 0, such as 32.3465. Fix: use PPRRVU<yy>_<month>.csv from the CMS RVU zip (or its one-header-row conversion)`,
    );
  });

  it('a header with no rows fails, in the converted form and in CMS’s own', async () => {
    const converted = put('header-only.csv', `${HEADER}\n`);
    expect((await cmsErrorAsync(readRvuFile(converted))).message).toBe(
      `${converted}:1: the header is followed by no data rows; expected one row per code and modifier. Fix: re-download the file from CMS; it looks truncated`,
    );
    const banner = '"2025 NATIONAL PHYSICIAN FEE SCHEDULE RELATIVE VALUE FILE JANUARY RELEASE"';
    const cms = put('PPRRVU25_header-only.csv', [banner, `HCPCS,MOD,${'X,'.repeat(29)}X`, '\x1a'].join('\r\n'));
    expect((await cmsErrorAsync(readRvuFile(cms))).message).toBe(
      `${cms}:2: the header is followed by no data rows; expected one row per code and modifier. Fix: re-download the file from CMS; it looks truncated`,
    );
  });
});

describe('the GPCI file: one row per MAC and locality', () => {
  const gpci = readBytes(GPCI_CSV).toString('latin1').trimEnd().split('\n');

  it('a repeated locality fails naming both lines', async () => {
    const path = put('gpci-twice.csv', [...gpci.slice(0, 4), gpci[2]].join('\n'));
    expect((await cmsErrorAsync(readGpciFile(path))).message).toBe(
      `${path}:5: MAC 02102 locality 01 appears twice, on lines 3 and 5; expected one row per MAC and locality. Fix: use GPCI<year>.csv from the CMS RVU zip (or its one-header-row conversion)`,
    );
  });

  it('also when a spreadsheet export dropped the leading zeros of one copy', async () => {
    const header =
      '"Medicare Administrative Contractor (MAC)","State","Locality Number","Locality Name","2025 PW GPCI (with 1.0 Floor)","2025 PE GPCI","2025 MP GPCI"';
    const path = put(
      'GPCI2025-twice.csv',
      [header, '02102,AK,01,ALASKA*,1.500,1.081,0.592', '2102,AK,1,ALASKA*,1.500,1.081,0.592'].join('\r\n'),
    );
    expect((await cmsErrorAsync(readGpciFile(path))).message).toMatch(/:3: MAC 02102 locality 01 appears twice, on lines 2 and 3;/);
  });
});
