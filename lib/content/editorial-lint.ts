import type { ContentProblem } from './content-error';
import type { LoadedContent } from './load-content';

/** How many items each part of a full code record needs (issue 14's editorial standard). */
const MINIMUMS = { synonyms: 4, plainLanguage: 2, specialties: 1, sitesOfService: 1, relatedCodes: 1 } as const;
const FAQ_RANGE = { min: 3, max: 6 };
/** A sentence this long that two records share is boilerplate, not writing for that code. */
const SHARED_SENTENCE_WORDS = 12;

/** Figures belong to the CMS files; records point to the page section that shows them. */
const FIGURES: readonly [RegExp, string][] = [
  [/\$\s?\d/, 'a dollar amount'],
  [/\b\d+(?:\.\d+)?\s?(?:%|percent\b)/i, 'a percentage'],
  [/\b\d+(?:\.\d+)?\s+(?:total\s+|work\s+)?RVUs?\b|\bRVUs?\s+(?:of|is|are|=)\s+\d/i, 'an RVU figure'],
  [/\bconversion factor\s+(?:of\s+|is\s+|=\s*)?\$?\d/i, 'a conversion factor'],
];

/** `figures`: whether the text sits on a code page beside the CMS figures (guides explain rules, and may quote them). */
type Prose = { file: string; field: string; text: string; figures: boolean };

function proseOf(content: LoadedContent): Prose[] {
  const out: Prose[] = [];
  for (const r of content.codes) {
    const add = (field: string, text: string) => out.push({ file: r.file, field, text, figures: true });
    add('summary', r.summary);
    add('clinicalContext', r.clinicalContext);
    add('billing', r.billing);
    add('documentation', r.documentation);
    if (r.body) add('body', r.body);
    r.faq.forEach((f, i) => add(`faq[${i}].answer`, f.answer));
    r.payerNotes.forEach((n, i) => add(`payerNotes[${i}].note`, n.note));
    r.modifiers.forEach((m, i) => add(`modifiers[${i}].when`, m.when));
    r.modifiersInstead.forEach((m, i) => add(`modifiersInstead[${i}].when`, m.when));
    r.relatedCodes.forEach((c, i) => add(`relatedCodes[${i}].note`, c.note));
  }
  for (const g of content.guides) {
    if (g.intro) out.push({ file: g.file, field: 'body', text: g.intro, figures: false });
    g.questions.forEach((q, i) => out.push({ file: g.file, field: `questions[${i}].answer`, text: q.answer, figures: false }));
  }
  for (const s of content.cpt.summaries) out.push({ file: s.file, field: `${s.field}.summary`, text: s.summary, figures: true });
  return out;
}

/** Sentences of markdown prose, as lowercase words: list items and paragraphs end sentences too. */
function sentences(text: string): string[][] {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/(?<=[.!?])\s+|\n\s*(?:[-*]|\d+\.)\s+|\n{2,}/)
    .map((s) => s.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [])
    .filter((words) => words.length > 0);
}

/**
 * The editorial standard every curated record meets: the required parts, no figures restated from the CMS files,
 * and no sentence of 12 or more words shared between two records.
 */
export function lintEditorial(content: LoadedContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const r of content.codes) {
    for (const [field, min] of Object.entries(MINIMUMS) as [keyof typeof MINIMUMS, number][]) {
      if (r[field].length < min) problems.push({ file: r.file, field, message: `expected at least ${min}, found ${r[field].length}`, fix: `add ${field} that people really use for ${r.code}` });
    }
    if (r.faq.length < FAQ_RANGE.min || r.faq.length > FAQ_RANGE.max) {
      problems.push({ file: r.file, field: 'faq', message: `expected ${FAQ_RANGE.min} to ${FAQ_RANGE.max} questions, found ${r.faq.length}`, fix: 'write questions people ask about this code' });
    }
    if (!r.faq.some((f) => f.audience === 'patient')) {
      problems.push({ file: r.file, field: 'faq', message: 'expected at least one question a patient would ask (audience: patient), found none', fix: 'add one: is it covered, what will I pay, why is it on my bill' });
    }
  }
  const firstSeen = new Map<string, Prose>();
  for (const prose of proseOf(content)) {
    for (const [pattern, what] of prose.figures ? FIGURES : []) {
      const match = pattern.exec(prose.text);
      if (match) problems.push({ file: prose.file, field: prose.field, message: `expected no figures from the CMS files, found ${what} ("${match[0]}")`, fix: 'say which section of the page shows the figure instead of restating it' });
    }
    // Any run of 12 words that two records share, so a shared sentence is found even inside a longer one.
    const reported = new Set<string>();
    for (const words of sentences(prose.text)) {
      for (let at = 0; at + SHARED_SENTENCE_WORDS <= words.length; at++) {
        const key = words.slice(at, at + SHARED_SENTENCE_WORDS).join(' ');
        const first = firstSeen.get(key);
        if (!first) firstSeen.set(key, prose);
        else if (first.file !== prose.file && !reported.has(first.file)) {
          reported.add(first.file);
          problems.push({ file: prose.file, field: prose.field, message: `expected writing for this record, found words also in ${first.file} (${first.field}): "${words.slice(at, at + 8).join(' ')} …"`, fix: 'rewrite the sentence for this record, or link to a guide that says it once' });
        }
      }
    }
  }
  return problems;
}
