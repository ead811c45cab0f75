import { describe, expect, it } from 'vitest';
import { EnvironmentError, parseEnv } from '@/lib/env';
import { formatProblem } from '@/lib/errors';

describe('environment variables (lib/env.ts)', () => {
  it('treats unset and empty alike, and coerces numbers', () => {
    expect(parseEnv({ HCPCS_FILE: '', PORT: '8080', BENCH_ROUNDS: '3' })).toMatchObject({
      HCPCS_FILE: undefined,
      PORT: 8080,
      BENCH_ROUNDS: 3,
    });
  });

  it('names every bad variable, what it expected and what it found', () => {
    let error: unknown;
    try {
      parseEnv({ SITE_URL: 'codes.example.org', BUILD_DATE: '2026-13-01', PORT: 'eighty' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).problems.map(formatProblem)).toEqual([
      'environment › SITE_URL: expected an absolute http(s) address such as https://codes.example.org, found "codes.example.org". Fix: correct or unset the variable',
      'environment › BUILD_DATE: expected a date as YYYY-MM-DD, found "2026-13-01". Fix: correct or unset the variable',
      'environment › PORT: expected a port number, found "eighty". Fix: correct or unset the variable',
    ]);
  });
});
