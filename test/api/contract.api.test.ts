import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/client.js';
import { createDemoApp, loginAs } from '../helpers/demoApp.js';

/**
 * One API contract: every route declares the schema of its successful answer (so /api/docs documents it), and the
 * web types those answers with the server's inferred types instead of copies of its own.
 */

const root = new URL('../../', import.meta.url).pathname;

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; [key: string]: unknown };
interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

/** Source files under `dir`, tests left out. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !/\.test\.tsx?$/.test(f.name))
    .map((f) => relative(root, join(f.parentPath, f.name)));
}
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** A 2xx answer with a body schema that says something, or a 204 (no body by definition). */
const declaresSuccess = (op: Operation) =>
  Object.entries(op.responses ?? {}).some(
    ([status, r]) =>
      /^2\d\d$/.test(status) &&
      (status === '204' || Object.values(r.content ?? {}).some((c) => c.schema && Object.keys(c.schema).length > 0)),
  );

/** The property names of every object schema inside `schema`, each set sorted and joined. */
function objectKeySets(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => objectKeySets(s, into));
  else if (schema && typeof schema === 'object') {
    const props = (schema as JsonSchema).properties;
    if (props && Object.keys(props).length >= 2) into.add(Object.keys(props).sort().join(','));
    Object.values(schema).forEach((s) => objectKeySets(s, into));
  }
  return into;
}

/** Names of the types the server infers from its schemas: `export type X = z.infer<…>` (or z.input / z.output). */
const serverSchemaTypes = () =>
  new Set(sources('src/services').flatMap((f) => [...read(f).matchAll(/^export type (\w+) = z\.(?:infer|input|output)</gm)].map((m) => m[1])));

/**
 * Web-only types with the field names of an answer: form state holding what the inputs hold (Dayjs dates, unset
 * fields), and a chart's time window in milliseconds ({ from, to }, the names of a credit scheme's years).
 */
const WEB_ONLY = new Set(['EiaApprovalValues', 'EmergencyPlanValues', 'LimitValues', 'TimeRange']);

interface WebDeclaration {
  where: string;
  name: string;
  /** Own property names of an interface or object type, sorted and joined; null for other types. */
  keys: string | null;
}

/** `interface X {…}` and `type X = …` declarations of a web source file, with their own top-level property names. */
function webDeclarations(file: string): WebDeclaration[] {
  const text = read(file);
  return [...text.matchAll(/^[ \t]*(?:export\s+)?(?:interface\s+(\w+)[^{=]*\{|type\s+(\w+)(?:<[^=]*>)?\s*=\s*(\{)?)/gm)].map((m) => {
    const name = m[1] ?? m[2];
    const where = `${file}:${text.slice(0, m.index).split('\n').length}`;
    if (!m[1] && !m[3]) return { where, name, keys: null };
    // The body up to its closing brace; property names are the lines at depth 1.
    const keys: string[] = [];
    let depth = 1;
    let line = '';
    for (const ch of text.slice(m.index + m[0].length)) {
      if (ch === '{' || ch === '(' || ch === '[') depth++;
      if (ch === '}' || ch === ')' || ch === ']') depth--;
      if (depth === 0) break;
      if (ch === '\n') line = '';
      else if (depth === 1) {
        line += ch;
        const key = /^\s*(?:readonly\s+)?(\w+)\??:$/.exec(line);
        if (key) keys.push(key[1]);
      }
    }
    return { where, name, keys: keys.length ? keys.sort().join(',') : null };
  });
}

describe('one API contract', () => {
  let store: Store;
  let app: FastifyInstance;
  let operations: { route: string; op: Operation }[];

  beforeAll(async () => {
    ({ store, app } = await createDemoApp('pglite'));
    await app.ready();
    const spec = app.swagger() as { paths: Record<string, Record<string, Operation>> };
    operations = Object.entries(spec.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })),
    );
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('documents the successful answer of every route in the OpenAPI document', () => {
    // Counted in src/server: health 1, auth 4, users 5, parks 9, region 1, enterprises 9, monitoring 9, reference 2, reports 6.
    expect(operations.length).toBeGreaterThanOrEqual(46);
    const offenders = operations.filter((o) => !declaresSuccess(o.op)).map((o) => o.route);
    expect(offenders, `routes without a 2xx response schema:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('sends a workbook download as the file itself, not through the JSON serializer', async () => {
    const admin = await loginAs(app, 'admin');
    const res = await admin.get('/api/enterprises/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    expect(res.rawPayload.subarray(0, 4)).toEqual(Buffer.from('PK\u0003\u0004')); // a zip archive, as .xlsx is
  });

  describe('the web declares none of the types the server defines', () => {
    const web = sources('web/src');
    const declarations = web.flatMap(webDeclarations);

    it('imports server modules for their types only, so no server code is bundled', () => {
      const valueImports = web.flatMap((f) =>
        [...read(f).matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']*\/src\/(?:services|server|store|cli)\/[^']*)'/gm)].map((m) => `${f}: ${m[1]}`),
      );
      expect(valueImports).toEqual([]);
    });

    it('declares no type under the name of a schema type of the server', () => {
      const server = serverSchemaTypes();
      expect(server).toContain('EnterpriseView'); // the collection finds them
      const copies = declarations.filter((d) => server.has(d.name)).map((d) => `${d.where} ${d.name}`);
      expect(copies, `declared in the web, inferred on the server:\n${copies.join('\n')}`).toEqual([]);
    });

    it('declares no interface with the fields of an answer the server describes (a renamed copy)', () => {
      const answers = new Set<string>();
      for (const { op } of operations) objectKeySets(op.responses, answers);
      expect(answers).toContain(['code', 'divisionCode', 'divisionName', 'id', 'level', 'name', 'retiredAt'].join(',')); // ParkSummary
      expect(declarations.filter((d) => d.keys).length).toBeGreaterThan(10); // the parser finds the web's interfaces
      const copies = declarations
        .filter((d) => d.keys && answers.has(d.keys) && !WEB_ONLY.has(d.name))
        .map((d) => `${d.where} ${d.name} { ${d.keys} }`);
      expect(copies, `web interfaces with the fields of a server answer:\n${copies.join('\n')}`).toEqual([]);
    });
  });
});
