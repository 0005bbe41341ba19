import { use } from 'react';
import { Link } from 'react-router-dom';
import { pageDataUrl, questionPath } from '../../../shared/routes';
import type { QuestionSlug } from '../../../shared/slugs';
import { ProseHtml } from '../../components/ProseHtml';
import { pageDataCache } from '../../data/page-data-client';

/** The back of a review card: the question's short answer, from its page data. Suspends while it loads. */
export function ReviewAnswer({ slug }: { slug: QuestionSlug }) {
  const page = use(pageDataCache.get(pageDataUrl(questionPath(slug))!));
  if (page?.kind !== 'question') return <p>This question is no longer on the site.</p>;
  return (
    <>
      <ProseHtml as="div" className="review-card__summary" html={page.summaryHtml} />
      <p>
        <Link to={questionPath(slug)}>Read the full answer</Link>
      </p>
    </>
  );
}

/** Starts loading a card's answer before it is revealed. */
export function preloadReviewAnswer(slug: QuestionSlug): void {
  pageDataCache.get(pageDataUrl(questionPath(slug))!).catch(() => undefined);
}
