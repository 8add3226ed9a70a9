import { useState } from 'react';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { intakeLane } from './api/keys.ts';
import { saveIntakeDraftKind } from './api/save-draft.ts';
import type { IntakeDraftInput } from './schemas.ts';
import type { IntakeView } from './use-intake-view.ts';

/**
 * Keeps the whole draft on the device at once (one outbox record, durable before this
 * resolves) and lets the outbox send it when there is a connection.
 */
export function useSaveDraft(view: IntakeView) {
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const save = async (change: Partial<IntakeDraftInput>): Promise<boolean> => {
    const outbox = getAppOutbox();
    if (!outbox || !view.user || !view.draft) return false;
    setSaving(true);
    setFailed(false);
    try {
      await outbox.enqueue({
        lane: intakeLane(view.clientId, view.questionnaireId),
        kind: saveIntakeDraftKind,
        payload: { ...view.draft, ...change },
        baseVersion: view.baseVersion,
        ownerId: view.user.id,
      });
      return true;
    } catch {
      setFailed(true);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { save, saving, failed };
}
