/**
 * Search benchmark: our engine vs MiniSearch (fuzzy + prefix) on the same records and queries,
 * over the real catalogue and a synthetic 80,000-code one. Prints a table and writes
 * bench-results/search.json.   npm run bench:search [-- --quick]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { SearchEntry } from '@/lib/search/types';
import { buildSearchPayload, type SearchPayload } from '@/lib/search/payload';
import { createSearcher, type SearchOptions } from '@/lib/search/searcher';
import { loadThesaurus } from '@/lib/content/load-thesaurus';
import type { Thesaurus } from '@/lib/search/thesaurus';
import { catalogueEntries, loadEvalQueries, type EvalQuery } from '@/tests/support/catalogue';
import { evaluate } from '@/tests/support/eval';

const QUICK = process.argv.includes('--quick');
const ROUNDS = QUICK ? 3 : 15;
const WARMUP = QUICK ? 1 : 3;
const SYNTHETIC_SIZE = 80_000;

/** The records searched: the data step's own entries for the full catalogue. */
function loadBenchCatalogue(): Promise<SearchEntry[]> {
  return catalogueEntries();
}

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same catalogue. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The real records plus synthetic ones up to `size`: each synthetic descriptor is a real one with
 * about a third of its words swapped for words drawn (by frequency) from all real descriptors.
 */
function syntheticCatalogue(real: SearchEntry[], size: number): SearchEntry[] {
  const rnd = random(20260112);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const words: string[] = [];
  for (const e of real) for (const d of e.descriptors) for (const w of d.split(/\s+/)) if (w) words.push(w);
  const used = new Set(real.map((e) => e.code));
  const templates = real.filter((e) => e.kind !== 'guide' && e.descriptors.length);
  const out = [...real];
  while (out.length < size) {
    const code = `${String.fromCharCode(65 + Math.floor(rnd() * 22))}${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`;
    if (used.has(code)) continue;
    used.add(code);
    const template = pick(templates);
    const long = (template.descriptors[0] ?? '')
      .split(/\s+/)
      .map((w) => (rnd() < 0.35 ? pick(words) : w))
      .join(' ');
    out.push({
      code,
      kind: 'hcpcs',
      title: long.length > 90 ? `${long.slice(0, 89)}…` : long,
      descriptors: [long],
      synonyms: [],
      phrases: [],
      active: rnd() > 0.15,
      href: `/codes/${code}/`,
    });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

interface KindStats {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

type Runner = (q: string) => unknown;

/**
 * Times every query ROUNDS times after WARMUP rounds, for all engines in turn within each round,
 * so a busy machine slows them alike. Returns per-engine, per-kind percentiles (ms).
 */
function timeEngines(
  queries: { kind: string; q: string }[],
  runners: Runner[],
  rounds = ROUNDS,
  warmup = WARMUP,
): Record<string, KindStats>[] {
  for (let r = 0; r < warmup; r++) for (const run of runners) for (const { q } of queries) run(q);
  const samples: Record<string, number[]>[] = runners.map(() => ({ all: [] }));
  for (let r = 0; r < rounds; r++) {
    runners.forEach((run, e) => {
      const into = samples[e] as Record<string, number[]>;
      for (const { kind, q } of queries) {
        const t = performance.now();
        run(q);
        const ms = performance.now() - t;
        (into[kind] ??= []).push(ms);
        into.all?.push(ms);
      }
    });
  }
  return samples.map((byKind) => {
    const out: Record<string, KindStats> = {};
    for (const [kind, list] of Object.entries(byKind)) {
      list.sort((a, b) => a - b);
      out[kind] = { p50: percentile(list, 50), p95: percentile(list, 95), max: list[list.length - 1] ?? 0, n: list.length };
    }
    return out;
  });
}

function miniSearchOver(entries: SearchEntry[]): (q: string, limit: number) => string[] {
  const mini = new MiniSearch<SearchEntry & { id: number }>({
    fields: ['code', 'title', 'descriptors', 'synonyms', 'phrases'],
    storeFields: ['code'],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      // the id field is read through here too, and must stay unique
      return Array.isArray(value) ? value.join(' ') : typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    },
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { code: 3, title: 2, synonyms: 1.5 } },
  });
  mini.addAll(entries.map((e, id) => ({ ...e, id })));
  return (q, limit) =>
    mini
      .search(q)
      .slice(0, limit)
      .map((r) => String(r.code));
}

interface EngineReport {
  name: string;
  buildMs: number;
  latency: Record<string, KindStats>;
  passRate: number;
  passByKind: Record<string, number>;
  failures: string[];
}

function benchCatalogue(label: string, entries: SearchEntry[], thesaurus: Thesaurus, queries: EvalQuery[], withFullFuse: boolean) {
  let t = performance.now();
  const payload = buildSearchPayload(entries, thesaurus);
  const payloadBuildMs = performance.now() - t;
  const json = JSON.stringify(payload);
  const payloadBytes = Buffer.byteLength(json);
  const payloadGzipBytes = gzipSync(json, { level: 9 }).length;

  const timed = queries.map(({ kind, q }) => ({ kind, q }));
  // as-you-type: every prefix of each word query, as the search box sends them
  for (const { kind, q } of queries)
    if (kind === 'words' || kind === 'lay') for (let i = 2; i < q.length; i++) timed.push({ kind: 'typing', q: q.slice(0, i) });

  const engines: EngineReport[] = [];
  const runners: Runner[] = [];
  const ours = (name: string, options: Partial<SearchOptions>): void => {
    const parsed = JSON.parse(json) as SearchPayload;
    const start = performance.now();
    const searcher = createSearcher(parsed, options);
    const buildMs = performance.now() - start;
    const report = evaluate(queries, (q, k) => searcher.search(q, Math.max(k, 10)).map((r) => r.code));
    runners.push((q) => searcher.search(q, 10));
    engines.push({
      name,
      buildMs,
      latency: {},
      passRate: report.rate,
      passByKind: Object.fromEntries(Object.entries(report.byKind).map(([k, v]) => [k, v.rate])),
      failures: report.failures.map((f) => f.query.q),
    });
  };
  ours('codeatlas (index + fuse.js re-rank)', {});
  ours('codeatlas index only (no fuse.js)', { fuse: false });

  t = performance.now();
  const mini = miniSearchOver(entries);
  const miniBuild = performance.now() - t;
  const miniReport = evaluate(queries, (q, k) => mini(q, Math.max(k, 10)));
  runners.push((q) => mini(q, 10));
  engines.push({
    name: 'MiniSearch (fuzzy 0.2 + prefix)',
    buildMs: miniBuild,
    latency: {},
    passRate: miniReport.rate,
    passByKind: Object.fromEntries(Object.entries(miniReport.byKind).map(([k, v]) => [k, v.rate])),
    failures: miniReport.failures.map((f) => f.query.q),
  });
  timeEngines(timed, runners).forEach((latency, i) => {
    const engine = engines[i];
    if (engine) engine.latency = latency;
  });

  if (withFullFuse) {
    t = performance.now();
    const fuse = new Fuse(entries, { keys: ['code', 'title', 'descriptors', 'synonyms', 'phrases'], ignoreLocation: true, threshold: 0.4 });
    const fuseBuild = performance.now() - t;
    const fuseReport = evaluate(queries, (q, k) => fuse.search(q, { limit: Math.max(k, 10) }).map((r) => r.item.code));
    engines.push({
      name: 'fuse.js alone, whole catalogue',
      buildMs: fuseBuild,
      latency: timeEngines(queries, [(q) => fuse.search(q, { limit: 10 })], 1, 0)[0] ?? {},
      passRate: fuseReport.rate,
      passByKind: Object.fromEntries(Object.entries(fuseReport.byKind).map(([k, v]) => [k, v.rate])),
      failures: fuseReport.failures.map((f) => f.query.q),
    });
  }
  return { label, records: entries.length, payloadBuildMs, payloadBytes, payloadGzipBytes, engines };
}

function table(result: ReturnType<typeof benchCatalogue>): string {
  const kinds = ['code', 'prefix', 'words', 'lay', 'typo', 'curated', 'typing', 'all'];
  const lines = [
    `\n## ${result.label}: ${result.records.toLocaleString('en-US')} records`,
    `payload: built in ${result.payloadBuildMs.toFixed(0)} ms, ${(result.payloadBytes / 1024).toFixed(0)} KB raw, ${(result.payloadGzipBytes / 1024).toFixed(1)} KB gzipped`,
    '',
    `| engine | index build ms | ${kinds.map((k) => `${k} p50/p95 ms`).join(' | ')} |`,
    `| --- | ---: | ${kinds.map(() => '---:').join(' | ')} |`,
  ];
  for (const e of result.engines) {
    lines.push(
      `| ${e.name} | ${e.buildMs.toFixed(0)} | ${kinds.map((k) => (e.latency[k] ? `${e.latency[k].p50.toFixed(2)} / ${e.latency[k].p95.toFixed(2)}` : '–')).join(' | ')} |`,
    );
  }
  const passKinds = ['code', 'prefix', 'words', 'lay', 'typo', 'curated'];
  lines.push('', `| engine | pass rate | ${passKinds.join(' | ')} |`, `| --- | ---: | ${passKinds.map(() => '---:').join(' | ')} |`);
  for (const e of result.engines) {
    lines.push(
      `| ${e.name} | ${(e.passRate * 100).toFixed(1)}% | ${passKinds.map((k) => (e.passByKind[k] === undefined ? '–' : `${(e.passByKind[k] * 100).toFixed(0)}%`)).join(' | ')} |`,
    );
  }
  for (const e of result.engines)
    if (e.failures.length) lines.push(`- ${e.name} misses: ${e.failures.map((q) => JSON.stringify(q)).join(', ')}`);
  return lines.join('\n');
}

const thesaurus = loadThesaurus();
const real = await loadBenchCatalogue();
const evalQueries = loadEvalQueries();
const extra = (JSON.parse(readFileSync('tests/unit/search/fixtures/extra-queries.json', 'utf8')) as { queries: EvalQuery[] }).queries;

const loadBefore = loadavg();
const results = [
  benchCatalogue('search-eval queries, full catalogue', real, thesaurus, evalQueries, !QUICK),
  benchCatalogue('own queries (tests/unit/search/fixtures/extra-queries.json), full catalogue', real, thesaurus, extra, false),
  benchCatalogue(`search-eval queries, synthetic catalogue`, syntheticCatalogue(real, SYNTHETIC_SIZE), thesaurus, evalQueries, false),
];
for (const r of results) console.log(table(r));
const loadAfter = loadavg();
console.log(
  `\nmachine: ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' ')} after (other work on the machine inflates p95)`,
);

const [full, , synthetic] = results;
const ours = full?.engines[0];
const mini = full?.engines.find((e) => e.name.startsWith('MiniSearch'));
const oursSynthetic = synthetic?.engines[0];
const checks = {
  'p95 ≤ 10 ms, full catalogue': (ours?.latency.all?.p95 ?? Infinity) <= 10,
  'p95 ≤ 50 ms, 80,000 codes': (oursSynthetic?.latency.all?.p95 ?? Infinity) <= 50,
  'payload ≤ 300 KB gzipped': (full?.payloadGzipBytes ?? Infinity) <= 300 * 1024,
  'pass rate ≥ 95%': (ours?.passRate ?? 0) >= 0.95,
  'beats MiniSearch on pass rate': (ours?.passRate ?? 0) > (mini?.passRate ?? 1),
  'p95 within 2× MiniSearch': (ours?.latency.all?.p95 ?? Infinity) <= 2 * (mini?.latency.all?.p95 ?? 0),
};
console.log('\n## targets');
for (const [name, ok] of Object.entries(checks)) console.log(`${ok ? 'ok  ' : 'MISS'} ${name}`);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/search.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, loadBefore, loadAfter, rounds: ROUNDS, warmup: WARMUP, results, checks }, null, 2)}\n`,
);
console.log('\nwrote bench-results/search.json');
