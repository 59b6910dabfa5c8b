import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFromPage, baseUrl, loginInChinese, openBrowser, screenshot, switchUser } from './browser';

// 撮合 (SPEC §2 Demand/Offer/Match): "促成供需侧各方直接对接" and "在我们的撮合下，联合体两家成员单位一拍即合".

const METAVERSE = '元宇宙支撑技术与场景驱动创新联合体';
const DEMAND = 'AI数字人实时生成与大模型接入';
const BLACK_MIRROR = '厦门黑镜科技有限公司';
const INTRETECH = '厦门盈趣科技股份有限公司';
const LANG03 = '示例·人工智能相关高校（语言计算 03）';
const SECRETARIAT = 'secretariat@demo.huahe';
const PASSWORD = 'Zq7-match-Lantern!';
const stamp = Date.now() % 1_000_000;
const HJ = `blackmirror-admin-${stamp}@test.huahe`;
const YQ = `intretech-admin-${stamp}@test.huahe`;
const LC = `lang03-admin-${stamp}@test.huahe`;

/** The id of the organisation with this exact Chinese name. */
async function organisationId(page: Page, name: string): Promise<string> {
  const res = await apiFromPage(page, 'GET', `/api/organisations?q=${encodeURIComponent(name)}&pageSize=20`);
  const found = res.body.items.find((o: { nameZh: string }) => o.nameZh === name);
  expect(found, name).toBeTruthy();
  return found.id;
}

/** The number shown by a statistic card. */
async function statValue(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content-value').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

/** The ranked candidate for this organisation. */
const candidate = (page: Page, name: string): Locator =>
  page.locator(`[data-testid="candidate"][data-organisation="${name}"]`);

/** The texts of a candidate's reason lines. */
const reasonTexts = (c: Locator): Promise<string[]> => c.getByTestId('reason').allInnerTexts();

/** Confirms the open step dialog (accept, negotiate, close) and waits for it to go. */
async function confirmStep(page: Page): Promise<void> {
  await page.getByTestId('step-submit').click();
  await page.getByTestId('step-submit').waitFor({ state: 'detached' });
}

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(() => b.close());

describe('matchmaking: ranked candidates with reasons, and the secretariat’s 撮合 up to a partnership', () => {
  let demandId = '';
  let matchId = '';
  let consortiumId = '';
  let before = 0;
  const orgs: Record<string, string> = {};

  it('sets up a member admin for 厦门黑镜, 厦门盈趣 and a language-computing university (API, as admin)', async () => {
    const { page } = b;
    await loginInChinese(page, 'admin@demo.huahe');
    for (const [email, name] of [
      [HJ, BLACK_MIRROR],
      [YQ, INTRETECH],
      [LC, LANG03],
    ] as const) {
      orgs[name] = await organisationId(page, name);
      const u = await apiFromPage(page, 'POST', '/api/users', {
        email,
        displayName: `${name}管理员（测试）`,
        password: PASSWORD,
      });
      expect(u.status, JSON.stringify(u.body)).toBe(201);
      const r = await apiFromPage(page, 'POST', `/api/users/${u.body.id}/roles`, {
        role: 'member_admin',
        organisationId: orgs[name],
      });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
    }
  });

  it('shows the demand of 厦门盈趣 with 厦门黑镜 ranked first and its reasons in Chinese', async () => {
    const { page } = b;
    await switchUser(page, SECRETARIAT);
    await page.getByRole('link', { name: '需求与供给' }).click();
    const search = page.getByTestId('demand-search').locator('input');
    await search.fill('AI数字人');
    await search.press('Enter');
    await page.getByTestId('demands-table').getByRole('link', { name: DEMAND }).click();
    await expect.poll(() => page.getByTestId('demand-title').textContent()).toBe(DEMAND);
    demandId = page.url().split('/').pop()!;
    await expect.poll(() => page.getByTestId('crumb-record').textContent()).toBe(DEMAND);

    const first = page.locator('[data-testid="candidate"][data-rank="1"]');
    await first.waitFor();
    expect(await first.getAttribute('data-organisation')).toBe(BLACK_MIRROR);
    const reasons = await reasonTexts(first);
    expect(reasons.some((r) => r.includes('匹配词'))).toBe(true);
    expect(reasons.some((r) => r.includes('标签重合'))).toBe(true);
    expect(reasons.some((r) => r.includes('最相近的既往工作'))).toBe(true);
    // Every reason carries its points, and the bar shows the score.
    expect(reasons.every((r) => /^[+−]\d+\.\d\d/.test(r))).toBe(true);
    await first.getByTestId('score-bar').waitFor();
    // Ranked below: other kinds of organisation with the reasons that favour them.
    expect(await page.getByTestId('candidate').count()).toBeGreaterThan(3);
    await page.locator('[data-testid="reason"][data-code="kind"]').first().waitFor();
    await screenshot(page, 'matching-demand');
  });

  it('shows the same reasons in English after switching the language', async () => {
    const { page } = b;
    await page.getByText('EN', { exact: true }).click();
    const first = page.locator('[data-testid="candidate"][data-rank="1"]');
    await expect
      .poll(() => first.getByTestId('candidate-name').textContent())
      .toBe('Xiamen Black Mirror Technology Co., Ltd.');
    const reasons = await reasonTexts(first);
    expect(reasons.some((r) => r.includes('matched terms'))).toBe(true);
    expect(reasons.some((r) => r.includes('shared tags'))).toBe(true);
    expect(reasons.some((r) => r.includes('closest past work'))).toBe(true);
    expect(reasons.some((r) => r.includes('匹配词'))).toBe(false);
    await page.getByText('Ranked candidates').waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('推荐候选单位').waitFor();
  });

  it('introduces 厦门黑镜 with a note; the ranking and the demand show the match', async () => {
    const { page } = b;
    const first = candidate(page, BLACK_MIRROR);
    await first.getByTestId('introduce').click();
    const note = page.getByTestId('introduce-note');
    await expect.poll(() => note.inputValue()).toContain(DEMAND);
    await note.fill('秘书处撮合：黑镜科技是盈趣AI数字人的技术支持方，建议直接对接（测试）');
    await page.getByTestId('introduce-submit').click();
    await first.getByTestId('candidate-match').filter({ hasText: '已引荐' }).waitFor();
    const item = page
      .getByTestId('demand-matches')
      .locator(`[data-testid="match-item"][data-candidate="${BLACK_MIRROR}"]`);
    await item.waitFor();
    matchId = (await item.getAttribute('data-match'))!;
    expect(matchId).toMatch(/^[0-9a-f-]{36}$/);
    // Introducing the same candidate twice is refused with the reason.
    const again = await apiFromPage(page, 'POST', `/api/demands/${demandId}/introduce`, {
      organisationId: orgs[BLACK_MIRROR],
      note: '重复引荐',
    });
    expect(again.status).toBe(409);
  });

  it('notifies the candidate’s admin, who opens the match from the bell and accepts', async () => {
    const { page } = b;
    await switchUser(page, HJ, PASSWORD);
    await page.getByTestId('notification-bell').click();
    const notice = page.getByTestId('notifications').getByText(`撮合引荐：${DEMAND}`, { exact: false });
    await notice.first().waitFor();
    await notice.first().click();
    await page.waitForURL(new RegExp(`/matches/${matchId}$`));
    await expect.poll(() => page.getByTestId('match-title').textContent()).toBe(DEMAND);
    // The candidate answers for its own side only.
    expect(await page.getByTestId('accept-demander').count()).toBe(0);
    await page.getByTestId('accept-candidate').click();
    await confirmStep(page);
    await expect.poll(() => page.getByTestId('answer-candidate').textContent()).toContain('已同意');
    await expect.poll(() => page.getByTestId('accept-candidate').count()).toBe(0);
    await page.getByTestId('match-history').getByText('候选方同意对接').waitFor();
  });

  it('lets the demanding side’s admin accept from “my matches”, where the match moves to “accepted by both”', async () => {
    const { page } = b;
    await switchUser(page, YQ, PASSWORD);
    await page.getByRole('link', { name: '我的撮合' }).click();
    const body = page
      .getByTestId('match-group-introduced')
      .locator(`[data-testid="match-body"][data-match="${matchId}"]`);
    await body.getByTestId('accept-demander').click();
    await confirmStep(page);
    const accepted = page.getByTestId('match-group-accepted');
    await accepted.locator(`[data-testid="match-item"][data-match="${matchId}"]`).waitFor();
    await expect
      .poll(() => accepted.locator('[data-testid="answer-demander"]').first().textContent())
      .toContain('已同意');
    await screenshot(page, 'matching-my-matches');
  });

  it('lets the secretariat move it to negotiating, then partnered: 厦门黑镜 joins the consortium', async () => {
    const { page } = b;
    await switchUser(page, SECRETARIAT);
    const m = await apiFromPage(page, 'GET', `/api/matches/${matchId}`);
    consortiumId = m.body.consortium.id;
    const c = await apiFromPage(page, 'GET', `/api/consortia/${consortiumId}`);
    before = c.body.members.filter((x: { leftOn: string | null }) => !x.leftOn).length;

    await page.goto(`${baseUrl()}/matches/${matchId}`);
    const status = page.getByTestId('match-status').first();
    await expect.poll(() => status.getAttribute('data-status')).toBe('accepted');
    await page.getByTestId('negotiate').click();
    await confirmStep(page);
    await expect.poll(() => status.getAttribute('data-status')).toBe('negotiating');

    await page.getByTestId('partner').click();
    await page.getByText('加入联合体', { exact: true }).waitFor();
    await page.getByTestId('partner-submit').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('partnered');
    await expect.poll(() => page.getByTestId('match-outcome').textContent()).toContain('加入联合体');
    expect(await page.getByTestId('match-actions').count()).toBe(0);
  });

  it('shows the consortium one member larger, with the membership chart’s last point at the new count', async () => {
    const { page } = b;
    await page.goto(`${baseUrl()}/consortia/${consortiumId}`);
    await expect.poll(() => page.getByTestId('consortium-name').textContent()).toBe(METAVERSE);
    await expect.poll(() => statValue(page, 'stat-current')).toBe(before + 1);
    await page.getByTestId('member-table').getByRole('link', { name: BLACK_MIRROR }).waitFor();
    const c = await apiFromPage(page, 'GET', `/api/consortia/${consortiumId}`);
    expect(c.body.history.at(-1).count).toBe(before + 1);

    // The chart's tooltip at its right end names the last point.
    const chart = page.getByTestId('membership-chart');
    await chart.locator('canvas').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    await page.waitForTimeout(800); // ECharts animates its first frame in.
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await expect.poll(() => chart.innerText()).toContain(`成员数: ${before + 1}`);
  });

  it('records a partnership by contract with its reference, which then counts as collaboration history', async () => {
    const { page } = b;
    const intro = await apiFromPage(page, 'POST', `/api/demands/${demandId}/introduce`, {
      organisationId: orgs[LANG03],
      note: '秘书处撮合：语言计算方向的高校，可支持数字人语音交互（测试）',
    });
    expect(intro.status, JSON.stringify(intro.body)).toBe(201);
    const id = intro.body.id as string;
    for (const email of [LC, YQ]) {
      await switchUser(page, email, PASSWORD);
      const r = await apiFromPage(page, 'POST', `/api/matches/${id}/respond`, { decision: 'accept' });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    await switchUser(page, SECRETARIAT);
    expect((await apiFromPage(page, 'POST', `/api/matches/${id}/negotiate`, {})).status).toBe(200);

    await page.goto(`${baseUrl()}/matches/${id}`);
    await page.getByTestId('partner').click();
    await page.getByText('签订合同', { exact: true }).click();
    // The reference is required for a contract.
    await page.getByTestId('partner-submit').click();
    await page
      .locator('.ant-form-item:has([data-testid="contract-reference"]) .ant-form-item-explain-error')
      .waitFor();
    await page.getByTestId('contract-reference').fill('HT-2026-AI-001');
    await page.getByTestId('partner-submit').click();
    await expect.poll(() => page.getByTestId('match-outcome').textContent()).toContain('HT-2026-AI-001');
    expect(await page.getByTestId('match-outcome').textContent()).toContain('签订合同');
  });

  it('finds partners for the consortium with coverage and collaboration-history reasons, filters them and introduces one', async () => {
    const { page } = b;
    await page.goto(`${baseUrl()}/consortia/${consortiumId}`);
    await page.getByTestId('partners-link').click();
    await expect.poll(() => page.getByTestId('partner-text').inputValue()).toContain('AI数字人');
    await page.getByTestId('candidate').first().waitFor();
    // Members are not candidates (厦门黑镜 has just joined); what members cover takes points away.
    expect(await candidate(page, BLACK_MIRROR).count()).toBe(0);
    await page.locator('[data-testid="reason"][data-code="coverage"]').first().waitFor();

    await page.getByTestId('partner-text').fill('AI数字人 大模型 语音交互');
    await page.getByTestId('partner-search').click();
    const lang03 = candidate(page, LANG03);
    const history = lang03.locator('[data-testid="reason"][data-code="history"]');
    await expect.poll(() => history.textContent()).toContain('曾与现有成员合作');
    expect(await history.textContent()).toContain(INTRETECH);

    // Only universities: the one with the history comes first.
    await page.getByTestId('candidate-kind').click();
    await page.keyboard.type('高校');
    await page.locator('.ant-select-item-option-active').filter({ hasText: '高校' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('[data-testid="candidate"][data-rank="1"]').getAttribute('data-organisation'))
      .toBe(LANG03);
    await lang03.getByTestId('introduce').click();
    await page.getByTestId('introduce-submit').click();
    await lang03.getByTestId('candidate-match').filter({ hasText: '已引荐' }).waitFor();
    await page
      .getByTestId('consortium-matches')
      .locator(`[data-testid="match-item"][data-candidate="${LANG03}"]`)
      .first()
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'matching-partner-finder');
  });

  it('shows on 集美大学’s page the open demands it fits, with the reasons', async () => {
    const { page } = b;
    await switchUser(page, 'member@demo.huahe');
    await page.getByRole('link', { name: '我的单位' }).click();
    await expect.poll(() => page.getByTestId('organisation-name').textContent()).toContain('集美大学');
    const card = page.getByTestId('fitting-demands');
    const fit = card.getByTestId('fitting-demand').filter({ hasText: DEMAND });
    await fit.waitFor();
    const reasons = await reasonTexts(fit);
    expect(reasons.some((r) => r.includes('类型互补'))).toBe(true);
    await fit.getByTestId('fitting-demand-title').click();
    await expect.poll(() => page.getByTestId('demand-title').textContent()).toBe(DEMAND);
  });

  it('lets a member post a demand: the server’s field errors show under the fields, then it saves', async () => {
    const { page } = b;
    const title = `海洋监测传感器国产化（测试${stamp}）`;
    await page.goto(`${baseUrl()}/demands`);
    await page.getByTestId('demand-create').click();
    await page.getByTestId('demand-title-input').fill(title);
    await page
      .getByTestId('demand-description')
      .fill('征集海洋水质与水文监测传感器的国产化研制与标定合作（测试）');
    await page.getByTestId('demand-budget-min').fill('2000000.00');
    await page.getByTestId('demand-budget-max').fill('500000.00');
    await page.getByTestId('demand-save').click();
    const error = page.locator(
      '.ant-form-item:has([data-testid="demand-budget-max"]) .ant-form-item-explain-error',
    );
    await expect.poll(() => error.textContent()).toContain('预算上限不能低于下限');
    await page.getByTestId('demand-budget-max').fill('3000000.00');
    await page.getByTestId('demand-save').click();
    await expect.poll(() => page.getByTestId('demand-title').textContent()).toBe(title);
    // Its own organisation sees the ranking, but only the secretariat or the bureau introduces.
    await page.getByTestId('demand-candidates').waitFor();
    await page
      .getByTestId('candidates')
      .or(page.getByTestId('demand-candidates').locator('.ant-empty'))
      .first()
      .waitFor();
    expect(await page.getByTestId('introduce').count()).toBe(0);
    await page.getByRole('button', { name: /删\s*除/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.waitForURL(/\/demands$/);
  });

  it('lets a member put forward an offer, find it in the offers tab and withdraw it', async () => {
    const { page } = b;
    const title = `海洋传感器标定服务（测试${stamp}）`;
    await page.goto(`${baseUrl()}/demands?tab=offers`);
    await page.getByTestId('offer-create').click();
    await page.locator('.ant-modal').getByText('技术服务', { exact: true }).click();
    await page.getByTestId('offer-title').fill(title);
    await page.getByTestId('offer-description').fill('提供海洋水质传感器的实验室标定与比测服务（测试）');
    await page.getByTestId('offer-save').click();
    const row = page.getByTestId('offers-table').getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('集美大学');
    await row.getByRole('button', { name: /撤\s*回/ }).click();
    await row.waitFor({ state: 'detached' }); // the list shows available offers only
  });

  it('keeps the demand with its candidates usable on a phone (375×812)', async () => {
    const phone = await openBrowser({ width: 375, height: 812 });
    try {
      const { page } = phone;
      await loginInChinese(page, SECRETARIAT);
      await page.goto(`${baseUrl()}/demands/${demandId}`);
      await page.locator('[data-testid="candidate"][data-rank="1"]').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'matching-demand-phone');
    } finally {
      await phone.close();
    }
  });
});
