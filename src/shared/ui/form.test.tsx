import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ErrorSummary, RadioGroup, TextField, type SummaryError } from './form.tsx';
import { CheckboxGroup } from './choices.tsx';
import { DateField } from './date-field.tsx';

const schema = z.object({ name: z.string().min(1, 'Vul je naam in.'), town: z.string().min(1, 'Vul je woonplaats in.') });
type Values = z.infer<typeof schema>;

function Form({ onValid }: { onValid: (v: Values) => void }) {
  const [attempt, setAttempt] = useState(0);
  const { register, handleSubmit, formState } = useForm<Values>({
    defaultValues: { name: '', town: '' },
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
    shouldFocusError: false,
  });
  const summary: SummaryError[] = (['name', 'town'] as const)
    .map((f) => ({ fieldId: `f-${f}`, message: formState.errors[f]?.message ?? '' }))
    .filter((e) => e.message);
  return (
    <form noValidate onSubmit={handleSubmit(onValid, () => setAttempt((n) => n + 1))}>
      <ErrorSummary errors={summary} focusKey={attempt} />
      <TextField id="f-name" label="Naam" error={formState.errors.name?.message} {...register('name')} />
      <TextField id="f-town" label="Woonplaats" error={formState.errors.town?.message} {...register('town')} />
      <button type="submit">Opslaan</button>
    </form>
  );
}

describe('ErrorSummary', () => {
  it('shows the errors of the new attempt when they come a render after it (not those of the attempt before)', () => {
    const line = { fieldId: 'decision-serviceLine', message: 'Kies een dienstverleningslijn.' };
    const reason = { fieldId: 'decision-reason', message: 'Je kiest iets anders dan het voorstel. Schrijf op waarom.' };
    const { rerender } = render(<form><ErrorSummary errors={[line]} focusKey={1} /></form>);
    expect(screen.getByRole('alert')).toHaveTextContent(line.message);
    // the attempt arrives first, still with the errors from before, then the new errors
    rerender(<form><ErrorSummary errors={[line]} focusKey={2} /></form>);
    rerender(<form><ErrorSummary errors={[reason]} focusKey={2} /></form>);
    expect(screen.getByRole('alert')).toHaveTextContent(reason.message);
    expect(screen.getByRole('alert')).not.toHaveTextContent(line.message);
  });

  it('stays as it was at the submit while the inline errors update live; the next submit replaces it', async () => {
    const user = userEvent.setup();
    const saved: Values[] = [];
    render(<Form onValid={(v) => saved.push(v)} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const links = () => within(screen.getByRole('alert')).getAllByRole('link').map((a) => a.textContent);
    expect(links()).toEqual(['Vul je naam in.', 'Vul je woonplaats in.']);

    // fixing a field on blur: its inline error goes, the summary stays the same
    await user.type(screen.getByLabelText('Naam'), 'Anna');
    await user.tab();
    // validation is asynchronous (zod resolver): wait for it
    await waitFor(() => expect(screen.getByLabelText('Naam')).not.toHaveAttribute('aria-invalid'));
    expect(links()).toEqual(['Vul je naam in.', 'Vul je woonplaats in.']);

    // fixing the last error: the summary does not disappear (no layout shift)
    await user.type(screen.getByLabelText('Woonplaats'), 'Groningen');
    await user.tab();
    await waitFor(() => expect(screen.getByLabelText('Woonplaats')).not.toHaveAttribute('aria-invalid'));
    await waitFor(() => expect(document.querySelectorAll('.field__error')).toHaveLength(0));
    expect(links()).toEqual(['Vul je naam in.', 'Vul je woonplaats in.']);

    // a valid submit ends it
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toEqual([{ name: 'Anna', town: 'Groningen' }]));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('an invalid submit makes a new snapshot with only what is still wrong, and takes focus again', async () => {
    const user = userEvent.setup();
    render(<Form onValid={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByRole('alert');
    await user.type(screen.getByLabelText('Naam'), 'Anna');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual(['Vul je woonplaats in.']);
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: 'Vul je woonplaats in.' }));
    expect(screen.getByLabelText('Woonplaats')).toHaveFocus();
  });
});

describe('FieldsetShell (radio, checkbox and date groups)', () => {
  it('gives every group one legend, and hint and error described by their ids', () => {
    render(
      <>
        <RadioGroup id="r" name="r" legend="Radio-vraag" hint="Radio-hint" error="Radio-fout" choices={[{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }]} />
        <CheckboxGroup id="c" legend="Vinkvraag" hint="Vink-hint" error="Vink-fout" choices={[{ value: 'a', label: 'A' }]} value={[]} onChange={() => undefined} />
        <DateField id="d" legend="Datumvraag" error="Datum-fout" value={{ day: '', month: '', year: '' }} onChange={() => undefined} />
      </>,
    );
    for (const [legend, id, hasHint, kind] of [
      ['Radio-vraag', 'r', true, 'radio-group'],
      ['Vinkvraag', 'c', true, 'checkbox-group'],
      ['Datumvraag', 'd', false, 'date-field'],
    ] as const) {
      const group = screen.getByRole('group', { name: legend });
      expect(group.tagName).toBe('FIELDSET');
      expect(group.querySelectorAll('legend')).toHaveLength(1);
      expect(group).toHaveClass('field', kind, 'field--invalid');
      expect(group).toHaveAttribute('aria-describedby', hasHint ? `${id}-hint ${id}-error` : `${id}-error`);
      expect(group.querySelector(`#${id}-error`)).toHaveTextContent(/fout/i);
    }
    expect(document.querySelectorAll('fieldset fieldset')).toHaveLength(0);
  });
});
