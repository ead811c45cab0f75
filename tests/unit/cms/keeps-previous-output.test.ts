import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CmsFileError } from '@/lib/cms/cms-file-error';
import { buildSiteData } from '@/lib/pipeline/build-site-data';
import { deflatedZeros, gzipOf } from './bombs';
import { readBytes, RVU_CSV, tempFolder } from './helpers';

const folder = tempFolder();
const lines = readBytes(RVU_CSV).toString('latin1').split('\n');
const negative = lines
  .slice(0, 3)
  .join('\n')
  .replace(/^(A0021,,[^,]*,I,,)0\.00/m, '$1-1.00');

describe('a bad CMS file fails the data step and leaves the previous output whole', () => {
  it.each([
    ['a negative work RVU', 'pprrvu_2025_jan.csv', negative, /pprrvu_2025_jan\.csv:2: work_rvu in column 6 is "-1\.00", a negative number/],
    ['a gzip bomb', 'pprrvu_2025_jan.csv.gz', gzipOf(deflatedZeros(600)), /the gzip data unpacks to more than the limit of 128 MiB/],
    [
      'UTF-16 text',
      'pprrvu_2025_jan.csv',
      Buffer.from(`\ufeff${lines.slice(0, 3).join('\n')}`, 'utf16le'),
      /the file is UTF-16 little-endian/,
    ],
  ])('%s', async (name, fileName, data, message) => {
    const outDir = join(folder, name.replace(/\W+/g, '-'), 'generated');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'meta.json'), '"previous good output"');
    const rvuFile = join(folder, name.replace(/\W+/g, '-'), fileName);
    writeFileSync(rvuFile, data);
    const error = await buildSiteData({ contentDir: 'content', outDir, rvuFile, today: '2026-01-15' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmsFileError);
    expect((error as CmsFileError).message).toMatch(message);
    expect(readdirSync(outDir)).toEqual(['meta.json']);
    expect(readFileSync(join(outDir, 'meta.json'), 'utf8')).toBe('"previous good output"');
    expect(existsSync(`${outDir}.tmp-${process.pid}`)).toBe(false);
  });
});
