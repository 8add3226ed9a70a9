/**
 * After an inactivity timeout (on any device) the next sign-in asks the provider to ask who signs in
 * (`prompt=login`): the app signed the person out, but the provider's session may still know them,
 * and someone who picks up the unlocked phone must not get in with one click. The flag lives with
 * the device's signed-out state in localStorage (nothing personal: only "ask"); the device wipe
 * leaves it (src/shared/offline/wipe.ts), a successful sign-in removes it (src/shared/auth/oidc.ts).
 * See docs/decisions/014-tokens-on-the-device.md.
 */
export const ASK_WHO_SIGNS_IN_KEY = 'werkmap.ask-who-signs-in';

/** The next sign-in must show the provider's login page. */
export function askWhoSignsInNext(): void {
  try {
    localStorage.setItem(ASK_WHO_SIGNS_IN_KEY, 'true');
  } catch {
    // storage blocked: the provider's own session rules decide
  }
}

export function mustAskWhoSignsIn(): boolean {
  try {
    return localStorage.getItem(ASK_WHO_SIGNS_IN_KEY) === 'true';
  } catch {
    return false;
  }
}

/** After a successful sign-in. */
export function signInAsked(): void {
  try {
    localStorage.removeItem(ASK_WHO_SIGNS_IN_KEY);
  } catch {
    // nothing to remove
  }
}
