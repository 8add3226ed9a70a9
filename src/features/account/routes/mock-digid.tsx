import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Loading } from '#src/shared/ui/loading.tsx';
import { takeReturnTo } from '#src/shared/auth/return-to.ts';
import { oidcSettings } from '#src/shared/auth/oidc-settings.ts';
import type { Persona } from '#src/shared/auth/schemas.ts';
import type { Role } from '#src/shared/lib/domain.ts';
import { isApiError } from '#src/shared/api/errors.ts';
import { usePersonas } from '../api/personas.ts';
import { useSignIn } from '../api/sign-in.ts';

const roleOrder: Role[] = ['client', 'coach', 'helper', 'jobBroker', 'teamLead', 'functionalAdmin'];

/**
 * A stand-in for DigiD in the test environment: pick a seeded persona.
 * Clearly marked, so nobody mistakes it for the real DigiD. Only where config.json says
 * `oidc.signIn: 'personas'` (tests and demos); a municipality that signs in at its providers has
 * no picker in the app.
 */
export function Component() {
  return oidcSettings().signIn === 'oidc' ? <Navigate to="/inloggen" replace /> : <PersonaPicker />;
}

function PersonaPicker() {
  const { t } = useTranslation(['account', 'common']);
  const location = useLocation();
  const navigate = useNavigate();
  const publicComputer = Boolean((location.state as { publicComputer?: boolean } | null)?.publicComputer);
  const personas = usePersonas();
  const signIn = useSignIn();

  const choose = (persona: Persona) => {
    signIn.mutate(
      { personaId: persona.id, publicComputer },
      { onSuccess: () => navigate(takeReturnTo() ?? '/', { replace: true }) },
    );
  };

  return (
    <Page title={t('digid.title')}>
      <Notice kind="warning" title={t('digid.testEnvironment')}>
        <p>{t('digid.testEnvironmentBody')}</p>
      </Notice>
      {publicComputer ? <p className="tag-line">{t('digid.publicComputerOn')}</p> : null}
      {signIn.isError ? (
        <Notice kind="error" live="assertive" title={t('digid.failed')}>
          <p>{isApiError(signIn.error) ? t(`common:${signIn.error.messageKey}` as 'common:errors.network') : t('common:errors.server')}</p>
        </Notice>
      ) : null}
      {personas.isPending ? <Loading /> : null}
      {personas.isError ? (
        <Notice kind="error" title={t('digid.personasFailed')}>
          <p>{t('common:errors.network')}</p>
          <Button variant="secondary" onClick={() => void personas.refetch()}>
            {t('common:actions.tryAgain')}
          </Button>
        </Notice>
      ) : null}
      {personas.data
        ? roleOrder.map((role) => {
            const group = personas.data.filter((p) => p.role === role);
            if (group.length === 0) return null;
            return (
              <section key={role} aria-labelledby={`personas-${role}`}>
                <h2 id={`personas-${role}`}>{t(`digid.group.${role}`)}</h2>
                <ul className="persona-list">
                  {group.map((persona) => (
                    <li key={persona.id} className="persona-list__item">
                      <Button
                        variant="secondary"
                        className="persona-list__button"
                        onClick={() => choose(persona)}
                        disabled={signIn.isPending}
                        aria-describedby={`persona-${persona.id}`}
                      >
                        {t('digid.signInAs', { name: persona.name })}
                      </Button>
                      <p className="persona-list__description" id={`persona-${persona.id}`}>
                        {persona.description}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        : null}
    </Page>
  );
}
