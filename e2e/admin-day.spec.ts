import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminNav, personPage } from './helpers';

/** Today as the desk types dates: dd/mm/yyyy in Vietnam. */
function todayInVietnam(): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })
      .formatToParts(new Date())
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year}`;
}

async function setPasswordThrough(page: Page, link: string, password: string) {
  await page.goto(link);
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(password);
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã đặt mật khẩu. Bây giờ bạn có thể đăng nhập.');
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/desk/);
}

// An admin's day: a new reporter joins, someone forgets a password, the paper opens a section, a
// tag gets a better name, and the admin checks in the audit log that all of it was recorded.
test('an admin invites a reporter, resets a password, adds a section, renames a tag and finds it all in the audit log', async ({ browser }) => {
  const n = Date.now() % 100000;
  const reporterName = `Đỗ Thị Thu Hà ${n}`;
  const email = `thuha.${n}@toasoan.test`;
  const admin = await personPage(browser, 'admin');

  // A new reporter joins: the admin creates the account and hands over the one-time link.
  await admin.goto('/desk/nguoi-dung');
  await admin.getByLabel('Họ tên', { exact: true }).fill(reporterName);
  await admin.getByLabel('Email', { exact: true }).fill(email);
  await admin.getByLabel('Vai trò').selectOption({ label: 'Phóng viên' });
  await admin.getByRole('button', { name: 'Tạo tài khoản và liên kết mời' }).click();
  const inviteLink = await admin.getByTestId('one-time-link').inputValue();
  expect(inviteLink).toMatch(/\/dat-mat-khau\/[0-9a-f]{64}$/);
  await expect(admin.getByTestId('user-row').filter({ hasText: email })).toContainText('Chưa đặt mật khẩu');

  // The reporter, on their own machine, opens the link, chooses a password and signs in.
  const reporter = await personPage(browser);
  await reporter.goto(inviteLink);
  await expect(reporter.getByText(`Xin chào ${reporterName}`)).toBeVisible();
  await reporter.getByLabel('Mật khẩu mới', { exact: true }).fill('1234567890');
  await reporter.getByLabel('Nhập lại mật khẩu mới').fill('1234567890');
  await reporter.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(reporter.getByRole('status')).toContainText('quá phổ biến');
  const firstPassword = `Sáng nay trời trong ${n}`;
  await setPasswordThrough(reporter, inviteLink, firstPassword);
  await reporter.getByRole('link', { name: 'Đăng nhập' }).click();
  await signInAs(reporter, email, firstPassword);
  await expect(reporter).toHaveURL(/\/desk\/bai-viet$/);
  await expect(reporter.getByTestId('desk-user')).toHaveText(reporterName);

  // The link worked once; opened again it is refused.
  const stranger = await personPage(browser);
  await stranger.goto(inviteLink);
  await expect(stranger.getByRole('main').getByRole('alert')).toContainText('không hợp lệ, đã được dùng hoặc đã hết hạn');

  // The reporter forgets the password: the admin resets it, which signs the reporter out at once.
  await admin.goto('/desk/nguoi-dung');
  const row = admin.getByTestId('user-row').filter({ hasText: email });
  await expect(row).toContainText('Đang hoạt động');
  admin.once('dialog', (d) => d.accept());
  await row.getByRole('button', { name: 'Cấp lại mật khẩu' }).click();
  const resetLink = await row.getByTestId('one-time-link').inputValue();
  expect(resetLink).not.toBe(inviteLink);
  await reporter.goto('/desk/bai-viet');
  await expect(reporter).toHaveURL(/\/dang-nhap/);
  const secondPassword = `Chiều mưa bóng mây ${n}`;
  await setPasswordThrough(reporter, resetLink, secondPassword);
  await signInAs(reporter, email, secondPassword);
  await expect(reporter.getByTestId('desk-user')).toHaveText(reporterName);

  // Back at the desk, the reporter picks a password of their own; this session stays signed in.
  await reporter.getByRole('link', { name: /^Tài khoản của tôi/ }).click();
  await reporter.getByLabel('Mật khẩu hiện tại').fill('không phải mật khẩu');
  await reporter.getByLabel('Mật khẩu mới', { exact: true }).fill(`Gió mùa về ${n} lần`);
  await reporter.getByLabel('Nhập lại mật khẩu mới').fill(`Gió mùa về ${n} lần`);
  await reporter.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: 'Mật khẩu hiện tại không đúng.' })).toBeVisible();
  await reporter.getByLabel('Mật khẩu hiện tại').fill(secondPassword);
  await reporter.getByLabel('Mật khẩu mới', { exact: true }).fill(`Gió mùa về ${n} lần`);
  await reporter.getByLabel('Nhập lại mật khẩu mới').fill(`Gió mùa về ${n} lần`);
  await reporter.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expect(reporter.getByRole('status').filter({ hasText: 'Đã đổi mật khẩu.' })).toBeVisible();
  await reporter.goto('/desk/bai-viet');
  await expect(reporter.getByTestId('desk-user')).toHaveText(reporterName);

  // The paper opens a section; readers see it in the navigation.
  const sectionName = `Du lịch ${n}`;
  await (await adminNav(admin)).getByRole('link', { name: 'Chuyên mục' }).click();
  await admin.getByLabel('Tên chuyên mục', { exact: true }).fill(sectionName);
  await admin.getByRole('button', { name: 'Thêm chuyên mục' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Đã thêm chuyên mục' })).toContainText(`/du-lich-${n}`);
  const reader = await personPage(browser);
  await reader.goto('/');
  // The server repeats the expiry half a second later, in case a render was under way.
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: sectionName })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 3_000 });
  await reader.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: sectionName }).click();
  await expect(reader).toHaveURL(new RegExp(`/du-lich-${n}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(sectionName);

  // A tag gets a clearer name.
  const tagName = `Trùng tu di tích ${n}`;
  await (await adminNav(admin)).getByRole('link', { name: 'Từ khóa' }).click();
  await admin.getByLabel('Tìm từ khóa').fill('trung tu');
  await admin.getByRole('button', { name: 'Tìm', exact: true }).click();
  const tagRow = admin.getByTestId('tag-row').filter({ hasText: 'Trùng tu' }).first();
  await tagRow.getByLabel('Tên mới cho từ khóa Trùng tu').fill(tagName);
  await tagRow.getByRole('button', { name: 'Đổi tên' }).click();
  await expect(admin.getByText(`Đã đổi tên thành “${tagName}”.`)).toBeVisible();

  // Everything is in the audit log, and the filters find each act.
  await (await adminNav(admin)).getByRole('link', { name: 'Nhật ký' }).click();
  const filter = admin.getByRole('form', { name: 'Lọc nhật ký' });
  const entries = admin.getByTestId('audit-entry');
  await filter.getByLabel('Hành động').selectOption({ label: 'Mời người dùng' });
  await filter.getByLabel('Từ ngày').fill(todayInVietnam());
  await filter.getByLabel('Đến ngày').fill(todayInVietnam());
  await filter.getByRole('button', { name: 'Lọc' }).click();
  await expect(entries.filter({ hasText: email })).toHaveCount(1);
  await expect(entries.filter({ hasText: email })).toContainText('Phóng viên');
  await expect(entries.filter({ hasText: email })).toContainText('Trần Quốc Bảo');

  await filter.getByLabel('Hành động').selectOption({ label: 'Cấp lại mật khẩu' });
  await filter.getByRole('button', { name: 'Lọc' }).click();
  await expect(entries).toHaveCount(1);
  // Named, not numbered: the person the act was about.
  await entries.getByRole('link', { name: /^Người dùng “.+”$/ }).click();
  await expect(admin).toHaveURL(/\/desk\/nguoi-dung#nguoi-dung-\d+$/);

  await admin.goBack();
  await filter.getByLabel('Hành động').selectOption({ label: 'Tạo chuyên mục' });
  await filter.getByRole('button', { name: 'Lọc' }).click();
  await expect(entries.filter({ hasText: sectionName })).toHaveCount(1);

  await filter.getByLabel('Hành động').selectOption({ label: 'Đổi tên từ khóa' });
  await filter.getByRole('button', { name: 'Lọc' }).click();
  await expect(entries.filter({ hasText: tagName })).toContainText('Trùng tu');

  // The reporter's own act is in the log under the reporter's name.
  await filter.getByLabel('Hành động').selectOption({ label: 'Đặt mật khẩu qua liên kết' });
  await filter.getByLabel('Người thực hiện').selectOption({ label: `${reporterName} (${email})` });
  await filter.getByRole('button', { name: 'Lọc' }).click();
  await expect(entries).toHaveCount(2);
});

test('the administration pages have no serious accessibility violation', async ({ browser }) => {
  // axe reads every form of the long lists; on a busy machine that takes a while.
  test.setTimeout(120_000);
  const admin = await personPage(browser, 'admin');
  for (const path of ['/desk/nguoi-dung', '/desk/chuyen-muc', '/desk/the', '/desk/nhat-ky', '/desk/tai-khoan']) {
    await admin.goto(path);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page: admin }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((x) => x.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(serious).toEqual([]);
  }
});
