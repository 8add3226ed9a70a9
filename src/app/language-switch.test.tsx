import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '#test/render.tsx';
import { LANGUAGE_STORAGE_KEY } from '#src/shared/i18n/i18n.ts';

async function openSwitch(user: ReturnType<typeof userEvent.setup>, label: string) {
  const nav = screen.getByRole('navigation', { name: label });
  const toggle = within(nav).getByRole('button', { expanded: false });
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  return nav;
}

describe('language switch', () => {
  it('offers every language named in itself, with its own lang, the current one marked', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    const nav = await openSwitch(user, 'Taal');
    const list = within(nav).getByRole('list');
    const options = within(list).getAllByRole('button');
    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['Nederlands', 'nl'],
      ['English', 'en'],
      ['العربية', 'ar'],
      ['Türkçe', 'tr'],
      ['Polski', 'pl'],
      ['Українська', 'uk'],
    ]);
    expect(within(list).getByRole('button', { name: 'Nederlands' })).toHaveAttribute('aria-current', 'true');
    // Escape closes the list and returns focus to the toggle
    await user.keyboard('{Escape}');
    expect(list).not.toBeVisible();
    expect(within(nav).getByRole('button', { expanded: false })).toHaveFocus();
  });

  it('switches to English and back, sets <html lang> and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();

    let nav = await openSwitch(user, 'Taal');
    await user.click(within(nav).getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    nav = await openSwitch(user, 'Language');
    expect(within(nav).getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    await user.click(within(nav).getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
  });

  it('switches to Arabic right to left', async () => {
    const user = userEvent.setup();
    await renderApp('/inloggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();

    let nav = await openSwitch(user, 'Taal');
    await user.click(within(nav).getByRole('button', { name: 'العربية' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');

    nav = await openSwitch(user, 'اللغة');
    await user.click(within(nav).getByRole('button', { name: 'Nederlands' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('ltr');
  });
});
