import 'i18next';
import type { nlResources } from './i18n.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof nlResources;
    returnNull: false;
  }
}
