import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice, SaveError } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { SearchProfileForm, toFormValues } from '../components/search-profile-form.tsx';
import type { SearchProfileInput } from '../schemas.ts';
import { useVacanciesView } from '../use-vacancies-view.ts';

/** The zoekprofiel (`/vacatures/zoekprofiel`): saved through the outbox, offline too. */
export function Component() {
  const { t } = useTranslation('vacancies');
  const view = useVacanciesView();
  const { replace, saving, error, pending } = view.profileWrite;
  const [saved, setSaved] = useState(false);
  const problem = pending.find((r) => r.status === 'rejected' || r.status === 'conflict');
  const latest = pending.at(-1);

  const save = async (input: SearchProfileInput) => {
    const record = await replace(problem?.status === 'rejected' ? problem.id : null, {
      payload: { clientId: view.clientId, input },
      baseVersion: latest?.baseVersion ?? view.profileQuery.data?.version ?? 0,
    });
    if (record) setSaved(true);
  };

  return (
    <Page title={t('profile.title')} lead={t('profile.lead')}>
      {saved ? (
        <Notice kind="success" live="polite" title={t('profile.saved')}>
          <p>
            <Link to="/vacatures">{t('profile.toVacancies')}</Link>
          </p>
        </Notice>
      ) : null}
      <SaveError message={error} />
      <QueryState query={view.profileQuery}>
        {(server) => {
          const { clientId: _c, matchingConsentGivenAt: _g, matchingConsentWithdrawnAt: _w, version: _v, updatedAt: _u, updatedBy: _b, ...input } = server;
          const source = problem ? problem.payload.input : (latest?.payload.input ?? input);
          return (
            <SearchProfileForm
              key={problem?.id ?? 'form'}
              defaultValues={toFormValues(source)}
              serverErrors={problem?.status === 'rejected' ? problem.lastError?.fieldErrors : undefined}
              onSubmit={save}
              submitting={saving}
            />
          );
        }}
      </QueryState>
    </Page>
  );
}
