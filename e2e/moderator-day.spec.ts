import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { approveAndPublish, personPage, publicUrl, writeAndSubmit, writeComment } from './helpers';

// A small town behind one mobile carrier's address (documentation range; only a header, no traffic).
// Seeded from the clock: a worker restarted after a failure must not reuse an earlier test's town.
let nextTown = Math.floor(Date.now() / 1000) % 250;
const townAddress = () => `203.0.113.${(nextTown++ % 250) + 1}`;

/** One reader's own browser (their own cookie), on the town's shared address. */
async function townReader(browser: Browser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  return context.newPage();
}

async function newStory(browser: Browser, title: string) {
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title, section: 'Xã hội' });
  const editor = await personPage(browser, 'editor');
  await approveAndPublish(editor, deskUrl);
  const url = await publicUrl(editor);
  await reporter.context().close();
  await editor.context().close();
  return { url, id: Number(url.split('-').pop()) };
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

async function comment(page: Page, url: string, name: string, body: string) {
  await page.goto(url);
  await writeComment(page, { name, body });
  await expect(page.getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();
}

test('a moderator bans the troll of a town that shares one address, not the town, then edits, replies and clears the reports', async ({ browser }) => {
  test.setTimeout(180_000);
  const story = await newStory(browser, `Chợ phiên vùng cao họp lại sau mùa mưa ${Date.now() % 100000}`);
  const town = townAddress();

  // Two neighbours and a troll write from the same address, each from their own phone.
  const lan = await townReader(browser, town);
  await comment(lan, story.url, 'Chị Lan', 'Cần bán rau sạch, gọi 0912 345 678. Chợ họp lại là vui rồi.');
  const sau = await townReader(browser, town);
  await comment(sau, story.url, 'Bác Sáu', 'Mong chợ giữ được nét xưa.');
  const troll = await townReader(browser, town);
  await comment(troll, story.url, 'Kẻ phá rối', 'Bình luận gây rối lần một.');
  await troll.reload();
  await comment(troll, story.url, 'Tên khác', 'Bình luận gây rối lần hai.');

  // The history names every writer and says the address is shared: banning it would bar the town.
  const moderator = await personPage(browser, 'moderator');
  await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
  const queued = moderator.getByTestId('queued-comment');
  await expect(queued).toHaveCount(4);
  await queued.filter({ hasText: 'lần một' }).getByRole('link', { name: /Lịch sử người viết/ }).click();
  const rows = moderator.getByTestId('history-row');
  await expect(rows).toHaveCount(4);
  for (const name of ['Chị Lan', 'Bác Sáu', 'Kẻ phá rối', 'Tên khác']) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Tên khác' })).toContainText('cùng trình duyệt');
  await expect(rows.filter({ hasText: 'Chị Lan' })).toContainText('chỉ cùng địa chỉ IP');
  await expect(moderator.getByTestId('shared-address')).toContainText('Địa chỉ IP này có 4 tên người bình luận khác nhau');
  // The browser is chosen for the moderator; picking the address warns.
  await expect(moderator.getByRole('radio', { name: /Trình duyệt/ })).toBeChecked();
  await moderator.getByRole('radio', { name: /Địa chỉ IP/ }).check();
  await expect(moderator.getByTestId('ip-ban-warning')).toContainText('nhiều người dùng chung');
  await moderator.getByRole('radio', { name: /Trình duyệt/ }).check();
  await moderator.getByLabel('Số ngày chặn').fill('7');
  await moderator.getByLabel('Lý do').fill('Gây rối nhiều lần');
  await moderator.getByRole('button', { name: 'Chặn và từ chối các bình luận đang chờ (2)' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã chặn người bình luận trong 7 ngày. Đã từ chối 2 bình luận đang chờ' })).toBeVisible();

  // The troll's two are gone from the queue, the neighbours' stay. The troll moves to a café's wifi
  // under yet another name: the ban follows the browser, and the comment is rejected unseen.
  await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
  await expect(queued).toHaveCount(2);
  await troll.context().setExtraHTTPHeaders({ 'x-forwarded-for': townAddress() });
  await troll.reload();
  await comment(troll, story.url, 'Người mới', 'Bình luận gây rối lần ba.');
  const neighbour = await townReader(browser, town);
  await comment(neighbour, story.url, 'Cô Hoa', 'Tôi sẽ dẫn cháu đi chợ phiên.');
  await moderator.goto(`/desk/binh-luan?hang=rejected&bai=${story.id}`);
  await expect(queued).toHaveCount(3);
  await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
  await expect(queued).toHaveCount(3);
  await expect(queued.filter({ hasText: 'Cô Hoa' })).toHaveCount(1);

  // The ban list shows who and why; "Bỏ chặn" lifts it.
  await moderator.getByRole('link', { name: 'Đang bị chặn' }).click();
  const ban = moderator.getByTestId('ban-row').filter({ hasText: 'Kẻ phá rối' });
  await expect(ban).toContainText('theo trình duyệt');
  await expect(ban).toContainText('Gây rối nhiều lần');
  await ban.getByRole('button', { name: 'Bỏ chặn Kẻ phá rối' }).click();
  await expect(moderator.getByTestId('ban-row').filter({ hasText: 'Kẻ phá rối' })).toHaveCount(0);

  // Chị Lan's phone number comes out before her comment goes up.
  await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
  const lanQueued = queued.filter({ hasText: 'Chị Lan' });
  await lanQueued.getByRole('button', { name: 'Sửa', exact: true }).click();
  await lanQueued.getByLabel(/Nội dung sau khi sửa/).fill('Cần bán rau sạch. Chợ họp lại là vui rồi.');
  await lanQueued.getByRole('button', { name: 'Lưu và duyệt' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã sửa và duyệt 1 bình luận.' })).toBeVisible();
  await expect(queued).toHaveCount(2);

  // The newsroom answers her, signed Ban biên tập, shown at once.
  await moderator.getByRole('link', { name: /^Đã duyệt/ }).click();
  const lanApproved = queued.filter({ hasText: 'Chị Lan' });
  await lanApproved.getByRole('button', { name: 'Trả lời với tư cách Ban biên tập' }).click();
  await lanApproved.getByLabel(/Trả lời của Ban biên tập/).fill('Cảm ơn chị, chợ họp từ 6 giờ sáng Chủ nhật.');
  await lanApproved.getByRole('button', { name: 'Đăng trả lời' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã đăng trả lời của Ban biên tập.' })).toBeVisible();

  const reader = await townReader(browser, townAddress());
  const shown = reader.getByTestId('comment');
  await expect(async () => {
    await reader.goto(story.url);
    await expect(shown.filter({ hasText: 'Cần bán rau sạch.' }).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await expect(reader.getByText('0912 345 678')).toHaveCount(0);
  const staffReply = reader.locator('[data-testid="comment"][data-staff="true"]');
  await expect(staffReply).toContainText('Ban biên tập');
  await expect(staffReply).toContainText('Cảm ơn chị, chợ họp từ 6 giờ sáng Chủ nhật.');

  // A reader reports her comment; the moderator sees why, and keeps it with the one word "Duyệt".
  await shown.filter({ hasText: 'Cần bán rau sạch.' }).first().getByRole('button', { name: 'Báo cáo vi phạm' }).click();
  await reader.getByLabel('Quảng cáo, spam').check();
  await reader.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(reader.getByText('Cảm ơn bạn đã báo cáo.')).toBeVisible();
  await moderator.goto(`/desk/binh-luan?hang=reported&bai=${story.id}`);
  await expect(queued).toHaveCount(1);
  await expect(queued.getByTestId('report-reasons')).toContainText('1 người báo cáo: Quảng cáo, spam (1)');
  await expect(moderator.getByRole('button', { name: 'Giữ lại' })).toHaveCount(0);
  await queued.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã duyệt 1 bình luận.' })).toBeVisible();
  // Another queue does not carry the message over.
  await moderator.getByRole('link', { name: /^Chờ duyệt/ }).click();
  await expect(moderator).toHaveURL(/hang=pending/);
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã duyệt 1 bình luận.' })).toHaveCount(0);

  // The audit log keeps what she wrote and what went up.
  const admin = await personPage(browser, 'admin');
  await admin.goto('/desk/nhat-ky');
  const edit = admin.getByTestId('audit-entry').filter({ hasText: 'Sửa bình luận trước khi duyệt' }).first();
  await expect(edit).toContainText('0912 345 678');
  await expect(edit).toContainText('Cần bán rau sạch. Chợ họp lại là vui rồi.');
  await expect(admin.getByTestId('audit-entry').filter({ hasText: 'Bỏ chặn người bình luận' }).first()).toBeVisible();
  await expect(admin.getByTestId('audit-entry').filter({ hasText: 'Trả lời với tư cách Ban biên tập' }).first()).toBeVisible();
});

test('a message from the moderator’s other tab does not linger once this tab sees the change', async ({ browser }) => {
  const story = await newStory(browser, `Đường làng được bê tông hóa ${Date.now() % 100000}`);
  for (const [i, body] of ['Đường đẹp quá.', 'Cảm ơn xã.', 'Mong làm tiếp đoạn cuối.'].entries()) {
    const reader = await townReader(browser, townAddress());
    await comment(reader, story.url, `Bạn đọc ${i + 1}`, body);
    await reader.context().close();
  }
  const first = await personPage(browser, 'moderator');
  const second = await first.context().newPage();
  for (const tab of [first, second]) await tab.goto(`/desk/binh-luan?bai=${story.id}`);
  await first.getByTestId('queued-comment').filter({ hasText: 'Đường đẹp quá.' }).getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Đã duyệt 1 bình luận.' })).toBeVisible();
  await second.getByTestId('queued-comment').filter({ hasText: 'Cảm ơn xã.' }).getByRole('button', { name: 'Từ chối', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'Đã từ chối 1 bình luận.' })).toBeVisible();
  // Back on the first tab: the list is fetched again and the old message goes with the old list.
  await first.bringToFront();
  await first.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(first.getByTestId('queued-comment')).toHaveCount(1);
  await expect(first.getByRole('status').filter({ hasText: 'Đã duyệt 1 bình luận.' })).toHaveCount(0);
});

test('the desk on a phone: a short header, and tables read as cards without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const admin = await context.newPage();
  await admin.goto('/dang-nhap');
  await admin.getByLabel('Email').fill('admin@toasoan.test');
  await admin.getByLabel('Mật khẩu').fill('ToaSoan@2026');
  await admin.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(admin).toHaveURL(/\/desk/);
  for (const path of ['/desk/nhat-ky', '/desk/nguoi-dung', '/desk/the', '/desk/binh-luan/tu-ngu', '/desk/duyet-bai', '/desk/bai-viet']) {
    await admin.goto(path);
    const header = await admin.locator('header').first().boundingBox();
    expect(header!.height, `header on ${path}`).toBeLessThan(844 / 6);
    // Nothing wider than the phone: the page does not scroll sideways.
    expect(await admin.evaluate(() => document.documentElement.scrollWidth), `width of ${path}`).toBeLessThanOrEqual(390);
    // Where the page has rows, they are cards: the column heads are for screen readers only.
    const rows = admin.locator('table.table-cards tbody tr');
    if (await rows.count()) {
      await expect(admin.locator('table.table-cards thead').first()).toHaveCSS('position', 'absolute');
      await expect(rows.first()).toHaveCSS('display', 'block');
      expect((await rows.first().boundingBox())!.width).toBeLessThanOrEqual(390);
    }
    expect(await seriousViolations(admin), `accessibility of ${path}`).toEqual([]);
  }
  for (const path of ['/desk/binh-luan', '/desk/binh-luan/chan']) {
    await admin.goto(path);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth), `width of ${path}`).toBeLessThanOrEqual(390);
    expect(await seriousViolations(admin), `accessibility of ${path}`).toEqual([]);
  }
  // Every working link is still there, in a row that scrolls sideways.
  const nav = admin.getByRole('navigation', { name: 'Bàn làm việc' });
  await expect(nav.getByRole('link', { name: /Bình luận/ })).toHaveCount(1);
  await expect(nav).toHaveCSS('overflow-x', 'auto');
  await context.close();
});
