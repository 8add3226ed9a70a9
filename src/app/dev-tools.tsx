import { useTranslation } from 'react-i18next';
import { wipeDevice } from '#src/shared/offline/wipe.ts';

/** Development only: restore the demo data of the mock backend. Never in the production build. */
export function DevTools() {
  const { t } = useTranslation();
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS === 'off') return null;
  return (
    <p className="dev-tools">
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          const mock = (window as unknown as { __mock?: { reset: () => void } }).__mock;
          await wipeDevice({ keep: (key) => key === 'werkmap.mock-db' });
          mock?.reset();
          location.assign('/');
        }}
      >
        {t('dev.resetDemo')}
      </button>
    </p>
  );
}
