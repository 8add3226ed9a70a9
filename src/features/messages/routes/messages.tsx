import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { idSchema } from '#src/shared/lib/domain.ts';
import { ConversationPanel } from '../components/conversation-panel.tsx';
import type { MessageLink } from '../schemas.ts';

/** `?over=activity:<id>` (also cv, portfolioItem, task): what the question is about. */
export function linkFromParam(value: string | null, label: (type: MessageLink['type']) => string): MessageLink | null {
  if (!value) return null;
  const [type, id] = value.split(':');
  if (type !== 'activity' && type !== 'cv' && type !== 'portfolioItem' && type !== 'task') return null;
  const parsed = idSchema.safeParse(id);
  return parsed.success ? { type, id: parsed.data, label: label(type) } : null;
}

/** The client's conversation with their e-coach (`/berichten`). */
export function Component() {
  const { t } = useTranslation('messages');
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const over = params.get('over');
  const link = useMemo(() => linkFromParam(over, (type) => t(`links.${type}`)), [over, t]);
  if (!user?.clientId) return null;
  return (
    <Page title={t('title')} lead={t('lead')}>
      <ConversationPanel
        clientId={user.clientId}
        reader="client"
        user={user}
        link={link}
        onRemoveLink={() => {
          const next = new URLSearchParams(params);
          next.delete('over');
          setParams(next, { replace: true });
        }}
      />
    </Page>
  );
}
