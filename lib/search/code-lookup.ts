import type { SearchEntry } from './types';

/** Exact and prefix lookup of codes (guides are not codes), active codes first. Indexes into `entries`. */
export class CodeLookup {
  private readonly byCode = new Map<string, number[]>();
  private readonly sorted: { code: string; doc: number }[] = [];

  constructor(private readonly entries: readonly SearchEntry[]) {
    entries.forEach((entry, doc) => {
      if (entry.kind === 'guide') return;
      const code = entry.code.toUpperCase();
      const list = this.byCode.get(code);
      if (list) list.push(doc);
      else this.byCode.set(code, [doc]);
      this.sorted.push({ code, doc });
    });
    this.sorted.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.doc - b.doc));
  }

  /** Records whose code is exactly `code` (uppercase). */
  exact(code: string): number[] {
    return this.activeFirst(this.byCode.get(code) ?? []);
  }

  /** Up to `limit` records whose code starts with `prefix` (uppercase), in code order, active first. */
  prefix(prefix: string, limit: number): number[] {
    const codes = this.sorted;
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((codes[mid]?.code ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const active: number[] = [];
    const inactive: number[] = [];
    for (let i = lo; i < codes.length && active.length < limit; i++) {
      const item = codes[i];
      if (!item || !item.code.startsWith(prefix)) break;
      (this.entries[item.doc]?.active ? active : inactive).push(item.doc);
    }
    return [...active, ...inactive].slice(0, limit);
  }

  private activeFirst(docs: number[]): number[] {
    return [...docs].sort((a, b) => Number(this.entries[b]?.active) - Number(this.entries[a]?.active));
  }
}
