import { expect, type Page, test } from '@playwright/test';
import { personPage, saveStory, typeBody } from './helpers';

const wordPaste = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<!--StartFragment--><p class="MsoNormal" style="mso-line-height-alt:150%">Theo <b>Sở Nông nghiệp</b>, năng suất đạt 62 tạ/ha.<o:p></o:p></p>
<h1 style="font-family:Calibri">Giá lúa tăng</h1><p class="MsoNormal"><span style="color:red;font-size:20pt">Thương lái</span> mua tại ruộng.</p><!--EndFragment--></body></html>`;

async function paste(page: Page, html: string) {
  await page.getByTestId('body-editor').evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData('text/html', data);
    dt.setData('text/plain', data.replace(/<[^>]+>/g, ''));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

test('a reporter’s day: writes with the rich editor, autosave keeps every word, preview, submit', async ({ browser }) => {
  const reporter = await personPage(browser, 'reporter');
  const title = `Nông dân Tân Hòa trúng mùa lúa thu đông ${Date.now() % 100000}`;
  await reporter.goto('/desk/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(title);
  // The section sits by the title, before the body; she leaves it for later.
  const sectionBox = (await reporter.getByLabel('Chuyên mục').boundingBox())!;
  expect(sectionBox.y + sectionBox.height).toBeLessThan((await reporter.getByTestId('body-editor').boundingBox())!.y);
  await reporter.getByLabel('Sapo').fill('Vụ thu đông năm nay, nông dân xã Tân Hòa thu lãi cao nhất năm năm qua.');

  // Body: a paragraph with bold and a link, a subheading, a list.
  await typeBody(reporter, 'Sáng nay, cánh đồng mẫu lớn bắt đầu vào vụ gặt.');
  await reporter.keyboard.press('Enter');
  await reporter.getByRole('button', { name: 'Tiêu đề phụ cấp 2' }).click();
  await reporter.keyboard.insertText('Thu lãi cao');
  await reporter.keyboard.press('Enter');
  await reporter.getByRole('button', { name: 'In đậm (Ctrl+B)' }).click();
  await reporter.keyboard.insertText('Lãi 25 triệu đồng');
  await reporter.getByRole('button', { name: 'In đậm (Ctrl+B)' }).click();
  await reporter.keyboard.insertText(' mỗi héc-ta.');
  await reporter.keyboard.press('Enter');
  await reporter.getByRole('button', { name: 'Danh sách gạch đầu dòng' }).click();
  await reporter.keyboard.insertText('Giống lúa ST25');
  await reporter.keyboard.press('Enter');
  await reporter.keyboard.insertText('Giống OM18');
  await reporter.keyboard.press('Enter');
  await reporter.keyboard.press('Enter');
  await paste(reporter, wordPaste);
  const editorBox = reporter.getByTestId('body-editor');
  await expect(editorBox.locator('h2')).toHaveText(['Thu lãi cao', 'Giá lúa tăng']);
  await expect(editorBox.locator('strong', { hasText: 'Sở Nông nghiệp' })).toBeVisible();
  await expect(editorBox).not.toContainText('MsoNormal');
  await expect(editorBox.locator('[style]')).toHaveCount(0);
  await expect(reporter.getByTestId('word-count')).toHaveText(/^\d+ từ · khoảng 1 phút đọc$/);

  // Tags while typing (a new one and an existing one of the demo newsroom), credit preset and names.
  await reporter.getByLabel('Từ khóa', { exact: true }).fill('Lúa thu đông');
  await reporter.keyboard.press('Enter');
  await reporter.getByLabel('Từ khóa', { exact: true }).fill('Tân Hòa,');
  await expect(reporter.getByTestId('tag-chip')).toHaveText([/Lúa thu đông/, /Tân Hòa/]);
  // Typed without accents, the newsroom's existing tag is offered with them.
  await reporter.getByLabel('Từ khóa', { exact: true }).fill('ky hop');
  await reporter.getByRole('option', { name: 'Kỳ họp' }).click();
  await expect(reporter.getByTestId('tag-chip')).toHaveText([/Lúa thu đông/, /Tân Hòa/, /Kỳ họp/]);
  await reporter.getByLabel('Kiểu ghi').selectOption('Bài, ảnh:');
  await reporter.getByLabel('Tên tác giả').fill('Minh Anh');

  // Autosave: no button pressed, the story is created and saved within a few seconds, section or not.
  await expect(reporter).toHaveURL(/\/desk\/bai-viet\/\d+$/, { timeout: 15_000 });
  await expect(reporter.getByTestId('save-status')).toHaveText(/Đã lưu lúc \d{2}:\d{2}:\d{2}$/, { timeout: 15_000 });
  const deskUrl = reporter.url();

  // After a reload everything is there, as saved by autosave alone.
  await reporter.reload();
  await expect(reporter.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await expect(reporter.getByTestId('body-editor').locator('li')).toHaveText(['Giống lúa ST25', 'Giống OM18']);
  await expect(reporter.getByTestId('tag-chip')).toHaveCount(3);
  await expect(reporter.getByLabel('Kiểu ghi')).toHaveValue('Bài, ảnh:');
  await expect(reporter.getByLabel('Chuyên mục')).toHaveValue('');

  // Preview, exactly as the public page, for staff only.
  const [preview] = await Promise.all([reporter.waitForEvent('popup'), reporter.getByRole('link', { name: 'Xem trước (bản đã lưu)' }).click()]);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(preview.getByTestId('preview-banner')).toContainText('Bản nháp');
  await expect(preview.locator('.article-body strong', { hasText: 'Lãi 25 triệu đồng' })).toBeVisible();
  await expect(preview.getByTestId('credit')).toHaveText('Bài, ảnh: Minh Anh');
  await expect(preview.getByRole('link', { name: 'Tân Hòa' })).toBeVisible();
  const anonymous = await personPage(browser);
  await anonymous.goto(new URL(preview.url()).pathname);
  await expect(anonymous).toHaveURL(/\/dang-nhap/);

  // The connection drops and the tab is closed before the text reaches the server: the browser's
  // copy brings it back.
  const context = reporter.context();
  await context.setOffline(true);
  await reporter.getByTestId('body-editor').click();
  await reporter.keyboard.press('Control+End');
  await reporter.keyboard.press('Enter');
  await reporter.keyboard.insertText('Đoạn viết khi mất mạng, không được mất.');
  // The autosave tries, fails, and says so. Then the tab is closed; the save on leaving cannot
  // reach the server either (a closing page's keepalive request escapes the offline emulation, so
  // the page's fetch is cut as the dead network would).
  await expect(reporter.getByTestId('save-status')).toHaveText(/Mất kết nối/, { timeout: 10_000 });
  await reporter.evaluate(() => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  });
  await reporter.close({ runBeforeUnload: true });
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(deskUrl);
  await expect(again.getByTestId('backup-offer')).toBeVisible();
  await expect(again.getByTestId('body-editor')).not.toContainText('Đoạn viết khi mất mạng');
  await again.getByRole('button', { name: 'Khôi phục bản chưa lưu' }).click();
  await expect(again.getByTestId('body-editor')).toContainText('Đoạn viết khi mất mạng, không được mất.');
  await saveStory(again);
  await again.reload();
  await expect(again.getByTestId('backup-offer')).toHaveCount(0);
  await expect(again.getByTestId('body-editor')).toContainText('Đoạn viết khi mất mạng, không được mất.');

  // Submit without a section: the story stays a draft and the section is asked for under its box.
  await again.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(again.locator('#sectionId-error')).toHaveText('Chọn chuyên mục cho bài trước khi gửi duyệt.');
  await expect(again.getByLabel('Chuyên mục')).toHaveAttribute('aria-invalid', 'true');
  await expect(again.getByTestId('article-status')).toHaveText('Bản nháp');

  // Submit: unsaved last words (and the section) are saved first.
  await again.getByLabel('Chuyên mục').selectOption({ label: 'Kinh tế' });
  await typeBody(again, '');
  await again.keyboard.press('Control+End');
  await again.keyboard.insertText(' Hết.');
  await again.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(again.getByTestId('article-status')).toHaveText('Chờ duyệt');
  await again.reload();
  await expect(again.getByText('không được mất. Hết.')).toBeVisible();
});

test('Vietnamese typed through an input method (composition) is stored as NFC', async ({ browser }) => {
  const reporter = await personPage(browser, 'reporter');
  await reporter.goto('/desk/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(`Bài gõ bằng bộ gõ Telex ${Date.now() % 100000}`);
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Văn hóa' });
  await reporter.getByTestId('body-editor').click();
  const cdp = await reporter.context().newCDPSession(reporter);
  // What a Telex input method sends for "tieesng Vieetj": composition updates, then the commit.
  const compose = async (steps: string[]) => {
    for (const text of steps) await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    await cdp.send('Input.insertText', { text: steps[steps.length - 1] });
  };
  await compose(['t', 'ti', 'tie', 'tiê', 'tiês', 'tiến', 'tiếng']);
  await reporter.keyboard.insertText(' ');
  await compose(['V', 'Vi', 'Vie', 'Viê', 'Việ', 'Việt']);
  // Some input methods send decomposed (NFD) marks: stored as NFC all the same.
  await reporter.keyboard.insertText(' hoa\u0300 bi\u0300nh');
  await expect(reporter.getByTestId('body-editor')).toHaveText(/^tiếng Việt ho/);
  await saveStory(reporter);
  const id = reporter.url().match(/(\d+)$/)![1];
  await reporter.goto(`/xem-truoc/${id}`);
  const text = await reporter.locator('.article-body').textContent();
  expect(text).toBe('tiếng Việt hoà bình'.normalize('NFC'));
  expect(text).toBe(text!.normalize('NFC'));
  expect(text).not.toBe(text!.normalize('NFD'));
});

test('two people edit the same story: the later save sees both texts and loses nothing', async ({ browser }) => {
  const reporter = await personPage(browser, 'reporter');
  const title = `Bài hai người cùng sửa ${Date.now() % 100000}`;
  await reporter.goto('/desk/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Xã hội' });
  await typeBody(reporter, 'Bản đầu tiên.');
  await saveStory(reporter);
  const deskUrl = reporter.url();

  const editor = await personPage(browser, 'editor');
  await editor.goto(deskUrl);
  await editor.getByTestId('body-editor').click();
  await editor.keyboard.press('Control+End');
  await editor.keyboard.insertText(' Biên tập viên thêm câu này.');
  await saveStory(editor);

  // The reporter's page still holds the older version: the save is refused, both texts shown.
  await reporter.getByTestId('body-editor').click();
  await reporter.keyboard.press('Control+End');
  await reporter.keyboard.insertText(' Phóng viên thêm câu khác.');
  await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
  const conflict = reporter.getByTestId('conflict');
  await expect(conflict).toContainText('Xung đột');
  await expect(reporter.getByTestId('conflict-view-theirs').getByRole('textbox')).toHaveValue(/Biên tập viên thêm câu này\./);
  await expect(reporter.getByTestId('conflict-view-mine').getByRole('textbox')).toHaveValue(/Phóng viên thêm câu khác\./);
  await reporter.getByRole('button', { name: 'Lưu bản của tôi đè lên' }).click();
  await expect(reporter.getByTestId('save-status')).toHaveText(/Đã lưu lúc/);
  await editor.reload();
  await expect(editor.getByTestId('body-editor')).toContainText('Phóng viên thêm câu khác.');
});
