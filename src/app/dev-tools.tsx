import { useTranslation } from 'react-i18next';

/** Development only: restore the demo data of the mock backend. Never in the production build. */
export function DevTools() {
  const { t } = useTranslation();
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS === 'off') return null;
  return (
    <p className="dev-tools">
      <button
        type="button"
        className="link-button"
        onClick={() => {
          const mock = (window as unknown as { __mock?: { reset: () => void } }).__mock;
          mock?.reset();
          for (const key of Object.keys(localStorage)) if (key.startsWith('werkmap.') && key !== 'werkmap.mock-db') localStorage.removeItem(key);
          location.assign('/');
        }}
      >
        {t('dev.resetDemo')}
      </button>
    </p>
  );
}
