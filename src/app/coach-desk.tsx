import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { CaseloadPage } from '#src/features/coach/components/caseload-page.tsx';
import { MessageToMany } from '#src/features/messages/components/message-to-many.tsx';
import { TaskForMany } from '#src/features/tasks/components/task-for-many.tsx';

/** Loaded with the screen (the bulk forms' texts too), so it renders at once: the route table declares the same (router.tsx, screen-texts.ts). */
const NAMESPACES = ['coach', 'messages', 'tasks'] as const;

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
  return (
    <CaseloadPage
      bulk={({ clients, done }) => (
        <div className="caseload-bulk__actions">
          <details className="disclosure">
            <summary>{t('coach:caseload.bulkMessage')}</summary>
            <MessageToMany clients={clients} sender={{ name: user?.name ?? '', role: 'coach' }} onSent={done} />
          </details>
          <details className="disclosure">
            <summary>{t('coach:caseload.bulkTask')}</summary>
            <TaskForMany clients={clients} onSaved={done} />
          </details>
        </div>
      )}
    />
  );
}
