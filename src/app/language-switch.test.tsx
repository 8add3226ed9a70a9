import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '#test/render.tsx';
import { LANGUAGE_STORAGE_KEY } from '#src/shared/i18n/i18n.ts';

function selectedOption(select: HTMLElement): HTMLOptionElement | undefined {
  return within(select)
    .getAllByRole<HTMLOptionElement>('option')
    .find((option) => option.selected);
}

describe('language switch', () => {
  it('offers every language named in itself, with its own lang', async () => {
    await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Taal' });
    const options = within(select).getAllByRole<HTMLOptionElement>('option');
    expect(options.map((option) => [option.textContent, option.lang])).toEqual([
      ['Nederlands', 'nl'],
      ['English', 'en'],
      ['العربية', 'ar'],
      ['Türkçe', 'tr'],
      ['Polski', 'pl'],
      ['Українська', 'uk'],
    ]);
    expect(selectedOption(select)?.textContent).toBe('Nederlands');
  });

  it('switches to English and back, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal' }), 'English');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(selectedOption(select)?.textContent).toBe('English');

    await user.selectOptions(select, 'Nederlands');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });

  it('switches to Arabic right to left', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Taal' }), 'العربية');
    expect(await screen.findByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    const select = screen.getByRole('combobox', { name: 'اللغة' });
    expect(selectedOption(select)?.textContent).toBe('العربية');

    await user.selectOptions(select, 'Nederlands');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('ltr');
  });
});
