import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiFromPage,
  baseUrl,
  freshUscc,
  loginInChinese,
  openBrowser,
  screenshot,
  screenshotView,
  withWrongCheck,
} from './browser';

const METAVERSE = '元宇宙支撑技术与场景驱动创新联合体';

/** The number shown by a statistic card. */
async function statValue(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content-value').textContent();
  return Number((text ?? '').replace(/\D/g, ''));
}

async function openMetaverse(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/consortia`);
  await page.getByTestId('consortia-table').getByRole('link', { name: METAVERSE }).click();
  await page.getByTestId('consortium-name').waitFor();
  await expect.poll(() => page.getByTestId('consortium-name').textContent()).toBe(METAVERSE);
  return page.url().split('/').pop()!;
}

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(() => b.close());

describe('the secretariat manages the members of its consortium', () => {
  let consortiumId = '';
  let before = 0;
  const name = `厦门元宇宙测试科技有限公司${Date.now() % 100_000}`;

  it('shows the consortium with its membership chart, 17 founding members and (at least) 26 now', async () => {
    const { page } = b;
    await loginInChinese(page, 'secretariat@demo.huahe');
    consortiumId = await openMetaverse(page);
    await page.locator('[data-testid="membership-chart"] canvas').first().waitFor();
    expect(await statValue(page, 'stat-founding')).toBe(17);
    before = await statValue(page, 'stat-current');
    expect(before).toBeGreaterThanOrEqual(26);
    // The breadcrumb names the record.
    await expect.poll(() => page.getByTestId('crumb-record').textContent()).toBe(METAVERSE);
    // The history behind the chart grows from 17 to the current count.
    const c = await apiFromPage(page, 'GET', `/api/consortia/${consortiumId}`);
    expect(c.body.history[0].count).toBe(17);
    expect(c.body.history.at(-1).count).toBe(before);
    expect(c.body.history.map((h: { count: number }) => h.count)).toContain(26);
    // Example organisations and example credit codes are marked.
    expect(await page.getByTestId('member-table').getByTestId('example-tag').count()).toBeGreaterThan(0);
  });

  it('rejects an invalid credit code under the field, then saves the corrected member', async () => {
    const { page } = b;
    const good = freshUscc();
    await page.getByTestId('add-member').click();
    await page.getByTestId('member-name').fill(name);
    await page.getByTestId('member-uscc').fill(withWrongCheck(good));
    await page.getByTestId('add-member-submit').click();
    const error = page.locator(
      '.ant-form-item:has([data-testid="member-uscc"]) .ant-form-item-explain-error',
    );
    await expect.poll(() => error.textContent()).toContain('校验码（第 18 位）应为');
    await screenshotView(page, 'consortium-add-member-error');

    await page.getByTestId('member-uscc').fill(good);
    await expect.poll(() => error.count()).toBe(0);
    await page.getByTestId('add-member-submit').click();
    await page.getByTestId('member-name').waitFor({ state: 'detached' });
    await page.getByTestId('member-table').getByRole('link', { name }).waitFor();
    await expect.poll(() => statValue(page, 'stat-current')).toBe(before + 1);
  });

  it('answers a bad credit code from the API with a field error on body.newOrganisation.uscc', async () => {
    const { page } = b;
    const res = await apiFromPage(page, 'POST', `/api/consortia/${consortiumId}/members`, {
      newOrganisation: { nameZh: `${name}乙`, uscc: '91350200MA2XXXXXX0', kind: 'enterprise' },
      role: 'member',
      tier: 'general',
      joinedOn: '2025-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(
      'body.newOrganisation.uscc',
    );
  });

  it('records the addition in the audit chain', async () => {
    const { page } = b;
    const c = await apiFromPage(page, 'GET', `/api/consortia/${consortiumId}`);
    const added = c.body.members.find(
      (m: { organisation: { nameZh: string } }) => m.organisation.nameZh === name,
    );
    expect(added).toBeTruthy();
    const audit = await apiFromPage(page, 'GET', `/api/audit?consortiumId=${consortiumId}&pageSize=50`);
    expect(audit.status).toBe(200);
    const event = audit.body.items.find(
      (e: { action: string; entityId: string }) =>
        e.action === 'consortium.member_added' && e.entityId === added.id,
    );
    expect(event).toBeTruthy();
    expect(event.organisationId).toBe(added.organisationId);

    await page.getByRole('button', { name: '查看审计记录' }).click();
    await page.waitForURL(/\/audit\?consortiumId=/);
    await page.locator(`[data-action="consortium.member_added"]`).first().waitFor();
    await page.getByRole('cell', { name: String(event.seq), exact: true }).waitFor();
    await screenshot(page, 'audit-consortium');
  });

  it('moves the new member to the close-cooperation tier, then ends its membership with a reason', async () => {
    const { page } = b;
    await page.goto(`${baseUrl()}/consortia/${consortiumId}`);
    const row = page.getByTestId('member-table').getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    await page.locator('.ant-modal .ant-select').nth(1).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '紧密合作层' }).click();
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await row.getByText('紧密合作层').waitFor();

    const left = await statValue(page, 'stat-left');
    await row.getByRole('button', { name: /退\s*出/ }).click();
    await page.locator('#leaveReason').fill('测试：合作任务完成');
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /退\s*出/ })
      .click();
    await expect.poll(() => statValue(page, 'stat-left')).toBe(left + 1);
    await expect.poll(() => statValue(page, 'stat-current')).toBe(before);
    await page.getByText(/^已退出 \(\d+\)$/).click();
    await page.getByTestId('member-table').getByRole('link', { name }).waitFor();
  });

  it('shows the consortium page in English after switching the language', async () => {
    const { page } = b;
    await page.goto(`${baseUrl()}/consortia/${consortiumId}`);
    await page.getByTestId('consortium-name').waitFor();
    await page.getByText('EN', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('consortium-name').textContent())
      .toContain('Metaverse Supporting Technologies');
    await page.getByText('Members over time').waitFor();
    await page.getByText('Current members', { exact: true }).first().waitFor();
    await page.getByRole('columnheader', { name: 'Tier' }).waitFor();
    await page.locator('[data-testid="membership-chart"] canvas').first().waitFor();
    await screenshot(page, 'consortium-detail-en');
    // The choice is remembered for the user: back to Chinese for the following tests.
    const session = await apiFromPage(page, 'GET', '/api/auth/session');
    expect(session.body.user.locale).toBe('en');
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('成员数量变化').waitFor();
  });
});

describe('the public directory', () => {
  it('lists public consortia and opens one without logging in', async () => {
    const visitor = await openBrowser();
    try {
      const { page } = visitor;
      await page.goto(`${baseUrl()}/public/consortia`);
      await page.getByTestId('consortia-table').getByRole('link', { name: METAVERSE }).click();
      await page.getByTestId('consortium-name').waitFor();
      await page.locator('[data-testid="membership-chart"] canvas').first().waitFor();
      expect(await page.getByTestId('add-member').count()).toBe(0);
      await screenshot(page, 'public-consortium');
    } finally {
      await visitor.close();
    }
  });
});

describe('the bureau registers a self-organised consortium', () => {
  it('creates one with its lead unit, which becomes the first member', async () => {
    const admin = await openBrowser();
    try {
      const { page } = admin;
      await loginInChinese(page, 'admin@demo.huahe');
      await page.goto(`${baseUrl()}/consortia`);
      await page.getByRole('button', { name: /新建联合体/ }).click();
      const name = `厦门测试创新联合体${Date.now() % 100_000}`;
      await page.locator('#nameZh').fill(name);
      await page.locator('#leadOrganisationId').fill('集美');
      await page.locator('.ant-select-item-option').filter({ hasText: '集美大学' }).first().click();
      await page.locator('#field').fill('海洋装备');
      await page
        .locator('.ant-modal-footer')
        .getByRole('button', { name: /确\s*定/ })
        .click();
      await expect.poll(() => page.getByTestId('consortium-name').textContent()).toBe(name);
      await expect.poll(() => statValue(page, 'stat-current')).toBe(1);
      await page.getByTestId('member-table').getByRole('link', { name: '集美大学' }).waitFor();
    } finally {
      await admin.close();
    }
  });
});
