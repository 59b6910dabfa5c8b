import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USCC_CHARSET, makeUscc, organisationCodeCheck } from '@huahe/contracts';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = new URL('./screenshots/', import.meta.url).pathname;

/** Debian's Chromium, headless, with the flags this closed network needs; a fresh profile each time. */
export async function openBrowser(
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'huahe-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    locale: 'zh-CN',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The address of the server under test. */
export const baseUrl = () => inject('baseUrl');

/** Saves a full-page screenshot under e2e/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Logs in through the login page. */
export async function login(page: Page, email: string, password = 'Huahe-demo-2026'): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('welcome').waitFor();
}

/**
 * Calls the API from inside the page, with its session cookie and (for writes) the CSRF token of
 * the session; answers the status and the parsed JSON body.
 */
export async function apiFromPage(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await fetch('/api/auth/session');
      const csrf = session.ok ? ((await session.json()) as { csrfToken: string }).csrfToken : '';
      const res = await fetch(path, {
        method,
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': csrf,
          'accept-language': document.documentElement.lang || 'zh-CN',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : undefined };
    },
    { method, path, body },
  );
}

/** Downloads a file from the API inside the page (with its session) and returns its bytes. */
export async function fileFromPage(page: Page, path: string): Promise<Buffer> {
  const b64 = await page.evaluate(async (p) => {
    const res = await fetch(p);
    const bytes = new Uint8Array(await res.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, path);
  return Buffer.from(b64, 'base64');
}

/** Saves what is in the viewport only (for open dialogs, which a full-page capture misplaces). */
export async function screenshotView(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** A valid credit code no demo organisation holds (random organisation-code body, Jimei district). */
export function freshUscc(): string {
  const body = Array.from({ length: 8 }, () => String(Math.floor(Math.random() * 10))).join('');
  return makeUscc(`91350211${body}${organisationCodeCheck(body)}`);
}

/** The same code with a wrong check character (position 18). */
export function withWrongCheck(code: string): string {
  const last = code.charAt(17);
  const other = [...USCC_CHARSET].find((c) => c !== last)!;
  return code.slice(0, 17) + other;
}

/**
 * Logs in and makes sure the interface is in Chinese: the language is remembered per user, and an
 * earlier test file may have switched this account to English.
 */
export async function loginInChinese(page: Page, email: string, password?: string): Promise<void> {
  await login(page, email, password);
  const welcome = page.getByTestId('welcome');
  if ((await welcome.textContent())?.includes('欢迎')) return;
  await page.getByText('中文', { exact: true }).click();
  await welcome.filter({ hasText: '欢迎' }).waitFor();
}

/** Logs the current user out (drops the session cookie) and logs in as someone else, in Chinese. */
export async function switchUser(page: Page, email: string, password?: string): Promise<void> {
  await page.context().clearCookies();
  await loginInChinese(page, email, password);
}

/** Picks an option of an Ant Design select (with search) by typing its text and pressing Enter. */
export async function chooseOption(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-item-option-active').filter({ hasText: text }).waitFor();
  await page.keyboard.press('Enter');
}

/** Clicks what starts a browser download and answers the file's suggested name and bytes. */
export async function downloadOf(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The id of the organisation with this exact Chinese name. */
export async function organisationId(page: Page, name: string): Promise<string> {
  const res = await apiFromPage(page, 'GET', `/api/organisations?q=${encodeURIComponent(name)}&pageSize=20`);
  const found = res.body.items.find((o: { nameZh: string }) => o.nameZh === name);
  expect(found, name).toBeTruthy();
  return found.id;
}

/** Opens a tab of the agreement page. */
export async function openTab(page: Page, consortiumId: string, tab: string, extra = ''): Promise<void> {
  await page.goto(`${baseUrl()}/consortia/${consortiumId}/agreement?tab=${tab}${extra}`);
  await page.getByTestId('agreement-page').waitFor();
}

/** Waits until the toasts of earlier actions have gone, so that screenshots show the page itself. */
export async function quiet(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-message-notice').count(), { timeout: 10_000 }).toBe(0);
}
