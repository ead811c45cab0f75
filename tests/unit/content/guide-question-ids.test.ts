import { afterEach, describe, expect, it } from 'vitest';
import { contentDir, contentProblems, guideFields, markdown, removeContentDirs } from '@/tests/support/content-dir';

afterEach(removeContentDirs);

const question = (id: string, text: string) => ({ id, question: text, answer: 'An answer.' });
const guide = (questions: unknown[]) => contentDir({ 'guides/abn.md': markdown(guideFields('abn', { questions })) });

describe('guide question ids are anchors: each is unique on its page', () => {
  it('two questions with one id, naming both', () => {
    const root = guide([
      question('what-is-an-abn', 'What is an ABN?'),
      question('who-signs', 'Who signs it?'),
      question('what-is-an-abn', 'When is an ABN needed?'),
    ]);
    expect(contentProblems(root)).toEqual([
      'content/guides/abn.md:12 › questions[2].id: expected each question to have its own id, found "what-is-an-abn" on questions[0] ("What is an ABN?") and questions[2] ("When is an ABN needed?"), which would both be #what-is-an-abn on the page. Fix: give one of them another id (keep the id of the one that other sites may link to)',
    ]);
  });

  it('an id the page already gives one of its own sections', () => {
    expect(contentProblems(guide([question('sources', 'Where do the rules come from?')]))).toEqual([
      'content/guides/abn.md:6 › questions[0].id: expected an id the page does not use already, found "sources" ("Where do the rules come from?"), the id of the page\'s own #sources. Fix: choose another id for this question, such as "sources-question"',
    ]);
  });

  it('distinct ids pass', () => {
    expect(contentProblems(guide([question('one', 'One?'), question('two', 'Two?')]))).toEqual([]);
  });
});
