/** Which feedback the client has opened, kept on this device (so the werkmap can say there is new feedback). */
const FEEDBACK_SEEN_KEY = 'werkmap.feedback-seen';

/** Feedback newer than the last visit of a detail page counts as new (kept on this device). */
export function seenFeedback(): Set<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(FEEDBACK_SEEN_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export function markFeedbackSeen(ids: readonly string[]): void {
  if (ids.length === 0) return;
  try {
    const seen = seenFeedback();
    for (const id of ids) seen.add(id);
    localStorage.setItem(FEEDBACK_SEEN_KEY, JSON.stringify([...seen].slice(-5000)));
  } catch {
    // storage full or blocked: the notice simply stays
  }
}
