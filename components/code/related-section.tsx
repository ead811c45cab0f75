import type { CodePage } from '@/lib/page-schema';
import { CodeLink } from '../code-link';

export function RelatedSection({ page }: { page: CodePage }) {
  const related = page.curated?.relatedCodes ?? [];
  const { previous, next } = page.neighbours;
  return (
    <>
      {related.length > 0 && (
        <ul className="space-y-2">
          {related.map((r) => (
            <li key={r.code}>
              <CodeLink link={r} />
              <span className="block text-sm text-slate-700 dark:text-slate-300">{r.note}</span>
            </li>
          ))}
        </ul>
      )}
      {page.similar.length > 0 && (
        <>
          <h3 className="font-semibold">Similar codes</h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Active codes whose CMS descriptors share the most words with this one.
          </p>
          <ul className="list-disc space-y-1 pl-6">
            {page.similar.map((s) => (
              <li key={s.code}>
                <CodeLink link={s} />
              </li>
            ))}
          </ul>
        </>
      )}
      {(previous || next) && (
        <nav aria-label="Neighbouring codes in code order" className="grid gap-2 text-sm sm:grid-cols-2">
          {previous && (
            <p>
              Previous: <CodeLink link={previous} />
            </p>
          )}
          {next && (
            <p className="sm:text-right">
              Next: <CodeLink link={next} />
            </p>
          )}
        </nav>
      )}
      {related.length === 0 && page.similar.length === 0 && !previous && !next && (
        <p>{`No related codes are recorded for ${page.code}.`}</p>
      )}
    </>
  );
}
