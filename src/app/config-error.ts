import { PRERENDER_OFF_CLASS } from './prerender/fits.ts';

/**
 * The page when the app cannot start because /config.json could not be read or is not valid:
 * plain Dutch for the person (the console has the precise message for the administrator,
 * load-config.ts). Made with the DOM, not React or i18next: nothing of the app is running.
 */
const TEXTS = {
  unreachable: {
    title: 'Werkmap kan nu niet starten',
    body: ['Werkmap kon de instellingen van je gemeente niet ophalen. Misschien heb je geen internet.', 'Controleer je verbinding en probeer het over een paar minuten opnieuw.'],
  },
  invalid: {
    title: 'Werkmap kan nu niet starten',
    body: ['Er is iets mis met de instellingen van Werkmap. Dat is niet jouw fout.', 'Probeer het later opnieuw. Lukt het dan nog niet? Neem contact op met je gemeente.'],
  },
} as const;

export function showConfigError(root: HTMLElement, reason: keyof typeof TEXTS): void {
  const text = TEXTS[reason];
  const main = document.createElement('main');
  main.className = 'site-main config-error';
  main.id = 'main';
  const heading = document.createElement('h1');
  heading.className = 'page-heading';
  heading.textContent = text.title;
  main.append(heading);
  for (const line of text.body) {
    const p = document.createElement('p');
    p.textContent = line;
    main.append(p);
  }
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'utrecht-button utrecht-button--primary-action';
  again.textContent = 'Opnieuw proberen';
  again.addEventListener('click', () => location.reload());
  main.append(again);
  root.replaceChildren(main);
  document.documentElement.lang = 'nl';
  document.documentElement.dir = 'ltr';
  document.documentElement.classList.remove(PRERENDER_OFF_CLASS);
  document.title = text.title;
}
