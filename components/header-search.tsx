/** Works without JavaScript: the form submits to the shareable results page. */
export function HeaderSearch({ id = 'site-search' }: { id?: string }) {
  return (
    <form action="/search/" method="get" role="search" aria-label={id === 'site-search' ? 'Site' : 'Code lookup'}>
      <label htmlFor={id} className="sr-only">Search codes</label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder="Search codes, e.g. S9986 or walker"
        className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
    </form>
  );
}
