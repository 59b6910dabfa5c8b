import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, login, openBrowser, screenshot } from './browser';

let b: Awaited<ReturnType<typeof openBrowser>>;
beforeAll(async () => {
  b = await openBrowser();
});
afterAll(() => b.close());

describe('logging in and out in the browser', () => {
  it('sends a visitor to the login page, in Chinese by default', async () => {
    const { page } = b;
    await page.goto(baseUrl());
    await page.waitForURL(/\/login/);
    await expect.poll(() => page.locator('.ant-card-head-title').first().textContent()).toBe('登录');
    await page.getByText('admin@demo.huahe').waitFor();
    await screenshot(page, 'login');
  });

  it('rejects a wrong password with a message and stays on the login page', async () => {
    const { page } = b;
    await page.locator('#email').fill('admin@demo.huahe');
    await page.locator('#password').fill('wrong-password-1');
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('邮箱或密码不正确');
    expect(page.url()).toContain('/login');
  });

  it('logs in, shows the home page with the roles and an intact audit chain, and logs out', async () => {
    const { page } = b;
    await login(page, 'secretariat@demo.huahe');
    await expect.poll(() => page.getByTestId('welcome').textContent()).toContain('欢迎');
    await page.getByText('联合体秘书处', { exact: true }).waitFor();
    await page.getByTestId('audit-ok').waitFor();
    await screenshot(page, 'home');

    await page.getByTestId('user-menu').hover();
    await page.getByText('退出登录').click();
    await page.waitForURL(/\/login/);
    const session = await page.evaluate(async () => (await fetch('/api/auth/session')).status);
    expect(session).toBe(401);
  });

  it('shows the home page in English after switching the language', async () => {
    const { page } = b;
    await login(page, 'admin@demo.huahe');
    await page.getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByTestId('welcome').textContent()).toContain('Welcome');
    await screenshot(page, 'home-en');
  });
});

describe('the API reference', () => {
  it('renders the browsable OpenAPI reference at /api/docs', async () => {
    const { page } = b;
    await page.goto(`${baseUrl()}/api/docs`);
    await page.getByRole('heading', { name: 'Huahe (化合) API' }).waitFor({ timeout: 30_000 });
    await page.getByText('Download OpenAPI Document').first().waitFor();
    await screenshot(page, 'api-docs');
  });
});
