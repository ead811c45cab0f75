'use client';

import { useEffect, useState } from 'react';
import { nearestCodes } from '@/lib/codes/nearest-codes';
import { CODE_PATHS_HREF } from '@/lib/links/code-paths';
import { CODE_SHAPED_PATH } from '@/lib/links/not-found-fallback';

type Missing = { code: string; nearest: { code: string; href: string }[] };

/**
 * On the 404 page, for an address shaped like a code (/codes/E9999/): says the code is not in the loaded release and
 * lists the nearest codes that are. A code that exists is sent to its page by the inline fallback script instead.
 */
export function NotFoundCode({ releases }: { releases: string }) {
  const [missing, setMissing] = useState<Missing | null>(null);
  useEffect(() => {
    const match = CODE_SHAPED_PATH.exec(window.location.pathname);
    if (!match) return;
    const code = match[1]!.toUpperCase();
    fetch(CODE_PATHS_HREF)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : null))
      .then((paths) => {
        if (!paths || Object.hasOwn(paths, code)) return;
        // the list also holds folded browse addresses ("/codes/series/b/…"), which are not codes
        const codes = Object.keys(paths).filter((key) => !key.startsWith('/'));
        const nearest = nearestCodes(code, codes).map((c) => ({ code: c, href: paths[c]! }));
        setMissing({ code, nearest });
      })
      .catch(() => {});
  }, []);
  if (!missing) return null;
  return (
    <section aria-labelledby="missing-code" className="mt-6 rounded-md border border-slate-300 p-4 dark:border-slate-600">
      <h2 id="missing-code" className="text-xl font-semibold">{`${missing.code} is not in the loaded release`}</h2>
      <p className="mt-2">
        {`The CMS files this site is built from (${releases}) have no code ${missing.code}. It may be mistyped, a code from another set, or newer or older than these files.`}
      </p>
      {missing.nearest.length > 0 && (
        <>
          <p className="mt-3 font-semibold">Nearest codes</p>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {missing.nearest.map((c) => (
              <li key={c.code}>
                <a href={c.href} className="inline-block min-h-6 font-mono">
                  {c.code}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
