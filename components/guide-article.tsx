import type { GuidePage } from '@/lib/page-schema';
import { Breadcrumbs } from './breadcrumbs';
import { CodeLink } from './code-link';
import { Markdown } from './markdown';
import { Section } from './section';
import { CopyLinks } from './share/copy-links';

export function GuideArticle({ guide }: { guide: GuidePage }) {
  return (
    <article className="mx-auto max-w-3xl">
      <Breadcrumbs
        trail={[
          { label: 'Home', href: '/' },
          { label: 'Guides', href: '/guides/' },
        ]}
        current={guide.title}
      />
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl dark:text-white">{guide.title}</h1>
      <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">{guide.description}</p>
      {guide.intro && (
        <div className="mt-4">
          <Markdown>{guide.intro}</Markdown>
        </div>
      )}
      <nav aria-label="Questions in this guide" className="my-6 rounded-md border border-slate-200 p-4 dark:border-slate-700">
        <h2 className="font-semibold">In this guide</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {guide.questions.map((q) => (
            <li key={q.id}>
              <a href={`#${q.id}`}>{q.question}</a>
            </li>
          ))}
        </ol>
      </nav>
      {guide.questions.map((q) => (
        <Section key={q.id} id={q.id} title={q.question}>
          <Markdown>{q.answer}</Markdown>
        </Section>
      ))}
      {guide.codes.length > 0 && (
        <Section id="codes" title="Codes in this guide">
          <ul className="space-y-1">
            {guide.codes.map((c) => (
              <li key={c.code}>
                <CodeLink link={c} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="sources" title="Sources and review">
        <p>
          Last reviewed <time dateTime={guide.lastReviewed}>{guide.lastReviewed}</time>.
        </p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {guide.sources.map((s) => (
            <li key={s.title}>
              {s.publisher},{' '}
              {s.url ? (
                <a href={s.url} rel="noopener">
                  {s.title}
                </a>
              ) : (
                s.title
              )}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm">This guide is a reference, not legal or billing advice.</p>
      </Section>
      <CopyLinks />
    </article>
  );
}
