import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Exchange } from './http.ts';

/**
 * Conformance of the mock backend to the contract, `docs/openapi.json`, checked with a standard
 * JSON Schema 2020-12 validator (Ajv; OpenAPI 3.1 schemas are JSON Schema 2020-12):
 *
 * - every response a handler sends has a status the operation lists, the media type it lists for
 *   that status, and a body valid against that media type's schema;
 * - every request a handler accepted (a 2xx answer) has a body valid against the operation's
 *   request schema: a request the server takes must be one the contract allows.
 *
 * Node only (the unit tests and the HTTP server of the end-to-end tests register it with
 * `observeExchanges`); the browser's development mock never loads it. Responses made by the failure
 * switches (errors, delays, an unreachable API) are not handler answers and are not checked.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DOC_ID = 'https://werkmap.example/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export type Violation = { operation: string; status: number; problems: string[] };

type PathMatcher = { template: string; regex: RegExp; literalLength: number };

const pointer = (segments: string[]): string => segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/');

function baseType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export class Conformance {
  private readonly ajv: Ajv2020;
  private readonly paths: JsonObject;
  private readonly componentResponses: JsonObject;
  private readonly matchers: PathMatcher[];
  private readonly validators = new Map<string, ValidateFunction | Error>();
  private readonly pending = new Set<Promise<void>>();
  private violations: Violation[] = [];

  constructor(doc: JsonObject) {
    this.paths = doc.paths as JsonObject;
    this.componentResponses = ((doc.components as JsonObject | undefined)?.responses as JsonObject | undefined) ?? {};
    // strict off: the document carries OpenAPI keywords (paths, responses, example ...) around the schemas
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
    addFormats(this.ajv);
    this.ajv.addSchema({ ...doc, $id: DOC_ID } as object);
    this.matchers = Object.keys(this.paths)
      .map((template) => ({
        template,
        regex: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}/]+\}/g, '[^/]+')}$`),
        literalLength: template.replace(/\{[^}/]+\}/g, '').length,
      }))
      // the most literal template first: /intake/definition before /intake/definition/{version}
      .sort((a, b) => b.literalLength - a.literalLength);
  }

  /** The contract's path template for a path under /api, or undefined. */
  template(path: string): string | undefined {
    return this.matchers.find((m) => m.regex.test(path))?.template;
  }

  private validator(segments: string[]): ValidateFunction | Error {
    const ref = `${DOC_ID}#/${pointer(segments)}`;
    let validate = this.validators.get(ref);
    if (!validate) {
      try {
        validate = this.ajv.compile({ $ref: ref });
      } catch (error) {
        validate = error instanceof Error ? error : new Error(String(error));
      }
      this.validators.set(ref, validate);
    }
    return validate;
  }

  private validate(segments: string[], value: unknown, what: string, problems: string[]): void {
    const validate = this.validator(segments);
    if (validate instanceof Error) {
      problems.push(`${what}: the contract's schema cannot be compiled (${validate.message})`);
      return;
    }
    if (!validate(value)) {
      const errors = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
      problems.push(`${what} does not match the contract: ${errors.join('; ')}`);
    }
  }

  /** Checks one exchange; returns the problems found (empty when it conforms). */
  async check({ request, response, path }: Exchange): Promise<Violation | null> {
    const method = request.method.toLowerCase();
    const status = response.status;
    const template = this.template(path);
    const label = `${method.toUpperCase()} ${template ?? path}`;
    const problems: string[] = [];
    // an unknown path answered with the catch-all 404 is what the contract promises for it
    if (!template) {
      if (status === 404) return null;
      return { operation: label, status, problems: ['no operation in the contract has this path'] };
    }
    const item = this.paths[template] as JsonObject;
    if (!METHODS.includes(method as (typeof METHODS)[number]) || !item[method]) {
      // an unknown method on a known path: a 404 or 405 problem is fine
      if (status === 404 || status === 405) return null;
      return { operation: label, status, problems: ['the contract has no such operation'] };
    }
    const operation = item[method] as JsonObject;
    const responses = operation.responses as JsonObject;
    const key = String(status);
    if (!responses[key]) {
      problems.push(`status ${status} is not listed for this operation`);
    } else {
      const { object: responseObject, segments } = this.response(template, method, key);
      const content = responseObject?.content as JsonObject | undefined;
      const bodyText = status === 204 || status === 304 ? '' : await response.text();
      if (!content) {
        if (bodyText !== '') problems.push('the response has a body where the contract lists none');
      } else {
        const type = baseType(response.headers.get('Content-Type'));
        const media = content[type] as JsonObject | undefined;
        if (!media) {
          problems.push(`content type "${type}" is not listed (listed: ${Object.keys(content).join(', ')})`);
        } else if (media.schema && (type.endsWith('json') || type.endsWith('+json'))) {
          let body: unknown;
          try {
            body = JSON.parse(bodyText);
          } catch {
            problems.push('the response body is not JSON');
          }
          if (body !== undefined) this.validate([...segments, 'content', type, 'schema'], body, 'the response body', problems);
        }
      }
    }
    // a request the server accepted must be one the contract allows
    const requestBody = operation.requestBody as JsonObject | undefined;
    if (status >= 200 && status < 300 && requestBody) {
      const content = requestBody.content as JsonObject;
      const type = baseType(request.headers.get('Content-Type'));
      const media = content[type] as JsonObject | undefined;
      if (!media) {
        problems.push(`the server accepted a request body of type "${type}" the contract does not list (listed: ${Object.keys(content).join(', ')})`);
      } else if (media.schema && type.endsWith('json')) {
        let body: unknown;
        try {
          body = JSON.parse(await request.text());
        } catch {
          problems.push('the server accepted a request body that is not JSON');
        }
        if (body !== undefined) this.validate(['paths', template, method, 'requestBody', 'content', type, 'schema'], body, 'the accepted request body', problems);
      }
    }
    return problems.length > 0 ? { operation: label, status, problems } : null;
  }

  /** Compiles every request and response schema of the contract; returns what cannot be compiled. */
  compileAll(): string[] {
    const problems: string[] = [];
    for (const [template, item] of Object.entries(this.paths)) {
      for (const method of METHODS) {
        const operation = (item as JsonObject)[method] as JsonObject | undefined;
        if (!operation) continue;
        const targets: string[][] = [];
        const requestContent = (operation.requestBody as JsonObject | undefined)?.content as JsonObject | undefined;
        for (const type of Object.keys(requestContent ?? {})) targets.push(['paths', template, method, 'requestBody', 'content', type, 'schema']);
        for (const status of Object.keys(operation.responses as JsonObject)) {
          const { object, segments } = this.response(template, method, status);
          const content = (object.content as JsonObject | undefined) ?? {};
          for (const [type, media] of Object.entries(content)) {
            if ((media as JsonObject).schema) targets.push([...segments, 'content', type, 'schema']);
          }
        }
        for (const segments of targets) {
          const validate = this.validator(segments);
          if (validate instanceof Error) problems.push(`${method.toUpperCase()} ${template} ${segments.slice(3).join(' ')}: ${validate.message}`);
        }
      }
    }
    return problems;
  }

  /** An operation's response for a status, resolved when it is a `$ref` to components/responses, with its JSON pointer. */
  private response(template: string, method: string, status: string): { object: JsonObject; segments: string[] } {
    const inline = ((this.paths[template] as JsonObject)[method] as JsonObject).responses as JsonObject;
    const object = inline[status] as JsonObject;
    if (typeof object.$ref !== 'string') return { object, segments: ['paths', template, method, 'responses', status] };
    const name = object.$ref.replace('#/components/responses/', '');
    return { object: this.componentResponses[name] as JsonObject, segments: ['components', 'responses', name] };
  }

  /** For `observeExchanges`: checks in the background; `settle()` waits for the checks. */
  readonly observe = (exchange: Exchange): void => {
    const check = this.check(exchange)
      .then((violation) => {
        if (violation) this.violations.push(violation);
      })
      .catch((error: unknown) => {
        this.violations.push({ operation: exchange.path, status: exchange.response.status, problems: [`the check failed: ${(error as Error)?.message}`] });
      })
      .finally(() => this.pending.delete(check));
    this.pending.add(check);
  };

  /** Waits for the checks under way, then returns the violations found since the last call and forgets them. */
  async take(): Promise<Violation[]> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
    const found = this.violations;
    this.violations = [];
    return found;
  }
}

export function describeViolations(violations: Violation[]): string {
  return [
    'The mock backend and docs/openapi.json disagree (fix the handler, or the contract with `npm run openapi`):',
    ...violations.map((v) => `- ${v.operation} → ${v.status}: ${v.problems.join(' | ')}`),
  ].join('\n');
}

let shared: Conformance | undefined;

/** The contract as committed (`docs/openapi.json`), read once. */
export function contractConformance(): Conformance {
  shared ??= new Conformance(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'docs', 'openapi.json'), 'utf8')) as JsonObject);
  return shared;
}
