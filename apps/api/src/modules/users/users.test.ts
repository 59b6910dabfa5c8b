import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('account administration', () => {
  it('lets the platform admin create a user who can then log in', async () => {
    const admin = await t.login('admin@demo.huahe');
    const res = await admin.post('/api/users', {
      email: 'Li.Hua@Example.cn',
      displayName: '李华',
      password: 'Strong-pass-2026',
    });
    expect(res.status).toBe(201);
    expect(res.body.email).toBe('li.hua@example.cn');
    expect(res.body.roles).toEqual([]);
    await t.login('li.hua@example.cn', 'Strong-pass-2026');
  });

  it('rejects a duplicate email with 409 and changes nothing', async () => {
    const admin = await t.login('admin@demo.huahe');
    const before = (await admin.get('/api/users?pageSize=200')).body.total;
    const res = await admin.post('/api/users', {
      email: 'member@demo.huahe',
      displayName: 'dup',
      password: 'Strong-pass-2026',
    });
    expect(res.status).toBe(409);
    expect((await admin.get('/api/users?pageSize=200')).body.total).toBe(before);
  });

  it('binds roles to what they need: an organisation for member roles, a consortium for the secretariat', async () => {
    const admin = await t.login('admin@demo.huahe');
    const u = (
      await admin.post('/api/users', {
        email: 'staff@example.cn',
        displayName: '员工',
        password: 'Strong-pass-2026',
      })
    ).body;
    const missing = await admin.post(`/api/users/${u.id}/roles`, { role: 'member_staff' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].path).toBe('body.organisationId');
    const session = await (await t.login('member@demo.huahe')).get('/api/auth/session');
    const orgId = session.body.user.roles[0].organisationId;
    const ok = await admin.post(`/api/users/${u.id}/roles`, { role: 'member_staff', organisationId: orgId });
    expect(ok.status).toBe(200);
    expect(ok.body.roles).toMatchObject([
      { role: 'member_staff', organisationId: orgId, organisationName: '集美大学' },
    ]);
    const ghost = await admin.post(`/api/users/${u.id}/roles`, {
      role: 'member_staff',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(ghost.status).toBe(400);
    const removed = await admin.delete(`/api/users/${u.id}/roles/${ok.body.roles[0].id}`);
    expect(removed.body.roles).toEqual([]);
  });

  it('hides account administration from everyone else: 404 for other roles, 401 without a session', async () => {
    for (const email of [
      'bureau@demo.huahe',
      'expert@demo.huahe',
      'secretariat@demo.huahe',
      'member@demo.huahe',
    ]) {
      const c = await t.login(email);
      expect((await c.get('/api/users')).status).toBe(404);
      expect(
        (await c.post('/api/users', { email: 'a@b.cn', displayName: 'a', password: 'Strong-pass-2026' }))
          .status,
      ).toBe(404);
    }
    expect((await t.anonymous().get('/api/users')).status).toBe(401);
  });

  it('ends the sessions of a deactivated user', async () => {
    const admin = await t.login('admin@demo.huahe');
    const u = (
      await admin.post('/api/users', {
        email: 'leaver@example.cn',
        displayName: '离职',
        password: 'Strong-pass-2026',
      })
    ).body;
    const c = await t.login('leaver@example.cn', 'Strong-pass-2026');
    expect((await admin.patch(`/api/users/${u.id}`, { isActive: false })).body.isActive).toBe(false);
    expect((await c.get('/api/auth/session')).status).toBe(401);
    expect(
      (
        await t
          .anonymous()
          .post('/api/auth/login', { email: 'leaver@example.cn', password: 'Strong-pass-2026' })
      ).status,
    ).toBe(401);
  });

  it('records every account change in the audit chain', async () => {
    const admin = await t.login('admin@demo.huahe');
    const u = (
      await admin.post('/api/users', {
        email: 'audited@example.cn',
        displayName: '审计',
        password: 'Strong-pass-2026',
      })
    ).body;
    const events = (await admin.get(`/api/audit?entityType=user&entityId=${u.id}`)).body.items;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['user.created']);
    expect(events[0].actorLabel).toBe('admin@demo.huahe');
    expect(events[0].afterDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(events[0].requestId).toBeTruthy();
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, firstBroken: null });
  });
});
