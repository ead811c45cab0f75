import type { CodeSummary } from '@/lib/page-schema';
import { StatusBadge } from './status-badge';

/** A list of codes with their status; terminated rows are dimmed and badged. */
export function CodeTable({ codes, caption }: { codes: CodeSummary[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">
              Code
            </th>
            <th scope="col" className="py-2 pr-4">
              Title
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {codes.map((c) => (
            <tr
              key={c.code}
              className={`border-b border-slate-200 align-top dark:border-slate-800 ${c.active ? '' : 'bg-slate-50 dark:bg-slate-900'}`}
            >
              <th scope="row" className="py-2 pr-4 font-mono">
                <a href={c.href}>{c.code}</a>
              </th>
              <td className="py-2 pr-4">{c.title}</td>
              <td className="py-2">
                <StatusBadge active={c.active} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
