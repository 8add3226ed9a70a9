import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { changesQueryOptions } from '../api/get-changes.ts';
import type { ChangeLogEntry } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

const KNOWN_KINDS = ['profile', 'activity', 'proof', 'submission', 'feedback', 'norm', 'intake-draft', 'intake-submission', 'intake-decision'];

/** "Wie heeft wat gewijzigd": newest first, in words, with who made each change and for whom. */
export function ChangeHistory({ clientId, viewer }: { clientId: string; viewer: 'client' | 'staff' }) {
  const { t } = useTranslation('myData');
  const query = useQuery(changesQueryOptions(clientId));
  const when = useFormatDate({ time: true });
  const who = (entry: ChangeLogEntry) => {
    if (entry.actorRole === 'client') return viewer === 'client' ? t('changes.byYou') : t('changes.byClient', { name: entry.actorName });
    if (entry.actorRole === 'helper') return viewer === 'client' ? t('changes.byHelperForYou', { name: entry.actorName }) : t('changes.byHelperForClient', { name: entry.actorName });
    return t('changes.byCoach', { name: entry.actorName });
  };
  const what = (entry: ChangeLogEntry) => (KNOWN_KINDS.includes(entry.summary) ? t(`changes.kind.${entry.summary}` as 'changes.kind.profile') : t('changes.kind.other'));
  return (
    <QueryState query={query}>
      {(changes) =>
        changes.length === 0 ? (
          <p>{t('changes.none')}</p>
        ) : (
          <ul className="history-list" aria-label={t('changes.title')}>
            {changes.map((entry) => (
              <li key={entry.id} className="history-list__item" data-testid="change">
                <p>
                  <strong>{what(entry)}</strong>
                </p>
                <p dir="auto">{who(entry)}</p>
                <p className="history-list__when">
                  <time dateTime={entry.at}>{when(entry.at)}</time>
                </p>
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
