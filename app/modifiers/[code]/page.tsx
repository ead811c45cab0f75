import type { Metadata } from 'next';
import { CodeArticle } from '@/components/code/code-article';
import { getCodeList, getCodePage } from '@/lib/data';
import { codeMetadata } from '@/lib/metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ code: string }> };

export function generateStaticParams() {
  return getCodeList()
    .filter((c) => c.system === 'modifier')
    .map((c) => ({ code: c.code }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return codeMetadata(getCodePage((await params).code));
}

export default async function ModifierPageRoute({ params }: Props) {
  return <CodeArticle page={getCodePage((await params).code)} />;
}
