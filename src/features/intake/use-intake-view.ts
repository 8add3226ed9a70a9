import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { isLanguageCode } from '#src/shared/i18n/languages.ts';
import { usePendingFor } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { useDefinition } from './api/get-definition.ts';
import { useIntakeDraft } from './api/get-draft.ts';
import { useIntake } from './api/get-intake.ts';
import { intakeLane } from './api/keys.ts';
import { INTAKE_SAVE_DRAFT, type SaveDraftPayload } from './api/save-draft.ts';
import { INTAKE_SUBMIT, type IntakeSubmissionPayload } from './api/submit-intake.ts';
import type { Answers, LocalizedText } from './definition/schemas.ts';
import type { IntakeDraftInput, QuestionnaireId } from './schemas.ts';
import { questionnairePaths } from './questionnaire.ts';
import { firstProblem } from '#src/shared/offline/sync-state.ts';

/** Question texts are data in every language of the app; Dutch for anything else. */
export function useLocalized() {
  const { i18n } = useTranslation();
  return (text: LocalizedText | undefined) => (text ? (isLanguageCode(i18n.language) ? text[i18n.language] : text.nl) : '');
}

/**
 * The client's questionnaire (entree or participation) as this device knows it: the server's draft with the newest unsent
 * draft save laid over it, the definition of the draft's version, and a submission that may
 * still wait in the outbox.
 */
export function useIntakeView(questionnaireId: QuestionnaireId) {
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const draftQuery = useIntakeDraft(clientId, questionnaireId);
  const overviewQuery = useIntake(clientId, questionnaireId);
  const pending = usePendingFor(intakeLane(clientId, questionnaireId));
  const drafts = pending.filter((r) => r.kind === INTAKE_SAVE_DRAFT) as OutboxRecord<SaveDraftPayload>[];
  const pendingSubmission = pending.find((r) => r.kind === INTAKE_SUBMIT) as OutboxRecord<IntakeSubmissionPayload> | undefined;
  const latest = drafts.at(-1);
  const server = draftQuery.data;
  const draft: IntakeDraftInput | undefined = latest?.payload.input ?? server;
  const definitionVersion = draft?.definitionVersion;
  const definitionQuery = useDefinition(questionnaireId, definitionVersion);
  const currentQuery = useDefinition(questionnaireId, 'current');
  const answers: Answers = draft?.answers ?? {};
  const facts = server?.facts ?? { age: null };
  const baseVersion = latest?.baseVersion ?? server?.version;
  const submitted = overviewQuery.data?.submission ?? null;
  return {
    questionnaireId,
    paths: questionnairePaths(questionnaireId),
    user,
    clientId,
    /** The draft as the server has it (the main read of the questionnaire's pages). */
    query: draftQuery,
    draftQuery,
    overviewQuery,
    definitionQuery,
    definition: definitionQuery.data,
    currentVersion: currentQuery.data?.version,
    /** The newest published version (a draft on an older one is moved over on the start page). */
    currentDefinition: currentQuery.data,
    draft,
    answers,
    facts,
    baseVersion,
    /** Unsent draft saves (shown as "Opgeslagen op dit apparaat"). */
    unsentDrafts: drafts.length,
    pendingSubmission,
    submitted,
    problem: firstProblem(pending),
  };
}

export type IntakeView = ReturnType<typeof useIntakeView>;
