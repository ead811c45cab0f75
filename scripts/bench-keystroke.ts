/**
 * `npm run bench:keystroke`: time from the first keystroke in the header search box to the first result shown, in
 * Chromium with the CPU slowed 4× (Lighthouse's mobile factor), on a code page that has not loaded search yet (the
 * keystroke starts the worker and the index download), then for a second query once the index is loaded. Serves the
 * last build (out/) with scripts/serve.ts. Prints the median and worst of BENCH_ROUNDS (default 5) fresh browser contexts.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { env } from '@/lib/env';
import { waitForServer } from '@/lib/bench/wait-for-server';

const PORT = 4324;
const ROUNDS = Math.max(env.BENCH_ROUNDS ?? 5, 3);
const base = `http://localhost:${PORT}`;

const server = spawn('npx', ['tsx', 'scripts/serve.ts', `--port=${PORT}`], { stdio: 'ignore', detached: true });
process.on('exit', () => process.kill(-server.pid!, 'SIGTERM'));
await waitForServer(`${base}/`);

const browser = await chromium.launch({ executablePath: env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const first: number[] = [];
const next: number[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${base}/codes/A4206/`, { waitUntil: 'networkidle' });
    const box = page.getByRole('banner').getByRole('combobox', { name: 'Search codes' });
    const option = page.getByRole('banner').getByRole('option').first();
    let started = performance.now();
    await box.pressSequentially('w');
    await option.waitFor({ timeout: 30_000 });
    first.push(performance.now() - started);
    await box.fill('');
    await option.waitFor({ state: 'hidden' });
    started = performance.now();
    await box.pressSequentially('c');
    await option.waitFor({ timeout: 30_000 });
    next.push(performance.now() - started);
    await context.close();
  }
} finally {
  await browser.close();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const show = (values: number[]) => `median ${median(values).toFixed(0)} ms, worst ${Math.max(...values).toFixed(0)} ms`;
console.log(`CPU slowed 4×, ${ROUNDS} fresh contexts, code page /codes/A4206/ at 390×844:`);
console.log(`  first keystroke → first result (starts the worker, downloads and loads the index): ${show(first)}`);
console.log(`  a keystroke once the index is loaded → first result: ${show(next)}`);
process.exit(0);
