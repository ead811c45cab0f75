import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
// Validates every environment variable before anything is built (lib/env.ts).
import { env } from './lib/env';

const nextConfig: NextConfig = {
  output: 'export',
  // npm run build exports into a staging folder first (scripts/build.ts); with output 'export' this is the export folder
  ...(env.EXPORT_DIR ? { distDir: env.EXPORT_DIR } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // npm test type-checks the whole project with TypeScript 7 (tsc) before building; a second check here adds ~10 s.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  experimental: {
    // Next leaves one core idle by default; a static export of 9,000 pages wants them all.
    cpus: availableParallelism(),
    // Pages link with plain <a>, so the client router never prefetches. Inlining decisions would gzip every
    // page's payload once more at build time (about a third of static generation here) for nothing.
    prefetchInlining: false,
    // app/global-not-found.tsx: the 404 page is its own document instead of a fallback carried by every page.
    globalNotFound: true,
  },
};

export default nextConfig;
