import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consortia } from '@huahe/db';
import type { AgreementView, MotionView } from '@huahe/contracts';
import { createTestApp, type TestApp } from '../../../test/app';
import { fillDraft, setUpSmallConsortium, type SmallConsortium } from '../../../test/agreement-setup';

let t: TestApp;
let s: SmallConsortium;
let agreementId: string;
const DAY = 86_400_000;

beforeAll(async () => {
  // Sessions last 30 days here: the tests move the clock across veto windows.
  t = await createTestApp({ config: { sessionHours: 720 } });
  s = await setUpSmallConsortium(t);
  await s.secretariat.post(`/api/consortia/${s.consortiumId}/agreement`, { template: 'desca' });
  const view = await fillDraft(s);
  agreementId = view.id;
  const frozen: AgreementView = (await s.secretariat.post(`/api/agreements/${agreementId}/versions`)).body;
  const v = frozen.versions[0]!;
  for (const a of s.admins)
    await a.post(`/api/agreements/${agreementId}/versions/${v.id}/signatures`, {
      password: s.password,
      digest: v.digest,
    });
});
afterAll(() => t.close());

/** Puts an amendment to written procedure and starts it now. */
async function writtenAmendment(termYears: number): Promise<string> {
  const id = randomUUID();
  const res = await s.secretariat.post(`/api/agreements/${agreementId}/motions`, {
    motion: {
      id,
      kind: 'amendment',
      title: { zh: `保密期限改为${termYears}年`, en: `confidentiality term of ${termYears} years` },
      procedure: { mode: 'written' },
      change: {
        format: 'json_patch',
        ops: [{ op: 'replace', path: '/confidentiality/termYears', value: termYears }],
      },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const started = await s.secretariat.post(`/api/agreements/${agreementId}/events`, {
    event: { kind: 'written_procedure_started', motionId: id, at: t.clock.now().toISOString() },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(200);
  return id;
}

const vote = (i: number, motionId: string, choice: 'for' | 'against' | 'abstain') =>
  s.admins[i]!.post(`/api/agreements/${agreementId}/motions/${motionId}/votes`, { choice });
const motion = async (id: string): Promise<MotionView> =>
  (await s.secretariat.get(`/api/agreements/${agreementId}/motions/${id}`)).body;

describe('motions decided by the agreement', () => {
  it('passes an amendment by written procedure once the veto window closes, citing the clauses, and applies it as a version to sign', async () => {
    const id = await writtenAmendment(5);
    expect((await motion(id)).decision.status).toBe('pending');
    await vote(0, id, 'for');
    await vote(1, id, 'for');
    // The majority is reached, but a veto may still come until its window closes.
    const last = (await vote(2, id, 'abstain')).body as MotionView;
    expect(last.decision.status).toBe('pending');
    expect(last.votes.map((v) => v.choice).sort()).toEqual(['abstain', 'for', 'for']);
    expect(last.decision.reasons.map((r) => r.en).join(' ')).toMatch(/meets the required at least 2\/3/);
    for (const r of last.decision.reasons) expect(r.clauseRef.zh).toMatch(/^第.+条/);
    expect(Date.parse(last.decision.vetoWindowEndsAt!)).toBeGreaterThan(t.clock.now().getTime());
    const early = await s.secretariat.post(`/api/agreements/${agreementId}/motions/${id}/apply`);
    expect(early.status).toBe(409);

    t.clock.advance(16 * DAY);
    const passed = await motion(id);
    expect(passed.decision.status).toBe('passed');
    expect(Date.parse(passed.decision.effectiveAt!)).toBeLessThanOrEqual(t.clock.now().getTime());
    const applied = await s.secretariat.post(`/api/agreements/${agreementId}/motions/${id}/apply`);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const view: AgreementView = (await s.secretariat.get(`/api/consortia/${s.consortiumId}/agreement`)).body;
    expect(view.versions[0]).toMatchObject({
      number: 2,
      status: 'signing',
      origin: 'amendment',
      motionId: id,
    });
    expect(view.versions[1]).toMatchObject({ number: 1, status: 'effective' });
    expect(view.draft.confidentiality?.termYears).toBe(5);
    expect((await s.secretariat.post(`/api/agreements/${agreementId}/motions/${id}/apply`)).status).toBe(409);
  });

  it('lets a veto inside its window block a motion, and ignores one cast after the window', async () => {
    const blocked = await writtenAmendment(6);
    for (const i of [0, 1, 2]) await vote(i, blocked, 'for');
    const vetoed = (
      await s.admins[2]!.post(`/api/agreements/${agreementId}/motions/${blocked}/veto`, {
        grounds: { zh: '严重影响我方知识产权' },
      })
    ).body as MotionView;
    expect(vetoed.decision.status).toBe('blocked_by_veto');
    expect(vetoed.decision.reasons.some((r) => /veto/.test(r.code))).toBe(true);

    const late = await writtenAmendment(7);
    for (const i of [0, 1, 2]) await vote(i, late, 'for');
    t.clock.advance(16 * DAY);
    const ignored = (await s.admins[2]!.post(`/api/agreements/${agreementId}/motions/${late}/veto`, {}))
      .body as MotionView;
    expect(ignored.decision.status).toBe('passed');
  });

  it('refuses a vote from someone who is not a party, and a second vote on a decided motion', async () => {
    const id = await writtenAmendment(8);
    const outsider = await t.login('secretariat@demo.huahe');
    expect(
      (await outsider.post(`/api/agreements/${agreementId}/motions/${id}/votes`, { choice: 'for' })).status,
    ).toBe(404);
    for (const i of [0, 1, 2]) await vote(i, id, 'against');
    expect((await motion(id)).decision.status).toBe('rejected');
    expect((await vote(0, id, 'for')).status).toBe(409);
  });

  it('puts the deadlines in the to-do list and calendar, and reminds the parties', async () => {
    const id = await writtenAmendment(9);
    await t.database.db
      .update(consortia)
      .set({ nameEn: 'Three-Party Test Consortium' })
      .where(eq(consortia.id, s.consortiumId));
    const todo = (await s.admins[1]!.get('/api/me/deadlines')).body;
    const mine = todo.filter((d: { consortiumId: string }) => d.consortiumId === s.consortiumId);
    expect(mine.map((d: { kind: string }) => d.kind)).toContain('written_answers_due');
    expect(mine[0].clauseRef.zh).toMatch(/^第/);
    const en = await t.login('member@demo.huahe', undefined, 'en'); // the secretariat
    const enTodo = (await en.get('/api/me/deadlines')).body.filter(
      (d: { consortiumId: string }) => d.consortiumId === s.consortiumId,
    );
    expect(enTodo[0].consortiumName).toBe('Three-Party Test Consortium');
    expect((await en.request('GET', '/api/me/calendar.ics')).body).toContain(
      'SUMMARY:Three-Party Test Consortium: ',
    );
    const ics = await s.admins[1]!.request('GET', '/api/me/calendar.ics');
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain('BEGIN:VALARM');
    const { sendDeadlineReminders } = await import('../notifications/deadlines.service');
    t.clock.advance(13 * DAY);
    expect(await sendDeadlineReminders(t.database.db, t.clock)).toBeGreaterThan(0);
    expect(await sendDeadlineReminders(t.database.db, t.clock)).toBe(0);
    const notes = (await s.admins[1]!.get('/api/me/notifications?unread=true')).body;
    expect(notes.some((n: { kind: string }) => n.kind === 'deadline.written_answers_due')).toBe(true);
    const reminder = notes.find((n: { kind: string }) => n.kind === 'deadline.written_answers_due');
    expect(reminder.body['zh-CN']).toMatch(/^测试用三方联合体 · 第/);
    expect(reminder.body.en).toMatch(/^Three-Party Test Consortium · art\. /);
    expect((await s.admins[1]!.post('/api/me/notifications/read-all')).status).toBe(200);
    expect((await s.admins[1]!.get('/api/me/notifications?unread=true')).body).toEqual([]);
    expect(id).toBeTruthy();
  });
});

describe('an admin of two parties', () => {
  it('votes for each separately, must say for which, and cannot name a party it does not act for', async () => {
    const admin = await t.login('admin@demo.huahe');
    const email = `two-parties-${Date.now()}@example.cn`;
    const user = await admin.post('/api/users', {
      email,
      displayName: '两家单位的管理员',
      password: s.password,
    });
    for (const organisationId of s.partyIds.slice(1, 3))
      expect(
        (await admin.post(`/api/users/${user.body.id}/roles`, { role: 'member_admin', organisationId }))
          .status,
      ).toBe(200);
    const both = await t.login(email, s.password);
    const id = await writtenAmendment(8);
    const motion = (await both.get(`/api/agreements/${agreementId}/motions/${id}`)).body as MotionView;
    expect(motion.myParties).toEqual(expect.arrayContaining(s.partyIds.slice(1, 3)));
    const url = `/api/agreements/${agreementId}/motions/${id}/votes`;
    const unsaid = await both.post(url, { choice: 'for' });
    expect(unsaid.status).toBe(400);
    expect(unsaid.body.error.details[0]).toMatchObject({ path: 'body.partyId', code: 'party_required' });
    expect((await both.post(url, { choice: 'for', partyId: s.partyIds[0] })).status).toBe(404);
    await both.post(url, { choice: 'for', partyId: s.partyIds[1] });
    const after = (await both.post(url, { choice: 'against', partyId: s.partyIds[2] })).body as MotionView;
    expect(after.votes.map((v) => [v.partyId, v.choice])).toEqual([
      [s.partyIds[1], 'for'],
      [s.partyIds[2], 'against'],
    ]);
  });
});

describe('membership motions', () => {
  const iso = (offsetDays = 0) => new Date(t.clock.now().getTime() + offsetDays * DAY).toISOString();
  const record = (event: Record<string, unknown>) =>
    s.secretariat.post(`/api/agreements/${agreementId}/events`, { event });
  const organisation = async (name: string) => {
    const admin = await t.login('admin@demo.huahe');
    return (await admin.get(`/api/organisations?q=${encodeURIComponent(name)}`)).body.items[0] as {
      id: string;
      nameZh: string;
    };
  };

  it('refuses a veto recorded by the secretariat on a party’s behalf, and records nothing', async () => {
    const before = (await s.secretariat.get(`/api/agreements/${agreementId}/events`)).body.length;
    const res = await record({ kind: 'veto', motionId: randomUUID(), partyId: s.partyIds[1], at: iso(-1) });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ path: 'body.event.kind', code: 'veto_by_party' });
    expect((await s.secretariat.get(`/api/agreements/${agreementId}/events`)).body.length).toBe(before);
  });

  it('answers on the field when an accession names a party, an exit a non-party, or an event lies ahead', async () => {
    const party = { organisationId: s.partyIds[1]!, legalName: { zh: '浙江大学' }, role: 'member' };
    const twice = await s.secretariat.post(`/api/agreements/${agreementId}/motions`, {
      motion: {
        id: randomUUID(),
        kind: 'accession',
        title: { zh: '再次接纳浙江大学' },
        procedure: { mode: 'written' },
        party,
      },
    });
    expect(twice.status).toBe(400);
    expect(twice.body.error.details[0].path).toBe('body.motion.party.organisationId');
    const outsider = await organisation('厦门黑镜科技有限公司');
    const exit = await s.secretariat.post(`/api/agreements/${agreementId}/motions`, {
      motion: {
        id: randomUUID(),
        kind: 'exit',
        title: { zh: '非成员退出' },
        procedure: { mode: 'written' },
        partyId: outsider.id,
        noticeGivenAt: iso(),
      },
    });
    expect(exit.body.error.details[0].path).toBe('body.motion.partyId');
    const future = await record({
      kind: 'meeting_convened',
      meetingId: randomUUID(),
      body: 'general_assembly',
      meetingType: 'ordinary',
      noticeGivenAt: iso(2),
      scheduledFor: iso(60),
      agenda: [],
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0].path).toBe('body.event.noticeGivenAt');
  });

  it('admits a new member decided at a meeting: member history updated, a new version for four to sign', async () => {
    const newcomer = await organisation('厦门黑镜科技有限公司');
    const meetingId = randomUUID();
    const id = randomUUID();
    const proposed = await s.secretariat.post(`/api/agreements/${agreementId}/motions`, {
      motion: {
        id,
        kind: 'accession',
        title: { zh: `接纳${newcomer.nameZh}` },
        procedure: { mode: 'meeting', meetingId },
        party: { organisationId: newcomer.id, legalName: { zh: newcomer.nameZh }, role: 'member' },
        commitment: { partyId: newcomer.id, cashYuan: '50000.00', inKind: [], personMonths: '3' },
        background: { partyId: newcomer.id, items: [], exclusions: [] },
      },
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const convened = await record({
      kind: 'meeting_convened',
      meetingId,
      body: 'general_assembly',
      meetingType: 'extraordinary',
      noticeGivenAt: iso(),
      scheduledFor: iso(20),
      agenda: [id],
    });
    expect(convened.status, JSON.stringify(convened.body)).toBe(200);
    t.clock.advance(20 * DAY);
    expect(
      (await record({ kind: 'meeting_held', meetingId, heldAt: iso(), present: s.partyIds })).status,
    ).toBe(200);
    for (const i of [0, 1, 2]) await vote(i, id, 'for');
    await record({ kind: 'minutes_sent', meetingId, at: iso() });
    await record({ kind: 'minutes_accepted', meetingId, at: iso() });
    const carried = await motion(id);
    expect(carried.decision.status).toBe('pending');
    expect(carried.decision.tally).toMatchObject({ quorumMet: true, majorityMet: true });
    t.clock.advance(16 * DAY);
    expect((await motion(id)).decision.status).toBe('passed');
    const applied = await s.secretariat.post(`/api/agreements/${agreementId}/motions/${id}/apply`);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);

    const consortium = (await s.secretariat.get(`/api/consortia/${s.consortiumId}`)).body;
    const joined = consortium.members.find(
      (m: { organisationId: string }) => m.organisationId === newcomer.id,
    );
    expect(joined).toMatchObject({ leftOn: null });
    expect(joined.joinReason).toContain('议案');
    const view: AgreementView = (await s.secretariat.get(`/api/consortia/${s.consortiumId}/agreement`)).body;
    expect(view.versions[0]).toMatchObject({ status: 'signing', origin: 'accession', motionId: id });
    expect(view.versions[0]!.parties).toHaveLength(4);
    expect(view.draft.parties.map((p) => p.organisationId)).toContain(newcomer.id);
  });
});
