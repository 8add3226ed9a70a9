import type { HttpHandler } from 'msw';
import type { Operation } from '../http.ts';
import { problem, route, urlLimitHandler } from '../http.ts';
import { registerBodyPolicies } from '../limits.ts';
import * as activities from './activities.ts';
import * as auth from './auth.ts';
import * as caseload from './caseload.ts';
import * as cv from './cv.ts';
import * as helper from './helper.ts';
import * as intake from './intake.ts';
import * as myData from './my-data.ts';
import * as overview from './overview.ts';
import * as profile from './profile.ts';
import * as messages from './messages.ts';
import * as tasks from './tasks.ts';
import * as portfolio from './portfolio.ts';
import * as files from '../uploads.ts';
import * as vacancies from './vacancies.ts';
import * as matching from './matching.ts';
import * as notifications from './notifications.ts';
import * as management from './management.ts';
import * as intakeRules from './intake-rules.ts';
import * as ladder from './ladder.ts';

/** Every resource's handlers, used by all three hosts (browser, Vitest, HTTP server). */
const resources = [auth, overview, profile, caseload, helper, intake, activities, files, cv, messages, tasks, portfolio, myData, vacancies, matching, notifications, management, intakeRules, ladder];

/** Any other `/api` request gets a 404 problem, like a real server (never passed through). */
const notFound = route('ALL', '/*', () => problem(404, { code: 'no-such-endpoint' }));

/** The URL limit comes first: MSW's matcher throws on a URL over 8192 characters. */
export const handlers: HttpHandler[] = [urlLimitHandler, ...resources.flatMap((resource) => resource.handlers), notFound];

/** Every endpoint's description, for the OpenAPI document. */
export const operations: Operation[] = resources.flatMap((resource) => resource.operations);

// each route finds its body limit and type (mocks/limits.ts) by its operation
registerBodyPolicies(operations);
