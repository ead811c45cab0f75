import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The deployability budgets for out/ (any static host): at most 2 files per code page plus 500 others, under 400 MB in all. */
export const OUT_BUDGETS = { filesPerCodePage: 2, otherFiles: 500, totalMB: 400 } as const;

export type OutFigures = { files: number; bytes: number; codePages: number; otherFiles: number };

/** Counts out/: every file and its bytes, the code and modifier pages, and the files that are neither those nor their JSON twins. */
export function outFigures(outDir: string): OutFigures {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(outDir, f)).isFile());
  const bytes = files.reduce((sum, f) => sum + statSync(join(outDir, f)).size, 0);
  const codePages = files.filter((f) => /^(codes|modifiers)\/[A-Z0-9]{2,5}\/index\.html$/.test(f)).length;
  const twins = files.filter((f) => /^api\/codes\/[A-Z0-9]{2,5}\.json$/.test(f)).length;
  return { files: files.length, bytes, codePages, otherFiles: files.length - codePages - twins };
}

/** The figures beside their budgets, one line each. */
export function describeOutFigures(figures: OutFigures): string[] {
  const mb = figures.bytes / 1e6;
  const perPage = (figures.files - figures.otherFiles) / figures.codePages;
  const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER budget');
  return [
    `out/: ${figures.files} files, ${mb.toFixed(0)} MB (budget ${OUT_BUDGETS.totalMB} MB: ${verdict(mb <= OUT_BUDGETS.totalMB)})`,
    `  ${figures.codePages} code and modifier pages, ${perPage.toFixed(2)} files each (budget ${OUT_BUDGETS.filesPerCodePage}: ${verdict(perPage <= OUT_BUDGETS.filesPerCodePage)})`,
    `  ${figures.otherFiles} other files (budget ${OUT_BUDGETS.otherFiles}: ${verdict(figures.otherFiles <= OUT_BUDGETS.otherFiles)})`,
  ];
}
