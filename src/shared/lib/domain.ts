import { z } from 'zod';

/** The three dienstverleningslijnen (service lines). */
export const serviceLineSchema = z.enum(['selfReliant', 'guidedSupport', 'socialParticipation']);
export type ServiceLine = z.infer<typeof serviceLineSchema>;

/**
 * `jobBroker`: the regisseur werk (links consenting, placeable clients to vacancies).
 * `teamLead`: the teamleider (issue 21): their team's figures, aggregates only.
 * `functionalAdmin`: the functioneel beheerder (tunes the entreevragenlijst's rules; never sees a client).
 */
export const roleSchema = z.enum(['client', 'coach', 'helper', 'jobBroker', 'teamLead', 'functionalAdmin']);
export type Role = z.infer<typeof roleSchema>;

/** An ISO date without time, e.g. 2026-11-23. */
export const isoDateSchema = z.iso.date({ error: 'validation.date.invalid' });
/** An ISO date-time with offset. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Ids made on the device or the server: UUIDs or readable seed ids. */
export const idSchema = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/);
