import { Button as UtrechtButton } from '@utrecht/button-react';
import type { ComponentProps } from 'react';

type Props = ComponentProps<typeof UtrechtButton> & { variant?: 'primary' | 'secondary' | 'subtle' };

const appearance = {
  primary: 'primary-action-button',
  secondary: 'secondary-action-button',
  subtle: 'subtle-button',
} as const;

/** NL Design System (Utrecht) button; `type="button"` unless said otherwise. */
export function Button({ variant = 'primary', type = 'button', ...props }: Props) {
  return <UtrechtButton appearance={appearance[variant]} type={type} {...props} />;
}
