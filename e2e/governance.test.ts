import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiFromPage,
  baseUrl,
  chooseOption,
  loginInChinese,
  openBrowser,
  openTab,
  organisationId,
  quiet,
  screenshot,
  switchUser,
} from './browser';

const SECRETARIAT = 'member@demo.huahe'; // member_admin of 集美大学; founds the consortium, so runs it too
const DEMO_PASSWORD = 'Huahe-demo-2026';
const PASSWORD = 'Qx7-tide-Lantern-93';
const stamp = Date.now() % 1_000_000;
const NAME = `治理测试创新联合体${stamp}`;
const ZJU = `zju-gov-${stamp}@test.huahe`;
const TJU = `tju-gov-${stamp}@test.huahe`;
const NEWCOMER = '厦门黑镜科技有限公司';
const ACCESSION = `接纳${NEWCOMER}为成员单位`;
const EXIT = '天津大学退出联合体';
const DAY = 86_400_000;

/** An instant some days ago as the date pickers show it (local time). */
function daysAgo(days: number): string {
  const d = new Date(Date.now() - days * DAY);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Types an instant into a date-and-time picker and confirms it. */
async function setInstant(page: Page, testId: string, days: number): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(daysAgo(days));
  await page.keyboard.press('Enter');
  await expect.poll(() => input.inputValue()).toBe(daysAgo(days));
}

/** Shows one view of the motions tab (motions, meetings, event record). */
async function showView(page: Page, consortiumId: string, view: 'motions' | 'meetings'): Promise<void> {
  await openTab(page, consortiumId, 'motions', view === 'meetings' ? '&view=meetings' : '');
  await page.getByTestId(view).waitFor();
}

const motion = (page: Page, title: string) => page.getByTestId('motion').filter({ hasText: title });

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(() => b.close());

describe('meetings, an accession decided at one, and an exit in writing', () => {
  let consortiumId = '';

  it('sets up 集美大学, 浙江大学 and 天津大学 with an agreement in force (API)', async () => {
    const { page } = b;
    await loginInChinese(page, 'admin@demo.huahe');
    const orgs = [
      await organisationId(page, '集美大学'),
      await organisationId(page, '浙江大学'),
      await organisationId(page, '天津大学'),
    ];
    for (const [email, org] of [
      [ZJU, orgs[1]],
      [TJU, orgs[2]],
    ] as const) {
      const u = await apiFromPage(page, 'POST', '/api/users', {
        email,
        displayName: email,
        password: PASSWORD,
      });
      expect(u.status, JSON.stringify(u.body)).toBe(201);
      await apiFromPage(page, 'POST', `/api/users/${u.body.id}/roles`, {
        role: 'member_admin',
        organisationId: org,
      });
    }
    await switchUser(page, SECRETARIAT);
    const c = await apiFromPage(page, 'POST', '/api/consortia', {
      nameZh: NAME,
      leadOrganisationId: orgs[0],
    });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    consortiumId = c.body.id;
    for (const org of orgs.slice(1))
      await apiFromPage(page, 'POST', `/api/consortia/${consortiumId}/members`, {
        organisationId: org,
        role: 'core',
        tier: 'core',
        joinedOn: '2026-01-01',
      });
    await switchUser(page, SECRETARIAT);
    await apiFromPage(page, 'POST', `/api/consortia/${consortiumId}/agreement`, { template: 'desca' });
    const view = (await apiFromPage(page, 'GET', `/api/consortia/${consortiumId}/agreement`)).body;
    const d = view.draft;
    d.consortium.purpose = { zh: '测试用途：攻克共性关键技术' };
    d.parties = d.parties.map((p: Record<string, unknown>, i: number) => ({
      ...p,
      domicile: { zh: `厦门市测试路${i + 1}号` },
      legalRepresentative: `代表${i + 1}`,
    }));
    d.goals = [{ title: { zh: '共性技术突破' }, indicators: [{ zh: '形成样机' }] }];
    d.tasks = [
      {
        title: { zh: '联合攻关' },
        leadPartyId: orgs[0],
        participantPartyIds: orgs.slice(1),
        deliverables: [{ zh: '样机' }],
        goalIndex: 0,
      },
    ];
    d.funding.commitments = orgs.map((id) => ({
      partyId: id,
      cashYuan: '100000.00',
      inKind: [],
      personMonths: '6',
    }));
    d.ip.background = orgs.map((id) => ({ partyId: id, items: [], exclusions: [] }));
    d.dispute.forum = { kind: 'arbitration', commission: '厦门仲裁委员会' };
    d.term.endsOn = '2029-12-31';
    const saved = await apiFromPage(page, 'PUT', `/api/agreements/${view.id}/draft`, {
      draft: d,
      draftVersion: view.draftVersion,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const frozen = await apiFromPage(page, 'POST', `/api/agreements/${view.id}/versions`, {});
    expect(frozen.status, JSON.stringify(frozen.body)).toBeLessThan(300);
    const v = frozen.body.versions[0];
    for (const [email, password] of [
      [SECRETARIAT, DEMO_PASSWORD],
      [ZJU, PASSWORD],
      [TJU, PASSWORD],
    ] as const) {
      if (email !== SECRETARIAT) await switchUser(page, email, password);
      const signed = await apiFromPage(
        page,
        'POST',
        `/api/agreements/${view.id}/versions/${v.id}/signatures`,
        {
          password,
          digest: v.digest,
        },
      );
      expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    }
  });

  it('convenes an extraordinary general assembly, showing the notice period the agreement requires', async () => {
    const { page } = b;
    await switchUser(page, SECRETARIAT);
    await showView(page, consortiumId, 'meetings');
    await page.getByTestId('convene-meeting').click();
    await page.getByTestId('meeting-type').getByText('临时会议').click();
    await setInstant(page, 'notice-at', 40);
    await setInstant(page, 'scheduled-for', 20);
    await expect.poll(() => page.getByTestId('notice-rule').textContent()).toContain('须提前15日通知');
    await page.getByTestId('meeting-submit').click();
    const meeting = page.getByTestId('meeting');
    await expect.poll(() => meeting.getByTestId('meeting-stage').textContent()).toBe('已通知');
    expect(await meeting.getByTestId('meeting-notice').textContent()).toContain('期限充足');
  });

  it('proposes the accession of a fourth organisation at that meeting, filled from the register', async () => {
    const { page } = b;
    await showView(page, consortiumId, 'motions');
    await page.getByTestId('propose-motion').click();
    await page.getByTestId('motion-kind').getByText('加入').click();
    await page.getByTestId('motion-title').fill(ACCESSION);
    await chooseOption(page, 'accession-organisation', NEWCOMER);
    await expect.poll(() => page.locator('#motion_party_legalName_zh').inputValue()).toBe(NEWCOMER);
    await page.getByTestId('accession-legal-rep').fill('黑镜代表');
    await page.getByTestId('accession-domicile').fill('厦门市思明区测试路8号');
    await page.getByTestId('accession-cash').fill('200000.00');
    await page.getByTestId('accession-months').fill('12');
    await page.getByTestId('accession-no-background').check();
    await page
      .getByTestId('motion-procedure')
      .getByText(/^会议（/)
      .click();
    await page.getByTestId('motion-submit').click();
    await motion(page, ACCESSION).getByTestId('motion-subject').filter({ hasText: NEWCOMER }).waitFor();
    // Not on the agenda yet: the rules keep it pending and say why.
    expect(await motion(page, ACCESSION).getByTestId('motion-status').textContent()).toBe('待决');
  });

  it('gives a new notice with the accession on the agenda, records the meeting and its votes', async () => {
    const { page } = b;
    await showView(page, consortiumId, 'meetings');
    const meeting = page.getByTestId('meeting');
    await meeting.getByTestId('renotice').click();
    await setInstant(page, 'notice-at', 39);
    await chooseOption(page, 'meeting-agenda', ACCESSION);
    await page.keyboard.press('Escape');
    await page.getByTestId('meeting-submit').click();
    const item = meeting.getByTestId('agenda-item').filter({ hasText: ACCESSION });
    await item.getByText('随通知列入').waitFor();

    await meeting.getByTestId('record-held').click();
    await expect.poll(() => page.getByTestId('event-at').inputValue()).toBe(daysAgo(20));
    await page.getByTestId('event-submit').click();
    await expect.poll(() => meeting.getByTestId('meeting-stage').textContent()).toBe('已召开');
    expect(await meeting.getByTestId('meeting-present').textContent()).toContain('天津大学');

    await meeting.getByTestId('record-votes').click();
    for (const box of await page.locator('[data-testid^="ballot-"]').all())
      await box.getByText('赞成').click();
    await page.getByTestId('votes-submit').click();
    await page.getByTestId('votes-submit').waitFor({ state: 'detached' });

    await meeting.getByTestId('send-minutes').click();
    await page.getByTestId('event-at').click();
    await page.getByTestId('event-at').fill(daysAgo(19));
    // Enter confirms the date and, the time being the form's only field, submits it.
    await page.keyboard.press('Enter');
    await page.getByTestId('event-submit').waitFor({ state: 'detached' });
    // No objection within 15 days of the draft minutes: accepted, and the veto window has closed too.
    await expect.poll(() => meeting.getByTestId('meeting-stage').textContent()).toBe('纪要已通过');
    await expect
      .poll(() => item.getByTestId('agenda-tally').textContent())
      .toBe('出席3/3 · 达到法定人数：是 · 达到多数：是');
    await item.getByText('已通过').waitFor();
    await quiet(page);
    await screenshot(page, 'governance-meetings');
  });

  it('shows the accession passed, with quorum and majority under the deciding clause, and applies it', async () => {
    const { page } = b;
    await showView(page, consortiumId, 'motions');
    const card = motion(page, ACCESSION);
    await expect.poll(() => card.getByTestId('motion-status').textContent()).toBe('已通过');
    const reasons = card.getByTestId('motion-reasons');
    const quorum = reasons.locator('li[data-code="quorum.met"]');
    expect(await quorum.textContent()).toMatch(/^第七条第.款出席3\/3，达到2\/3的法定人数/);
    expect(await reasons.locator('li[data-code="majority.met"]').textContent()).toContain('达到');
    expect(await reasons.locator('li[data-code="motion.passed"]').textContent()).toMatch(/^第七条/);
    await card.getByTestId('apply-motion').click();
    await page.locator('.ant-message-success').filter({ hasText: '已形成新版本' }).waitFor();

    await openTab(page, consortiumId, 'versions');
    await expect.poll(() => page.getByTestId('version-2-status').textContent()).toContain('签署中');
    await expect.poll(() => page.getByTestId('version-2-count').textContent()).toBe('已签 0/4');
    await page.goto(`${baseUrl()}/consortia/${consortiumId}`);
    await page.getByTestId('member-table').getByText(NEWCOMER).waitFor();
  });

  it('puts the exit of 天津大学 to written procedure, citing the exit clause', async () => {
    const { page } = b;
    await showView(page, consortiumId, 'motions');
    await page.getByTestId('propose-motion').click();
    await page.getByTestId('motion-kind').getByText('退出').click();
    await page.getByTestId('motion-title').fill(EXIT);
    await chooseOption(page, 'motion-party', '天津大学');
    expect(await page.getByTestId('motion-start-now').isChecked()).toBe(true);
    await page.getByTestId('motion-submit').click();
    const card = motion(page, EXIT);
    await card.getByTestId('motion-subject').filter({ hasText: '退出：天津大学' }).waitFor();
    await card.getByTestId('vote-for').click();
    await card.getByTestId('my-vote').waitFor();
    expect(await card.getByTestId('motion-status').textContent()).toBe('待决');
    expect(await card.getByTestId('motion-reasons').textContent()).toContain('书面');
  });
});
