import type { CodePage } from '@/lib/page-schema';
import { Markdown } from '../markdown';
import type { SectionSpec } from '../section';
import { FaqList } from './faq-list';
import { ModifierTable } from './modifier-table';

type Curated = NonNullable<CodePage['curated']>;

function TermList({ items }: { items: string[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item} className="rounded-full border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
          {item}
        </li>
      ))}
    </ul>
  );
}

function PlainLanguage({ curated }: { curated: Curated }) {
  return (
    <div className="space-y-4">
      {curated.plainLanguage.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">How people describe it</h3>
          <TermList items={curated.plainLanguage} />
        </div>
      )}
      {curated.synonyms.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">Also known as</h3>
          <TermList items={curated.synonyms} />
        </div>
      )}
    </div>
  );
}

function WhoAndWhere({ curated }: { curated: Curated }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <div>
        <dt className="font-semibold">Specialties</dt>
        <dd className="mt-1">{curated.specialties.join(', ') || 'Not specific to one specialty.'}</dd>
      </div>
      <div>
        <dt className="font-semibold">Typical sites of service</dt>
        <dd className="mt-1">{curated.sitesOfService.join(', ') || 'Not specific to one setting.'}</dd>
      </div>
    </dl>
  );
}

function PayerNotes({ curated }: { curated: Curated }) {
  return (
    <dl className="space-y-3">
      {curated.payerNotes.map((n) => (
        <div key={n.payer}>
          <dt className="font-semibold">{n.payer}</dt>
          <dd className="mt-1">
            <Markdown>{n.note}</Markdown>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Modifiers({ curated }: { curated: Curated }) {
  return (
    <>
      {curated.modifiers.length > 0 && (
        <>
          <h3 className="font-semibold">Used with this code</h3>
          <ModifierTable modifiers={curated.modifiers} caption="Modifiers used on this code's claim line" />
        </>
      )}
      {curated.modifiersInstead.length > 0 && (
        <>
          <h3 className="font-semibold">Use instead of this code</h3>
          <ModifierTable
            modifiers={curated.modifiersInstead}
            caption="Modifiers to use instead of this code, on the code billed in its place"
          />
        </>
      )}
    </>
  );
}

/** Curated sections, grouped by where they sit in the page's reading order. */
export function curatedSections(curated: Curated): { lead: SectionSpec[]; guidance: SectionSpec[]; more: SectionSpec[] } {
  const when = (condition: boolean, spec: SectionSpec) => (condition ? [spec] : []);
  return {
    lead: when(curated.plainLanguage.length + curated.synonyms.length > 0, {
      id: 'plain-language',
      title: 'In plain language',
      body: <PlainLanguage curated={curated} />,
    }),
    guidance: [
      { id: 'clinical-context', title: 'Clinical context', body: <Markdown>{curated.clinicalContext}</Markdown> },
      { id: 'billing', title: 'Billing guidance', body: <Markdown>{curated.billing}</Markdown> },
      { id: 'documentation', title: 'Documentation', body: <Markdown>{curated.documentation}</Markdown> },
      ...when(curated.modifiers.length + curated.modifiersInstead.length > 0, {
        id: 'modifiers',
        title: 'Modifiers',
        body: <Modifiers curated={curated} />,
      }),
      ...when(curated.specialties.length + curated.sitesOfService.length > 0, {
        id: 'specialties',
        title: 'Who reports it and where',
        body: <WhoAndWhere curated={curated} />,
      }),
      ...when(curated.payerNotes.length > 0, { id: 'payer-notes', title: 'Payer notes', body: <PayerNotes curated={curated} /> }),
      ...when(curated.faq.length > 0, { id: 'faq', title: 'Frequently asked questions', body: <FaqList faq={curated.faq} /> }),
    ],
    more: [
      ...when(curated.relatedGuides.length > 0, {
        id: 'guides',
        title: 'Guides',
        body: (
          <ul className="list-disc space-y-1 pl-6">
            {curated.relatedGuides.map((g) => (
              <li key={g.slug}>
                <a href={g.href}>{g.title}</a>
              </li>
            ))}
          </ul>
        ),
      }),
      ...when(curated.body.length > 0, { id: 'details', title: 'More detail', body: <Markdown>{curated.body}</Markdown> }),
    ],
  };
}
