import { execFileSync, spawn } from 'node:child_process';

export type CommandFigures = { seconds: number; peakMiB: number; exitCode: number };

/** Sum of the resident memory of a process and all its descendants, in KiB (Linux `ps`). */
function treeRssKib(rootPid: number): number {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of rows) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const rss = new Map(rows.map(([pid, , kib]) => [pid, kib]));
  let total = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a shell command, sampling the whole process tree's memory every 250 ms; returns wall time and peak. */
export function measureCommand(command: string, options: { cwd: string; env?: Record<string, string> }): Promise<CommandFigures> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let peak = 0;
    const timer = setInterval(() => {
      try {
        peak = Math.max(peak, treeRssKib(child.pid!));
      } catch {
        // the process ended between samples
      }
    }, 250);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakMiB: peak / 1024, exitCode: code ?? 1 });
    });
  });
}
