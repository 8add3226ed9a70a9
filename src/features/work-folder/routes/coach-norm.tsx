import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useRecordSync } from '#src/shared/offline/react.ts';
import { useWorkFolder } from '../api/get-work-folder.ts';
import { useWorkFolderConfig } from '../api/get-config.ts';
import { usePutNorm } from '../api/put-norm.ts';
import { NormForm } from '../components/norm-form.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { toNormFormValues } from '../norm-form.ts';
import type { NormInput } from '../schemas.ts';

/** `/coach/clienten/:clientId/werkmap/norm`: the coach sets the norm, holidays and exemptions. */
export function Component() {
  const { t } = useTranslation(['workFolder', 'common', 'sync']);
  const { clientId = '' } = useParams();
  const query = useWorkFolder(clientId);
  const configQuery = useWorkFolderConfig();
  const { replace, pending, saving, error: saveError } = usePutNorm(clientId);
  const latest = pending.at(-1);
  const refused = latest?.status === 'rejected' ? latest : undefined;
  const [saved, setSaved] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const savedSync = useRecordSync(savedId);
  // a new form (with the refused input and the server's errors) each time a save was refused
  const [formKey, setFormKey] = useState(0);

  const save = async (input: NormInput) => {
    setSaved(false);
    // the correction takes the refused one's place atomically
    const record = await replace(refused?.id, { payload: { clientId, input } });
    if (!record) return;
    setSavedId(record.id);
    setSaved(true);
    setFormKey((k) => k + 1);
  };

  const back = `/coach/clienten/${encodeURIComponent(clientId)}/werkmap`;
  return (
    <Page title={query.data ? t('normForm.title', { name: query.data.clientName }) : t('normForm.titleUnknown')} lead={t('normForm.lead')} back={{ to: back, label: t('normForm.back') }}>
      {saveError ? (
        <Notice kind="error" live="assertive">
          <p>{saveError}</p>
        </Notice>
      ) : null}
      {refused ? (
        <Notice kind="error" live="assertive" title={t('normForm.refused')}>
          <p>{t('normForm.refusedBody')}</p>
        </Notice>
      ) : saved ? (
        <Notice kind="success" live="polite" title={t('normForm.saved')}>
          <p data-testid="norm-sync-state">
            <SyncTag sync={savedSync === 'sent' ? 'sent' : 'pending'} />
          </p>
        </Notice>
      ) : null}
      <QueryState query={query}>
        {(folder) =>
          configQuery.data ? (
            <NormForm
              key={`${formKey}-${refused?.id ?? ''}`}
              config={configQuery.data}
              defaultValues={toNormFormValues(latest?.payload.input ?? folder.norm)}
              serverErrors={refused?.lastError?.fieldErrors}
              onSubmit={save}
              submitting={saving}
            />
          ) : null
        }
      </QueryState>
    </Page>
  );
}
