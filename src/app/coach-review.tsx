import { ReviewPage } from '#src/features/coach/components/review-page.tsx';
import { NormHistoryFor } from '#src/features/work-folder/components/norm-history-for.tsx';

/** The three-month review (`/coach/clienten/:clientId/evaluatie`), with the norm history from the werkmap (composed here: features do not import each other). */
export function Component() {
  return <ReviewPage normHistory={(clientId) => <NormHistoryFor clientId={clientId} />} />;
}
