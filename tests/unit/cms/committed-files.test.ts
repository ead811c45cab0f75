import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CPT_PATTERN } from '@/lib/codes/patterns';
import { descriptorLeaks } from '@/lib/cms/descriptor-leaks';
import { parseCsvRows } from '@/lib/cms/read-csv';
import { readHcpcsRelease } from '@/lib/cms/read-release';
import { readTextFile } from '@/lib/cms/release-files';
import { CMS_SOURCES } from '@/lib/cms/sources';

const CMS = 'content/cms';
const csvFiles = readdirSync(CMS, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.csv(?:\.gz)?$/.test(name))
  .map((name) => join(CMS, name));
/** Files with no code column: tables by locality, not by code. */
const BY_LOCALITY = /gpci|locality|anesthesia/i;

describe('the CMS files committed in content/cms', () => {
  it.each(csvFiles)('%s carries no CPT or CDT descriptor text', async (file) => {
    const leaks = descriptorLeaks(parseCsvRows(await readTextFile(file, 'a CMS CSV'), file, 'a CMS CSV'));
    if (leaks === null) expect(file, 'a file without a code column must be a table by locality').toMatch(BY_LOCALITY);
    else expect(leaks).toEqual([]);
  });

  it('the HCPCS Level II file holds no CPT-shaped code', async () => {
    const release = await readHcpcsRelease(CMS_SOURCES.hcpcs);
    expect(release.procedures.filter((r) => CPT_PATTERN.test(r.code) || /^D\d{4}$/.test(r.code)).map((r) => r.code)).toEqual([]);
  });

  it('the check finds descriptor text on CPT and CDT rows, and only there', () => {
    const rows = parseCsvRows(
      'title row\nhcpcs,modifier,description\n99213,,Office visit text\nA4253,,Blood glucose test strips\nD0120,,Dental text\n0001U,,\n',
      'x.csv',
      'x',
    );
    expect(descriptorLeaks(rows)).toEqual(['line 3: 99213 has text in "description"', 'line 5: D0120 has text in "description"']);
  });
});
