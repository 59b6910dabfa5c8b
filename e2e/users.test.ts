import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFromPage, baseUrl, loginInChinese, openBrowser, screenshotView } from './browser';

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(() => b.close());

describe('assigning roles by searching organisations', () => {
  const email = `staff${Date.now() % 100_000}@jmu.example.cn`;
  const password = 'Jimei-Staff-2026!';

  it('creates a user and makes them staff of 集美大学 through the searchable select', async () => {
    const { page } = b;
    await loginInChinese(page, 'admin@demo.huahe');
    await page.goto(`${baseUrl()}/users`);
    await page.getByRole('button', { name: '新建用户' }).click();
    await page.locator('#email').fill(email);
    await page.locator('#displayName').fill('集美大学 科研人员（测试）');
    await page.locator('#password').fill(password);
    await page.getByRole('button', { name: /确\s*定/ }).click();
    const row = page.getByRole('row', { name: new RegExp(email) });
    await row.waitFor();

    await row.getByRole('button', { name: '分配角色' }).click();
    await page.locator('#role').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '成员单位科研人员' }).click();
    await page.locator('#organisationId').fill('集美');
    await page.locator('.ant-select-item-option').filter({ hasText: '集美大学' }).first().click();
    await screenshotView(page, 'role-assign');
    await page
      .locator('.ant-modal-footer')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await row.getByText('成员单位科研人员 · 集美大学').waitFor();
  });

  it('shows the new staff member their organisation, read-only', async () => {
    const { page } = b;
    await apiFromPage(page, 'POST', '/api/auth/logout', {});
    await loginInChinese(page, email, password);
    await page.getByRole('link', { name: '我的单位' }).click();
    await expect.poll(() => page.getByTestId('organisation-name').textContent()).toContain('集美大学');
    expect(await page.getByTestId('organisation-edit').count()).toBe(0);
  });
});
