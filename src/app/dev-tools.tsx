import { useTranslation } from 'react-i18next';
import { wipeDevice } from '#src/shared/offline/wipe.ts';

/**
 * Development only: restore the demo data of the mock backend (`npm start` runs it beside the dev
 * server and proxies its test endpoints, test/tools/start.ts). Never in the production build.
 */
export function DevTools() {
  const { t } = useTranslation();
  if (!import.meta.env.DEV || import.meta.env.VITE_MOCKS === 'off') return null;
  return (
    <p className="dev-tools">
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          await wipeDevice();
          await fetch('/__mock/reset', { method: 'POST' }).catch(() => undefined);
          location.assign('/');
        }}
      >
        {t('dev.resetDemo')}
      </button>
    </p>
  );
}
