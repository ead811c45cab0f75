import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { GuideArticle } from '@/components/guide-article';
import { getGuide, getGuides } from '@/lib/data';
import { SITE_IMAGE } from '@/lib/metadata';

export const dynamicParams = false;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return getGuides().map((g) => ({ slug: g.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getGuide((await params).slug);
  if (!guide) return {};
  return {
    title: guide.title,
    description: guide.description,
    alternates: { canonical: guide.href },
    openGraph: { title: guide.title, description: guide.description, url: guide.href, type: 'article', images: [SITE_IMAGE] },
  };
}

export default async function GuideRoute({ params }: Props) {
  const guide = getGuide((await params).slug);
  if (!guide) notFound();
  return <GuideArticle guide={guide} />;
}
