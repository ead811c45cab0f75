import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { GENERATED_FILES } from '@/lib/data-contract';
import { buildSearchPayload } from '@/lib/search/payload';

const dir = mkdtempSync(join(tmpdir(), 'search-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const entry = (code: string, title: string, active = true) => ({
  code,
  kind: 'hcpcs' as const,
  title,
  descriptors: [title],
  synonyms: [],
  phrases: [],
  active,
  href: `/codes/${code}/`,
});
const payload = buildSearchPayload(
  [
    entry('E0135', 'Walker, folding, without wheels'),
    entry('E0141', 'Walker, rigid, wheeled'),
    entry('S9986', 'Not medically necessary service'),
  ],
  { entries: [] },
);
const indexFile = join(dir, GENERATED_FILES.searchIndex.path);
mkdirSync(join(indexFile, '..'), { recursive: true });
writeFileSync(indexFile, JSON.stringify(payload));

const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/search-cli.ts', ...args], { encoding: 'utf8' });

describe('npm run search', () => {
  it('prints ranked results as a JSON array from the built index', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/search-cli.ts', '--dir', dir, '--json', 'S9986-GA'], { encoding: 'utf8' });
    const rows = JSON.parse(out) as { code: string; title: string; href: string; score: number }[];
    expect(rows[0]).toMatchObject({ code: 'S9986', title: 'Not medically necessary service', href: '/codes/S9986/', score: 1 });
  });

  it('ranks text matches the way the site does', () => {
    const rows = JSON.parse(
      execFileSync('npx', ['tsx', 'scripts/search-cli.ts', '--dir', dir, '--json', 'folding walker'], { encoding: 'utf8' }),
    ) as { code: string }[];
    expect(rows.map((r) => r.code)[0]).toBe('E0135');
  });

  it('says to build first when there is no index, and exits 1', () => {
    const result = cli('--dir', join(dir, 'missing'), '--json', 'walker');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('run "npm run data" (or "npm run build") first');
  });
});
