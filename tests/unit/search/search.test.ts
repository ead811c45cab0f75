import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { searchEntrySchema } from '@/lib/pipeline/search-entries';
import { buildSearchPayload, decodeSearchPayload } from '@/lib/search/payload';
import { highlightSegments } from '@/lib/search/highlight';
import { wholeWordRanges } from '@/lib/search/fuse-rerank';
import { HighlightedText } from '@/components/search/highlighted-text';
import { catalogueEntries } from '@/tests/support/catalogue';
import { fullCatalogueSearcher, smallSearcher } from '@/tests/support/searcher-fixture';

const { searcher } = await fullCatalogueSearcher();
const codes = (q: string, k = 5) => searcher.search(q, k).map((r) => r.code);

describe('codes', () => {
  it.each(['S9986', 's9986', 'S 9986', ' s-9986 ', 'S9986-GA', 's9986 gy'])('%j finds S9986 first', (q) => {
    expect(codes(q)[0]).toBe('S9986');
  });

  it('lists the modifiers typed after a code right after it', () => {
    expect(codes('S9986-GA', 3).slice(0, 2)).toEqual(['S9986', 'GA']);
    const [first] = searcher.search('S9986-GA', 1);
    expect(first).toMatchObject({ code: 'S9986', score: 1, matches: [{ field: 'code', indices: [[0, 4]], value: 'S9986' }] });
  });

  it('finds a CPT code and a modifier by their code', () => {
    expect(codes('96999')[0]).toBe('96999');
    expect(codes('ga')[0]).toBe('GA');
    expect(codes('GZ')[0]).toBe('GZ');
  });

  it('lists code prefixes in code order, active codes first', () => {
    const got = searcher.search('E26', 30);
    expect(got.length).toBe(30);
    expect(got.slice(0, 5).every((r) => r.code.startsWith('E26'))).toBe(true);
    const prefixed = got.filter((r) => r.code.startsWith('E26'));
    const firstInactive = prefixed.findIndex((r) => !r.active);
    if (firstInactive >= 0) expect(prefixed.slice(firstInactive).every((r) => !r.active)).toBe(true);
    const active = prefixed.filter((r) => r.active).map((r) => r.code);
    expect(active).toEqual([...active].sort());
    expect(got[0]?.matches[0]).toMatchObject({ field: 'code', indices: [[0, 2]] });
  });

  it('ranks code matches above any text match', () => {
    const got = searcher.search('a46', 10);
    expect(got.every((r) => r.code.startsWith('A46'))).toBe(true);
    expect(codes('e0110 crutches')[0]).toBe('E0110');
  });
});

describe('ranking rules', () => {
  it('puts the item named by the query before a service or accessory named after it (head noun)', () => {
    const s = smallSearcher([
      { code: '97542', kind: 'cpt', title: 'Wheelchair fitting', descriptors: ['Wheelchair fitting'] },
      { code: 'K0001', title: 'Manual wheelchair', descriptors: ['Manual wheelchair'] },
    ]);
    expect(s.search('wheelchair').map((r) => r.code)).toEqual(['K0001', '97542']);
  });

  it('ranks the codes CMS cross-references a matching terminated code to just above it, even without the words', () => {
    const s = smallSearcher([
      { code: '81528', kind: 'cpt', title: 'Stool screening test', descriptors: ['Pathology and laboratory'] },
      {
        code: 'G0464',
        title: 'Colorectal cancer screening; stool-based dna',
        descriptors: ['Colorectal cancer screening; stool-based dna'],
        active: false,
        replacedBy: ['81528'],
      },
      {
        code: 'G0328',
        title: 'Colorectal cancer screening; fecal occult blood test',
        descriptors: ['Colorectal cancer screening; fecal occult blood test'],
      },
    ]);
    expect(
      s
        .search('stool dna colorectal')
        .map((r) => r.code)
        .slice(0, 2),
    ).toEqual(['81528', 'G0464']);
  });

  it('prefers the kind of code a query word asks for ("… modifier")', () => {
    const s = smallSearcher([
      { code: 'A4558', title: 'Conductive gel or paste, for use with electrical device', descriptors: ['Conductive gel or paste'] },
      {
        code: 'JW',
        kind: 'modifier',
        title: 'Drug amount discarded, gel not given',
        descriptors: ['Drug amount discarded, gel not given'],
      },
    ]);
    expect(s.search('gel').map((r) => r.code)[0]).toBe('A4558');
    expect(s.search('gel modifier').map((r) => r.code)[0]).toBe('JW');
  });

  it('puts an active code above a terminated one with the same text', () => {
    const s = smallSearcher([
      { code: 'A1001', title: 'Folding walker', descriptors: ['Folding walker'], active: false },
      { code: 'A1002', title: 'Folding walker', descriptors: ['Folding walker'], active: true },
    ]);
    expect(s.search('folding walker').map((r) => [r.code, r.active])).toEqual([
      ['A1002', true],
      ['A1001', false],
    ]);
  });

  it('still lets a much better terminated match win', () => {
    const s = smallSearcher([
      { code: 'A1001', title: 'Portable oxygen concentrator', descriptors: ['Portable oxygen concentrator'], active: false },
      { code: 'A1002', title: 'Oxygen tubing', descriptors: ['Oxygen tubing, each'], active: true },
    ]);
    expect(s.search('portable oxygen concentrator')[0]?.code).toBe('A1001');
  });

  it('puts codes above guides with the same text', () => {
    const s = smallSearcher([
      {
        code: 'medical-necessity',
        kind: 'guide',
        title: 'Medical necessity',
        descriptors: ['Medical necessity'],
        href: '/guides/medical-necessity/',
      },
      { code: 'A1002', title: 'Medical necessity', descriptors: ['Medical necessity'] },
    ]);
    expect(s.search('medical necessity').map((r) => r.kind)).toEqual(['hcpcs', 'guide']);
  });

  it('scores results from 1 down, in order', () => {
    const got = searcher.search('S9986 not medically necessary', 10);
    expect(got[0]).toMatchObject({ code: 'S9986', score: 1 });
    for (let i = 1; i < got.length; i++) expect(got[i]!.score).toBeLessThanOrEqual(got[i - 1]!.score);
    expect(got.slice(1).every((r) => r.score < 0.9)).toBe(true);
  });

  it('finds descriptor words, typos, the word being typed and curated phrases', () => {
    expect(codes('portable oxygen concentrator', 3)).toContain('E1392');
    expect(codes('oxigen concentrator')).toEqual(expect.arrayContaining(['E1390']));
    expect(codes('portable oxygen conc', 3)).toContain('E1392');
    expect(codes('patient knows service is not covered', 3)).toContain('S9986');
  });

  it('returns nothing for nonsense', () => {
    expect(searcher.search('qqqxxzz')).toEqual([]);
    expect(searcher.search('nope')).toEqual([]);
    expect(searcher.search('')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searcher.search('wheelchair', 3)).toHaveLength(3);
    expect(searcher.search('wheelchair', 1000).length).toBeLessThanOrEqual(100);
    expect(searcher.search('wheelchair', Number.NaN).length).toBeLessThanOrEqual(20);
  });
});

describe('highlights', () => {
  it('reports whole-word match ranges inside the values', () => {
    const [hit] = searcher.search('forearm crutches', 1);
    const title = hit?.matches.find((m) => m.field === 'title');
    expect(title).toBeDefined();
    const marked = title!.indices.map(([a, b]) => title!.value.slice(a, b + 1).toLowerCase());
    expect(marked).toContain('forearm');
    expect(marked.every((word) => /^(forearm|crutch|crutches)$/.test(word))).toBe(true);
  });

  it('widens and merges ranges', () => {
    expect(
      wholeWordRanges('Walker, folding', [
        [1, 3],
        [2, 5],
        [9, 10],
      ]),
    ).toEqual([
      [0, 5],
      [8, 14],
    ]);
  });

  it('splits text into segments and ignores bad ranges', () => {
    expect(
      highlightSegments('abc def', [
        [4, 6],
        [0, 0],
        [10, 20],
        [5, 1],
      ]),
    ).toEqual([
      { text: 'a', highlight: true },
      { text: 'bc ', highlight: false },
      { text: 'def', highlight: true },
    ]);
  });

  it('renders marks as elements, escaping the text', () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { value: '<img src=x onerror=alert(1)> walker', ranges: [[29, 34]] }));
    expect(html).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark class="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-500/40">walker</mark>',
    );
  });
});

describe('hostile queries', () => {
  it.each([
    'a'.repeat(10_000),
    'walker '.repeat(2_000),
    '<img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    '(((((((((((a+)+)+)+)+)+)+)+)+)+)+$',
    '\u0000\u202e\ud83d\ude00 ñandú Ω',
    '\ud800\udc00\ud800',
    '-'.repeat(5000),
    'S9986'.repeat(1000),
  ])('is safe and fast: %#', (q) => {
    const t = performance.now();
    const got = searcher.search(q, 20);
    expect(performance.now() - t).toBeLessThan(250);
    expect(Array.isArray(got)).toBe(true);
  });
});

describe('payload', () => {
  it('round-trips every record', async () => {
    const entries = await catalogueEntries();
    const decoded = decodeSearchPayload(JSON.parse(JSON.stringify(buildSearchPayload(entries, { entries: [] })))).entries;
    const byKey = new Map(decoded.map((e) => [`${e.kind}:${e.code}`, e]));
    expect(decoded).toHaveLength(entries.length);
    for (const e of entries) {
      const d = byKey.get(`${e.kind}:${e.code}`);
      expect(d).toMatchObject({
        code: e.code,
        kind: e.kind,
        title: e.title,
        href: e.href,
        active: e.active,
        synonyms: e.synonyms,
        phrases: e.phrases,
      });
      expect(d?.descriptors[0]).toBe(e.descriptors[0]);
    }
  });

  it('stays under 300 KB gzipped for the full catalogue', async () => {
    const { gzipSync } = await import('node:zlib');
    const { payload } = await fullCatalogueSearcher();
    expect(gzipSync(JSON.stringify(payload)).length).toBeLessThan(300 * 1024);
  });

  it('rejects bad records and duplicate codes with their code', () => {
    const ok = {
      code: 'A1000',
      kind: 'hcpcs' as const,
      title: 't',
      descriptors: [],
      synonyms: [],
      phrases: [],
      active: true,
      href: '/codes/A1000/',
    };
    expect(() => buildSearchPayload([ok, ok], { entries: [] })).toThrow('search entry A1000 (hcpcs) appears twice');
    expect(searchEntrySchema.safeParse({ ...ok, href: '' }).success).toBe(false);
  });

  it('refuses a file that is not a search index', () => {
    expect(() => decodeSearchPayload({} as never)).toThrow('not a search index');
    expect(() => decodeSearchPayload({ format: 'codeatlas-search', version: 99 } as never)).toThrow('version 99 is not supported');
  });
});
