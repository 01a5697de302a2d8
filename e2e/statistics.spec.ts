import fs from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { approveAndPublish, personPage, publicUrl, writeAndSubmit } from './helpers';

/** A tab of Thống kê (the desk's header also has a link named "Tòa soạn"). */
const tab = (page: Page, name: string) => page.getByRole('navigation', { name: 'Các trang thống kê' }).getByRole('link', { name, exact: true });

const unique = () => `${Date.now() % 100000}-${Math.random().toString(36).slice(2, 5)}`;

/** A day in Vietnam (UTC+7) `days` from now, as typed in the desk's date field. */
function vietnamDay(days: number) {
  const iso = new Date(Date.now() + 7 * 3600_000 + days * 24 * 3600_000).toISOString().slice(0, 10);
  const [y, m, d] = iso.split('-');
  return { iso, vn: `${d}/${m}/${y}` };
}

test('the editor reads the week\'s figures, narrows the range, downloads a table; the reporter sees only their own stories', async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Chợ phiên vùng cao mùa lúa chín ${unique()}`;

  // The editor writes and publishes a story of their own, and a reader opens it from Zalo.
  const editor = await personPage(browser, 'editor');
  const deskUrl = await writeAndSubmit(editor, { title, section: 'Văn hóa' });
  await approveAndPublish(editor, deskUrl);
  const url = await publicUrl(editor);
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  const counted = readerPage.waitForResponse((r) => new URL(r.url()).pathname === '/api/luot-doc');
  await readerPage.goto(url, { referer: 'https://zalo.me/g/abc' });
  expect((await counted).status()).toBe(204);
  await reader.close();

  // The editor opens Thống kê from the desk: the last 7 days, the demo's reads drawn and counted.
  await editor.goto('/desk');
  await editor.getByRole('navigation', { name: 'Bàn làm việc' }).getByRole('link', { name: 'Thống kê' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: 'Thống kê' })).toBeVisible();
  await expect(editor.getByRole('link', { name: '7 ngày' })).toHaveAttribute('aria-current', 'true');
  const total = Number((await editor.getByTestId('total-views').innerText()).replace(/\./g, ''));
  expect(total).toBeGreaterThan(0);
  await expect(editor.getByRole('img', { name: /Lượt đọc theo ngày/ }).first()).toBeAttached();
  // The overview lists the ten most read; the editor's new story (one read) is on the stories tab.
  await editor.goto('/desk/thong-ke/bai-viet');
  await expect(editor.getByTestId('table-bai-viet').getByRole('row', { name: new RegExp(title) })).toBeVisible();
  await editor.goto('/desk/thong-ke');

  // 30 days, then today alone typed as dd/mm/yyyy: the range follows, the editor's story is still there.
  await editor.getByRole('link', { name: '30 ngày' }).click();
  await expect(editor).toHaveURL(/khoang=30/);
  const thirty = Number((await editor.getByTestId('total-views').innerText()).replace(/\./g, ''));
  expect(thirty).toBeGreaterThanOrEqual(total);
  const today = vietnamDay(0);
  await editor.getByLabel('Từ ngày').fill(today.vn);
  await editor.getByLabel('Đến ngày').fill(today.vn);
  await editor.getByRole('button', { name: 'Xem', exact: true }).click();
  await expect(editor).toHaveURL(new RegExp(`tu=${today.vn.replace(/\//g, '%2F')}`));
  await expect(editor.getByText(`Từ ${today.vn} đến hết ${today.vn}`)).toBeVisible();

  // Where readers came from: Zalo counted; the sources table downloads for Excel.
  await tab(editor, 'Nguồn đọc').click();
  const zalo = editor.getByTestId('table-theo-nguon').getByRole('row', { name: /Zalo/ });
  await expect(zalo).toBeVisible();
  const downloading = editor.waitForEvent('download');
  await editor.getByTestId('table-theo-nguon').getByRole('link', { name: 'Tải CSV (Excel)' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe(`thong-ke-theo-nguon-${today.iso}-${today.iso}.csv`);
  const csv = fs.readFileSync((await file.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFNguồn;Lượt đọc;Tỷ lệ\r\n')).toBe(true);
  expect(csv).toMatch(/\r\nZalo;[1-9]\d*;/);

  // The editor narrows the figures to one writer: their own story is there, under the reporter's it
  // is not; the range and the writer stay as the tabs change; "Cả tòa soạn" brings everyone back.
  // (Each tab has the same header: wait for the new page before using its picker.)
  await tab(editor, 'Bài viết').click();
  await expect(editor.getByTestId('table-bai-viet')).toBeVisible();
  const editorName = await editor.getByTestId('desk-user').innerText();
  const picker = editor.getByLabel('Người viết', { exact: true });
  await picker.selectOption({ label: editorName });
  await editor.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(editor).toHaveURL(/nguoi=\d+/);
  await expect(editor.getByText(`Từ ${today.vn} đến hết ${today.vn}`)).toBeVisible();
  await expect(editor.getByTestId('stats-person')).toHaveText(editorName);
  await expect(editor.getByTestId('table-bai-viet').getByRole('row', { name: new RegExp(title) })).toBeVisible();
  const editorId = new URL(editor.url()).searchParams.get('nguoi')!;
  await tab(editor, 'Nguồn đọc').click();
  await expect(editor.getByTestId('table-theo-nguon')).toBeVisible();
  await expect(editor).toHaveURL(new RegExp(`nguoi=${editorId}`));
  await expect(picker).toHaveValue(editorId);
  await picker.selectOption({ label: 'Nguyễn Minh Anh' });
  await editor.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(editor.getByTestId('stats-person')).toHaveText('Nguyễn Minh Anh');
  await tab(editor, 'Bài viết').click();
  await expect(editor.getByTestId('table-bai-viet')).toBeVisible();
  await expect(editor.getByTestId('stats-person')).toHaveText('Nguyễn Minh Anh');
  await expect(editor.getByTestId('table-bai-viet').getByText(title)).toHaveCount(0);
  await picker.selectOption({ label: 'Cả tòa soạn' });
  await editor.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(editor.getByTestId('stats-person')).toHaveCount(0);
  await expect(editor.getByTestId('table-bai-viet').getByRole('row', { name: new RegExp(title) })).toBeVisible();

  // A mistyped day in the address bar: every page (not only the overview) says it fell back to 7 days.
  await editor.goto(`/desk/thong-ke/nguon?tu=31/02/${today.iso.slice(0, 4)}&den=${today.vn}`);
  await expect(editor.getByTestId('stats-invalid')).toHaveText('Ngày trên địa chỉ không hợp lệ, trang đang hiện 7 ngày gần nhất.');
  await expect(editor.getByRole('link', { name: '7 ngày' })).toHaveAttribute('aria-current', 'true');
  await editor.goto('/desk/thong-ke/chuyen-muc?khoang=7&nguoi=2147483000');
  await expect(editor.getByTestId('stats-invalid')).toHaveText('Không tìm thấy người viết trên địa chỉ, trang đang hiện số liệu cả tòa soạn.');
  await editor.goto(`/desk/thong-ke?tu=${today.vn}&den=${today.vn}`);

  // The newsroom's figures: time at each level of the chain, returns, moderation.
  await tab(editor, 'Tòa soạn').click();
  await expect(editor.getByRole('heading', { name: 'Thời gian duyệt theo từng cấp' })).toBeVisible();
  await expect(editor.getByTestId('table-thoi-gian-duyet').getByRole('row', { name: /Từ khi gửi duyệt đến khi xuất bản/ })).toBeVisible();
  await expect(editor.getByTestId('table-kiem-duyet')).toBeVisible();
  // Over the week, the demo moderator's verdicts give the moderation times figures on a fresh clone.
  await editor.goto('/desk/thong-ke/toa-soan?khoang=7');
  const moderation = editor.getByTestId('table-kiem-duyet');
  await expect(moderation.getByRole('heading')).toHaveText(/^Kiểm duyệt bình luận: trung vị \d+ phút, 90 % trong vòng \d+ phút$/);
  await expect(moderation.getByRole('row', { name: /Được duyệt/ })).toBeVisible();
  await expect(moderation.getByRole('row', { name: /Bị từ chối/ })).toBeVisible();

  // The reporter: their own stories only, not the editor's; no moderation figures; another's refused.
  const reporter = await personPage(browser, 'reporter');
  await reporter.getByRole('navigation', { name: 'Bàn làm việc' }).getByRole('link', { name: 'Thống kê' }).click();
  await expect(reporter.getByText('Bạn đang xem số liệu các bài của chính mình.')).toBeVisible();
  // No writer picker for the reporter, and asking for the editor's figures is refused, not narrowed.
  await expect(reporter.getByLabel('Người viết', { exact: true })).toHaveCount(0);
  await reporter.goto(`/desk/thong-ke/bai-viet?khoang=7&nguoi=${editorId}`);
  await expect(reporter).toHaveURL(/\/desk\/khong-co-quyen$/);
  await expect(reporter.getByRole('heading', { level: 1, name: 'Bạn không có quyền truy cập trang này' })).toBeVisible();
  expect((await reporter.request.get(`/desk/thong-ke/tai-ve?bang=bai-viet&khoang=7&nguoi=${editorId}`)).status()).toBe(403);
  await reporter.goto('/desk/thong-ke');
  await tab(reporter, 'Bài viết').click();
  await expect(reporter.getByTestId('table-bai-viet').getByRole('row').nth(1)).toBeVisible();
  await expect(reporter.getByText(title)).toHaveCount(0);
  await tab(reporter, 'Tòa soạn').click();
  await expect(reporter.getByRole('heading', { name: 'Thời gian duyệt theo từng cấp' })).toBeVisible();
  await expect(reporter.getByTestId('table-kiem-duyet')).toHaveCount(0);
  const refused = await reporter.request.get('/desk/thong-ke/tai-ve?bang=kiem-duyet&khoang=7');
  expect(refused.status()).toBe(403);
  const editorsCsv = await editor.request.get('/desk/thong-ke/tai-ve?bang=bai-viet&khoang=7');
  expect(editorsCsv.status()).toBe(200);
  expect(await editorsCsv.text()).toContain(title);
  const own = await reporter.request.get('/desk/thong-ke/tai-ve?bang=bai-viet&khoang=7');
  expect(await own.text()).not.toContain(title);
});
