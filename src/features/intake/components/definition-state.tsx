import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { BrokenDefinitionError } from '../api/get-definition.ts';
import type { IntakeDefinition } from '../definition/schemas.ts';
import type { IntakeView } from '../use-intake-view.ts';

/** The questionnaire definition, or a clear message when it was refused (never half shown). */
export function DefinitionState({ view, children }: { view: Pick<IntakeView, 'definitionQuery'>; children: (definition: IntakeDefinition) => ReactNode }) {
  const { t } = useTranslation('intake');
  if (view.definitionQuery.error instanceof BrokenDefinitionError) {
    return (
      <Notice kind="error" title={t('errors.broken')} />
    );
  }
  return <QueryState query={view.definitionQuery}>{children}</QueryState>;
}
