import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { acquireBuildLock } from './build-lock';
import { recoverAbandonedFolders, replaceFolder } from './write-atomic';

export type BuildStep = { name: string; command: string; args: string[] };

export type LockedBuild = {
  steps: BuildStep[];
  /** The folders the build replaces: the data step's output and the exported site. */
  generated: string;
  out: string;
  /** Where the steps write, told by GENERATED_DIR and EXPORT_DIR; removed after every run. */
  stage: string;
  lock: string;
};

let current: ReturnType<typeof spawn> | null = null;

function run(step: BuildStep, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    current = spawn(step.command, step.args, { stdio: 'inherit', env });
    current.on('error', reject);
    current.on('exit', (code, signal) => {
      current = null;
      if (code === 0) resolve();
      else reject(new Error(`${step.name} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * Runs the build steps into `stage` and replaces `generated` and `out` only when every step has succeeded, so a failed,
 * stopped or killed build leaves the previous site whole. One build per checkout at a time (the lock file).
 */
export async function runLockedBuild(build: LockedBuild): Promise<void> {
  const release = acquireBuildLock(build.lock);
  const cleanUp = () => {
    current?.kill('SIGTERM');
    rmSync(build.stage, { recursive: true, force: true });
    release();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    console.error(`build: stopped by ${signal}; the previous site is unchanged.`);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    // what a build killed earlier left behind: a half-swapped folder is put back, a stage is removed
    recoverAbandonedFolders(build.generated);
    recoverAbandonedFolders(build.out);
    rmSync(build.stage, { recursive: true, force: true });
    mkdirSync(build.stage, { recursive: true });
    const stagedGenerated = join(build.stage, 'generated');
    const stagedOut = join(build.stage, 'out');
    const env = { ...process.env, GENERATED_DIR: stagedGenerated, EXPORT_DIR: stagedOut };
    for (const step of build.steps) await run(step, env);
    replaceFolder(build.generated, stagedGenerated);
    replaceFolder(build.out, stagedOut);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
}
