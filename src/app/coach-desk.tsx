import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { Loading } from '#src/shared/ui/loading.tsx';
import { CaseloadPage } from '#src/features/coach/components/caseload-page.tsx';
import { afterFirstScreen } from './first-screen.ts';

/** Loaded with the screen (the bulk forms' texts too), so it renders at once: the route table declares the same (router.tsx, screen-texts.ts). */
const NAMESPACES = ['coach', 'messages', 'tasks'] as const;

/**
 * The two bulk forms (with the form library and the outbox's kinds) are not on the path of the
 * caseload's first paint (issue 15: a full page load of /coach waited for their eight chunks, on
 * HTTP/1.1 six at a time): loaded once the screen is painted and the browser idle; for offline use
 * their files are fetched into the cache with the coach's screens (src/app/warm-screens.ts).
 */
const loadMessageToMany = () => import('#src/features/messages/components/message-to-many.tsx');
const loadTaskForMany = () => import('#src/features/tasks/components/task-for-many.tsx');
const MessageToMany = lazy(() => loadMessageToMany().then((m) => ({ default: m.MessageToMany })));
const TaskForMany = lazy(() => loadTaskForMany().then((m) => ({ default: m.TaskForMany })));

function warm(): Promise<unknown> {
  return Promise.all([loadMessageToMany(), loadTaskForMany()]);
}

/**
 * The coach's desk (`/coach`): the caseload (coach feature) with, for the selected clients, one
 * message (messages feature) or one task (tasks feature) for all. Composed here, because a
 * feature does not import another.
 */
export function Component() {
  // the bulk forms' texts are loaded with the page: loading them on the first selection would
  // suspend that render and the click would seem lost (the checkbox stayed empty)
  const { t } = useTranslation(NAMESPACES);
  const { user } = useSession();
  useEffect(() => {
    // once the first screen (all its rows) is painted: the forms' chunks import the outbox kinds,
    // whose evaluation otherwise fell in the render of the caseload's other rows (issue 15)
    void afterFirstScreen()
      .then(warm)
      .catch(() => undefined);
  }, []);
  return (
    <CaseloadPage
      bulk={({ clients, done }) => (
        <div className="caseload-bulk__actions">
          <details className="disclosure">
            <summary>{t('coach:caseload.bulkMessage')}</summary>
            <Suspense fallback={<Loading />}>
              <MessageToMany clients={clients} sender={{ name: user?.name ?? '', role: 'coach' }} onSent={done} />
            </Suspense>
          </details>
          <details className="disclosure">
            <summary>{t('coach:caseload.bulkTask')}</summary>
            <Suspense fallback={<Loading />}>
              <TaskForMany clients={clients} onSaved={done} />
            </Suspense>
          </details>
        </div>
      )}
    />
  );
}
