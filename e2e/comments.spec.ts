import { type Browser, expect, type Page, test } from '@playwright/test';
import { shortXssPayloads, xssPayloads } from './fixtures/xss-payloads';
import { approveAndPublish, personPage, publicUrl, writeAndSubmit, writeComment } from './helpers';

// Each simulated reader comes from its own address (documentation range; only a header, no traffic).
// Seeded from the clock: a worker restarted after a failure must not reuse an earlier test's readers.
let nextAddress = Math.floor(Date.now() / 1000) % 30_000;
const address = () => {
  const n = nextAddress++;
  return `198.51.${100 + (Math.floor(n / 250) % 150)}.${(n % 250) + 1}`;
};

async function readerFrom(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address() } });
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

test('a reader comments, replies, likes and reports; a moderator works the queue with the keyboard', async ({ browser }) => {
  // A long story (three readers, a moderator, likes seen from three browsers): more than the default minute on a busy machine.
  test.setTimeout(120_000);
  const story = await newStory(browser, `Phố đi bộ mở cửa mỗi tối cuối tuần ${Date.now() % 100000}`);
  const bodies = ['Ý kiến thứ nhất về phố đi bộ.', 'Ý kiến thứ hai, rất đồng tình.', 'Ý kiến thứ ba: cần thêm bãi xe.'];
  for (const body of bodies) {
    const reader = await readerFrom(browser);
    await reader.goto(story.url);
    await writeComment(reader, { name: 'Bạn đọc Tân Uyên', body });
    await expect(reader.getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();
    // The box is empty again, and so is its counter.
    await expect(reader.getByLabel('Ý kiến của bạn')).toHaveValue('');
    await expect(reader.getByTestId('body-count')).toHaveText('0/2000 ký tự');
    await reader.context().close();
  }

  const moderator = await personPage(browser, 'moderator');
  await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
  const queued = moderator.getByTestId('queued-comment');
  await expect(queued).toHaveCount(3);
  // Oldest first: j moves down, a approves the comment in focus.
  await moderator.keyboard.press('j');
  await expect(queued.nth(1)).toHaveAttribute('data-focused', 'true');
  await moderator.keyboard.press('a');
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã duyệt 1 bình luận.' })).toBeVisible();
  await expect(queued).toHaveCount(2);
  // x selects both remaining, s marks them spam; u undoes that.
  await moderator.keyboard.press('k');
  await moderator.keyboard.press('x');
  await moderator.keyboard.press('j');
  await moderator.keyboard.press('x');
  await moderator.keyboard.press('s');
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã đánh dấu spam 2 bình luận.' })).toBeVisible();
  await expect(queued).toHaveCount(0);
  await moderator.keyboard.press('u');
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã hoàn tác thao tác trên 2 bình luận.' })).toBeVisible();
  // A second u is a clear refusal: that batch is already undone.
  await moderator.keyboard.press('u');
  await expect(moderator.getByRole('status').filter({ hasText: 'Thao tác gần nhất của bạn đã được hoàn tác rồi.' })).toBeVisible();
  await moderator.reload();
  await expect(queued).toHaveCount(2);
  // Bulk: select all and approve.
  await moderator.getByLabel(/Chọn tất cả/).check();
  await moderator.getByRole('button', { name: 'Duyệt mục đã chọn' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã duyệt 2 bình luận.' })).toBeVisible();

  const reader = await readerFrom(browser);
  const shown = reader.getByTestId('comment');
  await expect(async () => {
    await reader.goto(story.url);
    await expect(shown).toHaveCount(3, { timeout: 500 });
  }).toPass({ timeout: 3_000 });
  await expect(reader.getByText('3 bình luận')).toBeVisible();
  await reader.getByRole('button', { name: 'Cũ nhất' }).click();
  await expect(shown.first()).toContainText(bodies[0]);

  // The page readers share: cached once the approval's second expiry, 500 ms after it
  // (lib/cache/invalidation.ts), has passed, and from before the like.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const cached = await noScript.newPage();
  await cached.waitForTimeout(600);
  await cached.goto(story.url);

  // Like once per browser: the button stays pressed, and a second press counts nothing.
  const first = shown.first();
  const likeFirst = first.getByRole('button', { name: /Thích bình luận/ });
  await expect(likeFirst).toHaveAttribute('aria-pressed', 'false');
  await likeFirst.click();
  await expect(likeFirst).toHaveText('Thích (1)');
  await expect(likeFirst).toHaveAttribute('aria-pressed', 'true');
  await likeFirst.click();
  await expect(likeFirst).toHaveText('Thích (1)');

  // The page is cached, the same for everyone, from before the like: the count and her own like
  // come from the server once the thread is on screen.
  expect((await cached.reload())?.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(cached.getByTestId('comment').getByRole('button', { name: /Thích bình luận/ })).toHaveText(['Thích', 'Thích', 'Thích']);
  await noScript.close();
  await reader.reload();
  await reader.getByRole('button', { name: 'Cũ nhất' }).click();
  await expect(likeFirst).toHaveText('Thích (1)');
  await expect(likeFirst).toHaveAttribute('aria-pressed', 'true');
  const neighbour = await readerFrom(browser);
  await neighbour.goto(story.url);
  const neighbourLikes = neighbour.getByTestId('comment').filter({ hasText: bodies[0] }).getByRole('button', { name: /Thích bình luận/ });
  await expect(neighbourLikes).toHaveText('Thích (1)');
  await expect(neighbourLikes).toHaveAttribute('aria-pressed', 'false');
  await neighbour.context().close();

  // Reply, one level deep: the form opens with the focus in it, and "Hủy" closes it again.
  const replyButton = first.getByRole('button', { name: 'Trả lời' });
  const replyForm = reader.locator('form').filter({ has: reader.getByLabel('Trả lời của bạn') });
  await replyButton.click();
  await expect(replyButton).toHaveAttribute('aria-expanded', 'true');
  await expect(replyForm.getByLabel('Họ tên')).toBeFocused();
  await replyForm.getByRole('button', { name: 'Hủy' }).click();
  await expect(replyForm).toHaveCount(0);
  await expect(replyButton).toBeFocused();
  await replyButton.click();
  await reader.waitForTimeout(3_100);
  await replyForm.getByLabel('Họ tên').fill('Chị Lan');
  await replyForm.getByLabel('Trả lời của bạn').fill('Tôi cũng nghĩ vậy.');
  await replyForm.getByRole('button', { name: 'Gửi trả lời' }).click();
  // Sent: the form closes and says so where it was.
  await expect(replyForm).toHaveCount(0);
  await expect(first.locator('..').getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();
  await expect(replyButton).toBeFocused();

  // Report with a reason: it lands in the Reported queue.
  await shown.nth(1).getByRole('button', { name: 'Báo cáo vi phạm' }).click();
  await reader.getByLabel('Xúc phạm, thô tục').check();
  await reader.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(reader.getByText('Cảm ơn bạn đã báo cáo.')).toBeVisible();
  await moderator.goto(`/desk/binh-luan?hang=reported&bai=${story.id}`);
  await expect(queued).toHaveCount(1);
  await expect(queued).toContainText('1 người báo cáo');

  // The reply waits in Pending, shown with the comment it answers.
  await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
  await expect(queued.filter({ hasText: 'Tôi cũng nghĩ vậy.' })).toContainText('Trả lời:');
  await queued.filter({ hasText: 'Tôi cũng nghĩ vậy.' }).getByRole('button', { name: 'Duyệt' }).click();
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByTestId('comment').filter({ hasText: 'Tôi cũng nghĩ vậy.' })).toContainText('Chị Lan', { timeout: 500 });
  }).toPass({ timeout: 3_000 });
});

test('a banned commenter is rejected without being told, and banned words are refused', async ({ browser }) => {
  const story = await newStory(browser, `Họp dân bàn chuyện mở rộng chợ ${Date.now() % 100000}`);
  const troll = await readerFrom(browser);
  await troll.goto(story.url);
  await writeComment(troll, { name: 'Kẻ quấy rối', body: 'Bình luận gây rối lần một.' });
  await expect(troll.getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();

  const moderator = await personPage(browser, 'moderator');
  await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
  await moderator.getByTestId('queued-comment').getByRole('link', { name: /Lịch sử người viết/ }).click();
  await moderator.getByLabel('Địa chỉ IP').check();
  await moderator.getByLabel('Số ngày chặn').fill('7');
  await moderator.getByLabel('Lý do').fill('Gây rối nhiều lần');
  await moderator.getByRole('button', { name: 'Chặn người bình luận' }).click();
  await expect(moderator.getByRole('status').filter({ hasText: 'Đã chặn người bình luận trong 7 ngày.' })).toBeVisible();

  await troll.reload();
  await writeComment(troll, { name: 'Kẻ quấy rối', body: 'Bình luận gây rối lần hai.' });
  await expect(troll.getByRole('status').filter({ hasText: 'chờ duyệt' })).toBeVisible();
  await moderator.goto(`/desk/binh-luan?hang=rejected&bai=${story.id}`);
  await expect(moderator.getByTestId('queued-comment').filter({ hasText: 'lần hai' })).toHaveCount(1);

  // A banned word, typed in NFD and capitals, is refused with a clear message.
  await moderator.goto('/desk/binh-luan/tu-ngu');
  await moderator.getByLabel('Từ ngữ').fill('đồ lừa đảo');
  await moderator.getByLabel('Xử lý').selectOption('reject');
  await moderator.getByRole('button', { name: 'Thêm' }).click();
  await expect(moderator.getByRole('cell', { name: 'đồ lừa đảo', exact: true })).toBeVisible();
  const reader = await readerFrom(browser);
  await reader.goto(story.url);
  await writeComment(reader, { name: 'Bạn đọc', body: `Đúng là ${'ĐỒ LỪA ĐẢO'.normalize('NFD')}!` });
  await expect(reader.getByRole('status').filter({ hasText: 'từ ngữ không phù hợp' })).toBeVisible();
  // Refused, and nothing the reader typed is lost.
  expect((await reader.getByLabel('Ý kiến của bạn').inputValue()).normalize('NFC')).toBe('Đúng là ĐỒ LỪA ĐẢO!');
  await moderator.getByRole('button', { name: 'Xóa “đồ lừa đảo”' }).click();
});

async function postQuickly(page: Page, name: string, body: string) {
  await page.getByLabel('Họ tên').first().fill(name);
  await page.getByLabel('Ý kiến của bạn').fill(body);
  await page.getByRole('button', { name: 'Gửi bình luận' }).click();
  await expect(page.getByRole('status').filter({ hasText: /chờ duyệt|đã được đăng/ })).toBeVisible();
  await expect(page.getByLabel('Ý kiến của bạn')).toHaveValue('');
}

test('an XSS corpus posted as comments and names executes nothing for readers or moderators', async ({ browser }) => {
  test.setTimeout(420_000);
  const executed: string[] = [];
  const watch = async (page: Page) => {
    await page.exposeFunction('__xss', (n: unknown) => executed.push(`payload ${n} on ${page.url()}`));
    page.on('dialog', (d) => {
      executed.push(`dialog "${d.message()}" on ${page.url()}`);
      d.dismiss().catch(() => {});
    });
  };

  // Three stories, so that no story passes its per-minute comment limit.
  const stories = [];
  for (let s = 0; s < 3; s++) stories.push(await newStory(browser, `Bài thử an toàn bình luận ${s} ${Date.now() % 100000}`));
  const poster = await readerFrom(browser);
  await watch(poster);
  for (let i = 0; i < xssPayloads.length; i++) {
    if (i % 100 === 0) {
      await poster.goto(stories[i / 100].url);
      await poster.waitForTimeout(3_100); // a person reads before writing; the server checks
    }
    // A new reader address every five comments: the per-IP limit stays as in production.
    if (i % 5 === 0) await poster.context().setExtraHTTPHeaders({ 'x-forwarded-for': address() });
    await postQuickly(poster, shortXssPayloads[i % shortXssPayloads.length], xssPayloads[i]);
  }
  await poster.context().close();

  const moderator = await personPage(browser, 'moderator');
  await watch(moderator);
  for (const story of stories) {
    await moderator.goto(`/desk/binh-luan?bai=${story.id}`);
    while ((await moderator.getByTestId('queued-comment').count()) > 0) {
      await moderator.getByLabel(/Chọn tất cả/).check();
      await moderator.getByRole('button', { name: 'Duyệt mục đã chọn' }).click();
      await expect(moderator.getByRole('status').filter({ hasText: /Đã duyệt \d+ bình luận/ })).toBeVisible();
      await moderator.reload();
    }
  }

  const reader = await readerFrom(browser);
  await watch(reader);
  let shownTotal = 0;
  for (const story of stories) {
    await reader.goto(story.url);
    const more = reader.getByRole('button', { name: 'Xem thêm bình luận' });
    const shownHere = reader.getByTestId('comment');
    // Every approved comment is counted in the thread's header…
    const approved = Number((await reader.getByText(/^\d+ bình luận$/).innerText()).split(' ')[0].replace(/\./g, ''));
    // …and all of them can be read by paging through.
    while ((await shownHere.count()) < approved) {
      const before = await shownHere.count();
      await more.click();
      await expect.poll(() => shownHere.count()).toBeGreaterThan(before);
    }
    await expect(more).toHaveCount(0);
    shownTotal += await reader.getByTestId('comment').count();
    // Give event handlers and lazy frames a moment to fire, if any could.
    await reader.waitForTimeout(500);
  }
  expect(shownTotal).toBe(xssPayloads.length);
  await moderator.goto('/desk/binh-luan?hang=approved');
  await moderator.waitForTimeout(500);
  expect(executed).toEqual([]);
});

test('an admin closes comments for a section, and its stories stop taking comments at once', async ({ browser }) => {
  const admin = await personPage(browser, 'admin');
  await admin.goto('/desk/cai-dat');
  const row = admin.locator('li').filter({ hasText: 'Sức khỏe' });
  await row.getByLabel('Sức khỏe').selectOption('closed');
  await row.getByRole('button', { name: 'Đổi' }).click();
  await expect(row.getByRole('status')).toHaveText('Đã đổi chế độ bình luận.');

  const reader = await readerFrom(browser);
  await reader.goto('/suc-khoe');
  await reader.locator('main article :is(h2,h3) a').first().click();
  await expect(reader.getByText('Bài viết này đã đóng bình luận.')).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Gửi bình luận' })).toHaveCount(0);

  await row.getByLabel('Sức khỏe').selectOption('');
  await row.getByRole('button', { name: 'Đổi' }).click();
  await expect(row.getByRole('status')).toHaveText('Đã đổi chế độ bình luận.');
  // As on every reader page after a desk change (paper-identity.spec): the next page view has it,
  // allowing for a render that began just before the change (lib/cache/invalidation.ts).
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole('button', { name: 'Gửi bình luận' })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 3_000 });
});
