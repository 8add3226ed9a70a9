import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '#test/render.tsx';
import { addDays } from '#src/shared/lib/dates.ts';
import { ActivityWeeks, WEEKS_PER_STEP } from './activity-list.tsx';

// 20 weeks of one activity each, newest first (Mondays, so one per week)
const activities = Array.from({ length: 20 }, (_, i) => ({ id: `a-${i}`, date: addDays('2026-11-30', -7 * i) }));

describe('ActivityWeeks', () => {
  it('shows the first step of weeks (the newest first, the rest right after) and more on request', async () => {
    await renderWithProviders(<ActivityWeeks activities={activities} label="Activiteiten" renderItem={(a) => <span>{a.id}</span>} />);
    expect(await screen.findByText(`a-${WEEKS_PER_STEP - 1}`)).toBeInTheDocument();
    expect(screen.getByText('a-0')).toBeInTheDocument();
    expect(screen.queryByText(`a-${WEEKS_PER_STEP}`)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: `Meer laten zien (nog ${20 - WEEKS_PER_STEP} weken)` }));
    expect(await screen.findByText('a-19')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Meer laten zien/ })).not.toBeInTheDocument();
  });
});
