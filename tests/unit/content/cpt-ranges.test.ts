import { beforeAll, describe, expect, it } from 'vitest';
import { inCptRange } from '@/lib/codes/cpt-order';
import { CPT_PATTERN } from '@/lib/codes/patterns';
import { readClfsFile } from '@/lib/cms/read-clfs';
import { readOpps } from '@/lib/cms/read-opps';
import { readRvuFile } from '@/lib/cms/read-rvu';
import { CMS_SOURCES } from '@/lib/cms/sources';
import { loadCptContent } from '@/lib/content/load-cpt';
import { cptPlacer } from '@/lib/pipeline/cpt-placement';

let codes: string[];
const table = loadCptContent('content', []).ranges!;
const ranges = table.sections.flatMap((s) => s.subsections.flatMap((u) => u.ranges.map((r) => ({ ...r, path: `${s.name} › ${u.name} › ${r.name}` }))));

beforeAll(async () => {
  const [rvu, opps, clfs] = await Promise.all([readRvuFile(CMS_SOURCES.rvu), readOpps(CMS_SOURCES.opps), readClfsFile(CMS_SOURCES.clfs)]);
  codes = [...new Set([...rvu, ...opps, ...clfs.rows].map((r) => r.code).filter((c) => CPT_PATTERN.test(c)))];
});

describe('the CPT range table (content/cpt/ranges.md)', () => {
  it('puts every CPT code of the CMS files in exactly one range', () => {
    expect(codes.length).toBe(11_442);
    const wrong = codes.flatMap((code) => {
      const hits = ranges.filter((r) => inCptRange(code, r.from, r.to));
      return hits.length === 1 ? [] : [`${code}: ${hits.length} ranges ${hits.map((h) => h.path).join('; ')}`];
    });
    expect(wrong).toEqual([]);
  });

  it('the placement the pages use agrees with that count, code by code', () => {
    const place = cptPlacer(table);
    const wrong = codes.filter((code) => {
      const found = place(code);
      const hit = ranges.find((r) => inCptRange(code, r.from, r.to));
      return !found || found.range.name !== hit?.name;
    });
    expect(wrong).toEqual([]);
  });
});
