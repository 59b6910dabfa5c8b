import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiFromPage,
  baseUrl,
  chooseOption,
  downloadOf,
  loginInChinese,
  openBrowser,
  openTab,
  organisationId,
  quiet,
  screenshot,
  screenshotView,
  switchUser,
} from './browser';

const METAVERSE = '元宇宙支撑技术与场景驱动创新联合体';
const SECRETARIAT = 'member@demo.huahe'; // member_admin of 集美大学; founds the consortium, so runs it too
const PASSWORD = 'Qx7-tide-Lantern-93';
const stamp = Date.now() % 1_000_000;
const NAME = `海洋监测测试创新联合体${stamp}`;
const ZJU = `zju-admin-${stamp}@test.huahe`;
const TJU = `tju-admin-${stamp}@test.huahe`;
const AMENDMENT = '将保密期限延长至5年';
const VETOED = '将成果发表异议期缩短为20日';

/** Saves the form and waits for the confirmation. */
async function save(page: Page, button: 'save-draft' | 'save-next' = 'save-draft'): Promise<void> {
  await page.getByTestId(button).click();
  await page.locator('.ant-message-success').filter({ hasText: '草稿已保存' }).last().waitFor();
}

/** The card of a motion on the motions tab. */
const motion = (page: Page, title: string) => page.getByTestId('motion').filter({ hasText: title });

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(() => b.close());

describe('a consortium agreement from a template to signatures, an amendment and a veto', () => {
  let consortiumId = '';

  it('sets up a consortium of 集美大学, 浙江大学 and 天津大学 with an admin for each (API)', async () => {
    const { page } = b;
    await loginInChinese(page, 'admin@demo.huahe');
    const jimei = await organisationId(page, '集美大学');
    const zju = await organisationId(page, '浙江大学');
    const tju = await organisationId(page, '天津大学');
    for (const [email, org] of [
      [ZJU, zju],
      [TJU, tju],
    ] as const) {
      const u = await apiFromPage(page, 'POST', '/api/users', {
        email,
        displayName: email.startsWith('zju') ? '浙江大学管理员' : '天津大学管理员',
        password: PASSWORD,
      });
      expect(u.status, JSON.stringify(u.body)).toBe(201);
      const r = await apiFromPage(page, 'POST', `/api/users/${u.body.id}/roles`, {
        role: 'member_admin',
        organisationId: org,
      });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    }
    // The lead unit's admin founds the consortium and so becomes its secretariat.
    await switchUser(page, SECRETARIAT);
    const c = await apiFromPage(page, 'POST', '/api/consortia', { nameZh: NAME, leadOrganisationId: jimei });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    consortiumId = c.body.id;
    for (const org of [zju, tju]) {
      const m = await apiFromPage(page, 'POST', `/api/consortia/${consortiumId}/members`, {
        organisationId: org,
        role: 'core',
        tier: 'core',
        joinedOn: '2026-01-01',
      });
      expect(m.status, JSON.stringify(m.body)).toBeLessThan(300);
    }
    await switchUser(page, SECRETARIAT); // a fresh session carries the new secretariat role
  });

  it('drafts from the DESCA template and fills, through the form, everything completeness asks', async () => {
    const { page } = b;
    await page.goto(`${baseUrl()}/consortia/${consortiumId}`);
    await page.getByTestId('agreement-link').click();
    await page.getByTestId('start-desca').click();
    await page.getByTestId('completeness-missing').waitFor();

    // A missing item links to its step and field.
    await page.getByTestId('completeness').getByText('未写明联合体的宗旨').click();
    await expect.poll(() => page.getByTestId('form-step-title').textContent()).toContain('基本信息');
    await page.locator('#agreement_consortium_purpose_zh').fill('研制海洋监测传感器并实现国产化替代（测试）');
    await page.getByTestId('ends-on').click();
    await page.getByTestId('ends-on').fill('2029-12-31');
    await page.keyboard.press('Enter');
    await save(page, 'save-next');

    await expect.poll(() => page.getByTestId('form-step-title').textContent()).toContain('成员单位');
    // The credit code is checked with the shared rules before anything is sent.
    const code = page.getByTestId('party-0-credit-code');
    const original = await code.inputValue();
    await code.fill(`${original.slice(0, 17)}${original.endsWith('0') ? '1' : '0'}`);
    await page.getByTestId('save-draft').click();
    const codeError = page.locator(
      '.ant-form-item:has([data-testid="party-0-credit-code"]) .ant-form-item-explain-error',
    );
    await expect.poll(() => codeError.textContent()).toContain('校验码');
    await code.fill(original);
    for (let i = 0; i < 3; i++) {
      await page.getByTestId(`party-${i}-legal-rep`).fill(`测试法定代表人${i + 1}`);
      await page.getByTestId(`party-${i}-domicile`).fill(`测试住所${i + 1}号`);
    }
    await save(page, 'save-next');

    await expect.poll(() => page.getByTestId('form-step-title').textContent()).toContain('目标与任务分工');
    await page.getByTestId('add-goal').click();
    await page.getByTestId('goal-0-title').fill('海洋监测传感器国产化');
    await page.getByTestId('goal-0-indicator-0').fill('形成发明专利 5 项');
    // A start TRL without a target: the server's answer lands on the field.
    await page.locator('#agreement_goals_0_trl_start').fill('3');
    await page.getByTestId('add-task').click();
    await page.getByTestId('task-0-title').fill('传感器研制与系统集成');
    await chooseOption(page, 'task-0-lead', '集美大学');
    await chooseOption(page, 'task-0-participants', '浙江大学');
    await chooseOption(page, 'task-0-participants', '天津大学');
    await page.keyboard.press('Escape');
    await page.getByTestId('save-draft').click();
    await page.getByTestId('draft-errors').waitFor();
    const trlError = page.locator(
      '.ant-form-item:has(#agreement_goals_0_trl_target) .ant-form-item-explain-error',
    );
    await trlError.waitFor();
    await page.locator('#agreement_goals_0_trl_target').fill('7');
    await save(page);
    await quiet(page);
    await screenshot(page, 'agreement-form');

    await page.getByTestId('completeness').getByText('经费投入').first().click();
    await page.getByTestId('add-commitment-per-party').click();
    for (let i = 0; i < 3; i++) {
      await page.getByTestId(`commitment-${i}-cash`).fill(`${(i + 1) * 500000}.00`);
      await page.getByTestId(`commitment-${i}-months`).fill(`${12 * (i + 1)}`);
    }
    await save(page);

    await page.getByTestId('completeness').getByText('知识产权').first().click();
    await page.getByTestId('declare-none').click();
    await save(page);

    await page.getByTestId('completeness').getByText('保密、责任与争议').first().click();
    await page.getByTestId('dispute-forum').getByText('仲裁').click();
    await page.getByTestId('forum-commission').fill('厦门仲裁委员会');
    await save(page);
    await page.getByTestId('completeness-ok').waitFor();
  });

  it('renders the legal text in Chinese and English from the data, and downloads it as a PDF', async () => {
    const { page } = b;
    await page.getByRole('tab', { name: '文本' }).click();
    await expect.poll(() => page.getByTestId('text-title').textContent()).toBe(`${NAME}组建协议`);
    const text = page.getByTestId('agreement-text');
    await text.getByText('厦门仲裁委员会').first().waitFor();
    await text.getByText('测试法定代表人3').first().waitFor();
    await quiet(page);
    await screenshot(page, 'agreement-text');
    const pdf = await downloadOf(page, () => page.getByTestId('download-pdf').click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByTestId('agreement-text-tab').getByText('English', { exact: true }).click();
    await expect.poll(() => page.getByTestId('text-title').textContent()).toMatch(/Agreement/i);
  });

  it('shows each party its voting power under the draft, with the notes of the model', async () => {
    const { page } = b;
    await page.getByRole('tab', { name: '话语权' }).click();
    await page.locator('[data-testid="power-chart"] canvas').first().waitFor();
    await expect.poll(() => page.getByTestId('power-rule').textContent()).toContain('第七条');
    await expect.poll(() => page.getByTestId('power-mine').textContent()).toContain('集美大学');
    expect(await page.getByTestId('power-mine').textContent()).toContain('33.33%');
    expect(await page.getByTestId('power-notes').textContent()).toContain('否决权');
    await page.waitForTimeout(600); // ECharts animates its first frame in.
    await quiet(page);
    await screenshot(page, 'agreement-power');
  });

  it('freezes version 1, every party signs it with its password, and it takes effect', async () => {
    const { page } = b;
    await openTab(page, consortiumId, 'edit');
    await page.getByTestId('freeze-version').click();
    await page.getByTestId('version-1-status').filter({ hasText: '签署中' }).waitFor();

    // 集美大学 (the secretariat's own organisation): a wrong password is refused.
    await page.getByTestId('sign-button').click();
    const digest = await page.getByTestId('sign-digest').textContent();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    await page.getByTestId('sign-read').check();
    await page.getByTestId('sign-password').fill('not-my-password-1');
    await page.getByTestId('sign-submit').click();
    await page.getByText('密码不正确').waitFor();
    await page.getByTestId('sign-password').fill('Huahe-demo-2026');
    await page.getByTestId('sign-submit').click();
    await page.getByTestId('version-1-count').filter({ hasText: '已签 1/3' }).waitFor();

    for (const email of [ZJU, TJU]) {
      await switchUser(page, email, PASSWORD);
      await openTab(page, consortiumId, 'versions');
      await page.getByTestId('sign-button').click();
      expect(await page.getByTestId('sign-digest').textContent()).toBe(digest);
      await page.getByTestId('sign-read').check();
      await page.getByTestId('sign-password').fill(PASSWORD);
      await page.getByTestId('sign-submit').click();
      await page.getByTestId('sign-digest').waitFor({ state: 'detached' });
    }
    await page.getByTestId('version-1-status').filter({ hasText: '已生效' }).waitFor();
    await page.getByTestId('version-1-count').filter({ hasText: '已签 3/3' }).waitFor();
    await expect.poll(() => page.getByTestId('latest-version-status').textContent()).toContain('已生效');
    expect(await page.getByTestId('version-1-digest').textContent()).toBe(digest);

    const command = await page.getByTestId('verify-command').textContent();
    expect(command).toMatch(/^huahe agreement verify agreement-v1\.bundle\.json --key [0-9a-f]{64}/);
    const bundle = await downloadOf(page, () => page.getByTestId('download-bundle').click());
    const json = JSON.parse(bundle.bytes.toString('utf8'));
    expect(json.format).toBe('huahe-agreement-bundle');
    expect(json.digest).toBe(digest);
    expect(json.signatures).toHaveLength(3);
    await quiet(page);
    await screenshot(page, 'agreement-versions');
  });

  it('amends by written procedure: the parties vote for it and it waits for the veto window, citing the clauses', async () => {
    const { page } = b;
    await switchUser(page, SECRETARIAT);
    await openTab(page, consortiumId, 'motions');
    await page.getByTestId('propose-motion').click();
    await page.getByTestId('motion-title').fill(AMENDMENT);
    await expect.poll(() => page.getByTestId('amendment-current').textContent()).toBe('4');
    await page.getByTestId('amendment-value').fill('5');
    expect(await page.getByTestId('motion-start-now').isChecked()).toBe(true);
    await page.getByTestId('motion-submit').click();
    await motion(page, AMENDMENT).getByTestId('vote-for').click();
    await motion(page, AMENDMENT).getByTestId('my-vote').waitFor();

    for (const email of [ZJU, TJU]) {
      await switchUser(page, email, PASSWORD);
      await openTab(page, consortiumId, 'motions');
      await motion(page, AMENDMENT).getByTestId('vote-for').click();
      await motion(page, AMENDMENT)
        .getByTestId('motion-votes')
        .getByText(email === ZJU ? '浙江大学' : '天津大学')
        .waitFor();
    }
    const card = motion(page, AMENDMENT);
    await expect.poll(() => card.getByTestId('motion-status').textContent()).toBe('待决');
    await expect
      .poll(() => card.getByTestId('veto-window').textContent())
      .toMatch(/否决期至 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 届满/);
    const reasons = await card.getByTestId('motion-reasons').textContent();
    expect(reasons).toContain('第七条第三款'); // the amendment rule: quorum and 2/3 of the votes cast
    expect(reasons).toContain('第八条第一款'); // the veto right and its window
    expect(reasons).toContain('赞成3');
  });

  it('a party vetoes a second amendment, and the page shows it blocked by the veto, citing the clause', async () => {
    const { page } = b;
    await switchUser(page, SECRETARIAT);
    await openTab(page, consortiumId, 'motions');
    await page.getByTestId('propose-motion').click();
    await page.getByTestId('motion-title').fill(VETOED);
    await chooseOption(page, 'amendment-kind', '修改成果发表异议期');
    await expect.poll(() => page.getByTestId('amendment-current').textContent()).toBe('30');
    await page.getByTestId('amendment-value').fill('20');
    await page.getByTestId('motion-submit').click();
    await motion(page, VETOED).getByTestId('vote-for').click();
    await motion(page, VETOED).getByTestId('my-vote').waitFor();

    await switchUser(page, ZJU, PASSWORD);
    await openTab(page, consortiumId, 'motions');
    await motion(page, VETOED).getByTestId('vote-for').click();
    await motion(page, VETOED).getByTestId('my-vote').waitFor();

    await switchUser(page, TJU, PASSWORD);
    await openTab(page, consortiumId, 'motions');
    await motion(page, VETOED).getByTestId('vote-against').click();
    // 2 for, 1 against: two thirds of the votes cast, so it carries — until 天津大学 vetoes.
    await motion(page, VETOED).getByTestId('veto-window').waitFor();
    await motion(page, VETOED).getByTestId('veto').click();
    await page.getByTestId('veto-grounds').fill('缩短异议期将严重影响本单位的专利申请');
    await page.getByTestId('veto-submit').click();
    const card = motion(page, VETOED);
    await expect.poll(() => card.getByTestId('motion-status').textContent()).toBe('被否决');
    const reasons = await card.getByTestId('motion-reasons').textContent();
    expect(reasons).toContain('第八条第一款');
    expect(reasons).toContain('天津大学在期限内行使否决权');
    await quiet(page);
    await screenshot(page, 'agreement-motions');
    // The clause opens on click with its text.
    await card.getByTestId('clause-ref').filter({ hasText: '第八条第一款' }).click();
    await page.locator('.ant-popover').getByText('否决').first().waitFor();
    await screenshotView(page, 'agreement-motion-clause');
  });

  it("lists the veto window in the parties' to-do list and calendar, and offers the calendar file", async () => {
    const { page } = b;
    await page.getByRole('link', { name: '待办', exact: true }).click();
    await page.getByTestId('todo-page').waitFor();
    const veto = page.getByTestId('deadline').filter({ hasText: '否决期限届满' }).filter({ hasText: NAME });
    await veto.first().waitFor();
    expect(await veto.first().textContent()).toContain('第八条');
    await page.getByTestId('deadline-calendar').getByText('否决期限届满').first().waitFor();
    const ics = await downloadOf(page, () => page.getByTestId('download-ics').click());
    const cal = ics.bytes.toString('utf8');
    expect(cal).toContain('BEGIN:VCALENDAR');
    expect(cal).toContain('BEGIN:VALARM');
    expect(cal).toContain(NAME);
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications').waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications').waitFor({ state: 'hidden' });
    await quiet(page);
    await screenshot(page, 'todo');
  });

  it('is usable at phone width', async () => {
    const phone = await openBrowser({ width: 375, height: 812 });
    try {
      await loginInChinese(phone.page, SECRETARIAT);
      await openTab(phone.page, consortiumId, 'motions');
      await motion(phone.page, VETOED).waitFor();
      await screenshotView(phone.page, 'agreement-phone-motions');
      await openTab(phone.page, consortiumId, 'edit', '&step=parties');
      await phone.page.getByTestId('form-step-select').waitFor();
      await screenshot(phone.page, 'agreement-phone');
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(1);
    } finally {
      await phone.close();
    }
  });
});

describe('the demo agreement of the metaverse consortium', () => {
  it('is in force, signed by all 26 members, and its PDF downloads', async () => {
    const { page } = b;
    await switchUser(page, 'secretariat@demo.huahe');
    await page.goto(`${baseUrl()}/consortia`);
    await page.getByTestId('consortia-table').getByRole('link', { name: METAVERSE }).click();
    await page.getByTestId('agreement-link').click();
    await expect.poll(() => page.getByTestId('latest-version-status').textContent()).toContain('已生效');
    await page.getByRole('tab', { name: '版本与签署' }).click();
    await expect.poll(() => page.getByTestId('version-1-count').textContent()).toBe('已签 26/26');
    await page.getByRole('tab', { name: '文本' }).click();
    await expect.poll(() => page.getByTestId('text-title').textContent()).toBe(`${METAVERSE}组建协议`);
    const pdf = await downloadOf(page, () => page.getByTestId('download-pdf').click());
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.includes('FontFile')).toBe(true); // the CJK font is embedded
  });
});
