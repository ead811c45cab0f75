import type { GuideRecord } from '../content-schema';
import { GUIDE_PAGE_IDS } from '../links/section-anchors';
import type { ContentProblem } from './content-error';

/** 1-based lines of the `id: <id>` entries in the file, in order. */
function linesOfId(raw: string, id: string): number[] {
  const pattern = new RegExp(`^\\s*(?:-\\s+)?id:\\s*(["']?)${id}\\1\\s*$`);
  return raw.split('\n').flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
}

/** Every question of a guide has its own id, which the page uses as its anchor: two alike would be two elements with one id. */
export function checkQuestionIds(file: string, raw: string, questions: GuideRecord['questions']): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const first = new Map<string, number>();
  questions.forEach(({ id, question }, i) => {
    const field = `questions[${i}].id`;
    const earlier = first.get(id);
    const line = linesOfId(raw, id)[questions.slice(0, i).filter((q) => q.id === id).length];
    if (GUIDE_PAGE_IDS.includes(id)) {
      problems.push({
        file,
        line,
        field,
        message: `expected an id the page does not use already, found "${id}" ("${question}"), the id of the page's own #${id}`,
        fix: `choose another id for this question, such as "${id}-question"`,
      });
    } else if (earlier !== undefined) {
      problems.push({
        file,
        line,
        field,
        message: `expected each question to have its own id, found "${id}" on questions[${earlier}] ("${questions[earlier]!.question}") and questions[${i}] ("${question}"), which would both be #${id} on the page`,
        fix: 'give one of them another id (keep the id of the one that other sites may link to)',
      });
    } else first.set(id, i);
  });
  return problems;
}
