import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '#test/render.tsx';
import { LANGUAGE_STORAGE_KEY } from '#src/shared/i18n/i18n.ts';

describe('language switch', () => {
  it('switches to English and back, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Taal' });
    expect(nav).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });
});
