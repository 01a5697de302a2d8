import { type Browser, type Page, expect } from '@playwright/test';

export const DEMO_PASSWORD = 'ToaSoan@2026';
export const accounts = {
  admin: 'admin@toasoan.test',
  editor: 'bientap@toasoan.test',
  reporter: 'phongvien@toasoan.test',
  moderator: 'kiemduyet@toasoan.test',
} as const;

export async function signIn(page: Page, who: keyof typeof accounts, password = DEMO_PASSWORD) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(accounts[who]);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk/);
}

/** A fresh browser context: one person, their own cookies. */
export async function personPage(browser: Browser, who?: keyof typeof accounts) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (who) await signIn(page, who);
  return page;
}
