import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteData } from '@/lib/pipeline/build-site-data';
import { ContentValidationError, formatProblem } from '@/lib/content/content-error';
import { codePageSchema, type CodePage, type CodeSummary } from '@/lib/page-schema';
import { cmsFileNames, CMS_SOURCES } from '@/lib/cms/sources';
import { readRvuFile } from '@/lib/cms/read-rvu';
import { readOpps } from '@/lib/cms/read-opps';
import { readClfsFile } from '@/lib/cms/read-clfs';

const HCPCS_FILE = CMS_SOURCES.hcpcs;
const RVU_FILE = CMS_SOURCES.rvu;
const work = mkdtempSync(join(tmpdir(), 'build-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const outDir = join(work, 'generated');
const read = <T>(path: string): T => JSON.parse(readFileSync(join(outDir, path), 'utf8')) as T;
const readPage = (code: string): CodePage => codePageSchema.parse(read<Record<string, CodePage>>('code-pages.json')[code]);

describe('buildSiteData with the full CMS release', () => {
  beforeAll(async () => {
    await buildSiteData({ contentDir: 'content', outDir, ...cmsFileNames(), today: '2026-11-23' });
  });

  it('writes a page for every HCPCS code and modifier, every CPT code a fee schedule lists, and the curated CPT modifiers', async () => {
    const list = read<CodeSummary[]>('code-list.json');
    const curated = readdirSync('content/codes').map((name) => name.replace(/\.md$/, ''));
    expect(list.filter((c) => c.system === 'hcpcs')).toHaveLength(8623);
    expect(list.filter((c) => c.system === 'modifier')).toHaveLength(383 + curated.filter((code) => /^\d{2}$/.test(code)).length);
    const scheduled = [
      ...(await readRvuFile(CMS_SOURCES.rvu)),
      ...(await readOpps(CMS_SOURCES.opps)),
      ...(await readClfsFile(CMS_SOURCES.clfs)).rows,
    ].map((row) => row.code);
    const cpt = [...new Set([...scheduled, ...curated].filter((code) => /^\d{4}[0-9FTUM]$/.test(code)))].sort();
    expect(list.filter((c) => c.system === 'cpt').map((c) => c.code)).toEqual(cpt);
  });

  it('merges curated fields over CMS facts for S9986', () => {
    const page = readPage('S9986');
    expect(page.title).not.toBe(page.hcpcs?.longDescriptor);
    expect(page.curated?.faq.length).toBeGreaterThan(0);
    expect(page.hcpcs?.coverage).toMatchObject({ value: 'I', label: 'Not payable by Medicare' });
    expect(page.hcpcs?.processingNote?.number).toBe('0088');
    expect(page.hcpcs?.processingNote?.text).toMatch(/BCBSA|Blue Cross/);
    expect(page.fees?.status.value).toBe('I');
    expect(page.fees?.rows[0]?.nonFacilityTotal).toBe(0);
  });

  it('marks terminated codes and links their replacements', () => {
    const page = readPage('C9014');
    expect(page.active).toBe(false);
    expect(page.hcpcs?.terminationDate).toBe('2018-12-31');
    expect(page.hcpcs?.replacements).toEqual([expect.objectContaining({ code: 'J0567', href: '/codes/J0567/' })]);
  });

  it('gives CPT pages fee facts but no descriptor', () => {
    const page = readPage('96999');
    expect(page.descriptor).toBeNull();
    expect(page.hcpcs).toBeNull();
    expect(page.fees?.status.value).toBe('C');
  });

  it('writes the locality table', () => {
    expect(read<unknown[]>('public/data/gpci.json')).toHaveLength(109);
  });
});

describe('buildSiteData failures keep the previous output', () => {
  it('a curated fact that contradicts CMS fails with a clear message and writes nothing', async () => {
    const target = join(work, 'kept');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'meta.json'), '"previous good output"');
    const error = await buildSiteData({
      contentDir: 'tests/fixtures/content/contradiction',
      outDir: target,
      hcpcsFile: HCPCS_FILE,
      rvuFile: RVU_FILE,
      today: '2026-11-23',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as ContentValidationError).problems.map(formatProblem)).toEqual([
      'tests/fixtures/content/contradiction/codes/S9986.md › descriptor: expected the CMS long descriptor verbatim ("Not medically necessary service (patient is aware that service not medically necessary)"), found "Not medically necessary service". Fix: copy the descriptor from the release file exactly',
      'tests/fixtures/content/contradiction/codes/S9986.md › cmsFacts.coverageCode: expected "I" as in HCPCS 2026 January, found "M". Fix: correct the record: the CMS release file is the authority for this fact',
      'tests/fixtures/content/contradiction/codes/S9986.md › cmsFacts.pfsStatus: expected "I" as in CY2025 Physician Fee Schedule, found "A". Fix: correct the record: the CMS release file is the authority for this fact',
    ]);
    expect(readFileSync(join(target, 'meta.json'), 'utf8')).toBe('"previous good output"');
  });

  it('a bad content record leaves the previous output intact', async () => {
    const target = join(work, 'kept-content');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'meta.json'), '"previous"');
    await expect(buildSiteData({ contentDir: 'tests/fixtures/content/missing-field', outDir: target })).rejects.toThrow(
      /summary: expected text, found nothing/,
    );
    expect(readFileSync(join(target, 'meta.json'), 'utf8')).toBe('"previous"');
    expect(existsSync(`${target}.tmp-${process.pid}`)).toBe(false);
  });

  it('a truncated CMS file fails naming the file and leaves the previous output intact', async () => {
    const target = join(work, 'kept-cms');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'meta.json'), '"previous"');
    const truncated = join(work, 'truncated.txt.gz');
    writeFileSync(truncated, readFileSync(HCPCS_FILE).subarray(0, 5000));
    await expect(buildSiteData({ contentDir: 'content', outDir: target, hcpcsFile: truncated })).rejects.toThrow(/truncated\.txt\.gz/);
    expect(readFileSync(join(target, 'meta.json'), 'utf8')).toBe('"previous"');
  });
});
