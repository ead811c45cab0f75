import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Next leaves one core idle by default; a static export of 9,000 pages wants them all.
  experimental: { cpus: availableParallelism() },
};

export default nextConfig;
