import { expect, test } from '@playwright/test';
import { accounts, DEMO_PASSWORD, signIn } from './helpers';

const homes = {
  admin: { url: /\/desk$/, heading: 'Tổng quan tòa soạn' },
  editor: { url: /\/desk\/duyet-bai$/, heading: 'Duyệt bài' },
  reporter: { url: /\/desk\/bai-viet$/, heading: 'Bài của tôi' },
  moderator: { url: /\/desk\/binh-luan$/, heading: 'Kiểm duyệt bình luận' },
  accountant: { url: /\/desk\/nhuan-but$/, heading: /^Nhuận bút tháng \d{2}\/\d{4}$/ },
} as const;

for (const who of Object.keys(accounts) as (keyof typeof accounts)[]) {
  test(`the ${who} demo account signs in and lands on its desk page`, async ({ page }) => {
    await signIn(page, who);
    await expect(page).toHaveURL(homes[who].url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes[who].heading);
  });
}

test('an anonymous visitor is sent from the desk to sign in', async ({ page }) => {
  await page.goto('/desk/duyet-bai');
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fdesk%2Fduyet-bai/);
  await expect(page.getByRole('heading', { name: 'Đăng nhập tòa soạn' })).toBeVisible();
});

test.describe('before the page script has loaded', () => {
  test.use({ javaScriptEnabled: false });
  test('a submitted sign-in form never puts the password in the address bar', async ({ page }) => {
    await page.goto('/dang-nhap?next=/desk/the');
    await page.getByLabel('Email').fill(accounts.editor);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForLoadState('load');
    expect(page.url()).not.toContain('password');
    expect(page.url()).not.toContain(encodeURIComponent(DEMO_PASSWORD));
    await expect(page.getByRole('heading', { name: 'Đăng nhập tòa soạn' })).toBeVisible();
  });
});

test('a wrong password gets one Vietnamese message, and so does an unknown email', async ({ page }) => {
  await page.goto('/dang-nhap');
  const alert = page.getByRole('main').getByRole('alert');
  await page.getByLabel('Email').fill(accounts.editor);
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(alert).toHaveText('Email hoặc mật khẩu không đúng.');
  await page.getByLabel('Email').fill('khong-ai@toasoan.test');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(alert).toHaveText('Email hoặc mật khẩu không đúng.');
  await page.getByLabel('Email').fill('');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(alert).toHaveText('Vui lòng nhập email và mật khẩu.');
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test('a reporter cannot open the moderation queue or the user admin', async ({ page }) => {
  await signIn(page, 'reporter');
  for (const path of ['/desk/binh-luan', '/desk/nguoi-dung', '/desk/duyet-bai']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bạn không có quyền truy cập trang này');
  }
});

test('a deactivated account is signed out on its next request', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.goto('/desk/nguoi-dung');
  const moderator = await (await browser.newContext()).newPage();
  await signIn(moderator, 'moderator');

  const row = admin.getByRole('row').filter({ hasText: accounts.moderator });
  await row.getByLabel('Thay đổi quyền').selectOption({ label: 'Khóa tài khoản' });
  await row.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(row).toContainText('Đã khóa');

  await moderator.reload();
  await expect(moderator).toHaveURL(/\/dang-nhap/);

  // Unlock again so the other stories keep their moderator.
  await row.getByLabel('Thay đổi quyền').selectOption({ label: 'Mở khóa tài khoản' });
  await row.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(row).toContainText('Đang hoạt động');
  await signIn(moderator, 'moderator', DEMO_PASSWORD);
});

test('an address after sign-in that would leave the site leads to the desk home instead', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  for (const hostile of ['/%09/evil.example', '/%0A/evil.example', '//evil.example', '/%5Cevil.example']) {
    const res = await page.goto(`/dang-nhap?next=${hostile}`);
    expect(res?.status()).toBe(200);
    await page.getByLabel('Email').fill(accounts.editor);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page).toHaveURL(`${origin}/desk/duyet-bai`);
    // Signed in already, the same address sends nobody away either.
    await page.goto(`/dang-nhap?next=${hostile}`);
    await expect(page).toHaveURL(`${origin}/desk/duyet-bai`);
    await page.context().clearCookies();
  }
  // A path on our own site is where the editor was going.
  await page.goto('/dang-nhap?next=%2Fdesk%2Fthe');
  await page.getByLabel('Email').fill(accounts.editor);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(`${origin}/desk/the`);
});

test('signing out ends that session on the server: a cookie copied before no longer opens the desk', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'editor');
  const copied = (await context.cookies()).filter((c) => c.name.includes('session-token'));
  expect(copied).toHaveLength(1);
  expect(await (await page.request.get('/api/auth/session')).json()).toMatchObject({ user: { role: 'editor' } });

  // The same person on a second device stays signed in after the first one signs out.
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, 'editor');

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  expect(await (await stolen.request.get('/api/auth/session')).json()).toEqual({});
  await stolen.goto('/desk/duyet-bai');
  await expect(stolen).toHaveURL(/\/dang-nhap/);

  await phone.goto('/desk/duyet-bai');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Duyệt bài');
});

test('someone guessing the editor’s password from her office address cannot keep her out of her own browser', async ({ browser }) => {
  const office = { 'x-forwarded-for': '203.0.113.77' };
  const hers = await browser.newContext({ extraHTTPHeaders: office });
  const page = await hers.newPage();
  await signIn(page, 'editor');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  const guesser = await (await browser.newContext({ extraHTTPHeaders: office })).newPage();
  await guesser.goto('/dang-nhap');
  await guesser.getByLabel('Email').fill(accounts.editor);
  for (let i = 0; i < 6; i++) {
    await guesser.getByLabel('Mật khẩu').fill(`doan-mo-${i}`);
    await guesser.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(guesser.getByRole('main').getByRole('alert')).toHaveText(i < 5 ? 'Email hoặc mật khẩu không đúng.' : /thử lại sau 1 phút/);
  }
  // Even the right password waits, from a browser that never signed in here…
  await guesser.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await guesser.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(guesser.getByRole('main').getByRole('alert')).toHaveText(/thử lại sau/);
  // …but her own browser, known from her last sign-in, gets straight in.
  await signIn(page, 'editor');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Duyệt bài');
});

const homeParts = {
  reporter: { shown: ['Bài bị trả lại', 'Đề tài của tôi', 'Bản nháp của tôi', 'Nhuận bút'], hidden: ['Chờ tôi duyệt', 'Sản lượng', 'Bình luận'] },
  editor: { shown: ['Chờ tôi duyệt', 'Đề tài đến hạn hôm nay và quá hạn', 'Hẹn giờ lên trang hôm nay', 'Bạn đọc đang đọc (24 giờ qua)', 'Sản lượng', 'Nhuận bút'], hidden: ['Bình luận'] },
  moderator: { shown: ['Bình luận'], hidden: ['Bài bị trả lại', 'Chờ tôi duyệt', 'Sản lượng', 'Nhuận bút'] },
  admin: { shown: ['Chờ tôi duyệt', 'Sản lượng', 'Bình luận', 'Nhuận bút'], hidden: [] },
} as const;

for (const who of Object.keys(homeParts) as (keyof typeof homeParts)[]) {
  test(`the ${who}’s “Tổng quan” shows the parts of their day and only those`, async ({ page }) => {
    await signIn(page, who);
    await page.getByRole('navigation', { name: 'Bàn làm việc' }).getByRole('link', { name: 'Tổng quan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tổng quan tòa soạn');
    for (const name of homeParts[who].shown) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    for (const name of homeParts[who].hidden) await expect(page.getByRole('heading', { level: 2, name, exact: true })).toHaveCount(0);
  });
}

test('a reporter’s home page lists the topics given to them, each a link to its page', async ({ page }) => {
  await signIn(page, 'reporter');
  await page.goto('/desk');
  const topic = page.getByTestId('home-de-tai-cua-toi').getByTestId('topic-card').first();
  const title = (await topic.getByRole('heading').textContent())!.trim();
  await topic.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/desk\/de-tai\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
});
