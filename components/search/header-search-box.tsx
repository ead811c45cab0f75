import { SearchBox } from './search-box';

/** The search box in every page's header: the one that takes the "/" shortcut. */
export function HeaderSearchBox() {
  return <SearchBox id="site-search" />;
}
