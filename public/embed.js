/*! CodeAtlas link previews. Add the script tag from /embed/ on our site (src https://<our site>/embed/v1.js) to a
    page: links to our code pages then show a preview card on hover and on keyboard focus. */
(function () {
  'use strict';
  // Our origin is where this very script came from. currentScript is null only when the file is not run from its own
  // classic <script> element (type="module", a shadow tree, a loader that evaluates the text): the script then stays
  // inactive rather than guess from other script tags, which may belong to another site.
  var script = document.currentScript;
  if (!script || !script.src || window.__codeAtlasEmbed) return;
  window.__codeAtlasEmbed = true;

  var origin = new URL(script.src, location.href).origin;
  // /codes/S9986/, /modifiers/GA/ and the short forms /S9986, /ga: HCPCS, CPT or modifier shaped, any case.
  var PAGE = /^\/(?:(?:codes|modifiers)\/)?([a-v]\d{4}|\d{4}[\dftu]|[a-z\d]{2})\/?$/i;
  var SYSTEMS = { hcpcs: 'HCPCS Level II', cpt: 'CPT', modifier: 'Modifier' };
  var CSS =
    ':host{all:initial}' +
    '.card{box-sizing:border-box;width:min(340px,calc(100vw - 16px));padding:12px 14px;border:1px solid #94a3b8;border-radius:8px;' +
    'background:#fff;color:#0f172a;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 8px 24px rgba(15,23,42,.2)}' +
    '.head{display:flex;gap:8px;align-items:center}' +
    '.code{font:600 16px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}' +
    '.status{border-radius:999px;padding:1px 8px;font-size:12px;font-weight:600;background:#d1fae5;color:#064e3b}' +
    '.status.terminated{background:#fee2e2;color:#7f1d1d}.status:empty{display:none}' +
    '.title{margin-top:4px;font-weight:600}.summary{margin-top:6px;color:#334155}.summary:empty{display:none}' +
    '.foot{margin-top:8px;font-size:12px;color:#475569}' +
    '@media (prefers-color-scheme:dark){.card{background:#0f172a;color:#f1f5f9;border-color:#64748b}.summary{color:#cbd5e1}' +
    '.foot{color:#94a3b8}.status{background:#064e3b;color:#d1fae5}.status.terminated{background:#7f1d1d;color:#fee2e2}}';

  var id = 'codeatlas-preview-' + Math.random().toString(36).slice(2, 8);
  var cache = {};
  var host, parts, current, dismissed, timer;

  function codeOf(link) {
    var url;
    try {
      url = new URL(link.href, location.href);
    } catch {
      return null;
    }
    var match = url.origin === origin && PAGE.exec(url.pathname);
    return match ? match[1].toUpperCase() : null;
  }

  function load(code) {
    if (!cache[code]) {
      cache[code] = fetch(origin + '/api/codes/' + code + '.json')
        .then(function (r) {
          return r.ok ? r.json() : null;
        })
        .catch(function () {
          return null;
        });
    }
    return cache[code];
  }

  function el(parent, className) {
    var node = document.createElement('div');
    node.className = className;
    parent.appendChild(node);
    return node;
  }

  function ensureHost() {
    if (host) return;
    // A custom element, so the page's div/span rules do not reach it; inline styles beat the rest.
    host = document.createElement('codeatlas-preview');
    host.id = id;
    host.setAttribute('role', 'tooltip');
    host.style.cssText = 'all:initial;position:absolute;z-index:2147483647;display:none';
    var root = host.attachShadow({ mode: 'open' });
    var style = document.createElement('style');
    style.textContent = CSS;
    root.appendChild(style);
    var card = el(root, 'card');
    var head = el(card, 'head');
    parts = {
      code: el(head, 'code'),
      status: el(head, 'status'),
      title: el(card, 'title'),
      summary: el(card, 'summary'),
      foot: el(card, 'foot'),
    };
    document.body.appendChild(host);
  }

  // Text only: every value is set with textContent, never parsed as markup.
  function render(code, data) {
    var summary = data ? String(data.summary || (data.descriptor && data.descriptor.long) || '') : '';
    parts.code.textContent = code;
    parts.status.textContent = data ? (data.status === 'terminated' ? 'Terminated' : 'Active') : '';
    parts.status.className = 'status' + (data && data.status === 'terminated' ? ' terminated' : '');
    parts.title.textContent = data === undefined ? 'Loading…' : data ? String(data.title) : 'No preview available.';
    parts.summary.textContent = summary.length > 280 ? summary.slice(0, 279) + '…' : summary;
    parts.foot.textContent = 'CodeAtlas' + (data && SYSTEMS[data.system] ? ' · ' + SYSTEMS[data.system] : '');
  }

  function place(link) {
    var rect = link.getBoundingClientRect();
    var width = host.offsetWidth;
    var height = host.offsetHeight;
    var top = rect.bottom + 6;
    if (top + height > innerHeight && rect.top - height - 6 > 0) top = rect.top - height - 6;
    host.style.left = scrollX + Math.max(8, Math.min(rect.left, innerWidth - width - 8)) + 'px';
    host.style.top = scrollY + top + 'px';
  }

  function describe(link, on) {
    var ids = (link.getAttribute('aria-describedby') || '').split(' ').filter(function (x) {
      return x && x !== id;
    });
    if (on) ids.push(id);
    if (ids.length) link.setAttribute('aria-describedby', ids.join(' '));
    else link.removeAttribute('aria-describedby');
  }

  function show(link, code) {
    clearTimeout(timer);
    if (link === current || link === dismissed) return;
    hide();
    ensureHost();
    current = link;
    render(code, undefined);
    host.style.display = 'block';
    place(link);
    describe(link, true);
    load(code).then(function (data) {
      if (current !== link) return;
      render(code, data);
      place(link);
    });
  }

  function hide() {
    clearTimeout(timer);
    if (!current) return;
    describe(current, false);
    host.style.display = 'none';
    current = null;
  }

  function linkOf(target) {
    var link = target && target.closest ? target.closest('a[href]:not([data-codeatlas-no-preview])') : null;
    var code = link && codeOf(link);
    return code ? { link: link, code: code } : null;
  }

  document.addEventListener('mouseover', function (event) {
    if (host && event.target === host) return clearTimeout(timer);
    var found = linkOf(event.target);
    if (found) show(found.link, found.code);
  });
  document.addEventListener('mouseout', function (event) {
    var from = event.target;
    var to = event.relatedTarget;
    if (from === host || (current && current.contains(from))) {
      if (to && (to === host || (current && current.contains(to)))) return;
      if (dismissed && dismissed.contains(from)) dismissed = null;
      timer = setTimeout(hide, 300);
    } else if (dismissed && dismissed.contains(from) && !(to && dismissed.contains(to))) {
      dismissed = null;
    }
  });
  document.addEventListener('focusin', function (event) {
    var found = linkOf(event.target);
    if (found) show(found.link, found.code);
  });
  document.addEventListener('focusout', function (event) {
    if (event.target === dismissed) dismissed = null;
    if (event.target === current) hide();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && current) {
      dismissed = current;
      hide();
    }
  });
})();
