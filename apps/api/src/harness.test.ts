/**
 * The OpenAPI-driven harness: every operation of the live document is called with bad input and
 * without the right to call it. Each later endpoint is covered the day it is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleSchema, type Role } from '@huahe/contracts';
import { createTestApp, type Client, type TestApp } from '../test/app';

type Schema = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  operationId: string;
  access: 'public' | 'user' | { roles: Role[] };
  parameters: { name: string; in: string; required?: boolean; schema: Schema }[];
  body?: Schema;
  /** The content type of a file upload, when the body is a file. */
  upload?: string;
}

let t: TestApp;
let doc: Schema;
let operations: Operation[];
const demoUser: Record<Role, string | null> = {
  platform_admin: 'admin@demo.huahe',
  bureau_staff: 'bureau@demo.huahe',
  expert: 'expert@demo.huahe',
  secretariat: 'secretariat@demo.huahe',
  member_admin: 'member@demo.huahe',
  member_staff: null,
};

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.anonymous().get('/api/openapi.json')).body;
  operations = Object.entries(doc.paths as Record<string, Record<string, Schema>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      operationId: op.operationId,
      access: op['x-huahe-access'],
      parameters: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
      upload: Object.keys(op.requestBody?.content ?? {}).find((t) => t !== 'application/json'),
    })),
  );
});
afterAll(() => t.close());

const resolve = (s: Schema | undefined): Schema => {
  let cur = s ?? {};
  while (cur.$ref) cur = doc.components.schemas[(cur.$ref as string).split('/').pop()!];
  return cur;
};

/** A value that satisfies the schema where it can (examples, formats, bounds). */
function sample(s0: Schema, depth = 0): unknown {
  const s = resolve(s0);
  if (s.examples?.length) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf || s.oneOf) return sample((s.anyOf ?? s.oneOf)[0], depth + 1);
  switch (Array.isArray(s.type) ? s.type.find((x: string) => x !== 'null') : s.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? []) out[k] = sample(s.properties?.[k] ?? {}, depth + 1);
      return out;
    }
    case 'array':
      return depth > 4 ? [] : Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}, depth + 1));
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (s.format === 'email') return 'someone@example.cn';
      if (s.format === 'date') return '2026-01-01';
      if (s.format === 'date-time') return '2026-01-01T00:00:00.000Z';
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    default:
      return null;
  }
}

const urlOf = (op: Operation, params: Record<string, string> = {}) =>
  op.path.replace(/\{(\w+)\}/g, (_, n: string) =>
    encodeURIComponent(params[n] ?? '00000000-0000-4000-8000-000000000000'),
  );

function expectErrorBody(res: { status: number; body: any }, where: string) {
  expect(res.status, `${where}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
  if (res.status >= 400) {
    expect(res.body?.error?.code, where).toEqual(expect.any(String));
    expect(res.body?.error?.message, where).toEqual(expect.any(String));
  }
}

async function asUser(role: Role): Promise<Client> {
  return t.login(demoUser[role]!);
}

/** A session that may reach the operation (its first allowed role, or the admin). */
async function allowed(op: Operation): Promise<Client> {
  if (op.access === 'public' || op.access === 'user') return asUser('platform_admin');
  const role = op.access.roles.find((r) => demoUser[r]);
  return asUser(role!);
}

describe('the OpenAPI harness', () => {
  it('finds every operation with an id and an access rule', () => {
    expect(operations.length).toBeGreaterThan(10);
    for (const op of operations) {
      expect(op.operationId, `${op.method} ${op.path}`).toBeTruthy();
      expect(op.access, `${op.method} ${op.path}`).toBeTruthy();
    }
  });

  it('answers 401 to every non-public operation without a session', async () => {
    for (const op of operations.filter((o) => o.access !== 'public')) {
      const res = await t.anonymous().request(op.method, urlOf(op), op.body ? sample(op.body) : undefined);
      expect(res.status, `${op.method} ${op.path}`).toBe(401);
      expectErrorBody(res, `${op.method} ${op.path}`);
    }
  });

  it('answers 404 to a logged-in role that may not reach the operation, before looking at its input', async () => {
    let checked = 0;
    for (const op of operations) {
      if (typeof op.access !== 'object') continue;
      const denied = roleSchema.options.filter(
        (r) => !(op.access as { roles: Role[] }).roles.includes(r) && demoUser[r],
      );
      for (const role of denied) {
        const c = await asUser(role);
        const res = await c.request(op.method, urlOf(op), op.body ? { garbage: true } : undefined);
        expect([401, 404], `${role} → ${op.method} ${op.path}: ${res.status}`).toContain(res.status);
        expectErrorBody(res, `${role} → ${op.method} ${op.path}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('rejects bad path ids with a 4xx error body', async () => {
    const bad = ['not-a-uuid', '1', "1' or '1'='1", 'x'.repeat(300), '%00', '../../etc/passwd'];
    for (const op of operations.filter((o) => o.path.includes('{'))) {
      const c = await allowed(op);
      for (const value of bad) {
        const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
        const url = op.path.replace(/\{(\w+)\}/g, (_, n: string) =>
          n === names[0] ? encodeURIComponent(value) : '00000000-0000-4000-8000-000000000000',
        );
        const res = await c.request(op.method, url, op.body ? sample(op.body) : undefined);
        expect(res.status, `${op.method} ${url}`).toBeGreaterThanOrEqual(400);
        expectErrorBody(res, `${op.method} ${url}`);
      }
    }
  });

  it('rejects unknown and wrongly typed query parameters with 400', async () => {
    for (const op of operations.filter((o) => o.parameters.some((p) => p.in === 'query'))) {
      const c = await allowed(op);
      const unknown = await c.request(op.method, `${urlOf(op)}?zz_unknown=1`);
      expect(unknown.status, `${op.operationId} unknown query`).toBe(400);
      expectErrorBody(unknown, op.operationId);
      for (const p of op.parameters.filter((x) => x.in === 'query')) {
        const s = resolve(p.schema);
        const wrong =
          s.type === 'integer' || s.type === 'number'
            ? 'abc'
            : s.format === 'uuid'
              ? 'nope'
              : s.enum
                ? 'zz-not-a-value'
                : 'x'.repeat(5000);
        const res = await c.request(op.method, `${urlOf(op)}?${p.name}=${encodeURIComponent(wrong)}`);
        expect(res.status, `${op.operationId} ?${p.name}=${wrong.slice(0, 10)}`).toBe(400);
        expectErrorBody(res, `${op.operationId} ?${p.name}`);
      }
    }
  });

  it('rejects malformed, wrongly typed, oversized and over-specified bodies with a 4xx error body', async () => {
    for (const op of operations.filter((o) => o.body)) {
      const where = `${op.method} ${op.path}`;
      const c = await allowed(op);
      const url = urlOf(op);
      const send = (payload: string, contentType = 'application/json') =>
        c.request(op.method, url, payload, { 'content-type': contentType });

      for (const payload of [
        '{bad json',
        '',
        'null',
        '[]',
        '42',
        '"text"',
        '{"__proto__": {"admin": true}}',
      ]) {
        const res = await send(payload);
        expect(res.status, `${where} body ${payload}`).toBeGreaterThanOrEqual(400);
        expectErrorBody(res, `${where} body ${payload}`);
      }
      const plain = await send('hello', 'text/plain');
      expect(plain.status, `${where} text/plain`).toBe(415);

      const valid = sample(op.body!) as Record<string, unknown>;
      const extra = await c.request(op.method, url, { ...valid, zz_unknown_field: 1 });
      expect(extra.status, `${where} unknown field`).toBe(400);
      expect(JSON.stringify(extra.body.error.details ?? []), `${where} unknown field`).toContain(
        'zz_unknown_field',
      );

      const props = resolve(op.body).properties ?? {};
      for (const [name, ps] of Object.entries<Schema>(props)) {
        const s0 = resolve(ps);
        const s = s0.anyOf ? resolve(s0.anyOf.find((b: Schema) => resolve(b).type !== 'null')) : s0;
        const wrongType =
          s.type === 'string' ? 12345 : s.type === 'array' ? 'not-an-array' : 'not-a-number-or-object';
        const wrong = await c.request(op.method, url, { ...valid, [name]: wrongType });
        expect(wrong.status, `${where} ${name} wrong type`).toBe(400);
        expectErrorBody(wrong, `${where} ${name}`);
        if (s.type === 'string') {
          const big = await c.request(op.method, url, { ...valid, [name]: 'x'.repeat(200_000) });
          expect(big.status, `${where} ${name} oversized`).toBeGreaterThanOrEqual(400);
          expect(big.status, `${where} ${name} oversized`).toBeLessThan(500);
        }
      }
      const huge = await send(JSON.stringify({ blob: 'x'.repeat(5 * 1024 * 1024) }));
      expect(huge.status, `${where} huge body`).toBe(413);
    }
  });

  it('rejects uploads that are not the expected file, or not a file at all, with a 4xx error body', async () => {
    const uploads = operations.filter((o) => o.upload);
    for (const op of uploads) {
      const c = await allowed(op);
      const url = urlOf(op);
      for (const bytes of ['', 'PK\u0003\u0004 truncated zip', 'plain text', '\u0000'.repeat(100)]) {
        const res = await c.request(op.method, url, bytes, { 'content-type': op.upload! });
        expect(res.status, `${op.operationId} ${JSON.stringify(bytes.slice(0, 12))}`).toBeGreaterThanOrEqual(
          400,
        );
        expectErrorBody(res, op.operationId);
      }
      const json = await c.request(op.method, url, '{"a":1}', {
        'content-type': 'application/json',
      });
      expect(json.status, `${op.operationId} json`).toBe(415);
      const big = await c.request(op.method, url, Buffer.alloc(11 * 1024 * 1024), {
        'content-type': op.upload!,
      });
      expect(big.status, `${op.operationId} 11 MB`).toBe(413);
    }
  });

  it('never answers 5xx to a plausible call by an allowed user', async () => {
    for (const op of operations) {
      const c = await allowed(op);
      const res = await c.request(op.method, urlOf(op), op.body ? sample(op.body) : undefined);
      expectErrorBody(res, `${op.method} ${op.path}`);
    }
  });
});
