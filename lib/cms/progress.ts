import cliProgress from 'cli-progress';
import { IN_CI } from '../env';

/** Progress for one long step: `tick` as work is done, `done` once at the end. */
export type Progress = {
  tick(count?: number): void;
  /** Stops the bar (if any) and prints `<summary> in <seconds> s` once. */
  done(summary: string): void;
  /** Stops the bar without a summary (the step failed); does nothing after `done`. */
  stop(): void;
};

export type ProgressOptions = {
  /** Show a live bar. Default: stdout is a terminal and this is not a CI run. */
  interactive?: boolean;
  /** Whether this is a CI run (default: the CI environment variable, lib/env.ts). */
  ci?: boolean;
  /** Where the bar is drawn (default process.stdout). */
  stream?: NodeJS.WritableStream;
  /** Prints the summary line (default: a line on stdout). */
  write?: (line: string) => void;
  /** Clock in milliseconds (default performance.now). */
  now?: () => number;
};

/**
 * A progress bar for a terminal; in CI or when output is piped, ticks do nothing and only the
 * summary line is printed, so logs stay one line per step.
 */
export function createProgress(label: string, total: number, options: ProgressOptions = {}): Progress {
  const interactive = options.interactive ?? (process.stdout.isTTY === true && !(options.ci ?? IN_CI));
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => performance.now());
  const started = now();
  let bar: cliProgress.SingleBar | undefined;
  if (interactive) {
    bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% | {value}/{total}`,
        stream: options.stream ?? process.stdout,
        clearOnComplete: true,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
  }
  let finished = false;
  const stop = () => {
    if (finished) return false;
    finished = true;
    bar?.stop();
    return true;
  };
  return {
    tick(count = 1) {
      if (!finished) bar?.increment(count);
    },
    done(summary) {
      if (stop()) write(`${summary} in ${((now() - started) / 1000).toFixed(1)} s`);
    },
    stop() {
      stop();
    },
  };
}

/** A progress that shows nothing (the default for library calls). */
export const silentProgress: Progress = { tick() {}, done() {}, stop() {} };
