import { SITE_URL } from '@/lib/env';
import { pageTitle, SITE_IMAGE } from '@/lib/metadata';
import { SITE_NAME } from '@/lib/site';
import type { ShellAssets } from './shell-assets';

/** What every page rendered outside Next.js loads: the shared head tags, and the script that hydrates its islands. */
export type PageAssets = { shell: ShellAssets; script: string };

export type PageHeadProps = {
  title: string;
  description: string;
  /** The page's own path, "/codes/E0601/": its canonical address. */
  path: string;
  type: 'article' | 'website';
  assets: PageAssets;
};

/**
 * The head of a page rendered outside Next.js: what the root layout and a page's metadata give Next's pages (title,
 * description, canonical address, link-preview card), with the shared tags of the Next.js export. X/Twitter reads the
 * og: tags, so only the card type is named for it. The image's size is left to the reader of the card.
 */
export function PageHead({ title, description, path, type, assets: { shell, script } }: PageHeadProps) {
  const url = `${SITE_URL}${path}`;
  const og: [string, string][] = [
    ['og:title', title],
    ['og:description', description],
    ['og:url', url],
    ['og:site_name', SITE_NAME],
    ['og:image', `${SITE_URL}${SITE_IMAGE.url}`],
    ['og:image:alt', SITE_IMAGE.alt],
    ['og:type', type],
  ];
  return (
    <>
      <meta charSet="utf-8" />
      {shell.metas.map((attributes, i) => (
        <meta key={`meta-${i}`} {...attributes} />
      ))}
      <title>{pageTitle(title)}</title>
      <meta name="description" content={description} />
      {shell.links.map((attributes, i) => (
        <link key={`link-${i}`} {...attributes} />
      ))}
      <link rel="canonical" href={url} />
      {og.map(([property, content]) => (
        <meta key={property} property={property} content={content} />
      ))}
      <meta name="twitter:card" content="summary_large_image" />
      <script type="module" src={script} defer />
    </>
  );
}
