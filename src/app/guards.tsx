import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '#src/shared/lib/domain.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { rememberReturnTo } from '#src/shared/auth/return-to.ts';
import { ForbiddenPage } from './status-pages.tsx';

/** Only signed-in people of the given roles see `children`; the API enforces the same. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  if (!user) {
    rememberReturnTo(location.pathname + location.search);
    return <Navigate to="/inloggen" replace />;
  }
  if (!roles.includes(user.role)) return <ForbiddenPage />;
  return children;
}

/** Sends each role to its own home. */
export function HomeRedirect() {
  const { user } = useSession();
  if (!user) return <Navigate to="/inloggen" replace />;
  if (user.role === 'coach') return <Navigate to="/coach" replace />;
  if (user.role === 'helper') return <Navigate to="/helper" replace />;
  return <Navigate to="/start" replace />;
}
