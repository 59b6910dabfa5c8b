import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Database } from '@huahe/db';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import type { Clock } from '../src/lib/clock';
import { DEMO_PASSWORD } from '../src/seed/demo';
import { createTestDatabase } from './db';

/** A clock tests can move. */
export class TestClock implements Clock {
  constructor(private t = new Date('2026-11-27T08:00:00.000Z')) {}
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t = new Date(this.t.getTime() + ms);
  }
}

/** An HTTP client for one logged-in user (or nobody), over app.inject(). */
export class Client {
  cookie?: string;
  csrf?: string;
  bearer?: string;
  constructor(
    readonly app: FastifyInstance,
    readonly lang: 'zh-CN' | 'en' = 'zh-CN',
  ) {}

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.inject({
      method,
      url,
      headers: h,
      ...(body === undefined
        ? {}
        : typeof body === 'string'
          ? { payload: body }
          : { payload: body as object }),
    });
    return {
      status: res.statusCode,
      body: res.body ? (safeJson(res.body) as any) : undefined,
      headers: res.headers,
      raw: res,
    };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  clock: TestClock;
  anonymous(lang?: 'zh-CN' | 'en'): Client;
  login(email: string, password?: string, lang?: 'zh-CN' | 'en'): Promise<Client>;
  close(): Promise<void>;
}

/** The real application on a database of its own, with the demo data unless told otherwise. */
export async function createTestApp(
  opts: { seed?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  // The demo data comes from a template loaded once per run (seeding takes seconds).
  const database = await createTestDatabase({ seeded: opts.seed !== false });
  const clock = new TestClock();
  const config: Config = {
    ...loadConfig({}),
    rateLimitPerMinute: 0,
    webDist: '/nonexistent',
    ...opts.config,
  };
  const app = await buildApp({ database, config, clock, logger: false });
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    anonymous: (lang) => new Client(app, lang),
    async login(email, password = DEMO_PASSWORD, lang = 'zh-CN') {
      const c = new Client(app, lang);
      const res = await c.post('/api/auth/login', { email, password });
      if (res.status !== 200)
        throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      const set = res.headers['set-cookie'];
      c.cookie = (Array.isArray(set) ? set[0] : set)!.split(';')[0];
      c.csrf = res.body.csrfToken;
      return c;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
