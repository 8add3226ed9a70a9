import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useQuery } from '@tanstack/react-query';
import { conversationQueryOptions } from '../api/get-conversation.ts';
import { ConversationPanel } from '../components/conversation-panel.tsx';

/** The coach's side of one client's conversation (`/coach/clienten/:clientId/berichten`). */
export function Component() {
  const { t } = useTranslation('messages');
  const { clientId = '' } = useParams();
  const { user } = useSession();
  // only for the title: the panel's own observer polls (one timer, not two)
  const query = useQuery({ ...conversationQueryOptions(clientId), enabled: clientId !== '' });
  if (!user) return null;
  return (
    <Page title={query.data ? t('coach.title', { name: query.data.clientName }) : t('title')} back={{ to: `/coach/clienten/${encodeURIComponent(clientId)}`, label: t('coach.back') }}>
      <ConversationPanel clientId={clientId} reader="coach" user={user} link={null} onRemoveLink={() => undefined} />
    </Page>
  );
}
