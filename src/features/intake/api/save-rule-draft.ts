import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { ruleDraftSchema, type RuleDraft, type RuleDraftInput } from '../tuning/schemas.ts';
import { intakeKeys, ruleVersionsLane } from './keys.ts';

export const INTAKE_RULE_DRAFT = 'intake.ruleDraft';

export type SaveRuleDraftPayload = { id: string; input: RuleDraftInput };

/** The beheerder saves a draft of the entree rules (id made on the device; `If-Match` from the draft's version). */
export const saveRuleDraftKind = defineRequestKind<SaveRuleDraftPayload, RuleDraft>({
  kind: INTAKE_RULE_DRAFT,
  schemaVersion: 1,
  request: ({ id, input }) => ({ path: apiPath`/intake/rule-versions/${id}`, body: input, schema: ruleDraftSchema }),
  ifMatch: 'entity',
  version: (draft) => draft.version,
  query: ({ id }) => intakeKeys.ruleDraft(id),
  merge: replaceWith,
  invalidates: () => [intakeKeys.ruleVersions()],
});

export function useSaveRuleDraft() {
  return useOutboxWrite(saveRuleDraftKind, ruleVersionsLane);
}
