import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginInChinese, openBrowser, screenshot, screenshotView } from './browser';

const METAVERSE = '元宇宙支撑技术与场景驱动创新联合体';

/** Waits until the charts inside the page have drawn (their canvases exist). */
async function chartsDrawn(page: Page, testId: string) {
  await page.locator(`[data-testid="${testId}"] canvas`).first().waitFor();
  await page.waitForTimeout(600); // ECharts animates its first frame in.
}

describe('the main pages at 1280×800', () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser();
    await loginInChinese(b.page, 'admin@demo.huahe');
  });
  afterAll(() => b.close());

  it('home: platform statistics, charts and the public facts', async () => {
    const { page } = b;
    await page.getByTestId('home-stat-consortia').waitFor();
    await page.getByTestId('public-facts').getByRole('row').nth(1).waitFor();
    await chartsDrawn(page, 'stats-province-chart');
    await screenshot(page, 'home-stats');
  });

  it('organisations: the filtered, paginated directory', async () => {
    const { page } = b;
    await page.getByRole('link', { name: '单位', exact: true }).click();
    await page.getByTestId('organisations-table').locator('tbody a').first().waitFor();
    await expect.poll(() => page.getByText(/共 \d+ 条/).textContent()).toMatch(/共 1\d\d 条/);
    await screenshot(page, 'organisations');
  });

  it('organisation detail: profile, memberships and people, with the record named in the breadcrumb', async () => {
    const { page } = b;
    const search = page.getByPlaceholder('搜索名称、简称、信用代码或标签');
    await search.fill('盈趣');
    await search.press('Enter');
    await page
      .getByTestId('organisations-table')
      .getByRole('link', { name: '厦门盈趣科技股份有限公司' })
      .click();
    await expect.poll(() => page.getByTestId('crumb-record').textContent()).toBe('厦门盈趣科技股份有限公司');
    await page.getByTestId('memberships').getByRole('link', { name: METAVERSE }).waitFor();
    await page.getByRole('cell', { name: '陈建成' }).waitFor();
    await screenshot(page, 'organisation-detail');
  });

  it('consortia: the directory with status, lead and member counts', async () => {
    const { page } = b;
    await page.getByRole('link', { name: '联合体', exact: true }).click();
    await page.getByTestId('consortia-table').getByRole('link', { name: METAVERSE }).waitFor();
    await page.getByTestId('consortia-table').getByText('SEMATECH', { exact: false }).first().waitFor();
    await screenshot(page, 'consortia');
  });

  it('consortium detail: header, statistics, charts and members', async () => {
    const { page } = b;
    await page.getByTestId('consortia-table').getByRole('link', { name: METAVERSE }).click();
    await chartsDrawn(page, 'membership-chart');
    await chartsDrawn(page, 'province-chart');
    await screenshot(page, 'consortium-detail');
  });

  it('people: the directory across organisations', async () => {
    const { page } = b;
    await page.getByRole('link', { name: '人员', exact: true }).click();
    await page.getByRole('cell', { name: '陈建成' }).waitFor();
    await screenshot(page, 'people');
  });

  it('the consortium directory in English', async () => {
    const { page } = b;
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('link', { name: 'Consortia', exact: true }).click();
    await page.getByRole('columnheader', { name: 'Lead unit' }).waitFor();
    await screenshot(page, 'consortia-en');
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('columnheader', { name: '牵头单位' }).waitFor();
  });
});

describe('the consortium page at phone width (375×812)', () => {
  let b: Awaited<ReturnType<typeof openBrowser>>;
  beforeAll(async () => {
    b = await openBrowser({ width: 375, height: 812 });
    await loginInChinese(b.page, 'secretariat@demo.huahe');
  });
  afterAll(() => b.close());

  it('collapses the side menu behind a button and scrolls tables sideways', async () => {
    const { page } = b;
    await page.getByTestId('menu-toggle').click();
    await page.getByRole('link', { name: '联合体', exact: true }).click();
    await page.getByTestId('consortia-table').getByRole('link', { name: METAVERSE }).click();
    await chartsDrawn(page, 'membership-chart');
    // Nothing but the tables' own scroll areas is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'consortium-detail-phone');
    await page.getByTestId('menu-toggle').click();
    await page.getByTestId('menu-backdrop').waitFor();
    await page.waitForTimeout(400); // the menu slides in.
    await screenshotView(page, 'menu-phone');
    await page.getByTestId('menu-backdrop').click({ position: { x: 350, y: 400 } });
    await page.getByTestId('menu-backdrop').waitFor({ state: 'detached' });
  });
});
