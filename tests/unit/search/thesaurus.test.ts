import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadThesaurus, parseThesaurusFile, ThesaurusError } from '@/lib/content/load-thesaurus';
import { formatProblem } from '@/lib/errors';
import { compileThesaurus, phraseKey, thesaurusLookup } from '@/lib/search/thesaurus';
import { buildSearchPayload } from '@/lib/search/payload';
import { createSearcher } from '@/lib/search/searcher';
import { deadMeanings } from '@/tests/support/thesaurus-coverage';
import { catalogueEntries } from '@/tests/support/catalogue';

const fixtures = join(__dirname, 'fixtures');
const parse = (text: string, name: string) => {
  const { entries, problems } = parseThesaurusFile(text, name);
  return { entries, problems: problems.map(formatProblem) };
};
const bad = (name: string) => parse(readFileSync(join(fixtures, 'thesaurus-bad', name), 'utf8'), `bad/${name}`);

describe('loading the thesaurus', () => {
  it('reads every file in content/thesaurus', () => {
    const thesaurus = loadThesaurus();
    expect(thesaurus.entries.length).toBeGreaterThan(500);
    const kinds = new Set(thesaurus.entries.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['abbreviation', 'brand', 'lay', 'spelling']);
    const sources = new Set(thesaurus.entries.map((e) => e.source));
    expect(sources).toContain('content/thesaurus/drugs.md');
  });

  it('gives entries the file kind unless they name their own', () => {
    const { entries, problems } = parseThesaurusFile(readFileSync(join(fixtures, 'thesaurus-good/sample.md'), 'utf8'), 'sample.md');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.terms[0], e.kind])).toEqual([
      ['bp cuff', 'lay'],
      ['keytruda', 'brand'],
    ]);
  });

  it('names the file and field of each bad entry', () => {
    expect(bad('missing-means.md').problems).toMatchInlineSnapshot(`
      [
        "bad/missing-means.md:3 › entries[0].means: expected a list, found nothing. Fix: add this field; see lib/content-schema.ts for what it holds",
        "bad/missing-means.md:3 › entries[1].means: expected at least one meaning, found an empty list",
      ]
    `);
    expect(bad('unknown-field.md').problems).toMatchInlineSnapshot(`
      [
        "bad/unknown-field.md:3 › entries[0].mean: unknown field "mean". Fix: remove the field, or check its spelling against lib/content-schema.ts",
      ]
    `);
    expect(bad('wrong-types.md').problems).toMatchInlineSnapshot(`
      [
        "bad/wrong-types.md:3 › kind: expected one of abbreviation, lay, brand, spelling, found "slang"",
        "bad/wrong-types.md:4 › entries[0].terms[0]: expected a phrase as text, found the number 2",
      ]
    `);
    expect(bad('duplicate.md').problems).toMatchInlineSnapshot(`
      [
        "bad/duplicate.md › entries[1].terms[0]: "Walkers" is already listed at entries[0].terms[0]; merge the two entries",
      ]
    `);
    expect(bad('no-front-matter.md').problems).toMatchInlineSnapshot(`
      [
        "bad/no-front-matter.md:1: expected the file to start with a "---" line opening the front matter. Fix: start the file with "---", the YAML fields, then "---"",
      ]
    `);
  });

  it('reports words that are only stopwords', () => {
    const { problems } = parse('---\ntitle: t\nentries:\n  - terms: [the of]\n    means: [x ray]\n---\n', 'stop.md');
    expect(problems).toEqual(['stop.md › entries[0].terms[0]: "the of" has no searchable words (only stopwords or punctuation)']);
  });

  it('never evaluates JavaScript front matter', () => {
    const result = bad('javascript.md');
    expect(result.problems).toEqual([
      'bad/javascript.md:1: expected YAML front matter, found "---javascript" front matter, which is never run. Fix: write the front matter in YAML after a plain "---" line',
    ]);
    expect((globalThis as Record<string, unknown>).__thesaurusEvaluated).toBeUndefined();
  });

  it('throws one error listing every problem in a folder', () => {
    let error: unknown;
    try {
      loadThesaurus(join(fixtures, 'thesaurus-bad'));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThesaurusError);
    const problems = (error as ThesaurusError).problems;
    expect(problems.length).toBe(8);
    expect((error as Error).message).toMatch(
      /^The thesaurus has 8 problems:\n {2}.*tests\/unit\/search\/fixtures\/thesaurus-bad\/duplicate\.md › entries\[1\]/,
    );
  });

  it('says when the folder is missing', () => {
    expect(() => loadThesaurus('no/such/dir')).toThrow('no/such/dir: cannot read the folder (ENOENT)');
  });
});

describe('expansion', () => {
  it('keys phrases the way queries are analysed', () => {
    expect(phraseKey('Taxi to the appointments')).toBe('taxi appointment');
    expect(phraseKey('B-12 shot')).toBe('b12 shot');
  });

  it('maps a term to its meanings and to the other terms of its entry', () => {
    const lookup = thesaurusLookup(
      compileThesaurus({ entries: [{ terms: ['bp cuff', 'blood pressure cuff'], means: ['sphygmomanometer'], kind: 'lay', source: 't' }] }),
    );
    expect(lookup.get('bp cuff')).toEqual([['sphygmomanometer'], ['blood', 'pressure', 'cuff']]);
    expect(lookup.get('blood pressure cuff')).toEqual([['sphygmomanometer'], ['bp', 'cuff']]);
  });

  it('finds codes through lay, brand, abbreviation and British terms', async () => {
    const searcher = createSearcher(buildSearchPayload(await catalogueEntries({ guides: false }), loadThesaurus()));
    const top = (q: string, k = 5) => searcher.search(q, k).map((r) => r.code);
    expect(top('keytruda', 3)).toContain('J9271');
    expect(top('zofran injection', 3)).toContain('J2405');
    expect(top('hoyer lift')).toContain('E0630');
    expect(top('o2 concentrator')).toEqual(expect.arrayContaining(['E1390']));
    expect(top('paediatric wheelchair', 10).some((c) => /^E1|^K/.test(c))).toBe(true);
    // a ride to an appointment: the taxi code (A0100) or Medicaid's non-emergency transport trip (T2003) first
    expect(top('uber to the doctor')[0]).toMatch(/^(?:A0100|T2003)$/);
  });

  it('only maps to words the catalogue uses', async () => {
    const dead = deadMeanings(await catalogueEntries(), loadThesaurus());
    expect(dead.map((d) => `${d.source}: ${d.term} → ${d.meaning}`)).toEqual([]);
  });
});
