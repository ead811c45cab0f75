
export type Crumb = { label: string; href: string };

export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-700 dark:text-slate-300">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-1">
            <a href={crumb.href}>{crumb.label}</a>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="font-medium text-slate-900 dark:text-white">{current}</li>
      </ol>
    </nav>
  );
}
