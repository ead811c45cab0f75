import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery, stem, tokenize } from '@/lib/search/normalize';
import { boundedEditDistance } from '@/lib/text/edit-distance';
import { americanSpellings } from '@/lib/search/text-index';

const pick = (q: string) => {
  const { codes, modifiers, prefix, codeOnly, terms } = normalizeQuery(q);
  return { codes, modifiers, prefix, codeOnly, terms };
};

describe('normalizeQuery: codes', () => {
  it.each([
    ['S9986', ['S9986']],
    ['s9986', ['S9986']],
    ['  S 9986 ', ['S9986']],
    ['s-9986', ['S9986']],
    ['J 9271', ['J9271']],
    ['96999', ['96999']],
    ['0001f', ['0001F']],
    ['Ｓ９９８６', ['S9986']],
  ])('%j is the code %j', (q, codes) => {
    expect(pick(q)).toMatchObject({ codes, modifiers: [], prefix: null, codeOnly: true });
  });

  it.each([
    ['S9986-GA', ['GA']],
    ['s9986 ga', ['GA']],
    ['S9986GA', ['GA']],
    ['s9986-ga-gy', ['GA', 'GY']],
    ['96999-25', ['25']],
  ])('%j carries modifiers %j', (q, modifiers) => {
    expect(pick(q)).toMatchObject({ codes: [q.slice(0, 5).toUpperCase()], modifiers, codeOnly: true });
  });

  it.each([
    ['E26', 'E26'],
    ['a46', 'A46'],
    ['e 26', 'E26'],
    ['969', '969'],
    ['j', 'J'],
  ])('%j is the code prefix %j', (q, prefix) => {
    expect(pick(q)).toMatchObject({ codes: [], prefix, codeOnly: true });
  });

  it('treats two characters as a possible modifier', () => {
    expect(pick('ga')).toMatchObject({ codes: ['GA'], codeOnly: true });
  });

  it('finds codes inside a longer query', () => {
    expect(pick('e0110 crutches')).toMatchObject({ codes: ['E0110'], codeOnly: false, terms: ['e0110', 'crutch'] });
    expect(pick('what is J-9271 for')).toMatchObject({ codes: ['J9271'], codeOnly: false });
  });

  it('does not mistake words for codes', () => {
    expect(pick('b12 shot')).toMatchObject({ codes: [], prefix: null, codeOnly: false, terms: ['b12', 'shot'] });
    expect(pick('walker')).toMatchObject({ codes: [], prefix: null, codeOnly: false });
  });
});

describe('normalizeQuery: words', () => {
  it('folds case, accents and punctuation and drops stopwords and noise', () => {
    expect(normalizeQuery('  Wheel-Chair   CUSHIONS, for the Café!').words).toEqual(['wheel', 'chair', 'cushions', 'cafe']);
    expect(normalizeQuery('hcpcs code for a walker').terms).toEqual(['walker']);
  });

  it('knows whether the last word is still being typed', () => {
    expect(normalizeQuery('oxygen conc').partialLast).toBe(true);
    expect(normalizeQuery('oxygen conc ').partialLast).toBe(false);
  });

  it('keeps a query made only of stopwords searchable', () => {
    expect(normalizeQuery('not for').words).toEqual(['not']);
    expect(normalizeQuery('to be or').words).toEqual(['to', 'be', 'or']);
  });

  it('joins a lone letter hyphenated to a number', () => {
    expect(tokenize('Vitamin B-12, 1,000 mcg; O-2')).toEqual(['vitamin', 'b12', '1', '000', 'mcg', 'o2']);
  });

  it('stems plurals', () => {
    expect(['crutches', 'batteries', 'walkers', 'glasses', 'lenses', 'diabetes', 'status', 'gas'].map(stem)).toEqual([
      'crutch',
      'battery',
      'walker',
      'glass',
      'lense',
      'diabete',
      'status',
      'gas',
    ]);
  });
});

describe('hostile input', () => {
  it('caps the length and stays fast', () => {
    const huge = 'a'.repeat(10_000);
    const t = performance.now();
    const q = normalizeQuery(huge);
    expect(performance.now() - t).toBeLessThan(20);
    expect(q.text.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it.each(['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '\u0000\u202e\ud83d\ude00', '\ud800', '%00%27', "'; DROP TABLE codes; --"])(
    'handles %j',
    (q) => {
      const n = normalizeQuery(q);
      expect(n.words.every((w) => /^[a-z0-9]+$/.test(w))).toBe(true);
    },
  );

  it('survives non-strings from untyped callers', () => {
    expect(normalizeQuery(undefined as unknown as string).words).toEqual([]);
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(boundedEditDistance('wheelchiar', 'wheelchair', 2)).toBe(1);
    expect(boundedEditDistance('oxigen', 'oxygen', 1)).toBe(1);
    expect(boundedEditDistance('pembrolizumb', 'pembrolizumab', 2)).toBe(1);
    expect(boundedEditDistance('walker', 'wander', 1)).toBe(2);
  });

  it('suggests American spellings', () => {
    expect(americanSpellings('nebuliser')).toContain('nebulizer');
    expect(americanSpellings('haemoglobin')).toContain('hemoglobin');
    expect(americanSpellings('anaesthetised')).toContain('anesthetized');
  });
});
