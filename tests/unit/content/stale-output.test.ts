import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentValidationError } from '@/lib/content/content-error';
import { buildSiteData } from '@/lib/pipeline/build-site-data';
import { recoverAbandonedFolders } from '@/lib/pipeline/write-atomic';
import { contentDir, removeContentDirs } from '@/tests/support/content-dir';

afterEach(removeContentDirs);

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid;

/** A folder holding `file` with `text`. */
function folder(path: string, text: string): void {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'meta.json'), text);
}

describe('what a killed data step leaves behind', () => {
  it('git ignores the temp folders', () => {
    for (const path of ['.generated.tmp-12345/meta.json', '.generated.old-12345/meta.json']) {
      expect(() => execFileSync('git', ['check-ignore', '-q', path])).not.toThrow();
    }
  });

  it('the temp folders of dead processes are removed; those of running ones are kept', () => {
    const parent = contentDir();
    const dead = deadPid();
    folder(join(parent, '.generated'), 'good');
    folder(join(parent, `.generated.tmp-${dead}`), 'half written');
    folder(join(parent, `.generated.old-${dead}`), 'previous');
    folder(join(parent, `.generated.tmp-${process.ppid}`), 'a run still writing');
    folder(join(parent, '.generated-notes'), 'not ours');
    recoverAbandonedFolders(join(parent, '.generated'));
    expect(readdirSync(parent).sort()).toEqual(['.generated', '.generated-notes', `.generated.tmp-${process.ppid}`]);
    expect(readFileSync(join(parent, '.generated/meta.json'), 'utf8')).toBe('good');
  });

  it('a run killed between its two renames: the previous output is put back', () => {
    const parent = contentDir();
    const dead = deadPid();
    folder(join(parent, `.generated.old-${dead}`), 'previous good output');
    folder(join(parent, `.generated.tmp-${dead}`), 'complete, but never moved');
    recoverAbandonedFolders(join(parent, '.generated'));
    expect(readdirSync(parent)).toEqual(['.generated']);
    expect(readFileSync(join(parent, '.generated/meta.json'), 'utf8')).toBe('previous good output');
  });

  it('the next data step cleans up, even one that fails on bad content and writes nothing', async () => {
    const parent = contentDir({ 'content/codes/S9986.md': 'not a record' });
    const dead = deadPid();
    folder(join(parent, '.generated'), 'good');
    folder(join(parent, `.generated.tmp-${dead}`), 'half written');
    const run = buildSiteData({ contentDir: join(parent, 'content'), outDir: join(parent, '.generated'), today: '2026-11-25' });
    await expect(run).rejects.toBeInstanceOf(ContentValidationError);
    expect(existsSync(join(parent, `.generated.tmp-${dead}`))).toBe(false);
    expect(readFileSync(join(parent, '.generated/meta.json'), 'utf8')).toBe('good');
  });
});
