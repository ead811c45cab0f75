import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '@/lib/cms/progress';

/** A clock that moves 400 ms per reading. */
const clock = () => {
  let now = 0;
  return () => (now += 400) - 400;
};

describe('createProgress', () => {
  it('in CI or a pipe: ticks are silent and done prints one summary line with the time', () => {
    const lines: string[] = [];
    const progress = createProgress('Parsing', 100, { interactive: false, write: (line) => lines.push(line), now: clock() });
    progress.tick(50);
    progress.tick();
    expect(lines).toEqual([]);
    progress.done('Parsed 8623 procedures and 383 modifiers from HCPC2026_JAN_ANWEB_01122026.txt.gz');
    progress.done('twice');
    progress.stop();
    expect(lines).toEqual(['Parsed 8623 procedures and 383 modifiers from HCPC2026_JAN_ANWEB_01122026.txt.gz in 0.4 s']);
  });

  it('stop() ends the step without a summary, and done() after it prints nothing', () => {
    const lines: string[] = [];
    const progress = createProgress('Parsing', 10, { interactive: false, write: (line) => lines.push(line), now: clock() });
    progress.stop();
    progress.done('too late');
    expect(lines).toEqual([]);
  });

  it('on a terminal: draws a cli-progress bar, then the summary line', () => {
    let drawn = '';
    const stream = Object.assign(
      new Writable({
        write(chunk, _encoding, callback) {
          drawn += String(chunk);
          callback();
        },
      }),
      { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
    );
    const lines: string[] = [];
    const progress = createProgress('Parsing HCPCS', 10, { interactive: true, stream, write: (line) => lines.push(line), now: clock() });
    progress.tick(10);
    progress.done('Parsed 1 procedures and 0 modifiers from x.txt');
    expect(drawn).toContain('Parsing HCPCS');
    expect(lines).toEqual(['Parsed 1 procedures and 0 modifiers from x.txt in 0.4 s']);
  });

  it('chooses no bar on a terminal in a CI run', () => {
    const saved = process.stdout.isTTY;
    const lines: string[] = [];
    try {
      Object.defineProperty(process.stdout, 'isTTY', { value: true, configurable: true });
      createProgress('x', 1, { ci: true, write: (line) => lines.push(line), now: clock() }).done('CI run');
    } finally {
      Object.defineProperty(process.stdout, 'isTTY', { value: saved, configurable: true });
    }
    expect(lines).toEqual(['CI run in 0.4 s']);
  });
});
