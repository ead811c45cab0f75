import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { CodeSample } from '@/components/code-sample';
import { Section } from '@/components/section';
import { getCodeList } from '@/lib/data';
import { SITE_URL } from '@/lib/env';
import { embedScriptIntegrity, embedScriptTag, embedStyleHash } from '@/lib/links/embed-script';
import { EMBED_SCRIPT_ALIAS_HREF, EMBED_SCRIPT_HREF } from '@/lib/urls';

export const metadata: Metadata = {
  title: 'Link previews for your site',
  description: 'One script tag turns links to our code pages into links that preview the code, its title, status and summary.',
  alternates: { canonical: '/embed/' },
};

export default function EmbedPage() {
  const list = getCodeList();
  const featured = ['S9986', 'GA', '96999'].flatMap((code) => list.filter((c) => c.code === code));
  const demo = [...(featured.length ? featured : list.slice(0, 3)), ...list.filter((c) => !c.active).slice(0, 1)];
  const integrity = embedScriptIntegrity();
  return (
    <article className="max-w-3xl">
      <Breadcrumbs trail={[{ label: 'Home', href: '/' }]} current="Embed" />
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">Link previews for your site</h1>
      <p className="mt-3 text-lg">
        If your pages link to ours, for example from a payer policy, a forum or training material, one script tag shows a preview card when
        a reader points at or tabs to such a link: the code, its title, its status and a plain-language summary.
      </p>

      <Section id="install" title="Add it">
        <p>Put this anywhere in your page, once:</p>
        <CodeSample label="The script tag">{embedScriptTag(SITE_URL, integrity)}</CodeSample>
        <p className="mt-3">
          The address carries a version and the <code>integrity</code> hash pins its bytes: your browser runs the script only if it is
          exactly the one published here, and <code>{EMBED_SCRIPT_HREF}</code> never changes (a new version gets a new address). Pages that
          load <code>{EMBED_SCRIPT_ALIAS_HREF}</code> keep working; it serves the same script, without the pin.
        </p>
        <p className="mt-3">
          Links to code pages on this site (<code>{`${SITE_URL}/codes/S9986/`}</code>, <code>/modifiers/GA/</code> and the short forms such
          as <code>/s9986</code>) get a preview; other links are left alone. To leave one out, give it the attribute{' '}
          <code>data-codeatlas-no-preview</code>.
        </p>
        <p className="mt-3">
          If your site sends a Content-Security-Policy, allow the script and the data it reads from this site (
          <code>{`script-src ${SITE_URL}`}</code>, <code>{`connect-src ${SITE_URL}`}</code>) and the card&apos;s style sheet by its hash:{' '}
          <code>{`style-src '${embedStyleHash()}'`}</code>.
        </p>
      </Section>

      <Section id="demo" title="Try it">
        <p>Point at one of these links, or move to it with the Tab key. Press Escape to close the card.</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {demo.map((c) => (
            <li key={c.code}>
              <a href={c.href}>{c.code}</a>: {c.title}
            </li>
          ))}
        </ul>
        <script src={EMBED_SCRIPT_HREF} integrity={integrity} crossOrigin="anonymous" async />
      </Section>

      <Section id="how" title="How it behaves">
        <ul className="list-disc space-y-1 pl-6">
          <li>The card opens on hover and on keyboard focus, stays open while the pointer is over it, and closes with Escape.</li>
          <li>
            It follows the WAI-ARIA tooltip pattern: the card has <code>role=&quot;tooltip&quot;</code> and the link points to it with{' '}
            <code>aria-describedby</code>, so screen readers read it as the link&apos;s description.
          </li>
          <li>Its styles live in a shadow root: your styles do not change the card, and the card does not change your page.</li>
          <li>
            It fetches only the <a href="/developers/">JSON twin</a> of each code, when a reader first points at its link. No cookies, no
            tracking, no other requests.
          </li>
          <li>Every value is written as text, never as markup. The script has no dependencies and is under 5 KB compressed.</li>
          <li>
            It finds our site from its own script tag, so load it with a plain <code>&lt;script&gt;</code> tag as above: loaded as a module,
            or by a tag manager that evaluates its text, it does nothing.
          </li>
        </ul>
      </Section>
    </article>
  );
}
