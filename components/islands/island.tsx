import { createContext, createElement, useContext, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { serializeJsonLd } from '@/lib/links/json-ld';
import { islandPrefix } from './island-prefix';
import { islands, type IslandName, type IslandProps } from './registry';

/** Counts a page's islands in document order (a page renders in one synchronous pass); hydrate.ts counts the same way. */
export const IslandCounter = createContext(newIslandCounter());

/** A fresh count, for each page. */
export function newIslandCounter(): { take: () => number } {
  let next = 0;
  return { take: () => next++ };
}

/**
 * An interactive part of a page rendered outside Next.js (lib/render/page-html.tsx): its markup, rendered as a root of
 * its own so that hydrate.ts can hydrate it in the browser, and its props as a JSON data block right after it (escaped
 * as JSON-LD is; a data block is not run, so the page's script policy needs no hash for it). The markup is React's
 * own output for our component, never content text.
 */
export function Island<N extends IslandName>({ name, props }: { name: N; props: IslandProps<N> }) {
  const counter = useContext(IslandCounter);
  const html = renderToString(createElement(islands[name] as ComponentType<object>, props as object), {
    identifierPrefix: islandPrefix(counter.take()),
  });
  return (
    <>
      <div data-island={name} dangerouslySetInnerHTML={{ __html: html }} />
      {Object.keys(props as object).length > 0 && (
        <script type="application/json" data-island-props dangerouslySetInnerHTML={{ __html: serializeJsonLd(props) }} />
      )}
    </>
  );
}
