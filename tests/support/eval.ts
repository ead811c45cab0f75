/** Runs the search-eval queries against any search function and reports pass rates per kind. */
import type { EvalQuery } from './catalogue';

export interface EvalOutcome {
  query: EvalQuery;
  passed: boolean;
  /** Codes returned in the first k. */
  got: string[];
}

export interface EvalReport {
  total: number;
  passed: number;
  rate: number;
  byKind: Record<string, { total: number; passed: number; rate: number }>;
  failures: EvalOutcome[];
}

export function evaluate(queries: readonly EvalQuery[], search: (q: string, k: number) => string[]): EvalReport {
  const outcomes = queries.map((query) => {
    const got = search(query.q, query.k).slice(0, query.k);
    return { query, got, passed: got.some((code) => query.expect.includes(code)) };
  });
  const byKind: EvalReport['byKind'] = {};
  for (const o of outcomes) {
    const kind = (byKind[o.query.kind] ??= { total: 0, passed: 0, rate: 0 });
    kind.total++;
    if (o.passed) kind.passed++;
  }
  for (const kind of Object.values(byKind)) kind.rate = kind.passed / kind.total;
  const passed = outcomes.filter((o) => o.passed).length;
  return {
    total: outcomes.length,
    passed,
    rate: outcomes.length ? passed / outcomes.length : 0,
    byKind,
    failures: outcomes.filter((o) => !o.passed),
  };
}
