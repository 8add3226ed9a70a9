import { z } from 'zod';
import { serviceLineSchema } from '#src/shared/lib/domain.ts';
import { parsePeriod, periodIdSchema } from '#src/features/management/period.ts';
import { managementFiguresSchema } from '#src/features/management/schemas.ts';
import { recordFiguresView } from '../audit.ts';
import { todayIso } from '../clock.ts';
import { authenticate, forbidden, json, problem, requireRole, route, validationProblem, type Operation } from '../http.ts';
import { managementHistory } from '../management/history.ts';
import { computeFigures } from '../management/figures.ts';
import { COACHES, TEAMS } from '../management/teams.ts';

/**
 * The teamleider's figures (issue 21): aggregates of their own team only, with the small-cell
 * rule applied here, before anything leaves the server (decision 015). A teamleider gets no
 * endpoint about one client (they all refuse the role), and every look is logged.
 */

const querySchema = z.object({
  period: periodIdSchema,
  coach: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/).nullable(),
  line: serviceLineSchema.nullable(),
});

export const handlers = [
  route('GET', '/management/figures', ({ request }) => {
    const actor = authenticate(request);
    requireRole(actor, 'teamLead');
    const team = TEAMS.find((t) => t.leadId === actor.user.id);
    if (!team) throw forbidden();
    const params = new URL(request.url).searchParams;
    const parsed = querySchema.safeParse({ period: params.get('period') ?? '', coach: params.get('coach') || null, line: params.get('line') || null });
    if (!parsed.success) {
      throw validationProblem(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? '_form'), ['validation.invalid']])));
    }
    const { coach, line } = parsed.data;
    const period = parsePeriod(parsed.data.period);
    const today = todayIso();
    if (!period || period.start > today) throw validationProblem({ period: ['validation.invalid'] });
    const teamCoaches = COACHES.filter((c) => c.teamId === team.id);
    // another team's coach, or no coach at all: the same refusal
    if (coach !== null && !teamCoaches.some((c) => c.id === coach)) throw forbidden();
    const coaches = coach === null ? teamCoaches : teamCoaches.filter((c) => c.id === coach);
    recordFiguresView(actor, { teamId: team.id, period: period.id, coach, line });
    const figures = computeFigures(managementHistory(today).clients, { period, today, coaches, line });
    // two filters together (a coach and a line) can come down to a handful of people: refused
    if (figures === null) throw problem(422, { code: 'too-few-people' });
    return json(
      managementFiguresSchema.parse({
        period: { id: period.id, start: period.start, end: period.end, months: period.months.length },
        team: { id: team.id, name: team.name },
        coaches: teamCoaches.map(({ id, name, fte }) => ({ id, name, fte })),
        filters: { coach, line },
        figures,
      }),
    );
  }),
];

export const operations: Operation[] = [
  {
    operationId: 'getManagementFigures',
    method: 'GET',
    path: '/management/figures',
    summary: "The team's figures",
    description:
      "The figures of the signed-in teamleider's own team for a period (`2026-11`, `2026-Q3`, `2026`), optionally of one of the team's coaches and/or one service line: aggregates only. Every count below 5 people, and every count that could be worked out from the totals shown, is `{ value: null, suppressed: true }`; a rate is suppressed when its numerator or the rest is below 5. Filters that leave fewer than 5 people in the period are refused (422 `too-few-people`). Each call is logged (who, team, period, filters). Only for a teamleider (role `teamLead`); 403 for everyone else and for a coach outside the team; 422 `validation` for a period that is not a month, quarter or year or lies in the future.",
    tag: 'management',
    auth: true,
    query: [
      { name: 'period', description: 'A month `YYYY-MM`, a quarter `YYYY-Qn` or a year `YYYY`', schema: periodIdSchema },
      { name: 'coach', description: "One of the team's coaches (their id)", schema: z.string() },
      { name: 'line', description: 'One service line', schema: serviceLineSchema },
    ],
    response: { name: 'ManagementFigures', schema: managementFiguresSchema },
    responses: [200, 401, 403, 422],
  },
];
