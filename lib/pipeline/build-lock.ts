import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { ProblemError } from '../errors';
import { isRunning } from './write-atomic';

/** A second build in the same checkout while one runs. */
export class BuildLockedError extends ProblemError {
  constructor(file: string, pid: number) {
    const problem = {
      file,
      message: `another build (process ${pid}) is running in this checkout`,
      fix: `wait for it to finish, or stop it (kill ${pid}); a lock left by a build that died is taken over automatically`,
    };
    super([problem], `${file}: ${problem.message}. Fix: ${problem.fix}`);
  }
}

/**
 * Takes the build lock: a file created exclusively, holding this process's id. A lock whose process is gone (a killed
 * build) is taken over. Returns the release function; throws a BuildLockedError while another build runs.
 */
export function acquireBuildLock(file: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) throw new BuildLockedError(file, holder);
      rmSync(file, { force: true }); // left by a build that died
    }
  }
  throw new Error(`${file}: could not take the build lock`);
}
