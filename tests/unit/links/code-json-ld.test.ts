import { beforeAll, describe, expect, it } from 'vitest';
import { codeJsonLd, plainText } from '@/lib/links/code-json-ld';
import { buildCuratedSite, type CuratedSite } from './curated-site';

let site: CuratedSite;
beforeAll(async () => {
  site = await buildCuratedSite();
});

type Node = { '@type': string; [field: string]: unknown };
const ofType = (code: string, type: string) =>
  (codeJsonLd(site.page(code))['@graph'] as unknown as Node[]).filter((n) => n['@type'] === type);

describe('code page JSON-LD', () => {
  it('describes the code with its synonyms', () => {
    const [code] = ofType('S9986', 'MedicalCode');
    expect(code).toMatchObject({ codeValue: 'S9986', codingSystem: 'HCPCS Level II', name: site.page('S9986').title });
    expect(code?.alternateName).toEqual(site.page('S9986').curated?.synonyms);
  });

  it('has an FAQPage with every question, answers as plain text', () => {
    const [faq] = ofType('S9986', 'FAQPage');
    const questions = faq?.mainEntity as { name: string; acceptedAnswer: { text: string } }[];
    expect(questions.map((q) => q.name)).toEqual(site.page('S9986').curated?.faq.map((f) => f.question));
    for (const q of questions) expect(q.acceptedAnswer.text).not.toMatch(/\*\*|\]\(/);
  });

  it('has a breadcrumb trail ending at the page, with no repeated step', () => {
    const [trail] = ofType('GA', 'BreadcrumbList');
    const items = trail?.itemListElement as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.name)).toEqual(['CodeAtlas', 'Modifiers', 'GA']);
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items.at(-1)?.item).toMatch(/\/modifiers\/GA\/$/);
  });

  it('plainText drops markdown links and emphasis', () => {
    expect(plainText('Use **GA** with [an ABN](/guides/abn/) and `GZ`\nwhen needed.')).toBe('Use GA with an ABN and GZ when needed.');
  });
});
