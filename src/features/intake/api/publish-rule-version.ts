import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { ruleVersionListSchema, type PublishInput, type RuleVersionList } from '../tuning/schemas.ts';
import { intakeKeys, ruleVersionsLane } from './keys.ts';

export const INTAKE_PUBLISH_RULES = 'intake.publishRules';

/** `id`: a draft, or `v{n}` to publish an earlier version again (a rollback). */
export type PublishRulesPayload = { id: string; input: PublishInput };

/** The beheerder publishes a draft or an earlier version, with a reason (exactly once: the record's id is the Idempotency-Key). */
export const publishRulesKind = defineRequestKind<PublishRulesPayload, RuleVersionList>({
  kind: INTAKE_PUBLISH_RULES,
  schemaVersion: 1,
  request: ({ id, input }) => ({ method: 'POST', path: apiPath`/intake/rule-versions/${id}/publish`, body: input, schema: ruleVersionListSchema }),
  query: () => intakeKeys.ruleVersions(),
  merge: replaceWith,
  // the current definition changed: new drafts and submissions follow it
  invalidates: () => [intakeKeys.definitions(), intakeKeys.ruleVersions()],
});

export function usePublishRules() {
  return useOutboxWrite(publishRulesKind, ruleVersionsLane);
}
