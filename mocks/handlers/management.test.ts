import { describe, expect, it } from 'vitest';
import { managementFiguresSchema } from '#src/features/management/schemas.ts';
import { periodOf } from '#src/features/management/period.ts';
import { db } from '../db.ts';
import { addDays, todayIso } from '../clock.ts';
import { call, PER_CLIENT_READS, signIn } from '../testing.ts';

const quarter = () => periodOf(todayIso(), 'quarter');

async function figuresAs(personaId: string, query: string) {
  const { token } = await signIn(personaId);
  return call(`/management/figures?${query}`, { token });
}

describe('the teamleider (teamLead)', () => {
  it('signs in as a persona of the test DigiD', async () => {
    const personas = (await (await call('/auth/personas')).json()) as Array<{ id: string; role: string }>;
    expect(personas).toContainEqual(expect.objectContaining({ id: 'lead-yvonne', role: 'teamLead' }));
    expect((await signIn('lead-yvonne')).user).toMatchObject({ role: 'teamLead', clientId: null });
  });

  it.each([...PER_CLIENT_READS, ['the regisseur’s vacancies', '/broker/vacancies']])('cannot read %s', async (_what, path) => {
    const { token } = await signIn('lead-yvonne');
    expect((await call(path, { token })).status).toBe(403);
  });

  it('sees only the own team: its coaches, never another team’s', async () => {
    const yvonne = managementFiguresSchema.parse(await (await figuresAs('lead-yvonne', `period=${quarter()}`)).json());
    const hans = managementFiguresSchema.parse(await (await figuresAs('lead-hans', `period=${quarter()}`)).json());
    expect(yvonne.team.name).toBe('Team Werk Noord');
    expect(yvonne.coaches.map((c) => c.id)).toEqual(['mgmt-coach-01', 'mgmt-coach-02', 'mgmt-coach-03', 'mgmt-coach-04', 'mgmt-coach-05']);
    expect(hans.coaches.map((c) => c.id)).not.toContain('mgmt-coach-01');
    // a coach of the other team is refused like anything else not theirs
    expect((await figuresAs('lead-yvonne', `period=${quarter()}&coach=mgmt-coach-06`)).status).toBe(403);
    expect((await figuresAs('lead-yvonne', `period=${quarter()}&coach=coach-marieke`)).status).toBe(403);
  });

  it('answers aggregates only, with "< 5" as null and suppressed', async () => {
    const response = await figuresAs('lead-yvonne', `period=${quarter()}&coach=mgmt-coach-01`);
    expect(response.status).toBe(200);
    const body = managementFiguresSchema.parse(await response.json());
    expect(body.filters).toEqual({ coach: 'mgmt-coach-01', line: null });
    const cells = body.figures.flatMap((f) => f.table.rows.flatMap((r) => r.cells));
    expect(cells.some((c) => c.suppressed && c.value === null)).toBe(true);
    expect(cells.every((c) => c.suppressed || (c.value as number) >= 5)).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/mgmt-client|client-/);
  });

  it('refuses a combination of filters that leaves fewer than 5 people', async () => {
    // the history starts 13 months ago: in its first month one coach has only a few clients of a line
    const first = periodOf(addDays(todayIso(), -392), 'month');
    expect((await figuresAs('lead-yvonne', `period=${first}`)).status).toBe(200);
    const response = await figuresAs('lead-yvonne', `period=${first}&coach=mgmt-coach-04&line=socialParticipation`);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: 'too-few-people' });
  });

  it.each(['', 'period=2026-13', 'period=2999', 'period=2026-Q5', `period=${quarter()}&line=everyone`])('refuses the query %j', async (query) => {
    expect((await figuresAs('lead-yvonne', query)).status).toBe(422);
  });

  it.each(['client-anna', 'coach-marieke', 'helper-stip-1', 'broker-renate'])('is refused to %s', async (personaId) => {
    expect((await figuresAs(personaId, `period=${quarter()}`)).status).toBe(403);
  });

  it('logs who looked at which figures', async () => {
    await figuresAs('lead-yvonne', `period=${quarter()}&line=selfReliant`);
    expect(db.figuresLog.list()).toContainEqual(
      expect.objectContaining({ actorId: 'lead-yvonne', actorName: 'Yvonne Smit', teamId: 'team-noord', period: quarter(), coach: null, line: 'selfReliant' }),
    );
  });
});
