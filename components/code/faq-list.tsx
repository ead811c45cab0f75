import { AnchorLink } from '../share/anchor-link';
import { Markdown } from '../markdown';

export function FaqList({ faq }: { faq: { question: string; answer: string }[] }) {
  return (
    <div className="space-y-5">
      {faq.map((item, i) => (
        <div key={item.question} id={`faq-${i + 1}`}>
          <h3 className="font-semibold text-slate-900 dark:text-white">
            {item.question} <AnchorLink href={`#faq-${i + 1}`} label={`Copy link to the question “${item.question}”`} />
          </h3>
          <Markdown>{item.answer}</Markdown>
        </div>
      ))}
    </div>
  );
}
