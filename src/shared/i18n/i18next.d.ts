import 'i18next';
import type { NlResources } from './i18n.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: NlResources;
    returnNull: false;
  }
}
