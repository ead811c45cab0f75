import { beforeAll, describe, expect, it } from 'vitest';
import { codeIndexSchema, codeTwinSchema } from '@/lib/api-schema';
import { codeIndex, codeTwin } from '@/lib/links/code-twin';
import { buildCuratedSite, type CuratedSite } from './curated-site';

let site: CuratedSite;
beforeAll(async () => {
  site = await buildCuratedSite();
});

describe('JSON twins', () => {
  it('every curated code has a twin that matches the published schema', () => {
    for (const { code } of site.list) {
      const result = codeTwinSchema.safeParse(codeTwin(site.page(code), site.meta));
      expect(result.error, code).toBeUndefined();
    }
  });

  it('S9986 carries what its page shows, with where each fact comes from', () => {
    const twin = codeTwin(site.page('S9986'), site.meta);
    expect(twin).toMatchObject({
      schemaVersion: 1,
      code: 'S9986',
      system: 'hcpcs',
      status: 'active',
      href: '/codes/S9986/',
      url: expect.stringMatching(/\/codes\/S9986\/$/),
    });
    expect(twin.summary).toMatch(/private-payer code/);
    expect(twin.synonyms).toContain('Not medically necessary svc');
    expect(twin.faq.length).toBeGreaterThan(0);
    expect(twin.descriptor).toEqual({
      long: expect.stringMatching(/^Not medically necessary service/),
      short: 'Not medically necessary svc',
      source: 'HCPCS 2026 January',
    });
    expect(twin.guidance?.source).toMatch(/^CodeAtlas editors, reviewed /);
    expect(twin.links.related.map((r) => r.code)).toContain('GA');
    expect(twin.release).toEqual({
      hcpcsRelease: 'HCPCS 2026 January',
      feeSchedule: 'CY2025 Physician Fee Schedule',
      builtOn: '2026-01-15',
    });
  });

  it('a CPT code has no descriptor (AMA copyright)', () => {
    expect(codeTwin(site.page('96999'), site.meta).descriptor).toBeNull();
  });

  it('the index lists every code with title, status and its twin', () => {
    const index = codeIndexSchema.parse(codeIndex(site.list, site.meta));
    expect(index.count).toBe(site.list.length);
    expect(index.codes.find((c) => c.code === 'GA')).toEqual({
      code: 'GA',
      system: 'modifier',
      title: expect.any(String),
      status: 'active',
      href: '/modifiers/GA/',
      api: '/api/codes/GA.json',
    });
  });
});
