/** Modifiers with when to use each; `caption` names the table for screen readers. */
export function ModifierTable({
  modifiers,
  caption,
}: {
  modifiers: { code: string; when: string; href: string | null }[];
  caption: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-600">
            <th scope="col" className="py-2 pr-4">
              Modifier
            </th>
            <th scope="col" className="py-2">
              When to use it
            </th>
          </tr>
        </thead>
        <tbody>
          {modifiers.map((m) => (
            <tr key={m.code} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="py-2 pr-4 font-mono">
                {m.href ? <a href={m.href}>{m.code}</a> : m.code}
              </th>
              <td className="py-2">{m.when}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
