import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { changesQueryOptions } from '../api/get-changes.ts';
import type { ChangeLogEntry } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

const KNOWN_KINDS = ['profile', 'activity', 'proof', 'submission', 'feedback', 'norm', 'intake-draft', 'intake-submission', 'intake-decision'];

/** One line of a history list: what happened (the children) and, last, when. */
export function HistoryItem({ testId, at, children }: { testId: string; at: string; children: ReactNode }) {
  const when = useFormatDate({ time: true });
  return (
    <li className="history-list__item" data-testid={testId}>
      {children}
      <p className="history-list__when">
        <time dateTime={at}>{when(at)}</time>
      </p>
    </li>
  );
}

/** "Wie heeft wat gewijzigd": newest first, in words, with who made each change and for whom. */
export function ChangeHistory({ clientId, viewer }: { clientId: string; viewer: 'client' | 'staff' }) {
  const { t } = useTranslation('myData');
  const query = useQuery(changesQueryOptions(clientId));
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
              <HistoryItem key={entry.id} testId="change" at={entry.at}>
                <p>
                  <strong>{what(entry)}</strong>
                </p>
                <p dir="auto">{who(entry)}</p>
              </HistoryItem>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
