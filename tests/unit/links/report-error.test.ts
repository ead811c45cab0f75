import { describe, expect, it } from 'vitest';
import { reportErrorHref } from '@/lib/links/report-error';
import { parseEnv } from '@/lib/env';

describe('report an error', () => {
  it('names the page in the title of an issue form', () => {
    expect(reportErrorHref('S9986 (/codes/S9986/)', 'https://github.com/org/codeatlas/issues/new')).toBe(
      'https://github.com/org/codeatlas/issues/new?title=Error%20report%3A%20S9986%20(%2Fcodes%2FS9986%2F)',
    );
  });

  it('names the page in the subject of an email', () => {
    expect(reportErrorHref('GA (/modifiers/GA/)', 'mailto:editors@example.org')).toBe(
      'mailto:editors@example.org?subject=Error%20report%3A%20GA%20(%2Fmodifiers%2FGA%2F)',
    );
  });

  it('gives nothing when no address is configured, and refuses an address that is not https or mailto', () => {
    expect(reportErrorHref('S9986', undefined)).toBeNull();
    expect(() => parseEnv({ REPORT_ERROR_URL: 'javascript:alert(1)' })).toThrow(/REPORT_ERROR_URL/);
    expect(() => parseEnv({ REPORT_ERROR_URL: 'http://example.org/report' })).toThrow(/REPORT_ERROR_URL/);
  });
});
