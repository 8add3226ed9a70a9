import { useEffect, useRef } from 'react';
import { todayIso } from '#src/shared/lib/dates.ts';
import { migrateAnswers } from './definition/migrate.ts';
import type { IntakeDraftInput } from './schemas.ts';
import type { IntakeView } from './use-intake-view.ts';

/**
 * A newer version of the questionnaire was published while a draft was open: the draft is
 * moved over (answers that still fit are kept, the others dropped and listed in
 * `migration.questionIds` so the client is told to give them again). Returns whether the
 * draft is waiting to be moved (show nothing of the old version meanwhile).
 */
export function useMigrateDraft(view: IntakeView, save: (change: Partial<IntakeDraftInput>) => Promise<boolean>): boolean {
  const { draft, definition, currentDefinition } = view;
  const done = useRef<number | null>(null);
  const needed =
    draft !== undefined &&
    definition !== undefined &&
    currentDefinition !== undefined &&
    currentDefinition.version > draft.definitionVersion &&
    definition.version === draft.definitionVersion;
  useEffect(() => {
    if (!needed || done.current === currentDefinition.version) return;
    done.current = currentDefinition.version;
    const moved = migrateAnswers(definition, currentDefinition, draft.answers, todayIso());
    const hadAnswers = Object.keys(draft.answers).length > 0;
    void save({
      definitionVersion: currentDefinition.version,
      answers: moved.answers,
      migration: hadAnswers ? { fromVersion: draft.definitionVersion, questionIds: moved.needsAgain } : undefined,
    });
  }, [needed, definition, currentDefinition, draft, save]);
  return needed;
}
