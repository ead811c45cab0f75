/**
 * The browser script of the pages rendered outside Next.js: hydrates each island (island.tsx) with the props in the
 * data block after it and the id prefix of its place in the page. Bundled by lib/render/bundle-scripts.ts.
 */
import { createElement, type ComponentType } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { islandPrefix } from './island-prefix';
import { islands, type IslandName } from './registry';

document.querySelectorAll<HTMLElement>('[data-island]').forEach((element, n) => {
  const component = islands[element.dataset.island as IslandName] as ComponentType<object>;
  const data = element.nextElementSibling;
  const props = (data?.matches('script[data-island-props]') ? JSON.parse(data.textContent ?? '{}') : {}) as object;
  hydrateRoot(element, createElement(component, props), { identifierPrefix: islandPrefix(n) });
});
