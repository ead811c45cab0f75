import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEvalQueries, type EvalQuery } from '@/tests/support/catalogue';
import { evaluate, type EvalReport } from '@/tests/support/eval';
import { fullCatalogueSearcher } from '@/tests/support/searcher-fixture';

const { searcher } = await fullCatalogueSearcher();
const run = (queries: EvalQuery[]): EvalReport => evaluate(queries, (q, k) => searcher.search(q, k).map((r) => r.code));
const describeFailures = (report: EvalReport) =>
  report.failures.map(
    (f) =>
      `${f.query.kind} ${JSON.stringify(f.query.q)}: expected one of ${f.query.expect.slice(0, 3).join(', ')} in top ${f.query.k}, got ${f.got.join(', ')}`,
  );

describe('search-eval queries (../shared/search-eval/queries.json) over the full CMS catalogue', () => {
  const queries = loadEvalQueries();

  it('covers every kind', () => {
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['code', 'prefix', 'words', 'lay', 'typo', 'curated']));
  });

  it('passes at least 97%, and at least 90% of every kind', () => {
    const report = run(queries);
    console.info(
      `search-eval: ${(report.rate * 100).toFixed(1)}% (${report.passed}/${report.total})`,
      Object.fromEntries(Object.entries(report.byKind).map(([k, v]) => [k, `${v.passed}/${v.total}`])),
    );
    expect(report.rate, describeFailures(report).join('\n')).toBeGreaterThanOrEqual(0.97);
    for (const [kind, figures] of Object.entries(report.byKind)) expect(figures.rate, kind).toBeGreaterThanOrEqual(0.9);
    expect(report.byKind.code?.rate).toBe(1);
    expect(report.byKind.prefix?.rate).toBe(1);
  });
});

describe('our own queries of the same kinds (fixtures/extra-queries.json)', () => {
  const queries = (JSON.parse(readFileSync(join(__dirname, 'fixtures/extra-queries.json'), 'utf8')) as { queries: EvalQuery[] }).queries;

  it('passes at least 90%', () => {
    const report = run(queries);
    console.info(`held-out: ${(report.rate * 100).toFixed(1)}% (${report.passed}/${report.total})`);
    expect(report.rate, describeFailures(report).join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

const readFixture = (name: string) =>
  (JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8')) as { queries: EvalQuery[] }).queries;

describe('a second set written apart from the search code (fixtures/unseen-queries.json)', () => {
  const queries = readFixture('unseen-queries.json');

  it('puts an expected code first for at least 90% and in the top 5 for at least 97% (this set was used while developing the ranking)', () => {
    const top = queries.map((q) => ({ q, got: searcher.search(q.q, 5).map((r) => r.code) }));
    const top1 = top.filter(({ q, got }) => q.expect.includes(got[0] ?? '')).length / queries.length;
    const top5 = top.filter(({ q, got }) => got.some((c) => q.expect.includes(c))).length / queries.length;
    console.info(`second set: top-1 ${(top1 * 100).toFixed(1)}%, top-5 ${(top5 * 100).toFixed(1)}% of ${queries.length}`);
    const misses = top.filter(({ q, got }) => !q.expect.includes(got[0] ?? '')).map(({ q, got }) => `${q.q}: ${got.join(' ')}`);
    expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(top5).toBeGreaterThanOrEqual(0.97);
  });
});

describe('results do not depend on how many are asked for', () => {
  const queries = [...loadEvalQueries(), ...readFixture('extra-queries.json'), ...readFixture('unseen-queries.json')];

  it('gives the same first results when asked for 5, 8, 20 or 50 (the header box asks for 8, the results page for 50)', () => {
    const differ = queries.flatMap(({ q }) => {
      const reference = searcher.search(q, 50).map((r) => r.code);
      return [5, 8, 20].flatMap((limit) => {
        const got = searcher.search(q, limit).map((r) => r.code);
        return got.join() === reference.slice(0, limit).join()
          ? []
          : [`${q} (${limit}): ${got.slice(0, 5).join(' ')} vs ${reference.slice(0, 5).join(' ')}`];
      });
    });
    expect(differ).toEqual([]);
  });
});
