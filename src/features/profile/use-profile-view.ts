import { useSession } from '#src/shared/auth/use-session.ts';
import { usePendingFor } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { useProfile } from './api/get-profile.ts';
import { profileLane } from './api/update-profile.ts';
import type { UpdateProfilePayload } from './api/update-profile.ts';
import type { Profile } from './schemas.ts';
import { firstProblem } from '#src/shared/offline/sync-state.ts';

export type ProfileView = {
  /** Server data with the newest unsent edit laid over it. */
  profile: (Profile & { pending: boolean }) | undefined;
  pending: OutboxRecord<UpdateProfilePayload>[];
  /** The edit that needs the person's attention (conflict or rejected), if any. */
  problem: OutboxRecord<UpdateProfilePayload> | undefined;
  /** The version a new edit is made on: the server's version. */
  baseVersion: number | undefined;
};

/** The profile as this device knows it: what the server confirmed plus what is still waiting. */
export function useProfileView() {
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const query = useProfile(clientId);
  const pending = usePendingFor(profileLane(clientId)) as OutboxRecord<UpdateProfilePayload>[];
  const latest = pending.at(-1);
  const problem = firstProblem(pending);
  const server = query.data;
  // nothing to lay an edit over before the server's profile is known
  const profile = server ? { ...server, ...latest?.payload.input, pending: latest !== undefined } : undefined;
  // a new edit is made on the version of the newest edit's base (re-based by the outbox as each is confirmed)
  const baseVersion = latest?.baseVersion ?? server?.version;
  return { query, clientId, ...({ profile, pending, problem, baseVersion } satisfies ProfileView) };
}
