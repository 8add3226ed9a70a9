import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '#src/shared/lib/domain.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { rememberReturnTo } from '#src/shared/auth/return-to.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { useActingFor } from '#src/shared/auth/use-acting-for.ts';
import { ForbiddenPage, ReadOnlyPage } from './status-pages.tsx';

/** Only signed-in people of the given roles see `children`; the API enforces the same. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user, session } = useSession();
  const location = useLocation();
  if (!user) {
    // the session ended by itself (inactivity): say so, rather than just showing the sign-in page;
    // a public computer keeps not even the page the person was on
    const reason = sessionStore.endReason();
    if (reason !== 'timeout') rememberReturnTo(location.pathname + location.search);
    if (reason) return <Navigate to="/uitgelogd" replace state={{ reason }} />;
    return <Navigate to="/inloggen" replace />;
  }
  if (roles.includes(user.role)) return children;
  // a helper acting for a client uses the client's screens (the API checks the authorisation)
  if (user.role === 'helper' && roles.includes('client')) {
    return session?.actingFor ? children : <Navigate to="/helper" replace />;
  }
  return <ForbiddenPage />;
}

/**
 * Pages that exist to change the client's data (a form, an import, handing in): a helper with
 * read scope gets a page saying so instead of a form the server would refuse on sending. The
 * screens that show data hide their write actions themselves (`useCanWrite`).
 */
export function RequireWrite({ children }: { children: ReactNode }) {
  const actingFor = useActingFor();
  if (actingFor?.scope === 'read') return <ReadOnlyPage name={actingFor.name} />;
  return children;
}

/** Sends each role to its own home. */
export function HomeRedirect() {
  const { user, session } = useSession();
  if (!user) return <Navigate to="/inloggen" replace />;
  if (user.role === 'coach') return <Navigate to="/coach" replace />;
  if (user.role === 'jobBroker') return <Navigate to="/regisseur" replace />;
  if (user.role === 'teamLead') return <Navigate to="/team" replace />;
  if (user.role === 'functionalAdmin') return <Navigate to="/beheer" replace />;
  if (user.role === 'helper') return <Navigate to={session?.actingFor ? '/start' : '/helper'} replace />;
  return <Navigate to="/start" replace />;
}
