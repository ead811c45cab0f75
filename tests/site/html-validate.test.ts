import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../e2e/templates';
import { OUT } from './support';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // how React writes HTML: <meta charSet="utf-8"/>, async="", hidden="", fetchPriority: valid HTML in another style
    'attr-case': 'off',
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // React's own ids (_R_) begin with an underscore, which HTML allows
    'valid-id': ['error', { relaxed: true }],
    // the search box is the WAI-ARIA combobox pattern, whose list of options is a listbox, not a <select>; a wide table
    // or code block scrolls in its own box, a named, focusable role="region" so keyboards can scroll it (a <pre> cannot
    // be a <section>)
    'prefer-native-element': ['error', { exclude: ['listbox', 'region'] }],
    // a page's title is the code and its whole CMS descriptor, which we never cut
    'long-title': 'off',
  },
});

/** The exported file of a site path (the 404 templates are served from 404.html). */
const fileOf = (path: string, status = 200) => (status === 404 ? join(OUT, '404.html') : join(OUT, path.split('?')[0]!, 'index.html'));

describe('html-validate 10 (recommended rules) over every template', () => {
  it.each(TEMPLATES.map((t) => [t.name, fileOf(t.path, t.status)]))('the %s page is valid HTML', async (_name, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
    expect(messages).toEqual([]);
  });
});
