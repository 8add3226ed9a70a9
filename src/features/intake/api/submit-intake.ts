import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { intakeSubmissionSchema, type IntakeSubmission, type IntakeSubmissionInput, type QuestionnaireId } from '../schemas.ts';
import { intakeKeys, intakeLane, laneTarget, questionnairePath } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';

export const INTAKE_SUBMIT = 'intake.submit';

export type IntakeSubmissionPayload = IntakeSubmissionInput & {
  clientId: string;
  questionnaireId: QuestionnaireId;
  /** Made on the device: the create is `PUT .../submissions/{submissionId}`. */
  submissionId: string;
  /** When the person pressed "Verstuur" (shown while it waits for a connection). */
  submittedAt: string;
};

/** Submitting goes through the outbox: offline it waits, and a resend never makes a second one. */
export const submitIntakeKind = defineRequestKind<IntakeSubmissionPayload, IntakeSubmission>({
  kind: INTAKE_SUBMIT,
  // 2: whose questionnaire in the payload (version 1 had it in the lane only)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ ...(payload as Omit<IntakeSubmissionPayload, 'clientId' | 'questionnaireId'>), ...laneTarget(record.lane) }),
  request: ({ clientId, questionnaireId, submissionId, submittedAt: _submittedAt, ...body }) => ({
    path: `${questionnairePath(clientId, questionnaireId)}/submissions/${encodeURIComponent(submissionId)}`,
    body,
    schema: intakeSubmissionSchema,
  }),
  invalidates(record) {
    const { clientId, questionnaireId } = record.payload;
    return [intakeKeys.overview(clientId, questionnaireId), intakeKeys.draft(clientId, questionnaireId), sharedQueryKeys.home];
  },
});

/** The client (or their helper) hands in a questionnaire, in the lane of its draft saves. */
export function useSubmitIntake(clientId: string, questionnaireId: QuestionnaireId) {
  return useOutboxWrite(submitIntakeKind, intakeLane(clientId, questionnaireId));
}
