/**
 * Where to go after signing in. Kept in sessionStorage rather than in the URL,
 * so no path with a client's id ends up in a sign-in URL or a log.
 */
const KEY = 'werkmap.returnTo';

export function rememberReturnTo(path: string): void {
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/inloggen')) return;
  try {
    sessionStorage.setItem(KEY, path);
  } catch {
    // ignore
  }
}

export function takeReturnTo(): string | null {
  try {
    const value = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return value && value.startsWith('/') && !value.startsWith('//') ? value : null;
  } catch {
    return null;
  }
}
