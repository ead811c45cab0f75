export type Crumb = { label: string; href: string };

/** The trail above a page title; the "›" separators are drawn by CSS (.breadcrumbs in globals.css). */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-700 dark:text-slate-300">
      <ol className="breadcrumbs">
        {trail.map((crumb) => (
          <li key={crumb.href}>
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-slate-900 dark:text-white">
          {current}
        </li>
      </ol>
    </nav>
  );
}
