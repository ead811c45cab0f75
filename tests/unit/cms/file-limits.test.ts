import { readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CMS_FILE_LIMITS } from '@/lib/cms/file-limits';
import { readHcpcsRelease } from '@/lib/cms/read-release';
import { readTextFile } from '@/lib/cms/release-files';
import { deflatedZeros, gzipOf, zipOf } from './bombs';
import { cmsErrorAsync, readBytes, tempFolder } from './helpers';

const MiB = 1024 * 1024;
const folder = tempFolder();
const FIX =
  'Fix: check that the path names the CMS file and not another archive; if CMS files really grew, raise CMS_FILE_LIMITS in lib/cms/file-limits.ts';
const EXPECTED = 'expected a CMS release file (the largest, the HCPCS text, is 5.1 MiB)';
/** 600 MiB of zeros, about 600 KB compressed: the "628 KB zip holding 600 MB". */
const BOMB = deflatedZeros(600);
const TXT = 'HCPC2026_JAN_ANWEB_01122026.txt';

/** Runs `read`, which must fail within a few seconds (it would take minutes and gigabytes to unpack everything). */
async function failsFast(read: Promise<unknown>): Promise<string> {
  const started = performance.now();
  const { message } = await cmsErrorAsync(read);
  expect(performance.now() - started).toBeLessThan(20_000);
  return message;
}

describe('size limits on CMS files (lib/cms/file-limits.ts)', () => {
  it('the bomb used below really holds 600 MiB in under 1 MB', () => {
    expect(BOMB.length).toBeLessThan(1_000_000);
    expect(inflateRawSync(deflatedZeros(10)).equals(Buffer.alloc(10 * MiB))).toBe(true); // built the same way, whole
  });

  it('a file over the on-disk cap fails before it is read', async () => {
    const path = join(folder, 'huge.csv');
    writeFileSync(path, '');
    truncateSync(path, 65 * MiB); // sparse: no 65 MiB written
    expect(await failsFast(readTextFile(path, 'a CMS CSV'))).toBe(
      `${path}: the file is 65 MiB on disk, over the limit of 64 MiB; ${EXPECTED}. ${FIX}`,
    );
  });

  it('a gzip bomb stops at the decompressed cap', async () => {
    const path = join(folder, 'bomb.csv.gz');
    writeFileSync(path, gzipOf(BOMB));
    expect(await failsFast(readTextFile(path, 'a CMS CSV'))).toBe(
      `${path}: the gzip data unpacks to more than the limit of 128 MiB (reading stopped there); ${EXPECTED}. ${FIX}`,
    );
  });

  it('a zip declaring 600 MiB fails from its directory, before anything is inflated', async () => {
    const path = join(folder, 'honest-bomb.zip');
    writeFileSync(path, zipOf(TXT, BOMB, 600 * MiB));
    expect(statSync(path).size).toBeLessThan(1_000_000);
    expect(await failsFast(readHcpcsRelease(path))).toBe(
      `${path}: its members declare 600 MiB unpacked (${TXT}: 600 MiB), over the limit of 128 MiB; ${EXPECTED}. ${FIX}`,
    );
  });

  it('a zip that understates its size stops at the decompressed cap, naming the member', async () => {
    const path = join(folder, 'lying-bomb.zip');
    writeFileSync(path, zipOf(TXT, BOMB, 100_000));
    expect(await failsFast(readHcpcsRelease(path))).toBe(
      `${path}!${TXT}: unzipped, it takes the zip past the limit of 128 MiB (reading stopped there); ${EXPECTED}. ${FIX}`,
    );
  });

  it('the caps are at least ten times the largest committed file, on disk and decompressed', () => {
    const files = readdirSync('content/cms', { recursive: true, encoding: 'utf8' })
      .map((name) => join('content/cms', name))
      .filter((path) => statSync(path).isFile());
    const largest = (sizes: number[]) => Math.max(...sizes);
    expect(largest(files.map((path) => statSync(path).size)) * 10).toBeLessThan(CMS_FILE_LIMITS.onDisk);
    expect(largest(files.map((path) => readBytes(path).length)) * 10).toBeLessThan(CMS_FILE_LIMITS.decompressed);
  });
});
