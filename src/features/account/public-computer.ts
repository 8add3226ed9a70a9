/**
 * Whether sign-in starts in public-computer mode: on STIP computers the build sets
 * VITE_PUBLIC_COMPUTER_DEFAULT=true; the person can always change it before signing in.
 */
export function publicComputerDefault(): boolean {
  return import.meta.env.VITE_PUBLIC_COMPUTER_DEFAULT === 'true';
}
