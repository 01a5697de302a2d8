import { expect, test } from '@playwright/test';
import { approveAndPublish, personPage, publicUrl, saveStory, writeAndSubmit } from './helpers';

// An editor fixes a live story: readers keep the published text until the fix is approved and published.
test('an edit of a live story goes through review while the published text stays live', async ({ browser }) => {
  const id = Date.now() % 100000;
  const before = `Giá điện tăng từ tháng sau ${id}`;
  const after = `Giá điện tăng 4,8% từ tháng sau ${id}`;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title: before, section: 'Kinh tế' });
  const editor = await personPage(browser, 'editor');
  await approveAndPublish(editor, deskUrl);
  const url = await publicUrl(editor);

  await editor.getByLabel('Tiêu đề', { exact: true }).fill(after);
  await saveStory(editor);
  await expect(editor.getByTestId('pending-edit')).toContainText('đang chờ duyệt');
  await expect(editor.getByTestId('pending-edit')).toContainText('Bạn đọc vẫn thấy bản đang đăng');

  const reader = await personPage(browser);
  await reader.goto(url);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(before);

  // The editor page shows the pending text, not the live one.
  await editor.reload();
  await expect(editor.getByLabel('Tiêu đề', { exact: true })).toHaveValue(after);
  await editor.getByRole('button', { name: 'Duyệt bản sửa' }).click();
  await expect(editor.getByTestId('pending-edit')).toContainText('đã duyệt, chờ xuất bản');
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(before);

  await editor.getByRole('button', { name: 'Xuất bản bản sửa' }).click();
  await expect(editor.getByTestId('pending-edit')).toHaveCount(0);
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(after, { timeout: 500 });
  }).toPass({ timeout: 3_000 });
});

// An editor touches up a story already approved: the new words go back for review before anyone can publish them.
test('changing the words of an approved story sends it back for review', async ({ browser }) => {
  const id = Date.now() % 100000;
  const reporter = await personPage(browser, 'reporter');
  const deskUrl = await writeAndSubmit(reporter, { title: `Trường học mới khánh thành ${id}`, section: 'Kinh tế' });
  const editor = await personPage(browser, 'editor');
  await editor.goto(deskUrl);
  await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');

  await editor.getByLabel('Tiêu đề', { exact: true }).fill(`Trường học mới khánh thành sớm ${id}`);
  await saveStory(editor);
  await expect(editor.getByTestId('article-status')).toHaveText('Chờ duyệt');
  await expect(editor.getByRole('button', { name: 'Xuất bản' })).toHaveCount(0);

  // Approved again, the new words can go live.
  await editor.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã duyệt');
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByTestId('article-status')).toHaveText('Đã xuất bản');
});
