import { CODE_PATHS_HREF } from './code-paths';

/** An address that names a code: /codes/E0601/, /modifiers/ga, /s9986. The code is the first group. */
export const CODE_SHAPED_PATH = /^\/(?:(?:codes|modifiers)\/)?([a-z0-9]{2}|[a-z0-9]{5})\/?$/i;

/**
 * Inline script for the 404 page. Static hosts match paths case-sensitively, so /codes/s9986, /s9986 and /GA land
 * here. It upper-cases the code, looks it up in the shipped code list and goes to the canonical page, keeping the
 * #anchor. It only ever navigates to a path read from that list (and checked against the canonical shape), never
 * to one taken from the address. Hand-written ES5 so it runs before, and without, the framework.
 */
export const NOT_FOUND_FALLBACK = `(function () {
  var m = ${CODE_SHAPED_PATH.toString()}.exec(location.pathname);
  if (!m) return;
  var code = m[1].toUpperCase();
  fetch(${JSON.stringify(CODE_PATHS_HREF)}).then(function (r) { return r.ok ? r.json() : {}; }).then(function (paths) {
    var to = Object.prototype.hasOwnProperty.call(paths, code) ? paths[code] : null;
    if (typeof to === 'string' && /^\\/(codes|modifiers)\\/[A-Z0-9]{2,5}\\/$/.test(to) && to !== location.pathname) {
      location.replace(to + location.search + location.hash);
    }
  }).catch(function () {});
})();`;
