/// <reference types="vite/client" />
/// <reference types="msw/vite/client" />

declare const __BUILD_ID__: string;

interface ImportMetaEnv {
  /** 'off' to run the development server against a real backend instead of the mock. */
  readonly VITE_MOCKS?: string;
  /** 'true' on STIP computers: public-computer mode is the default at sign-in. */
  readonly VITE_PUBLIC_COMPUTER_DEFAULT?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
