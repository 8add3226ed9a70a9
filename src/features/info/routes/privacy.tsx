import { TextPage } from '../text-page.tsx';

export function Component() {
  return <TextPage page="privacy" />;
}
