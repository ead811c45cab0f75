import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', 'tsx');
const FAKE = join('tests', 'support', 'fake-build.ts');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'locked-build-'));
  for (const folder of ['generated', 'out']) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'index.html'), 'previous site');
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const build = (mode: string) => spawnSync(TSX, [FAKE, dir, mode], { encoding: 'utf8' });
const site = (folder: string) => readFileSync(join(dir, folder, 'index.html'), 'utf8');
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error('timed out');
};

describe('npm run build (lib/pipeline/locked-build.ts)', () => {
  it('replaces .generated/ and out/ when every step succeeds, and leaves no stage or lock behind', () => {
    expect(build('ok').status).toBe(0);
    expect([site('generated'), site('out')]).toEqual(['new site', 'new site']);
    expect(readdirSync(dir).sort()).toEqual(['generated', 'out']);
  });

  it('keeps the previous site whole when a step fails', () => {
    const result = build('fail');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/write page\.html failed/);
    expect([site('generated'), site('out')]).toEqual(['previous site', 'previous site']);
    expect(readdirSync(dir).sort()).toEqual(['generated', 'out']);
  });

  it('keeps the previous site whole when the build is killed mid-export, refuses a second build meanwhile, and the next build takes over', async () => {
    const child = spawn(TSX, [FAKE, dir, 'slow'], { stdio: 'ignore', detached: true });
    await waitFor(() => existsSync(join(dir, 'stage', 'out', 'page.html')));

    const second = build('ok');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/another build \(process \d+\) is running in this checkout/);

    const holder = Number(readFileSync(join(dir, 'build.lock'), 'utf8'));
    process.kill(-child.pid!, 'SIGKILL'); // the whole process group, as when a machine or CI job dies
    await waitFor(() => !isRunning(holder));
    expect([site('generated'), site('out')]).toEqual(['previous site', 'previous site']);

    const next = build('ok');
    expect(next.stderr).toBe('');
    expect(next.status).toBe(0);
    expect(site('out')).toBe('new site');
    expect(readdirSync(dir).sort()).toEqual(['generated', 'out']);
  }, 30_000);
});
