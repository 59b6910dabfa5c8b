import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, loginInChinese, openBrowser, screenshot, screenshotView } from './browser';

const METAVERSE = '元宇宙支撑技术与场景驱动创新联合体';
const SOFTWARE = 'AI数字人生成与驱动软件 V1.0';
const DEAL = 'AI数字人生成与驱动软件普通许可（示例）';
const JIMEI = '集美大学';

/** An amount as shown on screen ("1,234.56") as integer fen, exactly. */
function fen(text: string | null): bigint {
  const m = /^(-?)([\d,]+)(?:\.(\d{1,2}))?$/.exec((text ?? '').trim());
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const v = BigInt(m[2]!.replace(/,/g, '')) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

/** The exact sum of the amounts shown by every element the locator finds. */
async function sumShown(locator: Locator): Promise<bigint> {
  return (await locator.allTextContents()).reduce((a, t) => a + fen(t), 0n);
}

/** Waits until the charts inside the element have drawn (their canvases exist). */
async function chartDrawn(page: Page, testId: string) {
  await page.locator(`[data-testid="${testId}"] canvas`).first().waitFor();
  await page.waitForTimeout(800); // ECharts animates its first frame in.
}

async function openMetaverse(page: Page): Promise<string> {
  await page.goto(`${baseUrl()}/consortia`);
  await page.getByTestId('consortia-table').getByRole('link', { name: METAVERSE }).click();
  await page.getByTestId('result-links').waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(() => b.close());

describe('the secretariat takes a revenue event of the metaverse consortium to member statements', () => {
  let runUrl = '';

  it('opens the results register from the consortium page and sees the demo results', async () => {
    const { page } = b;
    await loginInChinese(page, 'secretariat@demo.huahe');
    await openMetaverse(page);
    await page.getByTestId('link-results').click();
    const table = page.getByTestId('results-table');
    await table.getByRole('link', { name: SOFTWARE }).waitFor();
    await table.getByRole('link', { name: /福建省科技进步奖/ }).waitFor();
    await table.getByText('2024SR0512345').waitFor();
    await expect.poll(() => page.getByTestId('crumb-record').textContent()).toBe(METAVERSE);
    // Filtering by type leaves the software copyright only.
    await page.locator('.ant-select').filter({ hasText: '类型' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '软件著作权' }).click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.locator('.ant-select').filter({ hasText: '软件著作权' }).locator('.ant-select-clear').click();
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'results-register');
  });

  it('opens a result and sees its owners with the agreement clause that proposed them', async () => {
    const { page } = b;
    await page.getByTestId('results-table').getByRole('link', { name: SOFTWARE }).click();
    await expect.poll(() => page.getByTestId('result-title').textContent()).toContain(SOFTWARE);
    const owners = page.getByTestId('result-owners-card');
    await expect.poll(() => page.getByTestId('ownership-clause').textContent()).toMatch(/依协议第.+条.+款/);
    await owners.getByRole('cell', { name: JIMEI }).waitFor();
    await owners.getByRole('cell', { name: '厦门盈趣科技股份有限公司' }).waitFor();
    for (const name of [JIMEI, '厦门盈趣科技股份有限公司'])
      expect(await owners.getByRole('row').filter({ hasText: name }).textContent()).toMatch(
        /1\/2\s*≈\s*50\.00%/,
      );
    await page.getByTestId('status-history').getByText('2024-03-15').waitFor();
    await screenshot(page, 'result-detail');
  });

  it('proposes an ownership change that waits for every co-owner’s consent', async () => {
    const { page } = b;
    await page.getByRole('button', { name: '提议变更权属' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '提议变更权属' });
    const shares = modal.getByPlaceholder('份额，如 1/2 或 50%');
    await shares.nth(0).fill('2/5');
    await shares.nth(1).fill('3/5');
    await modal.locator('textarea').fill('测试：集美大学承担后续维护，份额调整');
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    const changes = page.getByTestId('ownership-changes');
    await changes.getByText('待同意', { exact: true }).waitFor();
    expect(await changes.getByText('待答复').count()).toBe(2);
    // The secretariat answers for no co-owner.
    expect(await changes.getByTestId('consent').count()).toBe(0);
  });

  it('checks a patent number’s check digit and previews the agreed ownership before saving', async () => {
    const { page } = b;
    await page.getByTestId('section-tabs').getByRole('tab', { name: '成果', exact: true }).click();
    await page.getByTestId('result-create').click();
    await page.getByTestId('result-type').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '发明专利' }).click();
    await page.getByTestId('result-identifier').fill('CN202410345678.1');
    await page.getByTestId('result-title-input').fill('测试：数字人驱动的实时表情迁移方法');
    const error = page.locator(
      '.ant-form-item:has([data-testid="result-identifier"]) .ant-form-item-explain-error',
    );
    await expect.poll(() => error.textContent()).toContain('校验位应为“7”');
    await page.getByTestId('result-identifier').fill('CN202410345678.7');
    await expect.poll(() => error.count()).toBe(0);
    await page.getByTestId('creator-0').click();
    await page.getByTestId('creator-0').locator('input').fill('集美');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: JIMEI })
      .click();
    const proposal = page.getByTestId('ownership-proposal');
    await expect.poll(() => proposal.textContent()).toMatch(/依协议第.+条/);
    await expect.poll(() => proposal.textContent()).toContain(JIMEI);
    await proposal.scrollIntoViewIfNeeded();
    await screenshotView(page, 'result-create');
    await page.getByTestId('result-save').click();
    await page.waitForURL(/\/results\/[0-9a-f-]{36}$/);
    await page.getByTestId('ownership-clause').waitFor();
    await page.getByTestId('result-owners-card').getByRole('cell', { name: JIMEI }).waitFor();
  });

  it('records a revenue event through the form, with the net income computed exactly', async () => {
    const { page } = b;
    await page.getByTestId('section-tabs').getByRole('tab', { name: '成果转化' }).click();
    await page.getByTestId('deals-table').getByRole('link', { name: DEAL }).click();
    await page.getByTestId('revenue-table').getByText('552,000.00').waitFor();
    await screenshot(page, 'deal-detail');
    await page.getByTestId('revenue-create').click();
    await page.getByTestId('revenue-amount').fill('123,456.78');
    await page.getByTestId('revenue-costs').fill('3456.77');
    await expect.poll(() => page.getByTestId('revenue-net').textContent()).toContain('120,000.01');
    await page.getByTestId('revenue-save').click();
    await page.getByTestId('revenue-table').getByText('120,000.01').waitFor();
  });

  it('runs the distribution: the factor scores the method needs are asked for, then the lines are posted', async () => {
    const { page } = b;
    const row = page.getByTestId('revenue-table').getByRole('row').filter({ hasText: '120,000.01' });
    await row.getByTestId('run-distribution').click();
    await page.getByTestId('factor-scores').waitFor();
    await expect.poll(() => page.getByTestId('run-net-income').textContent()).toBe('120,000.01');
    // Without scores the API refuses and says which are missing.
    await page.getByTestId('run-submit').click();
    await expect.poll(() => page.getByTestId('run-errors').textContent()).toContain('缺少修正因子评分');
    await page.getByTestId('score-fill-value').fill('4');
    await page.getByTestId('score-fill').click();
    await page.getByTestId('run-submit').click();
    await page.waitForURL(/\/distributions\/[0-9a-f-]{36}$/);
    runUrl = page.url();
  });

  it('shows the ledger: credits per member and inventor rewards that sum exactly to the net income', async () => {
    const { page } = b;
    await page.getByTestId('ledger-credit').first().waitFor();
    const net = fen(await page.getByTestId('run-net-income').textContent());
    expect(net).toBe(12_000_001n);
    const credits = page.getByTestId('ledger-table').getByTestId('ledger-credit');
    expect(await credits.count()).toBeGreaterThan(20);
    expect(await sumShown(credits)).toBe(net);
    expect(await sumShown(page.getByTestId('ledger-table').getByTestId('ledger-debit'))).toBe(net);
    expect(fen(await page.getByTestId('ledger-total-credit').textContent())).toBe(net);
    await expect.poll(() => page.getByTestId('ledger-check').textContent()).toContain('借贷平衡');
    // The statutory inventor reward of the universities is a separate, explained line.
    const reward = page.getByTestId('ledger-table').getByRole('row').filter({ hasText: '科技人员奖励' });
    expect(await reward.count()).toBeGreaterThan(0);
    await expect.poll(() => reward.first().textContent()).toContain('第四十五条');
    await expect.poll(() => page.getByTestId('run-method').textContent()).toMatch(/修正沙普利值.*依协议第/);
    await screenshot(page, 'distribution-run');
  });

  it('opens a member’s statement from the ledger, checks it to the fen and downloads its PDF', async () => {
    const { page } = b;
    await page.getByTestId('ledger-table').getByRole('link', { name: JIMEI }).first().click();
    await expect.poll(() => page.getByTestId('statement-organisation').textContent()).toBe(JIMEI);
    await page.getByTestId('statement-amount').first().waitFor();
    const lines = page.getByTestId('statement-table').getByTestId('statement-amount');
    expect(await lines.count()).toBe(4); // the demo run and this one: a member share and a reward each
    const balance = fen(
      (await page.getByTestId('statement-balance').locator('.ant-statistic-content-value').textContent()) ??
        '',
    );
    expect(await sumShown(lines)).toBe(balance);
    await expect.poll(() => page.getByTestId('statement-check').textContent()).toContain('核对无误');
    await screenshot(page, 'statement');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载 PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
  });

  it('reverses a run only after a reason is given, and the reversal nets the ledger to zero', async () => {
    const { page } = b;
    await page.goto(runUrl);
    await page.getByTestId('run-reverse').click();
    await page.getByTestId('reverse-confirm').click();
    await page.getByText('请填写冲销原因').waitFor();
    await page.getByTestId('reverse-reason').fill('测试：评分录入有误，冲销后重新分配');
    await page.getByTestId('reverse-confirm').click();
    await page.waitForURL((u) => u.href !== runUrl && /\/distributions\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByText('冲销记录', { exact: true }).first().waitFor();
    const debits = page.getByTestId('ledger-table').getByTestId('ledger-debit');
    await debits.first().waitFor();
    expect(await sumShown(debits)).toBe(12_000_001n);
    await page.getByRole('link', { name: '查看原分配' }).click();
    await page.getByText('已冲销', { exact: true }).first().waitFor();
  });

  it('shows every method side by side in the what-if view, with a chart and warnings', async () => {
    const { page } = b;
    await page.getByTestId('section-tabs').getByRole('tab', { name: '分配方法模拟' }).click();
    await chartDrawn(page, 'whatif-chart');
    const table = page.getByTestId('whatif-table');
    await table.getByRole('row').filter({ hasText: JIMEI }).waitFor();
    const methods = await table.locator('thead th').allTextContents();
    for (const m of ['平均分配', '按投入比例', '沙普利值', '核仁']) expect(methods.join('|')).toContain(m);
    expect(methods.filter((m) => m.trim()).length).toBeGreaterThanOrEqual(4); // member + at least three methods
    // The agreement's method needs factor scores: entering them adds it to the comparison.
    await page.getByTestId('whatif-missing').getByText('修正沙普利值').waitFor();
    await page.getByTestId('whatif-enter-scores').click();
    await page.getByTestId('score-fill').click();
    await page.getByTestId('whatif-compare').click();
    await expect.poll(() => page.getByTestId('whatif-missing').count()).toBe(0);
    await expect.poll(() => table.locator('thead').textContent()).toContain('修正沙普利值');
    // Each method's column sums to the amount, to the fen.
    const amount = fen(await page.getByTestId('whatif-result-amount').textContent());
    const shapley = table.locator('td[data-method="shapley"] [data-testid="whatif-amount"]');
    expect(await sumShown(shapley)).toBe(amount);
    // A member's explanations under every method open under its row.
    await table.getByRole('row').filter({ hasText: JIMEI }).getByRole('button').first().click();
    await expect
      .poll(() => page.getByTestId('whatif-explanations').first().textContent())
      .toContain('平均分配');
    expect(await page.getByTestId('whatif-warning').count()).toBeGreaterThan(0);
    await screenshot(page, 'what-if');
  });
});

describe('a member admin sees its own statement', () => {
  let m: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    m = await openBrowser();
  });
  afterAll(() => m.close());

  it('shows 集美大学’s statement, adding up to the fen, and its pending consent', async () => {
    const { page } = m;
    await loginInChinese(page, 'member@demo.huahe');
    await openMetaverse(page);
    await page.getByTestId('link-statements').click();
    await expect.poll(() => page.getByTestId('statement-organisation').textContent()).toBe(JIMEI);
    const lines = page.getByTestId('statement-table').getByTestId('statement-amount');
    await lines.first().waitFor();
    const balance = fen(
      (await page.getByTestId('statement-balance').locator('.ant-statistic-content-value').textContent()) ??
        '',
    );
    expect(await sumShown(lines)).toBe(balance);
    await expect.poll(() => page.getByTestId('statement-check').textContent()).toContain('核对无误');
    await screenshot(page, 'statement-member');
    // The member admin consents to the ownership change for 集美大学 (the other co-owner has not answered).
    await page.getByTestId('section-tabs').getByRole('tab', { name: '成果', exact: true }).click();
    await page.getByTestId('results-table').getByRole('link', { name: SOFTWARE }).click();
    await page.getByTestId('consent').click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByTestId('ownership-changes').getByText('已同意').waitFor();
    await page.getByTestId('ownership-changes').getByText('待同意', { exact: true }).waitFor();
  });
});

describe('the what-if view at phone width (375×812)', () => {
  let p: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    p = await openBrowser({ width: 375, height: 812 });
  });
  afterAll(() => p.close());

  it('draws the comparison chart within the screen', async () => {
    const { page } = p;
    await loginInChinese(page, 'secretariat@demo.huahe');
    const id = await openMetaverse(page);
    await page.goto(`${baseUrl()}/consortia/${id}/what-if`);
    await chartDrawn(page, 'whatif-chart');
    await page.getByTestId('whatif-table').getByRole('row').filter({ hasText: JIMEI }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'what-if-phone');
  });
});
