import { defineConfig, devices } from '@playwright/test';
import { env } from './lib/env';

const PORT = 4321;
/** deploy/nginx.conf, served by scripts/nginx-test.sh; CI installs nginx from apt. */
const NGINX_PORT = 4322;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: {
      executablePath: env.CHROME_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // every browser test, against `npm start`'s server (scripts/serve.ts)
    { name: 'chromium', testIgnore: ['**/nginx.spec.ts'], use: { ...devices['Desktop Chrome'], channel: undefined } },
    // what a host must do, against the nginx configuration we ship
    {
      name: 'nginx',
      testMatch: ['**/hosting.spec.ts', '**/links-urls.spec.ts', '**/nginx.spec.ts'],
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${NGINX_PORT}` },
    },
  ],
  webServer: [
    { command: `npx tsx scripts/serve.ts --port=${PORT}`, url: `http://localhost:${PORT}/`, reuseExistingServer: false, timeout: 30_000 },
    {
      command: `bash scripts/nginx-test.sh ${NGINX_PORT}`,
      url: `http://localhost:${NGINX_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
