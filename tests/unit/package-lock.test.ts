import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type LockEntry = { version?: string; integrity?: string; link?: boolean };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };

describe('package-lock.json', () => {
  it('pins every package it installs with an integrity hash', () => {
    const missing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !entry.link && !/^sha512-[A-Za-z0-9+/]{86}==$/.test(entry.integrity ?? ''))
      .map(([path, entry]) => `${path}@${entry.version}`);
    expect(missing, 'no integrity hash: run "node scripts/fix-lockfile.mjs"').toEqual([]);
  });
});
