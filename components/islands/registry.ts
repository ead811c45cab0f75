import type { ComponentProps } from 'react';
import { LocalFigure } from '../place/local-figure';
import { PlacePicker } from '../place/place-picker';
import { HeaderSearchBox } from '../search/header-search-box';
import { CopyLinks } from '../share/copy-links';
import { ShareButtons } from '../share/share-buttons';

/** The interactive parts of a code page, by the name its markup carries (`data-island`). */
export const islands = {
  'header-search': HeaderSearchBox,
  'place-picker': PlacePicker,
  'local-figure': LocalFigure,
  'share-buttons': ShareButtons,
  'copy-links': CopyLinks,
};

export type IslandName = keyof typeof islands;
export type IslandProps<N extends IslandName> = ComponentProps<(typeof islands)[N]>;
