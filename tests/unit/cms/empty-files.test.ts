import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readAnesthesiaCf } from '@/lib/cms/read-anesthesia-cf';
import { readAspFile } from '@/lib/cms/read-asp';
import { readClfsFile } from '@/lib/cms/read-clfs';
import { readDmeposFile } from '@/lib/cms/read-dmepos';
import { readGpciFile } from '@/lib/cms/read-gpci';
import { readLocalityCounties } from '@/lib/cms/read-locality-counties';
import { readNdcCrosswalk } from '@/lib/cms/read-ndc-crosswalk';
import { readOpps } from '@/lib/cms/read-opps';
import { readOppsCap } from '@/lib/cms/read-opps-cap';
import { readHcpcsRelease } from '@/lib/cms/read-release';
import { readRvuFile } from '@/lib/cms/read-rvu';
import { CMS_SOURCES } from '@/lib/cms/sources';
import { cmsErrorAsync, readBytes, tempFolder } from './helpers';

const folder = tempFolder();

/** Every CMS reader, the committed file it reads and how its header row starts. */
const READERS = [
  ['RVU', readRvuFile, CMS_SOURCES.rvu, /^hcpcs,modifier/],
  ['GPCI', readGpciFile, CMS_SOURCES.gpci, /^mac,/],
  ['locality counties', readLocalityCounties, CMS_SOURCES.localityCounties, /^Medicare Adminstrative/],
  ['anesthesia CF', readAnesthesiaCf, CMS_SOURCES.anesthesiaCf, /^Contractor,/],
  ['OPPS cap', readOppsCap, CMS_SOURCES.oppsCap, /^HCPCS,MOD,PROCSTAT/],
  ['DMEPOS', readDmeposFile, CMS_SOURCES.dmepos, /^HCPCS,Mod,/],
  ['ASP', readAspFile, join(CMS_SOURCES.aspDir, 'asp_payment_limits_2026_q1.csv'), /^HCPCS Code,/],
  ['NDC crosswalk', readNdcCrosswalk, CMS_SOURCES.ndc, /LABELER NAME/i],
  ['OPPS', readOpps, CMS_SOURCES.opps, /^HCPCS Code,Short/],
  ['CLFS', readClfsFile, CMS_SOURCES.clfs, /^YEAR,HCPCS/],
] as const;

function put(sub: string, name: string, data: Uint8Array | string): string {
  mkdirSync(join(folder, sub), { recursive: true });
  const path = join(folder, sub, name);
  writeFileSync(path, data);
  return path;
}

describe('an empty CMS file fails, naming it, in every reader', () => {
  it.each(READERS)('%s: no bytes, only blank lines, an empty .gz', async (kind, read) => {
    for (const [name, data] of [
      ['empty.csv', ''],
      ['blank.csv', '\r\n  \r\n,,,\r\n'],
      ['empty.csv.gz', gzipSync('')],
    ] as const) {
      const path = put(kind, name, data);
      expect((await cmsErrorAsync(read(path))).message).toMatch(new RegExp(`^${path}: the file is empty; expected `));
    }
  });

  it.each(READERS)('%s: a header and no rows', async (kind, read, committed, header) => {
    const lines = readBytes(committed).toString('latin1').split('\n');
    const at = lines.findIndex((line) => header.test(line));
    const path = put(kind, 'header-only.csv', lines.slice(0, at + 1).join('\n'));
    expect((await cmsErrorAsync(read(path))).message).toMatch(
      new RegExp(`^${path}:${at + 1}: the header is followed by no data rows; expected `),
    );
  });

  it('HCPCS: no bytes, only blank lines, an empty .gz', async () => {
    for (const [name, data] of [
      ['HCPC2026_JAN_ANWEB.txt', ''],
      ['HCPC2026_JAN_ANWEB_blank.txt', '   \r\n\r\n'],
      ['HCPC2026_JAN_ANWEB.txt.gz', gzipSync('')],
    ] as const) {
      const path = put('hcpcs', name, data);
      expect((await cmsErrorAsync(readHcpcsRelease(path))).message).toMatch(new RegExp(`^${path}: the file is empty; expected `));
    }
  });
});
