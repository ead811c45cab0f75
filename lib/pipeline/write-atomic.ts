import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a whole folder of files so that readers see either the old folder or the new one, never a mix:
 * everything goes to a sibling temp folder first, which then replaces the target.
 */
export function writeFolderAtomically(target: string, files: Map<string, string>): void {
  const staging = `${target}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [relative, content] of files) {
      const path = join(staging, relative);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  replaceFolder(target, staging);
}

/**
 * Puts the finished folder `ready` in place of `target`: two renames, so `target` is always either the old folder or
 * the new one. A run killed between them leaves `<target>.old-<pid>`, which recoverAbandonedFolders puts back.
 */
export function replaceFolder(target: string, ready: string): void {
  const previous = `${target}.old-${process.pid}`;
  const hadPrevious = existsSync(target);
  if (hadPrevious) renameSync(target, previous);
  renameSync(ready, target);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Clears what a killed writeFolderAtomically left beside `target`: the `.tmp-<pid>` and `.old-<pid>` folders of
 * processes that are gone. An `.old-` folder when `target` is missing means the run died between its two renames:
 * that folder is the last good output, so it is put back rather than removed.
 */
export function recoverAbandonedFolders(target: string): void {
  const parent = dirname(target);
  const pattern = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    const [, kind, pid] = pattern.exec(name) ?? [];
    if (!pid || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    const path = join(parent, name);
    if (kind === 'old' && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}
