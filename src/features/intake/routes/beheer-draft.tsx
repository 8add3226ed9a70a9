import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { Loading } from '#src/shared/ui/loading.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useDefinition } from '../api/get-definition.ts';
import { useRuleDraft, useRuleVersions } from '../api/rule-versions.ts';
import { useSaveRuleDraft } from '../api/save-rule-draft.ts';
import { tuningOf } from '../tuning/rules.ts';
import type { RuleTuning } from '../tuning/schemas.ts';
import { RuleEditor } from '../components/rule-editor.tsx';
import { BacktestPanel } from '../components/backtest-panel.tsx';
import { PublishForm } from '../components/publish-form.tsx';

/**
 * One draft of the entree rules: the structured editor, then — once the draft is on the server —
 * the backtest and publishing it with a reason. A new draft starts from the published version.
 */
export function Component() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  const { draftId = '' } = useParams();
  const list = useRuleVersions();
  const draft = useRuleDraft(draftId);
  const { write, pending: allPending, error } = useSaveRuleDraft();
  const pending = allPending.filter((record) => record.payload.id === draftId);
  const waiting = pending.at(-1)?.payload.input;
  const basedOn = waiting?.basedOn ?? draft.data?.basedOn ?? list.data?.current;
  const base = useDefinition('entree', basedOn);
  const [saved, setSaved] = useState(false);

  const save = async (tuning: RuleTuning) => {
    if (basedOn === undefined) return;
    const record = await write({ payload: { id: draftId, input: { basedOn, tuning } }, baseVersion: draft.data?.version ?? 0 });
    setSaved(record !== null);
  };

  return (
    <Page title={t('tuning.draftTitle')} back={{ to: '/beheer', label: t('tuning.back') }}>
      <QueryState query={draft}>
        {(serverDraft) =>
          !base.data || basedOn === undefined ? (
            <QueryState query={base}>{() => <Loading />}</QueryState>
          ) : (
            <>
              <p className="lead">{t('tuning.draftLead', { version: basedOn })}</p>
              {list.data && basedOn !== list.data.current ? <Notice kind="warning" title={t('tuning.outdated', { version: list.data.current })} /> : null}
              <RuleEditor key={serverDraft?.version ?? 0} base={base.data} defaultValues={waiting?.tuning ?? serverDraft?.tuning ?? tuningOf(base.data)} onSave={save} />
              <SaveError error={error} />
              {saved ? (
                <p role="status" className="field__hint">
                  {pending.length > 0 ? t('tuning.savedOnDevice') : t('tuning.saved')}
                </p>
              ) : null}
              {serverDraft && pending.length === 0 ? (
                <>
                  <BacktestPanel id={draftId} version={serverDraft.version} base={base.data} />
                  <PublishForm id={draftId} label={t('tuning.publish.draft')} onQueued={() => void navigate('/beheer')} />
                </>
              ) : (
                <p>{t('tuning.saveFirst')}</p>
              )}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

