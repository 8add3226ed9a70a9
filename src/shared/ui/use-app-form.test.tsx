import { Suspense } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { initI18n } from '#src/shared/i18n/i18n.ts';
import { hasDirtyForms } from '#src/shared/lib/dirty-forms.ts';
import { ErrorSummary, TextField } from './form.tsx';
import { useAppForm } from './use-app-form.ts';

const schema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }),
  phone: z.string().regex(/^[0-9 ]*$/, { error: 'validation.phone.invalid' }),
});
type Values = z.input<typeof schema>;

function Form({ onValid, serverErrors }: { onValid: (v: Values) => void; serverErrors?: Record<string, string[]> }) {
  const { register, submit, summary, message } = useAppForm<Values>({ defaultValues: { name: '', phone: '' }, schema, idPrefix: 'person', serverErrors });
  return (
    <form noValidate onSubmit={submit(onValid)}>
      <ErrorSummary {...summary(['name', 'phone'])} />
      <TextField id="person-name" label="Naam" error={message('name')} {...register('name')} />
      <TextField id="person-phone" label="Telefoon" error={message('phone')} {...register('phone')} />
      <button type="submit">Opslaan</button>
    </form>
  );
}

const summaryLinks = () => within(screen.getByRole('alert')).getAllByRole('link').map((a) => a.textContent);

beforeAll(async () => {
  await initI18n('nl');
});

describe('useAppForm', () => {
  it('validates on submit, moves focus to the error summary and translates the messages (keys from the schema)', async () => {
    const user = userEvent.setup();
    const saved: Values[] = [];
    render(<Form onValid={(v) => saved.push(v)} />);
    await user.type(screen.getByLabelText('Telefoon'), 'abc');
    // nothing is checked while typing or leaving a field before the first submit
    await user.tab();
    expect(screen.getByLabelText('Telefoon')).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summaryLinks()).toEqual(['Vul dit in.', 'Vul een telefoonnummer in met alleen cijfers, bijvoorbeeld 06 12345678.']);
    expect(screen.getByLabelText('Naam')).toHaveAccessibleDescription(/Vul dit in\./);
    expect(saved).toEqual([]);
  });

  it('after a failed submit the messages stay until the next submit: nothing moves while correcting or on leaving a field', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<Form onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByRole('alert');
    const name = screen.getByLabelText('Naam');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(name, 'Anna');
    await user.tab();
    // corrected and left: the message stays (a message going away here moved the next control under the mouse)
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('Telefoon'), 'x');
    await user.tab();
    expect(screen.getByLabelText('Telefoon')).not.toHaveAttribute('aria-invalid');
    // the next submit checks everything again
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(name).not.toHaveAttribute('aria-invalid'));
    expect(screen.getByLabelText('Telefoon')).toHaveAttribute('aria-invalid', 'true');
    expect(onValid).not.toHaveBeenCalled();
  });

  it("puts the server's field errors next to their fields, keeps the input and focuses the summary", async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Form onValid={() => undefined} />);
    await user.type(screen.getByLabelText('Naam'), 'Anna');
    // a refused change: the server's messages (keys or plain text); an unknown field is left out
    rerender(<Form onValid={() => undefined} serverErrors={{ phone: ['validation.phone.invalid'], name: ['Deze naam is al bezet.'], other: ['x'] }} />);
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summaryLinks()).toEqual(['Deze naam is al bezet.', 'Vul een telefoonnummer in met alleen cijfers, bijvoorbeeld 06 12345678.']);
    expect(screen.getByLabelText('Telefoon')).toHaveAccessibleDescription(/alleen cijfers/);
    expect(screen.getByLabelText('Naam')).toHaveValue('Anna');
    await user.click(within(summary).getByRole('link', { name: 'Deze naam is al bezet.' }));
    expect(screen.getByLabelText('Naam')).toHaveFocus();
  });

  it('registers changed input as unsaved until the form is left', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Form onValid={() => undefined} />);
    expect(hasDirtyForms()).toBe(false);
    await user.type(screen.getByLabelText('Naam'), 'A');
    await waitFor(() => expect(hasDirtyForms()).toBe(true));
    unmount();
    expect(hasDirtyForms()).toBe(false);
  });

  it("looks a message up in the feature's namespace first, with the values of its placeholders", async () => {
    function One({ message }: { message: string }) {
      const { submit, summary, failed, setError } = useAppForm<{ text: string }>({ defaultValues: { text: '' }, idPrefix: 'q', ns: 'intake' });
      return (
        <form
          noValidate
          onSubmit={submit(() => {
            setError('text', { message });
            failed();
          })}
        >
          <ErrorSummary {...summary([{ name: 'text', id: 'q-text', values: { max: 80 } }])} />
          <input id="q-text" aria-label="Antwoord" />
          <button type="submit">Verder</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(
      <Suspense fallback={null}>
        <One message="validation.answer.tooLong" />
      </Suspense>,
    );
    await user.click(await screen.findByRole('button', { name: 'Verder' }));
    await screen.findByRole('alert');
    expect(summaryLinks()).toEqual(['Je antwoord is te lang. Gebruik 80 tekens of minder.']);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
  });
});
