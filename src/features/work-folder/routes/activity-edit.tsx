import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { ActivityForm } from '../components/activity-form.tsx';
import { toFormValues } from '../form.ts';
import { usePutActivity } from '../api/put-activity.ts';
import { useUploadProof } from '../api/upload-proof.ts';
import { ProofPicker, useProofPicker } from '../components/proof-picker.tsx';
import { useWorkFolderView } from '../use-work-folder-view.ts';
import type { ActivityInput } from '../schemas.ts';
import { newId } from '#src/shared/lib/ids.ts';


/** "Nieuwe activiteit" (`/werkmap/nieuw`) and "Activiteit wijzigen" (`/werkmap/:activityId/wijzigen`). */
export function Component() {
  const { t } = useTranslation(['workFolder', 'common', 'sync']);
  const { activityId: editingId } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const { query, configQuery, activities } = useWorkFolderView(clientId, user);
  // the id is made once, on the device, before anything is sent
  const [newActivityId] = useState(newId);
  const activityId = editingId ?? newActivityId;
  const existing = editingId ? activities.find((a) => a.id === editingId) : undefined;
  const { replace, saving, error: saveError } = usePutActivity();
  const problem = existing?.pendingRecord && existing.sync === 'problem' ? existing.pendingRecord : undefined;

  const picker = useProofPicker();
  const uploadProof = useUploadProof();

  const save = async (input: ActivityInput) => {
    // a correction takes the refused change's place atomically: never a moment with nothing waiting
    const record = await replace(problem?.status === 'rejected' ? problem.id : null, {
      payload: { clientId, activityId, input },
      // a create is made on nothing (0); an edit on the version it was edited on (rebased by the outbox)
      baseVersion: existing ? (existing.pendingRecord?.baseVersion ?? existing.version) : 0,
    });
    if (!record) return;
    // proof chosen in the form: the same write as on the activity's page, once per file, in the
    // activity's lane after its create
    for (const file of picker.files) await uploadProof.write({ payload: { clientId, activityId, ...file } });
    navigate(`/werkmap/${encodeURIComponent(activityId)}`, { state: { saved: true } });
  };

  const title = editingId ? t('form.editTitle') : t('form.newTitle');
  return (
    <Page title={title} back={{ to: editingId ? `/werkmap/${encodeURIComponent(editingId)}` : '/werkmap', label: t('common:actions.back') }}>
      {saveError ? (
        <Notice kind="error" live="assertive">
          <p>{saveError}</p>
        </Notice>
      ) : null}
      <QueryState query={configQuery}>
        {(config) =>
          editingId && !existing ? (
            query.isPending ? null : <p>{t('detail.notFound')}</p>
          ) : (
            <ActivityForm
              key={activityId}
              config={config}
              activities={activities}
              activityId={activityId}
              defaultValues={problem?.status === 'rejected' ? { ...toFormValues({ ...existing, ...problem.payload.input }) } : toFormValues(existing)}
              results={existing?.results}
              locked={Boolean(existing?.handedIn)}
              serverErrors={problem?.status === 'rejected' ? problem.lastError?.fieldErrors : undefined}
              onSubmit={save}
              submitting={saving || picker.busy}
            >
              {editingId ? null : <ProofPicker picker={picker} />}
            </ActivityForm>
          )
        }
      </QueryState>
    </Page>
  );
}
