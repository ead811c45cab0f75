import { describe, expect, it } from 'vitest';
import { checkLinks } from '@/lib/export/link-check';
import { OUT } from './support';

describe('links and anchors over all of out/', () => {
  it('every internal link reaches a file of the site, and every #anchor an id on its page', () => {
    const report = checkLinks(OUT);
    console.info(
      `links: ${report.links} in ${report.pages} pages (${report.external} external, not fetched); ${report.broken.length} broken`,
    );
    expect(report.pages).toBeGreaterThan(20_000);
    expect(report.broken.slice(0, 50)).toEqual([]);
  });
});
