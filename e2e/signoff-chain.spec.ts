import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { personPage, writeAndSubmit } from './helpers';

// An admin gives the Chính trị section three sign-off levels; a story climbs them; the section then
// goes back to the newsroom's chain (other specs use the default chain).
test('a story climbs a three-level chain: Biên tập viên → Thư ký tòa soạn → Tổng biên tập', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await personPage(browser, 'admin');
  await admin.goto('/desk/quy-trinh');
  await admin.getByRole('navigation', { name: 'Áp dụng cho' }).getByRole('link', { name: 'Chính trị' }).click();
  await expect(admin.getByText('Chuyên mục Chính trị đang dùng quy trình chung')).toBeVisible();
  const levels = admin.getByTestId('chain-level');
  await levels.nth(0).getByLabel('Mọi quản trị').uncheck();
  await admin.getByRole('button', { name: 'Thêm cấp duyệt' }).click();
  await admin.getByLabel('Cấp 2: tên cấp duyệt').fill('Thư ký tòa soạn');
  await levels.nth(1).getByLabel('Lê Thị Thu Hà (Biên tập viên)').check();
  await admin.getByRole('button', { name: 'Thêm cấp duyệt' }).click();
  await admin.getByLabel('Cấp 3: tên cấp duyệt').fill('Tổng biên tập');
  await levels.nth(2).getByLabel('Mọi quản trị').check();
  await admin.getByRole('button', { name: 'Lưu quy trình' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Đã lưu quy trình duyệt bài.' })).toBeVisible();
  // The page shows what was saved, without a reload: the approvers of the new levels stay ticked.
  const shows = async () => {
    await expect(levels).toHaveCount(3);
    await expect(levels.nth(0).getByLabel('Mọi biên tập viên')).toBeChecked();
    await expect(levels.nth(0).getByLabel('Mọi quản trị')).not.toBeChecked();
    await expect(levels.nth(1).getByLabel('Lê Thị Thu Hà (Biên tập viên)')).toBeChecked();
    await expect(levels.nth(1).getByLabel('Mọi biên tập viên')).not.toBeChecked();
    await expect(levels.nth(2).getByLabel('Mọi quản trị')).toBeChecked();
    await expect(admin.getByLabel('Cấp 2: tên cấp duyệt')).toHaveValue('Thư ký tòa soạn');
  };
  await shows();
  await admin.reload();
  await shows();

  try {
    const title = `Kỳ họp Hội đồng nhân dân tỉnh ${Date.now() % 100000}`;
    const reporter = await personPage(browser, 'reporter');
    const deskUrl = await writeAndSubmit(reporter, { title, section: 'Chính trị' });

    const editor = await personPage(browser, 'editor');
    await editor.goto(deskUrl);
    await expect(editor.getByTestId('review-level')).toHaveText(' · cấp 1/3: Biên tập viên');
    await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(editor.getByTestId('review-level')).toHaveText(' · cấp 2/3: Thư ký tòa soạn');
    // She is also the Thư ký tòa soạn: her level again.
    await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(editor.getByTestId('review-level')).toHaveText(' · cấp 3/3: Tổng biên tập');
    await expect(editor.getByRole('button', { name: 'Duyệt', exact: true })).toHaveCount(0);
    await expect(editor.getByRole('button', { name: 'Trả bài' })).toHaveCount(0);

    // The Tổng biên tập was told, and approves the last level.
    await admin.goto('/desk/thong-bao');
    await expect(admin.getByTestId('notification').filter({ hasText: `Bài “${title}” đang chờ bạn duyệt (Tổng biên tập).` })).toBeVisible();
    await admin.goto(deskUrl);
    await admin.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(admin.getByTestId('article-status')).toHaveText('Đã duyệt');

    await editor.reload();
    await editor.getByRole('button', { name: 'Xuất bản' }).click();
    await expect(editor.getByTestId('article-status')).toHaveText('Đã xuất bản');

    await reporter.goto('/desk/thong-bao');
    await expect(reporter.getByTestId('notification').filter({ hasText: `Bài “${title}” đã được duyệt ở cấp Thư ký tòa soạn, chuyển lên cấp Tổng biên tập.` })).toBeVisible();
  } finally {
    await admin.goto('/desk/quy-trinh');
    await admin.getByRole('navigation', { name: 'Áp dụng cho' }).getByRole('link', { name: 'Chính trị' }).click();
    await admin.getByRole('button', { name: 'Dùng quy trình chung' }).click();
    await expect(admin.getByText('Chuyên mục Chính trị đang dùng quy trình chung')).toBeVisible();
  }
});

test('the sign-off pages have no serious accessibility violation', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await personPage(browser, 'admin');
  for (const path of ['/desk/quy-trinh', '/desk/thong-bao', '/desk/bai-viet?ds=cho-toi', '/desk/duyet-bai']) {
    await admin.goto(path);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page: admin }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${path} ${v.id}: ${v.help} (${v.nodes.map((x) => x.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(serious).toEqual([]);
  }
});
