import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeSample } from '@/components/code-sample';
import { Section } from '@/components/section';
import { API_SCHEMA_VERSION } from '@/lib/api-schema';
import { getCodeList, getCodePage, getSiteMeta } from '@/lib/data';
import { codeIndex, codeTwin } from '@/lib/links/code-twin';
import { SECTION_ANCHORS } from '@/lib/links/section-anchors';
import { SITE_URL } from '@/lib/env';
import { codeApiHref } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Data for developers',
  description: 'Every code page has a JSON twin: descriptors, status, dates, RVUs, synonyms and FAQ, each naming its CMS release.',
  alternates: { canonical: '/developers/' },
};

const FIELDS: [string, string][] = [
  [
    'schemaVersion',
    `The format version, now ${API_SCHEMA_VERSION}. New fields can appear in any version; a field is only removed, renamed or given a new meaning in a new version.`,
  ],
  ['code, system, title, status', 'The code, its code set (hcpcs, cpt or modifier), the page title and "active" or "terminated".'],
  ['href, url', 'The canonical page: a path, and the absolute address. Every other href is a path on this site.'],
  [
    'summary, synonyms, plainLanguage',
    "Editors' plain-language summary and the other names people use. Null or empty for codes no editor has reviewed.",
  ],
  ['descriptor', 'The official long and short descriptors. Null for CPT codes: CPT descriptors are AMA copyright.'],
  [
    'medicare.hcpcs, medicare.feeSchedule',
    'Coverage, pricing, BETOS, action, processing note and coverage references; fee-schedule status (and whether Medicare pays from the RVUs), global period and its shares, PC/TC and the other PFS indicators, the OPPS cap by locality. Each value comes with its label and meaning.',
  ],
  [
    'medicare.schedules',
    'The other fee schedules that price the code: DMEPOS (with every state’s non-rural and rural fee), ASP drug limits (every quarter loaded, and the NDCs that bill under the code), the Clinical Laboratory Fee Schedule and OPPS. Each names its release.',
  ],
  [
    'medicare.glance, medicare.disagreements',
    'The page’s opening summary (coverage and the national figure from each schedule), and any place where two CMS releases disagree about the code.',
  ],
  ['dates', 'Added, action-effective and termination dates (YYYY-MM-DD).'],
  ['rvu', 'Relative value units per modifier row with the national payment of each, and the conversion factor.'],
  ['faq, guidance', "Questions and answers, and the editors' guidance, in markdown."],
  ['links', 'Related codes, replacement codes, guides, and the previous and next code.'],
  ['release', 'The HCPCS release and fee schedule the whole build was made from, and the build date.'],
];

export default function DevelopersPage() {
  const list = getCodeList();
  const meta = getSiteMeta();
  const example = list.find((c) => c.code === 'S9986') ?? list[0];
  const index = codeIndex(list, meta);
  return (
    <article className="max-w-3xl">
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Developers" />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">Data for developers</h1>
      <p className="mt-3 text-lg">
        Every code page has a machine-readable twin with what the page shows. They are static JSON files: no key, no rate limit, and any
        site may fetch them from the browser (CORS is open). To show previews of our pages on your site, use the{' '}
        <a href="/embed/">embed script</a>.
      </p>

      <Section id="code" title="One code">
        <p>
          <code>{`${SITE_URL}/api/codes/<CODE>.json`}</code>, with the code in capitals as on its page
          {example && (
            <>
              , for example <a href={codeApiHref(example.code)}>{codeApiHref(example.code)}</a>
            </>
          )}
          . Each group of facts names the release it comes from in <code>source</code>, for example &ldquo;HCPCS 2026 January&rdquo; or
          &ldquo;CY2025 Physician Fee Schedule&rdquo;.
        </p>
        <dl className="mt-4 space-y-3">
          {FIELDS.map(([name, text]) => (
            <div key={name}>
              <dt className="font-mono text-sm font-semibold">{name}</dt>
              <dd className="mt-0.5">{text}</dd>
            </div>
          ))}
        </dl>
        {example && (
          <CodeSample label={`The JSON twin of ${example.code}`}>
            {JSON.stringify(codeTwin(getCodePage(example.code), meta), null, 2)}
          </CodeSample>
        )}
      </Section>

      <Section id="index" title="Every code">
        <p>
          <a href="/api/codes/index.json">/api/codes/index.json</a> lists every code on the site with its title, status, page and twin. The
          first entries:
        </p>
        <CodeSample label="The start of the code index">{JSON.stringify({ ...index, codes: index.codes.slice(0, 3) }, null, 2)}</CodeSample>
      </Section>

      <Section id="schemas" title="Schemas and versions">
        <p>
          JSON Schemas for both files: <a href="/api/codes/code.schema.json">code.schema.json</a> and{' '}
          <a href="/api/codes/index.schema.json">index.schema.json</a>. Check <code>schemaVersion</code> before you read a file; we add
          fields without notice, but we change the version before removing or redefining one.
        </p>
      </Section>

      <Section id="linking" title="Linking to a code">
        <p>
          Page addresses never change: <code>/codes/S9986/</code> for HCPCS and CPT codes, <code>/modifiers/GA/</code> for modifiers. Short
          and lower-case forms such as <code>/s9986</code> or <code>/GA</code> lead to the same page. These section anchors are stable too:
        </p>
        <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {SECTION_ANCHORS.map((a) => (
            <li key={a.id}>
              <code>#{a.id}</code> <span className="text-sm text-slate-700 dark:text-slate-300">{a.when}</span>
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}
