import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Island, IslandCounter, newIslandCounter } from '@/components/islands/island';
import { SiteDocument } from '@/components/site-document';
import { PageHead, type PageAssets } from './page-head';

export type PageToRender = {
  /** The page's address, "/codes/E0601/": its folder in the export and its canonical URL. */
  path: string;
  title: string;
  description: string;
  type: 'article' | 'website';
  body: () => ReactNode;
};

/** The whole HTML of a page rendered outside Next.js: the site's document around its body, with its islands. */
export function pageHtml(page: PageToRender, assets: PageAssets): string {
  const head = <PageHead title={page.title} description={page.description} path={page.path} type={page.type} assets={assets} />;
  const search = <Island name="header-search" props={{}} />;
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <IslandCounter value={newIslandCounter()}>
      <SiteDocument head={head} search={search}>
        {page.body()}
      </SiteDocument>
    </IslandCounter>,
  )}`;
}
