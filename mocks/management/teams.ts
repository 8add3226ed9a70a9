import type { UserRecord } from '../db/records.ts';

/**
 * The teams of the management history (issue 21): 10 coaches in 2 teams, each with a teamleider
 * who signs in on the test DigiD. The coaches are the history's only (they do not sign in); the
 * store's own coaches (Marieke, Sander, Ruud) belong to no team, so their numbers stay as they are.
 */

export type Coach = { id: string; name: string; fte: number; teamId: string };
export type Team = { id: string; name: string; leadId: string };

export const MANAGEMENT_IDS = { leads: { noord: 'lead-yvonne', zuid: 'lead-hans' } } as const;

export const TEAMS: readonly Team[] = [
  { id: 'team-noord', name: 'Team Werk Noord', leadId: MANAGEMENT_IDS.leads.noord },
  { id: 'team-zuid', name: 'Team Werk Zuid', leadId: MANAGEMENT_IDS.leads.zuid },
];

export const COACHES: readonly Coach[] = [
  ['Lotte de Vries', 1], ['Jeroen Mulder', 0.8], ['Fatima El Idrissi', 1], ['Koen Smit', 0.6], ['Anouk Visser', 1],
  ['Bas Jansen', 1], ['Esther Kok', 0.8], ['Mehmet Yilmaz', 1], ['Ingrid Meijer', 1], ['Tom Dekker', 0.8],
].map(([name, fte], i) => ({ id: `mgmt-coach-${String(i + 1).padStart(2, '0')}`, name: name as string, fte: fte as number, teamId: i < 5 ? 'team-noord' : 'team-zuid' }));

export const TEAM_LEADS: UserRecord[] = [
  {
    id: MANAGEMENT_IDS.leads.noord, role: 'teamLead', name: 'Yvonne Smit', clientId: null,
    description: 'Teamleider van Team Werk Noord (5 e-coaches). Ziet alleen cijfers van het team, nooit een cliënt.',
  },
  {
    id: MANAGEMENT_IDS.leads.zuid, role: 'teamLead', name: 'Hans Dijkstra', clientId: null,
    description: 'Teamleider van Team Werk Zuid (5 e-coaches). Ziet alleen cijfers van het team, nooit een cliënt.',
  },
];
