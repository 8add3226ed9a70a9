import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { pickVoice, ReadAloud } from './read-aloud.tsx';

/** A fake speech synthesis: voices we control, and a record of what was spoken and cancelled. */
class FakeUtterance extends EventTarget {
  text: string;
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  constructor(text: string) {
    super();
    this.text = text;
  }
}

class FakeSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: FakeUtterance[] = [];
  cancels = 0;
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.spoken.push(utterance);
  }
  cancel() {
    this.cancels += 1;
  }
  setVoices(voices: Array<Partial<SpeechSynthesisVoice>>) {
    this.voices = voices as SpeechSynthesisVoice[];
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

const voice = (lang: string, localService: boolean, name = `${lang}-${localService}`) => ({ lang, localService, name, voiceURI: name, default: false });

let fake: FakeSynthesis;
beforeEach(() => {
  fake = new FakeSynthesis();
  Object.defineProperty(window, 'speechSynthesis', { value: fake, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
});
afterEach(() => {
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
});

async function renderReadAloud(language = 'nl') {
  const i18n = await initI18n(language as 'nl');
  const router = createMemoryRouter(
    [
      { path: '/vraag', element: <ReadAloud text="Heb je een diploma?" /> },
      { path: '/ander', element: <p>Andere pagina</p> },
    ],
    { initialEntries: ['/vraag'] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return router;
}

describe('pickVoice', () => {
  it('matches the language with or without region, a local voice first', () => {
    const voices = [voice('en-GB', true), voice('nl-NL', false, 'remote'), voice('nl-BE', true, 'local')] as SpeechSynthesisVoice[];
    expect(pickVoice(voices, 'nl')?.name).toBe('local');
    expect(pickVoice(voices, 'ar')).toBeNull();
  });
});

describe('ReadAloud', () => {
  it('is hidden without a voice for the language, and appears when one loads', async () => {
    fake.voices = [voice('en-US', true)] as SpeechSynthesisVoice[];
    await renderReadAloud('nl');
    expect(screen.queryByRole('button', { name: 'Lees voor' })).toBeNull();
    act(() => fake.setVoices([voice('nl-NL', true)]));
    expect(await screen.findByRole('button', { name: 'Lees voor' })).toBeInTheDocument();
  });

  it('is hidden when the browser has no speech synthesis', async () => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    await renderReadAloud('nl');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('speaks the text in the current language, by keyboard, and stops', async () => {
    fake.voices = [voice('nl-NL', false, 'remote'), voice('nl-NL', true, 'local')] as SpeechSynthesisVoice[];
    const user = userEvent.setup();
    await renderReadAloud('nl');
    const button = await screen.findByRole('button', { name: 'Lees voor' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(fake.spoken).toHaveLength(1);
    expect(fake.spoken[0]?.text).toBe('Heb je een diploma?');
    expect(fake.spoken[0]?.lang).toBe('nl-NL');
    expect(fake.spoken[0]?.voice?.name).toBe('local');
    const stop = screen.getByRole('button', { name: 'Stop met voorlezen' });
    const before = fake.cancels;
    await user.click(stop);
    expect(fake.cancels).toBe(before + 1);
    expect(screen.getByRole('button', { name: 'Lees voor' })).toBeInTheDocument();
  });

  it('goes back to "Lees voor" when the text has been read', async () => {
    fake.voices = [voice('nl-NL', true)] as SpeechSynthesisVoice[];
    const user = userEvent.setup();
    await renderReadAloud('nl');
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    act(() => {
      fake.spoken[0]?.dispatchEvent(new Event('end'));
    });
    expect(screen.getByRole('button', { name: 'Lees voor' })).toBeInTheDocument();
  });

  it('stops on navigation', async () => {
    fake.voices = [voice('nl-NL', true)] as SpeechSynthesisVoice[];
    const user = userEvent.setup();
    const router = await renderReadAloud('nl');
    await user.click(await screen.findByRole('button', { name: 'Lees voor' }));
    const before = fake.cancels;
    await act(() => router.navigate('/ander'));
    expect(fake.cancels).toBe(before + 1);
  });

  it('uses an Arabic voice in Arabic', async () => {
    fake.voices = [voice('nl-NL', true), voice('ar-SA', true)] as SpeechSynthesisVoice[];
    const user = userEvent.setup();
    await renderReadAloud('ar');
    await user.click(await screen.findByRole('button', { name: 'اقرأ بصوت عالٍ' }));
    expect(fake.spoken[0]?.lang).toBe('ar-SA');
  });
});
