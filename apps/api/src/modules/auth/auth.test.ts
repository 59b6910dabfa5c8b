import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login and sessions', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the user with roles', async () => {
    const res = await t
      .anonymous()
      .post('/api/auth/login', { email: 'Secretariat@Demo.Huahe', password: 'Huahe-demo-2026' });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^huahe_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(res.body.user.email).toBe('secretariat@demo.huahe');
    expect(res.body.user.roles[0].role).toBe('secretariat');
    expect(res.body.user.roles[0].consortiumName).toBe('元宇宙支撑技术与场景驱动创新联合体');
    expect(res.body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const s = await createTestApp({ seed: true, config: { trustProxy: true } });
    try {
      const res = await s
        .anonymous()
        .request(
          'POST',
          '/api/auth/login',
          { email: 'admin@demo.huahe', password: 'Huahe-demo-2026' },
          { 'x-forwarded-proto': 'https' },
        );
      expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await s.close();
    }
  });

  it('answers a wrong password and an unknown account alike, in the requested language', async () => {
    const wrong = await t
      .anonymous('en')
      .post('/api/auth/login', { email: 'admin@demo.huahe', password: 'nope-nope-1' });
    const unknown = await t
      .anonymous('en')
      .post('/api/auth/login', { email: 'ghost@demo.huahe', password: 'nope-nope-1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(unknown.body.error).toMatchObject({
      code: 'invalid_credentials',
      message: 'Wrong email or password.',
    });
    const zh = await t.anonymous().post('/api/auth/login', { email: 'ghost2@demo.huahe', password: 'x' });
    expect(zh.body.error.message).toBe('邮箱或密码不正确。');
  });

  it('locks an account after repeated failures, even for the right password, until the lockout ends', async () => {
    const c = t.anonymous();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push(
        (await c.post('/api/auth/login', { email: 'expert@demo.huahe', password: `bad-${i}` })).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const locked = await c.post('/api/auth/login', {
      email: 'expert@demo.huahe',
      password: 'Huahe-demo-2026',
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('locked_out');
    expect(locked.headers['retry-after']).toBe('900');
    t.clock.advance(16 * 60_000);
    expect(
      (await c.post('/api/auth/login', { email: 'expert@demo.huahe', password: 'Huahe-demo-2026' })).status,
    ).toBe(200);
  });

  it('refuses demo accounts when demo login is switched off', async () => {
    const s = await createTestApp({ config: { demoLogin: false } });
    try {
      const res = await s
        .anonymous()
        .post('/api/auth/login', { email: 'admin@demo.huahe', password: 'Huahe-demo-2026' });
      expect(res.status).toBe(401);
    } finally {
      await s.close();
    }
  });

  it('ends the session at logout', async () => {
    const c = await t.login('bureau@demo.huahe');
    expect((await c.get('/api/auth/session')).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(200);
    expect((await c.get('/api/auth/session')).status).toBe(401);
  });

  it('expires a session after its idle time', async () => {
    const c = await t.login('bureau@demo.huahe');
    t.clock.advance(13 * 3_600_000);
    expect((await c.get('/api/auth/session')).status).toBe(401);
  });
});

describe('CSRF and origin', () => {
  it('rejects a cookie-authenticated write without the CSRF token, and accepts it with the token', async () => {
    const c = await t.login('member@demo.huahe');
    const csrf = c.csrf;
    c.csrf = undefined;
    const denied = await c.put('/api/auth/preferences', { locale: 'en' });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('csrf_failed');
    c.csrf = 'forged-token-forged-token-forged-token-xx';
    expect((await c.put('/api/auth/preferences', { locale: 'en' })).status).toBe(403);
    c.csrf = csrf;
    expect((await c.put('/api/auth/preferences', { locale: 'en' })).status).toBe(200);
    expect((await c.get('/api/auth/session')).body.user.locale).toBe('en');
  });

  it('rejects a write from a foreign origin', async () => {
    const c = await t.login('member@demo.huahe');
    const res = await c.request(
      'PUT',
      '/api/auth/preferences',
      { locale: 'zh-CN' },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden_origin');
  });
});

describe('password policy', () => {
  it('needs the current password and a new one meeting the policy', async () => {
    const c = await t.login('bureau@demo.huahe');
    expect(
      (await c.put('/api/auth/password', { currentPassword: 'wrong', newPassword: 'Another-pass-2026' }))
        .status,
    ).toBe(401);
    const weak = await c.put('/api/auth/password', {
      currentPassword: 'Huahe-demo-2026',
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('weak_password');
    expect(weak.body.error.details.map((d: { code: string }) => d.code)).toEqual(['too_short', 'too_simple']);
  });
});

describe('API tokens', () => {
  it('creates a scoped token that works as a bearer, cannot write when read-only, and stops when revoked', async () => {
    const c = await t.login('admin@demo.huahe');
    const created = await c.post('/api/auth/tokens', { name: 'nightly export', scopes: ['read'] });
    expect(created.status).toBe(201);
    const secret: string = created.body.secret;
    expect(secret).toMatch(/^hh_/);
    expect(created.body.token.prefix).toBe(secret.slice(0, 10));

    const script = t.anonymous();
    script.bearer = secret;
    expect((await script.get('/api/users')).status).toBe(200);
    const write = await script.post('/api/users', {
      email: 'x@y.cn',
      displayName: 'X',
      password: 'Xyz-12345678',
    });
    expect(write.status).toBe(404);

    const listed = await c.get('/api/auth/tokens');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect((await c.delete(`/api/auth/tokens/${created.body.token.id}`)).status).toBe(200);
    expect((await script.get('/api/users')).status).toBe(401);
  });

  it('stores only the hash of a token', async () => {
    const c = await t.login('admin@demo.huahe');
    const { body } = await c.post('/api/auth/tokens', { name: 'check', scopes: ['read', 'write'] });
    const { queryRows } = await import('@huahe/db');
    const { sql } = await import('drizzle-orm');
    const rows = await queryRows<{ token_hash: string }>(
      t.database.db,
      sql`select token_hash from api_tokens`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash.includes(body.secret))).toBe(false);
  });

  it('refuses a malformed or unknown bearer token with 401', async () => {
    const s = t.anonymous();
    s.bearer = 'hh_not-a-real-token';
    expect((await s.get('/api/auth/session')).status).toBe(401);
    expect(
      (await t.anonymous().request('GET', '/api/audit', undefined, { authorization: 'Basic abc' })).status,
    ).toBe(401);
  });
});
