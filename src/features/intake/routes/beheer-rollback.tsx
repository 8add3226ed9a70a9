import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useDefinition } from '../api/get-definition.ts';
import { versionOfId } from '../tuning/rules.ts';
import { BacktestPanel } from '../components/backtest-panel.tsx';
import { PublishForm } from '../components/publish-form.tsx';

/** Rolling back: an earlier version's rules, backtested, then published again as a new version with a reason. */
export function Component() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  const { versionId = '' } = useParams();
  const version = versionOfId(versionId) ?? undefined;
  const definition = useDefinition('entree', version);
  return (
    <Page title={t('tuning.rollbackTitle', { version: version ?? '?' })} back={{ to: '/beheer', label: t('tuning.back') }} lead={t('tuning.rollbackLead')}>
      <QueryState query={definition}>
        {(base) => (
          <>
            <BacktestPanel id={versionId} version={0} base={base} />
            <PublishForm id={versionId} label={t('tuning.publish.rollback', { version: base.version })} onQueued={() => void navigate('/beheer')} />
          </>
        )}
      </QueryState>
    </Page>
  );
}

