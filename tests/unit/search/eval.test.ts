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

  it('passes at least 95%', () => {
    const report = run(queries);
    console.info(
      `search-eval: ${(report.rate * 100).toFixed(1)}% (${report.passed}/${report.total})`,
      Object.fromEntries(Object.entries(report.byKind).map(([k, v]) => [k, `${v.passed}/${v.total}`])),
    );
    expect(report.rate, describeFailures(report).join('\n')).toBeGreaterThanOrEqual(0.95);
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
