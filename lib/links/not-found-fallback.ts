import { CODE_PATHS_HREF } from './code-paths';

/** An address that names a code: /codes/E0601/, /modifiers/ga, /s9986. The code is the first group. */
export const CODE_SHAPED_PATH = /^\/(?:(?:codes|modifiers)\/)?([a-z0-9]{2}|[a-z0-9]{5})\/?$/i;

/** An address of a browse range, which may have been folded into the page above it (lib/pipeline/browse.ts). */
const RANGE_SHAPED_PATH = /^\/codes\/(?:series|cpt)\/[a-z0-9-]+\/[a-z0-9-]+\/?$/i;

/** Where the script may send a reader: a code page, or a series, section or range page. Nothing else. */
const SAFE_TARGET = /^\/(?:(?:codes|modifiers)\/[A-Z0-9]{2,5}|codes\/(?:series|cpt)\/[a-z0-9-]+(?:\/[a-z0-9-]+)?)\/$/;

/**
 * Inline script for the 404 page. Static hosts match paths case-sensitively, so /codes/s9986, /s9986 and /GA land
 * here. It upper-cases the code, looks it up in the shipped code list and goes to the canonical page, keeping the
 * #anchor; the address of a folded browse range is looked up in the same list. It only ever navigates to a path read
 * from that list (and checked against the canonical shapes), never to one taken from the address. Hand-written ES5 so
 * it runs before, and without, the framework.
 */
export const NOT_FOUND_FALLBACK = `(function () {
  var path = location.pathname;
  var m = ${CODE_SHAPED_PATH.toString()}.exec(path);
  if (!m && !${RANGE_SHAPED_PATH.toString()}.test(path)) return;
  var key = m ? m[1].toUpperCase() : path.toLowerCase().replace(/\\/?$/, '/');
  fetch(${JSON.stringify(CODE_PATHS_HREF)}).then(function (r) { return r.ok ? r.json() : {}; }).then(function (paths) {
    var to = Object.prototype.hasOwnProperty.call(paths, key) ? paths[key] : null;
    if (typeof to === 'string' && ${SAFE_TARGET.toString()}.test(to) && to !== path) {
      location.replace(to + location.search + location.hash);
    }
  }).catch(function () {});
})();`;
